// Placeholder for the dashboard's AutoReply section, replaced by its real view in this session's work.
import type { DashboardSectionProps } from './DashboardApp';
import { t } from '../i18n';

export function AutoReplyView(_props: DashboardSectionProps) {
  return <p>{t('dashboardAutoReply')}</p>;
}
