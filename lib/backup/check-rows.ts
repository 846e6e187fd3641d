// The shape check of every row a backup would restore, one function per table: a row passes only if each
// field the model (lib/model.ts) defines has its type and allowed values. Templates reuse the template
// editor's check, settings their sections' own parsers, so a restore accepts what the app itself would store.
import {
  CATEGORIES,
  CONVERSATION_STATUSES,
  EVENT_TYPES,
  MESSAGE_KINDS,
  PLATFORMS,
  type CaseSignal,
  type ReadProblemCode,
} from '../model';
import { SETTINGS_KEYS, SETTINGS_PARSERS, type SettingsSection } from '../settings/team-settings';
import { parsePolicies } from '../sla/policies';
import { checkTemplateSeed } from '../templates/exchange';
import { CLOCK_FINGERPRINT_KEY, POLICIES_KEY } from '../tracker/reply-clock';
import type { BackupTable } from './backup-format';

/** One field of one row is wrong: which, and how (English, for the message's detail line). */
export class FieldProblem extends Error {
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${field}: ${problem}`);
  }
}

// Written as records so adding a member to the model's union without adding it here fails to compile.
const CASE_SIGNALS = Object.keys({
  'ebay-return-request': true,
  'ebay-item-not-received': true,
  'ebay-not-as-described': true,
  'amazon-a-to-z-claim': true,
  'etsy-help-request': true,
} satisfies Record<CaseSignal, true>);
const READ_PROBLEM_CODES = Object.keys({
  'no-rows': true,
  'no-thread-id': true,
  'unparsed-time': true,
  'no-buyer': true,
  'no-messages': true,
  'unreadable-row': true,
  'unreadable-message': true,
  'read-failed': true,
} satisfies Record<ReadProblemCode, true>);
const PRIORITIES = ['A', 'B', 'C'] as const;
const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
const PAGE_KINDS = ['inbox', 'thread'] as const;

type Row = Record<string, unknown>;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date object';
  if (typeof value === 'object') return 'an object';
  const shown = JSON.stringify(value) ?? String(value);
  const short = shown.length > 40 ? `${shown.slice(0, 37)}...` : shown;
  return `${typeof value === 'string' ? 'text' : `a ${typeof value}`} ${short}`;
}

const isRecord = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function demand(ok: boolean, field: string, value: unknown, expected: string): void {
  if (!ok) throw new FieldProblem(field, `expected ${expected}, found ${describe(value)}`);
}

function record(value: unknown, field: string): Row {
  demand(isRecord(value), field, value, 'an object');
  return value as Row;
}
const text = (row: Row, field: string, path = field): string => {
  demand(typeof row[field] === 'string', path, row[field], 'text');
  return row[field] as string;
};
const nonEmptyText = (row: Row, field: string, path = field): void => {
  demand(typeof row[field] === 'string' && row[field] !== '', path, row[field], 'non-empty text');
};
const textOrNull = (row: Row, field: string): void => demand(row[field] === null || typeof row[field] === 'string', field, row[field], 'text or null');
const bool = (row: Row, field: string, path = field): void => demand(typeof row[field] === 'boolean', path, row[field], 'true or false');
/** Epoch milliseconds. */
const time = (row: Row, field: string, path = field): void =>
  demand(typeof row[field] === 'number' && Number.isFinite(row[field]), path, row[field], 'a time (a number)');
const timeOrNull = (row: Row, field: string): void =>
  demand(row[field] === null || (typeof row[field] === 'number' && Number.isFinite(row[field])), field, row[field], 'a time (a number) or null');
const count = (row: Row, field: string, min: number): void =>
  demand(typeof row[field] === 'number' && Number.isInteger(row[field]) && (row[field] as number) >= min, field, row[field], `a whole number from ${min}`);
function oneOf(row: Row, field: string, allowed: readonly string[], path = field): void {
  demand(allowed.includes(row[field] as string), path, row[field], `one of ${allowed.join(', ')}`);
}
function optional(row: Row, field: string, check: () => void): void {
  if (row[field] !== undefined) check();
}

function checkTriage(value: unknown): void {
  if (value === null) return;
  const triage = record(value, 'triage');
  text(triage, 'language', 'triage.language');
  oneOf(triage, 'sentiment', SENTIMENTS, 'triage.sentiment');
  bool(triage, 'urgent', 'triage.urgent');
  bool(triage, 'noResponseNeeded', 'triage.noResponseNeeded');
  oneOf(triage, 'category', CATEGORIES, 'triage.category');
  text(triage, 'textKey', 'triage.textKey');
  demand(Array.isArray(triage.reasons), 'triage.reasons', triage.reasons, 'a list');
  (triage.reasons as unknown[]).forEach((raw, i) => {
    const path = `triage.reasons[${i + 1}]`;
    const reason = record(raw, path);
    text(reason, 'kind', `${path}.kind`);
    text(reason, 'match', `${path}.match`);
    optional(reason, 'category', () => oneOf(reason, 'category', CATEGORIES, `${path}.category`));
  });
}

function checkConversation(raw: unknown): void {
  const row = record(raw, 'row');
  nonEmptyText(row, 'id');
  oneOf(row, 'platform', PLATFORMS);
  nonEmptyText(row, 'marketplace');
  text(row, 'threadId');
  text(row, 'buyer');
  textOrNull(row, 'orderId');
  text(row, 'subject');
  text(row, 'url');
  for (const field of ['lastBuyerAt', 'awaitingSince', 'lastSellerAt', 'dueAt', 'platformDueAt', 'teamDueAt', 'resolveBy']) timeOrNull(row, field);
  bool(row, 'awaitingSinceApprox');
  oneOf(row, 'status', CONVERSATION_STATUSES);
  oneOf(row, 'kind', MESSAGE_KINDS);
  if (row.caseSignal !== null) oneOf(row, 'caseSignal', CASE_SIGNALS);
  bool(row, 'firstInThread');
  oneOf(row, 'category', CATEGORIES);
  oneOf(row, 'priority', PRIORITIES);
  checkTriage(row.triage);
  bool(row, 'categoryByAgent');
  if (row.escalation !== null) {
    const escalation = record(row.escalation, 'escalation');
    text(escalation, 'note', 'escalation.note');
    time(escalation, 'at', 'escalation.at');
  }
  time(row, 'firstSeenAt');
  time(row, 'updatedAt');
}

function checkEvent(raw: unknown): void {
  const row = record(raw, 'row');
  count(row, 'id', 1);
  nonEmptyText(row, 'conversationId');
  oneOf(row, 'platform', PLATFORMS);
  nonEmptyText(row, 'marketplace');
  oneOf(row, 'type', EVENT_TYPES);
  time(row, 'at');
  bool(row, 'approx');
  optional(row, 'category', () => oneOf(row, 'category', CATEGORIES));
  optional(row, 'agent', () => text(row, 'agent'));
}

/** The template fields the template editor and importer check (everything but id and use statistics). */
const TEMPLATE_CONTENT = ['name', 'body', 'platforms', 'language', 'category', 'tags', 'shortcut'] as const;

function checkTemplate(raw: unknown): void {
  const row = record(raw, 'row');
  count(row, 'id', 1);
  try {
    checkTemplateSeed(Object.fromEntries(TEMPLATE_CONTENT.map((field) => [field, row[field]])));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const named = /field "([^"]+)": (.*?)\.?$/.exec(message);
    throw named ? new FieldProblem(named[1]!, named[2]!) : new FieldProblem('template', message);
  }
  count(row, 'useCount', 0);
  timeOrNull(row, 'lastUsedAt');
  time(row, 'updatedAt');
}

const SECTION_BY_KEY = new Map(Object.entries(SETTINGS_KEYS).map(([section, key]) => [key, section as SettingsSection]));

function checkSetting(raw: unknown): void {
  const row = record(raw, 'row');
  const key = text(row, 'key');
  demand(key !== '', 'key', key, 'non-empty text');
  const parse = (parser: (value: unknown) => unknown): void => {
    try {
      parser(row.value);
    } catch (error) {
      throw new FieldProblem('value', error instanceof Error ? error.message : String(error));
    }
  };
  const section = SECTION_BY_KEY.get(key);
  if (key === POLICIES_KEY) parse(parsePolicies);
  else if (section) parse(SETTINGS_PARSERS[section]);
  else if (key === CLOCK_FINGERPRINT_KEY) text(row, 'value');
  // Other keys belong to features that check their own values when they load them; kept as they are.
}

function checkPageHealth(raw: unknown): void {
  const row = record(raw, 'row');
  nonEmptyText(row, 'key');
  oneOf(row, 'platform', PLATFORMS);
  nonEmptyText(row, 'marketplace');
  oneOf(row, 'page', PAGE_KINDS);
  textOrNull(row, 'variant');
  count(row, 'rows', 0);
  demand(Array.isArray(row.problems), 'problems', row.problems, 'a list');
  (row.problems as unknown[]).forEach((rawProblem, i) => {
    const path = `problems[${i + 1}]`;
    const problem = record(rawProblem, path);
    oneOf(problem, 'code', READ_PROBLEM_CODES, `${path}.code`);
    text(problem, 'detail', `${path}.detail`);
  });
  text(row, 'url');
  time(row, 'readAt');
}

/** Throws a FieldProblem naming the first wrong field of the row. Fields the model does not define are kept
 *  (a later version may add optional ones without a schema change). */
export const ROW_CHECKS: Record<BackupTable, (row: unknown) => void> = {
  conversations: checkConversation,
  events: checkEvent,
  templates: checkTemplate,
  settings: checkSetting,
  pageHealth: checkPageHealth,
};

