// Placeholder for the dashboard's Analytics section, replaced by its real view in this session's work.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';

export function AnalyticsView(_props: DashboardSectionProps) {
  return <p>{t('dashboardAnalytics')}</p>;
}
