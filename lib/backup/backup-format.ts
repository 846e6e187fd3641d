// What a Replyclock backup file is: dexie-export-import's JSON export of the whole database with our own
// header in front, and the error codes a restore reports (the view says them in the agent's language).
import type { Conversation, ConversationEvent, PageHealth, Setting, Template } from '../model';

/** Marks the file as ours; dexie-export-import's own fields (formatName 'dexie', data…) follow it. */
export const BACKUP_FORMAT = 'replyclock-backup';
/** The layout of our header; the database schema version is dexie-export-import's data.databaseVersion. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_APP = 'Replyclock';

/** Larger than any real shop's history (a year of 200 conversations a day is ~100 MB at most); a bigger
 *  file is refused before it is read into memory. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  app: typeof BACKUP_APP;
  /** Epoch milliseconds. */
  exportedAt: number;
}

/** The tables a backup holds, in the order they are checked and written. */
export const BACKUP_TABLES = ['conversations', 'events', 'templates', 'settings', 'pageHealth'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupRows {
  conversations: Conversation[];
  events: ConversationEvent[];
  templates: Template[];
  settings: Setting[];
  pageHealth: PageHealth[];
}

/** A checked backup, ready to replace the database: every row valid and in the current schema's shape. */
export interface CheckedBackup {
  exportedAt: number;
  /** The schema version the file was written by (older ones were migrated to ours). */
  schemaVersion: number;
  counts: Record<BackupTable, number>;
  rows: BackupRows;
}

/**
 * Why a file was refused, checked in this order:
 * - 'too-large': bigger than MAX_BACKUP_BYTES;
 * - 'unreadable': not JSON, or cut off (truncated);
 * - 'not-backup': JSON, but not a Replyclock backup;
 * - 'newer-version': written by a newer Replyclock (schema or backup layout newer than this one reads);
 * - 'contents': a table, row or field is wrong (detail says which).
 */
export type BackupErrorCode = 'too-large' | 'unreadable' | 'not-backup' | 'newer-version' | 'contents';

/** Where a 'contents' problem is: 1-based row as a person counts, and the row's key when it has one. */
export interface BackupProblemPlace {
  table: string;
  row?: number;
  key?: string;
  field?: string;
}

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    /** English detail for the log and the message's second line (parser text, field names). */
    readonly detail: string,
    readonly place?: BackupProblemPlace,
  ) {
    super(`Backup rejected (${code}): ${detail}`);
    this.name = 'BackupError';
  }
}
