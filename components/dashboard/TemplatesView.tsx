// Placeholder for the dashboard's Templates section, replaced by its real view in this session's work.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';

export function TemplatesView(_props: DashboardSectionProps) {
  return <p>{t('dashboardTemplates')}</p>;
}
