// Amazon Seller Central adapter: URL predicates and the buyer-message inbox reader (messaging v3 and the
// older /messaging/inbox). Seller Central has no stable class names, so every field is found through an
// ordered list of selectors (one comment per page variant) and checked by what its text looks like.
import { deepText, outermost, queryAllIn, searchRoots } from '../dom/deep-query';
import type { ConversationSnapshot, MarketplaceTime, ReadProblem, ReadResult } from '../model';
import { parseMarketplaceTime } from '../time/parse-marketplace-time';
import type { MarketplaceInfo, PlatformAdapter } from './adapter';
import { AMAZON_MARKETPLACES, AMAZON_MATCHES } from './amazon-marketplaces';

/** Amazon order ids: 3-7-7 digits. */
export const AMAZON_ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

/** Where the conversation rows are, most specific first. The first variant that yields rows wins. */
export const AMAZON_ROW_VARIANTS: readonly { name: string; selector: string }[] = [
  // messaging v3 (/messaging/inbox-v3): a KAT table; cells and badges are web components with open shadow roots.
  { name: 'v3-kat-table', selector: 'kat-table-row' },
  // redesigned lists: rows named by data-testid (message/conversation/thread + row/item/card).
  { name: 'testid-row', selector: nounKindSelector('data-testid') },
  // redesigned lists: the same naming in class names.
  { name: 'class-row', selector: nounKindSelector('class') },
  // ARIA grids and lists without telling names.
  { name: 'aria-row', selector: '[role="row"], [role="listitem"]' },
  // the older /messaging/inbox: a plain table.
  { name: 'legacy-table', selector: 'tr' },
];

