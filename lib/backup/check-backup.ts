// Reads a backup file and checks all of it before anything is written: readable and complete, ours, not
// from a newer Replyclock, and every row of every table valid. Older schema versions are migrated with the
// same per-row upgrades the database applies (lib/db.ts). Any failure throws a BackupError with its code.
import { importInto } from 'dexie-export-import';
import { CONVERSATION_UPGRADES, type ReplyclockDb } from '../db';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupError,
  MAX_BACKUP_BYTES,
  type BackupRows,
  type BackupTable,
  type CheckedBackup,
} from './backup-format';
import { FieldProblem, ROW_CHECKS } from './check-rows';

/** dexie-export-import's JSON layout version that this reads (its VERSION). */
const DEXIE_FORMAT_VERSION = 1;

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isWhole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const show = (value: unknown): string => (value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value)).slice(0, 60));

function contents(detail: string, place: { table: string; row?: number; key?: string; field?: string }): never {
  throw new BackupError('contents', detail, place);
}

/** The JSON parsed whole: a file cut off anywhere (even inside the last table) fails here, which
 *  dexie-export-import's streaming reader does not notice (it imports what it got). */
async function parseWhole(file: Blob): Promise<Json> {
  if (file.size > MAX_BACKUP_BYTES) throw new BackupError('too-large', `the file is ${file.size} bytes, at most ${MAX_BACKUP_BYTES} are read`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await file.text());
  } catch (error) {
    throw new BackupError('unreadable', error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(parsed)) throw new BackupError('not-backup', `the file holds ${Array.isArray(parsed) ? 'a list' : show(parsed)}, not a Replyclock backup`);
  return parsed;
}

/** Our header and dexie-export-import's: the file's schema version, when it was made. */
function checkHeaders(file: Json, ourVersion: number): { schemaVersion: number; exportedAt: number; data: Json } {
  const header = file.replyclock;
  if (!isRecord(header) || header.format !== BACKUP_FORMAT) {
    throw new BackupError('not-backup', `no "replyclock" header with format "${BACKUP_FORMAT}"`);
  }
  if (!isWhole(header.formatVersion) || header.formatVersion < 1) throw new BackupError('not-backup', `header formatVersion is ${show(header.formatVersion)}`);
  if (header.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError('newer-version', `backup layout ${header.formatVersion}; this Replyclock reads up to ${BACKUP_FORMAT_VERSION}`);
  }
  if (file.formatName !== 'dexie' || !isWhole(file.formatVersion)) throw new BackupError('not-backup', `formatName is ${show(file.formatName)}, expected "dexie"`);
  if (file.formatVersion > DEXIE_FORMAT_VERSION) {
    throw new BackupError('newer-version', `export format ${file.formatVersion}; this Replyclock reads up to ${DEXIE_FORMAT_VERSION}`);
  }
  const data = file.data;
  if (!isRecord(data) || !isWhole(data.databaseVersion) || data.databaseVersion < 1) {
    throw new BackupError('not-backup', `no database export with a schema version (found ${show(isRecord(data) ? data.databaseVersion : data)})`);
  }
  if (data.databaseVersion > ourVersion) {
    throw new BackupError('newer-version', `schema version ${data.databaseVersion}; this Replyclock has version ${ourVersion}`);
  }
  if (typeof header.exportedAt !== 'number' || !Number.isFinite(header.exportedAt)) {
    throw new BackupError('not-backup', `header exportedAt is ${show(header.exportedAt)}, expected a time`);
  }
  return { schemaVersion: data.databaseVersion, exportedAt: header.exportedAt, data };
}

