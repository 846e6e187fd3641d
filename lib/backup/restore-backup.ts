// Replaces the whole database with a checked backup in one read-write transaction over every table: a
// failure anywhere rolls all of it back, so the agent has either the backup or exactly what they had.
import type { ReplyclockDb } from '../db';
import { BACKUP_TABLES, type CheckedBackup } from './backup-format';

/**
 * Writes the rows ourselves rather than with importInto({ clearTablesBeforeImport }): that option clears
 * the tables before (outside) its import transaction, so a failed import would leave them empty.
 */
export async function restoreBackup(db: ReplyclockDb, backup: CheckedBackup): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const name of BACKUP_TABLES) {
      const table = db.table(name);
      await table.clear();
      await table.bulkAdd(backup.rows[name]);
    }
  });
}
