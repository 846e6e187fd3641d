// Placeholder for the dashboard's Backup section, replaced by its real view in this session's work.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';

export function BackupView(_props: DashboardSectionProps) {
  return <p>{t('dashboardBackup')}</p>;
}
