// The Dexie database: typed tables and every schema version. Opened only in the extension's own origin
// (background, popup, dashboard, sidebar), never in a content script, whose IndexedDB is the seller site's.
import Dexie, { type EntityTable } from 'dexie';
import type { Conversation, ConversationEvent, PageHealth, Setting, Template } from './model';

export const DATABASE_NAME = 'replyclock';

/**
 * Each version's per-row upgrade of a stored conversation, by the version that introduced it: the schema
 * upgrades below and a restore of an older backup (lib/backup) apply the same defaults.
 */
export const CONVERSATION_UPGRADES = {
  2: (conversation: Partial<Conversation>): void => {
    conversation.kind ??= 'message';
    conversation.firstInThread ??= true;
    conversation.teamDueAt ??= conversation.dueAt ?? null;
    conversation.resolveBy ??= null;
  },
  3: (conversation: Partial<Conversation>): void => {
    conversation.triage ??= null;
    conversation.categoryByAgent ??= false;
    conversation.caseSignal ??= null;
  },
  4: (conversation: Partial<Conversation>): void => {
    conversation.escalation ??= null;
  },
} as const satisfies Record<number, (conversation: Partial<Conversation>) => void>;

export type ReplyclockDb = Dexie & {
  conversations: EntityTable<Conversation, 'id'>;
  events: EntityTable<ConversationEvent, 'id'>;
  templates: EntityTable<Template, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  pageHealth: EntityTable<PageHealth, 'key'>;
};

/**
 * Version history. Never edit a published version: add a new one, and keep every version that has an
 * .upgrade(), each with a test that migrates the previous version's data (test/lib/db.test.ts).
 *
 * Indexes are exactly what a where()/orderBy() uses:
 * - conversations.dueAt: the overdue count (where('dueAt').belowOrEqual(now)) and the popup's due order.
 *   Only awaiting conversations carry a dueAt; null keys are not indexed, so the range holds nothing else.
 * - events.at: analytics reads the log by time range.
 */
export function openDatabase(name = DATABASE_NAME): ReplyclockDb {
  const db = new Dexie(name) as ReplyclockDb;
  db.version(1).stores({
    conversations: 'id, dueAt',
    events: '++id, at',
    templates: '++id',
    settings: 'key',
    pageHealth: 'key',
  });
  // v2 (reply clocks): conversations gain kind, firstInThread, teamDueAt and resolveBy. No index changes;
  // the upgrade fills the new fields so every stored record has the v2 shape. The due times themselves are
  // recomputed by the background's next tick, which sees that the stored clock fingerprint is missing.
  db.version(2)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('conversations')
        .toCollection()
        .modify(CONVERSATION_UPGRADES[2]),
    );
  // v3 (triage): conversations gain triage (null until text is read), categoryByAgent and caseSignal. No
  // index changes.
  db.version(3)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('conversations')
        .toCollection()
        .modify(CONVERSATION_UPGRADES[3]),
    );
  // v4 (sidebar): conversations gain escalation (null: not escalated). No index changes.
  db.version(4)
    .stores({})
    .upgrade((tx) =>
      tx
        .table('conversations')
        .toCollection()
        .modify(CONVERSATION_UPGRADES[4]),
    );
  return db;
}