/** Header rows of any of the variants above are never conversations. */
function isHeaderRow(row: Element): boolean {
  if (row.closest('thead, kat-table-head')) return true;
  return Array.from(row.children).some((cell) => cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader');
}

/** Where a row keeps each field, most specific first; checked by content, so a wrong guess falls through. */
export const AMAZON_FIELD_SELECTORS = {
  buyer: [
    '[data-testid*="buyer" i]',
    '[class*="buyer" i]',
    '[data-testid*="sender" i]',
    '[class*="sender" i]',
    '[class*="customer" i]',
    '[class*="name" i]',
  ],
  subject: ['[data-testid*="subject" i]', '[class*="subject" i]', '[data-testid*="title" i]', '[class*="title" i]'],
  time: [
    'time[datetime]',
    '[data-testid*="date" i]',
    '[class*="date" i]',
    '[data-testid*="time" i]',
    '[class*="time" i]',
  ],
} as const;

/** Rows that need the seller's reply carry one of these markers; bold text alone does not count. */
const UNREAD_MARKER = '[class*="unread" i], [unread], [data-unread="true"], [data-status*="unread" i]';

/** "Needs response" as Seller Central writes it in each interface language. */
export const NEEDS_RESPONSE_PHRASES: readonly string[] = [
  'needs response', // en
  'response needed', // en (older inbox)
  'antwort erforderlich', // de
  'réponse requise', // fr
  'réponse nécessaire', // fr
  'risposta necessaria', // it
  'respuesta necesaria', // es
  '要返信', // ja
  '返信が必要', // ja
  '需要回复', // zh (Seller Central's Chinese interface)
];

/** The list exists but is empty: not a read failure. */
const EMPTY_LIST_PHRASES: readonly string[] = [
  'no messages',
  'no results',
  'you have no',
  'keine nachrichten',
  'aucun message',
  'nessun messaggio',
  'no hay mensajes',
  'メッセージはありません',
  '没有消息',
];
const LIST_CONTAINER = 'kat-table, table, [data-testid*="message-list" i], [class*="message-list" i], [role="grid"], [role="list"]';

/** Row attributes that carry a thread id, and link parameters / path parts that do. */
const THREAD_ID_ATTRIBUTES = ['data-thread-id', 'data-conversation-id', 'data-threadid', 'data-message-thread-id'];
const THREAD_ID_PARAMS = ['threadId', 'thread_id', 'conversationId', 'conversation_id', 'tid'];
const THREAD_ID_PATH = /\/(?:thread|threads|conversation|conversations)\/([\w.-]+)/i;

const INBOX_PATH = /^\/messaging\/inbox(?:-v3)?\/?$/;
const THREAD_PATHS = [/^\/messaging\/contact\/?$/, /^\/messaging\/(?:inbox-v3\/)?thread(?:s)?(?:\/[\w.-]+)?\/?$/];

export const amazon: PlatformAdapter = {
  platform: 'amazon',
  matches: AMAZON_MATCHES,
  marketplaceFor,
  isInbox: (url) => marketplaceFor(url) !== null && INBOX_PATH.test(url.pathname),
  isThread: (url) =>
    marketplaceFor(url) !== null &&
    THREAD_PATHS.some((path) => path.test(url.pathname)) &&
    (!url.pathname.startsWith('/messaging/contact') || url.searchParams.has('orderID')),
  readInbox,
};

function marketplaceFor(url: URL): MarketplaceInfo | null {
  if (url.protocol !== 'https:') return null;
  return AMAZON_MARKETPLACES[url.hostname] ?? null;
}

function readInbox(root: ParentNode, url: URL, now: number): ReadResult {
  const market = marketplaceFor(url);
  const health = {
    platform: 'amazon' as const,
    marketplace: market?.marketplace ?? 'unknown',
    page: 'inbox' as const,
    variant: null as string | null,
    rows: 0,
    problems: [] as ReadProblem[],
  };
  if (!market) {
    health.problems.push({ code: 'read-failed', detail: `not a Seller Central host: ${url.hostname}` });
    return { snapshots: [], health };
  }
  try {
    const roots = searchRoots(root);
    const found = findRows(roots, market, now);
    if (!found) {
      const emptyList = queryAllIn(roots, LIST_CONTAINER).length > 0 && hasAnyPhrase(root, EMPTY_LIST_PHRASES);
      if (emptyList) health.variant = 'empty';
      else health.problems.push({ code: 'no-rows', detail: 'no conversation rows matched any selector variant' });
      return { snapshots: [], health };
    }
    health.variant = found.variant;
    health.rows = found.rows.length;
    // Amazon's own "Needs response" filter: every row it lists awaits a reply, marker or not.
    const filteredToNeedsResponse = url.searchParams.get('fi') === 'responseNeeded';
    const snapshots: ConversationSnapshot[] = [];
    for (const row of found.rows) {
      const snapshot = readRow(row, url, market, now, filteredToNeedsResponse, health.problems);
      if (snapshot) snapshots.push(snapshot);
    }
    return { snapshots: dedupe(snapshots), health };
  } catch (error) {
    health.problems.push({ code: 'read-failed', detail: String(error) });
    return { snapshots: [], health };
  }
}

interface FoundRows {
  variant: string;
  rows: Element[];
}

function findRows(roots: ParentNode[], market: MarketplaceInfo, now: number): FoundRows | null {
  for (const { name, selector } of AMAZON_ROW_VARIANTS) {
    const candidates = outermost(queryAllIn(roots, selector).filter((row) => !isHeaderRow(row)));
    const rows = candidates.filter((row) => looksLikeConversation(row, market, now));
    if (rows.length > 0) return { variant: name, rows };
  }
  return null;
}

/** A conversation row shows an order id or a date: page chrome that happens to match a selector shows neither. */
function looksLikeConversation(row: Element, market: MarketplaceInfo, now: number): boolean {
  return AMAZON_ORDER_ID.test(deepText(row)) || readTime(row, market, now) !== null;
}

function readRow(
  row: Element,
  url: URL,
  market: MarketplaceInfo,
  now: number,
  filteredToNeedsResponse: boolean,
  problems: ReadProblem[],
): ConversationSnapshot | null {
  const text = deepText(row);
  const orderId = text.match(AMAZON_ORDER_ID)?.[0] ?? null;
  const lastMessageAt = readTime(row, market, now);
  const cells = cellTexts(row).filter((cell) => !isNoise(cell, market, now));
  const buyer = fieldText(row, AMAZON_FIELD_SELECTORS.buyer, market, now) ?? cells[0] ?? '';
  const subject =
    fieldText(row, AMAZON_FIELD_SELECTORS.subject, market, now) ??
    longest(cells.filter((cell) => cell !== buyer).map(stripOrderId)) ??
    '';
  const link = threadLink(row, url);
  const threadId = threadIdFrom(row, link) ?? (orderId ? `order-${orderId}` : null);
  if (!buyer) problems.push({ code: 'no-buyer', detail: text.slice(0, 80) });
  if (!lastMessageAt) problems.push({ code: 'unparsed-time', detail: text.slice(0, 80) });
  const id = threadId ?? `text-${hashText(`${buyer}|${subject}`)}`;
  if (!threadId) problems.push({ code: 'no-thread-id', detail: `${buyer} · ${subject}`.slice(0, 80) });
  return {
    platform: 'amazon',
    marketplace: market.marketplace,
    threadId: id,
    buyer,
    orderId,
    subject,
    url: link?.href ?? searchUrlFor(url, orderId),
    lastMessageAt,
    needsResponse: filteredToNeedsResponse || hasNeedsResponseMarker(row, text),
  };
}

function hasNeedsResponseMarker(row: Element, text: string): boolean {
  if (row.matches(UNREAD_MARKER) || queryAllIn(searchRoots(row), UNREAD_MARKER).length > 0) return true;
  const lower = text.toLowerCase();
  return NEEDS_RESPONSE_PHRASES.some((phrase) => lower.includes(phrase));
}

function readTime(row: Element, market: MarketplaceInfo, now: number): MarketplaceTime | null {
  const roots = searchRoots(row);
  for (const selector of AMAZON_FIELD_SELECTORS.time) {
    for (const element of queryAllIn(roots, selector)) {
      const machine = element.getAttribute('datetime');
      const parsed =
        (machine && parseMarketplaceTime(machine, market, now)) || parseMarketplaceTime(deepText(element), market, now);
      if (parsed) return parsed;
    }
  }
  // No hinted element: the first leaf whose whole text is a date.
  for (const leaf of leaves(row)) {
    const parsed = parseMarketplaceTime(deepText(leaf), market, now);
    if (parsed) return parsed;
  }
  return null;
}

/** The text of the first hinted element whose text is a plausible value (not a date, order id or marker). */
function fieldText(row: Element, selectors: readonly string[], market: MarketplaceInfo, now: number): string | null {
  const roots = searchRoots(row);
  for (const selector of selectors) {
    for (const element of queryAllIn(roots, selector)) {
      if (element === row) continue;
      const value = stripOrderId(deepText(element));
      if (value && !isNoise(value, market, now)) return value;
    }
  }
  return null;
}

/** Texts of the row's cells: its element children (or, for a component row, its shadow root's). */
function cellTexts(row: Element): string[] {
  const children = row.children.length > 0 ? Array.from(row.children) : Array.from(row.shadowRoot?.children ?? []);
  return children.map((cell) => deepText(cell)).filter(Boolean);
}

/** Elements of the row (shadow roots included) with no element children: where a date stands alone. */
function leaves(row: Element): Element[] {
  return queryAllIn(searchRoots(row), '*').filter(
    (element) => element.children.length === 0 && !['TEMPLATE', 'SCRIPT', 'STYLE'].includes(element.tagName),
  );
}

function isNoise(text: string, market: MarketplaceInfo, now: number): boolean {
  const lower = text.toLowerCase();
  return (
    parseMarketplaceTime(text, market, now) !== null ||
    AMAZON_ORDER_ID.test(text) && stripOrderId(text).length === 0 ||
    NEEDS_RESPONSE_PHRASES.some((phrase) => lower === phrase)
  );
}

/** Removes an order id and the label in front of it ("Order ID: 123-…", "Bestellnr. 123-…"). */
function stripOrderId(text: string): string {
  return text
    .replace(/(?:order(?:\s*id)?|bestellnr\.?|bestellung|commande|ordine|pedido|注文番号|订单(?:编号)?)?\s*[:#：]?\s*\d{3}-\d{7}-\d{7}/gi, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s·•|:,–—-]+|[\s·•|:,–—-]+$/g, ''); // the separator that stood beside the id
}

function threadLink(row: Element, page: URL): URL | null {
  for (const anchor of queryAllIn(searchRoots(row), 'a[href]')) {
    const href = anchor.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || href.startsWith('javascript:')) continue;
    try {
      const url = new URL(href, page);
      if (url.hostname === page.hostname && url.pathname.startsWith('/messaging')) return url;
    } catch {
      // an unparsable href is just not a link we can use
    }
  }
  return null;
}

function threadIdFrom(row: Element, link: URL | null): string | null {
  for (const element of [row, ...queryAllIn(searchRoots(row), '*')]) {
    for (const attribute of THREAD_ID_ATTRIBUTES) {
      const value = element.getAttribute(attribute)?.trim();
      if (value) return value;
    }
  }
  if (!link) return null;
  for (const param of THREAD_ID_PARAMS) {
    const value = link.searchParams.get(param);
    if (value) return value;
  }
  return link.pathname.match(THREAD_ID_PATH)?.[1] ?? null;
}

/** Seller Central's own search finds a conversation by order id: the best link when a row has none. */
function searchUrlFor(page: URL, orderId: string | null): string {
  if (!orderId) return page.href;
  const url = new URL('/messaging/inbox-v3', page);
  url.searchParams.set('fi', 'search');
  url.searchParams.set('ss', orderId);
  return url.href;
}

function hasAnyPhrase(root: ParentNode, phrases: readonly string[]): boolean {
  const element = (root as Document).body ?? (root as Element);
  if (!element) return false;
  const text = deepText(element).toLowerCase();
  return phrases.some((phrase) => text.includes(phrase));
}

function longest(texts: string[]): string | null {
  return texts.filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** One row per thread: a list can show a thread twice while it re-renders. */
function dedupe(snapshots: ConversationSnapshot[]): ConversationSnapshot[] {
  const byId = new Map<string, ConversationSnapshot>();
  for (const snapshot of snapshots) if (!byId.has(snapshot.threadId)) byId.set(snapshot.threadId, snapshot);
  return [...byId.values()];
}

/** FNV-1a: a stable id for a row that shows no thread id and no order id. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function nounKindSelector(attribute: string): string {
  const nouns = ['message', 'conversation', 'thread'];
  const kinds = ['row', 'item', 'card'];
  return nouns.flatMap((noun) => kinds.map((kind) => `[${attribute}*="${noun}" i][${attribute}*="${kind}" i]`)).join(', ');
}
