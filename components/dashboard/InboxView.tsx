// Placeholder for the dashboard's Inbox section, replaced by its real view in this session's work.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';

export function InboxView(_props: DashboardSectionProps) {
  return <p>{t('dashboardInbox')}</p>;
}
