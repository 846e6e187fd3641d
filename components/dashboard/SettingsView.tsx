// Placeholder for the dashboard's Settings section, replaced by its real view in this session's work.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';

export function SettingsView(_props: DashboardSectionProps) {
  return <p>{t('dashboardSettings')}</p>;
}