/** Every table the database has, once, with our primary key, and as many rows as the export says. */
function checkTables(db: ReplyclockDb, data: Json): void {
  const ours = new Map(db.tables.map((table) => [table.name, table.schema.primKey.src]));
  const listed = data.tables;
  const exported = data.data;
  if (!Array.isArray(listed) || !Array.isArray(exported)) contents('the export has no list of tables', { table: '-' });
  const seen = new Set<string>();
  for (const entry of listed as unknown[]) {
    const name = isRecord(entry) ? entry.name : undefined;
    if (!isRecord(entry) || typeof name !== 'string') contents(`a table entry is ${show(entry)}`, { table: '-' });
    const table = name as string;
    const entryRecord = entry as Json;
    if (!ours.has(table)) contents(`"${table}" is not a table of Replyclock (${[...ours.keys()].join(', ')})`, { table });
    if (seen.has(table)) contents(`"${table}" is listed twice`, { table });
    seen.add(table);
    const primaryKey = typeof entryRecord.schema === 'string' ? entryRecord.schema.split(',')[0] : undefined;
    if (primaryKey !== ours.get(table)) contents(`its key is ${show(primaryKey)}, expected "${ours.get(table)}"`, { table });
    const rows = (exported as unknown[]).filter((part) => isRecord(part) && part.tableName === table);
    if (rows.length !== 1 || !Array.isArray((rows[0] as Json).rows)) contents('its rows are missing', { table });
    const rowCount = ((rows[0] as Json).rows as unknown[]).length;
    if (rowCount !== entryRecord.rowCount) contents(`the export lists ${show(entryRecord.rowCount)} rows but holds ${rowCount}`, { table });
  }
  for (const part of exported as unknown[]) {
    const name = isRecord(part) ? part.tableName : undefined;
    if (typeof name !== 'string' || !seen.has(name)) contents(`rows for ${show(name)}, a table the export does not list`, { table: String(name) });
  }
  // Every schema version so far has had all of these tables, so a backup lacking one is not whole.
  for (const table of ours.keys()) if (!seen.has(table)) contents('the table is missing from the backup', { table });
}

/**
 * The rows as dexie-export-import reads them back (Dates, Blobs and undefined revived from its type
 * annotations), collected by its filter, which refuses every row: nothing is written to the database.
 */
async function readRows(db: ReplyclockDb, file: Blob): Promise<Record<string, unknown[]>> {
  const rows: Record<string, unknown[]> = Object.fromEntries(db.tables.map((table) => [table.name, []]));
  try {
    await importInto(db, file, {
      noTransaction: true,
      acceptNameDiff: true,
      acceptVersionDiff: true,
      filter: (table, value) => {
        rows[table]?.push(value);
        return false;
      },
    });
  } catch (error) {
    // Valid JSON whose type annotations ($types) cannot be revived: the rows are not what we wrote.
    contents(`the rows could not be read: ${error instanceof Error ? error.message : String(error)}`, { table: '-' });
  }
  return rows;
}

/** A row's primary key, for messages and the duplicate check. */
function keyOf(db: ReplyclockDb, table: BackupTable, row: unknown): unknown {
  const keyPath = db.table(table).schema.primKey.keyPath;
  return isRecord(row) && typeof keyPath === 'string' ? row[keyPath] : undefined;
}

/** Brings a row written by schema version `from` to the current shape, as the database's upgrades would. */
function migrate(table: BackupTable, row: unknown, from: number): unknown {
  if (table !== 'conversations' || !isRecord(row)) return row;
  for (const [version, upgrade] of Object.entries(CONVERSATION_UPGRADES)) {
    if (Number(version) > from) upgrade(row);
  }
  return row;
}

/** The whole backup, checked; throws a BackupError (nothing is written either way). */
export async function checkBackup(db: ReplyclockDb, file: Blob): Promise<CheckedBackup> {
  const parsed = await parseWhole(file);
  await db.open();
  const { schemaVersion, exportedAt, data } = checkHeaders(parsed, db.verno);
  const tableNames = db.tables.map((table) => table.name);
  if (tableNames.length !== BACKUP_TABLES.length || !BACKUP_TABLES.every((table) => tableNames.includes(table))) {
    throw new Error(`checkBackup: the database's tables (${tableNames.join(', ')}) are not the ones a backup knows`);
  }
  checkTables(db, data);

  const read = await readRows(db, file);
  const rows = {} as Record<BackupTable, unknown[]>;
  for (const table of BACKUP_TABLES) {
    const keys = new Set<unknown>();
    rows[table] = (read[table] ?? []).map((raw, index) => {
      const row = migrate(table, raw, schemaVersion);
      const key = keyOf(db, table, row);
      const place = { table, row: index + 1, key: typeof key === 'string' || typeof key === 'number' ? String(key) : undefined };
      try {
        ROW_CHECKS[table](row);
      } catch (error) {
        if (!(error instanceof FieldProblem)) throw error;
        contents(`${table} row ${index + 1}${place.key === undefined ? '' : ` (${place.key})`}, field "${error.field}": ${error.problem}`, {
          ...place,
          field: error.field,
        });
      }
      if (keys.has(key)) contents(`${table} row ${index + 1}: the key ${show(key)} appears twice`, place);
      keys.add(key);
      return row;
    });
  }
  const counts = Object.fromEntries(BACKUP_TABLES.map((table) => [table, rows[table].length])) as Record<BackupTable, number>;
  return { exportedAt, schemaVersion, counts, rows: rows as unknown as BackupRows };
}
