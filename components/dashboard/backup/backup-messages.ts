// What the agent reads when a backup file is refused: the localized sentence for each error code, where in
// the file the problem is (localized table name), and the checker's own detail line.
import { BackupError, type BackupErrorCode, type BackupTable } from '../../../lib/backup/backup-format';
import { t } from '../../i18n';

const CODE_MESSAGES: Record<BackupErrorCode, () => string> = {
  'too-large': () => t('backupErrorTooLarge'),
  unreadable: () => t('backupErrorUnreadable'),
  'not-backup': () => t('backupErrorNotBackup'),
  'newer-version': () => t('backupErrorNewerVersion'),
  contents: () => t('backupErrorContents'),
};

export const TABLE_NAMES: Record<BackupTable, () => string> = {
  conversations: () => t('backupTableConversations'),
  events: () => t('backupTableEvents'),
  templates: () => t('backupTableTemplates'),
  settings: () => t('backupTableSettings'),
  pageHealth: () => t('backupTablePageHealth'),
};

function tableName(table: string): string {
  return table in TABLE_NAMES ? TABLE_NAMES[table as BackupTable]() : table;
}

/** The lines to show for a refused file: the code's sentence, then where (if known), then the detail. */
export function refusalLines(error: BackupError): string[] {
  const lines = [CODE_MESSAGES[error.code]()];
  const place = error.place;
  if (place?.row !== undefined && place.field !== undefined) lines.push(t('backupErrorPlace', tableName(place.table), place.row, place.field));
  else if (place && place.table !== '-') lines.push(t('backupErrorTable', tableName(place.table)));
  lines.push(t('backupErrorDetail', error.detail));
  return lines;
}
