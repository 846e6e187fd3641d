// The dashboard inbox's rows: which conversations a set of filters keeps (platform, status, category, overdue,
// approximate, a search over buyer/subject/order/marketplace that ignores case and accents) and their order.
// Pure: every decision that depends on the time takes `now`.
import { CONVERSATION_STATUSES, type Category, type Conversation, type ConversationStatus, type Platform } from '../model';
import { isOverdue } from '../sla/overdue';

export interface InboxFilters {
  /** Empty: every platform. */
  platforms: Platform[];
  /** Empty: every status. */
  statuses: ConversationStatus[];
  /** Empty: every category. */
  categories: Category[];
  /** Only conversations past their due time. */
  overdueOnly: boolean;
  /** Only conversations whose clock is approximate (the page showed only the day or hour of the message). */
  approximateOnly: boolean;
  /** Words that must all appear in the buyer, subject, order number or marketplace. */
  search: string;
}

export const NO_FILTERS: InboxFilters = {
  platforms: [],
  statuses: [],
  categories: [],
  overdueOnly: false,
  approximateOnly: false,
  search: '',
};

export const SORT_KEYS = ['due', 'waited', 'buyer', 'platform', 'priority', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface InboxSort {
  key: SortKey;
  direction: SortDirection;
}

/** Most urgent first: what an agent opening the inbox wants to see. */
export const DEFAULT_SORT: InboxSort = { key: 'due', direction: 'asc' };

type Row = Pick<
  Conversation,
  'platform' | 'marketplace' | 'buyer' | 'subject' | 'orderId' | 'status' | 'category' | 'priority' | 'dueAt' | 'awaitingSince' | 'awaitingSinceApprox'
>;

/** How long the buyer has waited: only while a reply is awaited (null otherwise). */
export function waitedMs(conversation: Pick<Conversation, 'status' | 'awaitingSince'>, now: number): number | null {
  if (conversation.status !== 'awaiting' || conversation.awaitingSince === null) return null;
  return Math.max(0, now - conversation.awaitingSince);
}

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, accents stripped ("Zoë Müller" → "zoe muller"), so a search typed without accents still finds. */
export function foldForSearch(text: string): string {
  // Most order numbers and many names are plain ASCII: skip the (much slower) decomposition for them.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Folding 10,000 rows on every keystroke would be most of a search's cost. The same stored object folds once
// (Dexie hands out new objects when a row changes, so a stale entry is never read), and the same text folds
// once even in a new object (a live query re-reads every row after any change): bounded, so it cannot grow forever.
const foldedByRow = new WeakMap<object, string>();
const foldedByText = new Map<string, string>();
const MAX_FOLDED_TEXTS = 50_000;

function searchableText(conversation: Row): string {
  let text = foldedByRow.get(conversation);
  if (text === undefined) {
    const raw = [conversation.buyer, conversation.subject, conversation.orderId ?? '', conversation.marketplace].join('\n');
    text = foldedByText.get(raw);
    if (text === undefined) {
      if (foldedByText.size >= MAX_FOLDED_TEXTS) foldedByText.clear();
      text = foldForSearch(raw);
      foldedByText.set(raw, text);
    }
    foldedByRow.set(conversation, text);
  }
  return text;
}

/** The conversations the filters keep, in their given order. */
export function filterConversations<T extends Row>(conversations: readonly T[], filters: InboxFilters, now: number): T[] {
  const platforms = filters.platforms.length > 0 ? new Set<string>(filters.platforms) : null;
  const statuses = filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null;
  const categories = filters.categories.length > 0 ? new Set<string>(filters.categories) : null;
  const words = foldForSearch(filters.search).split(/\s+/).filter(Boolean);
  return conversations.filter(
    (conversation) =>
      (!platforms || platforms.has(conversation.platform)) &&
      (!statuses || statuses.has(conversation.status)) &&
      (!categories || categories.has(conversation.category)) &&
      (!filters.overdueOnly || isOverdue(conversation, now)) &&
      (!filters.approximateOnly || conversation.awaitingSinceApprox) &&
      (words.length === 0 || words.every((word) => searchableText(conversation).includes(word))),
  );
}

const PRIORITY_ORDER: Record<Conversation['priority'], number> = { A: 0, B: 1, C: 2 };

/** A sort key per row: a number or a string, or null for "nothing to sort by" (always last). */
function sortValue(conversation: Row, key: SortKey, now: number): number | string | null {
  switch (key) {
    case 'due':
      return conversation.dueAt;
    case 'waited':
      return waitedMs(conversation, now);
    case 'buyer':
      return conversation.buyer.trim() || null;
    case 'platform':
      // Platform ids sort as their names do (amazon, ebay, etsy); then the marketplace code.
      return `${conversation.platform} ${conversation.marketplace}`;
    case 'priority':
      return PRIORITY_ORDER[conversation.priority];
    case 'status':
      return CONVERSATION_STATUSES.indexOf(conversation.status);
  }
}

/**
 * The conversations in `sort` order. Stable (equal rows keep their given order, in either direction), and rows
 * with nothing to sort by (no due time, not waiting, no buyer name) come last in either direction.
 * Buyer names compare as people read them in `locale` (accents and case do not split "Émile" from "emile").
 */
export function sortConversations<T extends Row>(conversations: readonly T[], sort: InboxSort, now: number, locale = 'en'): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sign = sort.direction === 'asc' ? 1 : -1;
  // Keys computed once per row, not once per comparison.
  const keyed = conversations.map((conversation, index) => ({ conversation, index, value: sortValue(conversation, sort.key, now) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.index - b.index;
      return a.value === null ? 1 : -1;
    }
    const order =
      typeof a.value === 'string' && typeof b.value === 'string' ? collator.compare(a.value, b.value) : (a.value as number) - (b.value as number);
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((entry) => entry.conversation);
}

/** The inbox's rows: filtered, then sorted. */
export function inboxRows<T extends Row>(conversations: readonly T[], filters: InboxFilters, sort: InboxSort, now: number, locale = 'en'): T[] {
  return sortConversations(filterConversations(conversations, filters, now), sort, now, locale);
}
