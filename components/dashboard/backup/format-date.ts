// A backup's date and time as the agent reads them: their language, their computer's zone.
import { uiLanguage } from '../../i18n';

export function formatBackupTime(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
