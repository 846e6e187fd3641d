// Exports the whole database (every table) to one JSON file: dexie-export-import's export with our header
// in front, and the file name it is saved under. No network: the view hands the Blob to a download link.
// dexie-export-import: Dexie's own maintained add-on; it streams tables in chunks and keeps types (Dates,
// Blobs, undefined) that plain JSON would lose, so a restore gives back exactly what was stored.
import { exportDB } from 'dexie-export-import';
import { DateTime } from 'luxon';
import type { ReplyclockDb } from '../db';
import { BACKUP_APP, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupHeader } from './backup-format';

/** The backup of every table as a JSON Blob; the schema version inside is the open database's own. */
export async function exportBackup(db: ReplyclockDb, now: number): Promise<Blob> {
  await db.open();
  // One read transaction over every table (exportDB's default): conversations and their events match.
  const dexieExport = await exportDB(db);
  // Prepend our header as the first property: dexie-export-import's reader skips keys it does not know,
  // and its data must stay last for streaming, so the header goes in front rather than behind.
  const opening = await dexieExport.slice(0, 1).text();
  if (opening !== '{') throw new Error(`exportBackup: unexpected export opening ${JSON.stringify(opening)}`);
  const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, app: BACKUP_APP, exportedAt: now };
  return new Blob([`{"replyclock":${JSON.stringify(header)},`, dexieExport.slice(1)], { type: 'application/json' });
}

/** replyclock-backup-YYYY-MM-DD.json, the date of `now` in `zone` (the browser's own by default). */
export function backupFileName(now: number, zone = 'local'): string {
  return `replyclock-backup-${DateTime.fromMillis(now, { zone }).toISODate()}.json`;
}

/** replyclock-templates-YYYY-MM-DD.json, for the templates-only export. */
export function templatesFileName(now: number, zone = 'local'): string {
  return `replyclock-templates-${DateTime.fromMillis(now, { zone }).toISODate()}.json`;
}
