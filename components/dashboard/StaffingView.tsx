// Placeholder for the dashboard's Staffing section, replaced by its real view in this session's work.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';

export function StaffingView(_props: DashboardSectionProps) {
  return <p>{t('dashboardStaffing')}</p>;
}
