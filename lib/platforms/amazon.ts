// Amazon Seller Central adapter: URL predicates, the buyer-message inbox reader (messaging v3 and the
// older /messaging/inbox), the open-thread reader (v3's right-hand pane, the legacy thread page, the compose
// page) and the reply editor. Seller Central has no stable class names, so every field is found through an
// ordered list of selectors (one comment per page variant) and checked by what its text looks like.
import { deepText, outermost, queryAllIn, searchRoots, whileReading } from '../dom/deep-query';
import type {
  ConversationSnapshot,
  MarketplaceTime,
  ReadProblem,
  ReadResult,
  ThreadMessage,
  ThreadReadResult,
  ThreadSnapshot,
} from '../model';
import { looksLikeTime } from '../time/time-shape';
import type { RawMessage, RawReadResult, RawSnapshot, RawThread, RawThreadReadResult, RawTime } from './raw-read';
import { rawTimeOf } from './raw-time';
import { findVariantRows, newHealth, noRows, readAllRows, unreadableMessage, unreadBeside, type ListRows } from './engine';
import type { MarketplaceInfo, PlatformAdapter } from './adapter';
import { AMAZON_MARKETPLACES, AMAZON_MATCHES } from './amazon-marketplaces';
import { hashText } from '../hash-text';
import { longestText, oneRowPerThread, pageHasPhrase } from './list-reading';

/** Amazon order ids: 3-7-7 digits. */
export const AMAZON_ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b/;

/** Which cell of a row holds a field, where a layout fixes it: read directly, no search (see readRowByCells). */
export interface RowCells {
  buyer: number;
  subject: number;
  time: number;
}

/** Where the conversation rows are, most specific first. The first variant that yields rows wins. */
export const AMAZON_ROW_VARIANTS: readonly { name: string; selector: string; cells?: RowCells }[] = [
  // messaging v3 (/messaging/inbox-v3): a KAT table; cells and badges are web components with open shadow roots.
  // Its cells: the buyer (a kat-link to the thread), the subject (with the order id), the date, the status badge.
  { name: 'v3-kat-table', selector: 'kat-table-row', cells: { buyer: 0, subject: 1, time: 2 } },
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
  const cells = row.children;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader') return true;
  }
  // A loop over tag names, not closest(selector): asked of every row of a 5,000-row list.
  for (let node = row.parentElement; node; node = node.parentElement) {
    if (node.tagName === 'THEAD' || node.tagName === 'KAT-TABLE-HEAD') return true;
  }
  return false;
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

/** An answered row says so in words ("Responded", "No response needed") or in its status attribute. */
const ANSWERED_MARKER = '[data-status*="responded" i], [data-status*="replied" i], [data-response-status*="responded" i]';
export const ANSWERED_PHRASES: readonly string[] = [
  'responded', // en
  'no response needed',
  'beantwortet', // de
  'keine antwort erforderlich',
  'répondu', // fr
  'aucune réponse nécessaire',
  'risposto', // it
  'nessuna risposta necessaria',
  'respondido', // es
  'no es necesario responder',
  '返信済み', // ja
  '已回复', // zh
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
const COMPOSE_PATH = /^\/messaging\/contact\/?$/;
const THREAD_PATHS = [COMPOSE_PATH, /^\/messaging\/(?:inbox-v3\/)?thread(?:s)?(?:\/[\w.-]+)?\/?$/];
/** The two-pane inbox names its selected thread in the query ("…&threadId=…", "…&t=…"). */
const PANE_THREAD_PARAMS = [...THREAD_ID_PARAMS, 't'];

export const amazon: PlatformAdapter = {
  platform: 'amazon',
  matches: AMAZON_MATCHES,
  marketplaceFor,
  isInbox: (url) => marketplaceFor(url) !== null && INBOX_PATH.test(url.pathname),
  // A two-pane inbox with a thread selected is both an inbox and a thread: read it as both.
  isThread: (url) =>
    marketplaceFor(url) !== null &&
    ((THREAD_PATHS.some((path) => path.test(url.pathname)) &&
      (!COMPOSE_PATH.test(url.pathname) || url.searchParams.has('orderID'))) ||
      (INBOX_PATH.test(url.pathname) && threadIdInUrl(url) !== null)),
  // One read asks the same of each row many times: whileReading remembers roots, queries and texts until it returns.
  messageOrder: 'sort-timed',
  // One read asks the same of each row many times: whileReading remembers roots, queries and texts until it returns.
  listRows: (root, url) => whileReading(() => listRows(root, url)),
  readInboxRaw: (root, url) => readAllRows(() => listRows(root, url)),
  readThreadRaw: (root, url) => whileReading(() => readThread(root, url)),
  replyBox,
};


function marketplaceFor(url: URL): MarketplaceInfo | null {
  if (url.protocol !== 'https:') return null;
  return AMAZON_MARKETPLACES[url.hostname] ?? null;
}

function listRows(root: ParentNode, url: URL): ListRows {
  const market = marketplaceFor(url);
  const health = newHealth('amazon', market?.marketplace, 'inbox');
  if (!market) {
    health.problems.push({ code: 'read-failed', detail: `not a Seller Central host: ${url.hostname}` });
    return noRows(health);
  }
  // Only the inbox paths list conversations. A thread or compose page shows one conversation, whose message
  // bubbles carry a name and a date much like rows: read as a list they would invent conversations ("Sie").
  if (!INBOX_PATH.test(url.pathname)) return noRows(health);
  try {
    const found = findVariantRows(
      root,
      AMAZON_ROW_VARIANTS,
      (candidates) => outermost(candidates.filter((row) => !isHeaderRow(row))),
      (row) => looksLikeConversation(row, market),
    );
    if (!found) {
      const emptyList = queryAllIn(searchRoots(root), LIST_CONTAINER).length > 0 && pageHasPhrase(root, EMPTY_LIST_PHRASES);
      if (emptyList) health.variant = 'empty';
      else health.problems.push({ code: 'no-rows', detail: 'no conversation rows matched any selector variant' });
      return noRows(health);
    }
    health.variant = found.variant.name;
    health.rows = found.rows.length;
    // Amazon's own "Needs response" filter: every row it lists awaits a reply, marker or not.
    const filteredToNeedsResponse = url.searchParams.get('fi') === 'responseNeeded';
    const cells = found.variant.cells;
    return {
      health,
      rows: found.rows,
      selector: found.variant.selector,
      readRow: (row, problems) => readRow(row, url, market, filteredToNeedsResponse, problems),
      ...(cells ? { shortcut: (row: Element) => readRowByCells(row, cells, url, market, filteredToNeedsResponse) } : {}),
    };
  } catch (error) {
    health.problems.push({ code: 'read-failed', detail: String(error) });
    return noRows(health);
  }
}

/** A conversation row shows an order id or a date: page chrome that happens to match a selector shows neither. */
function looksLikeConversation(row: Element, market: MarketplaceInfo): boolean {
  return AMAZON_ORDER_ID.test(deepText(row)) || readTime(row, market) !== null;
}

function readRow(
  row: Element,
  url: URL,
  market: MarketplaceInfo,
  filteredToNeedsResponse: boolean,
  problems: ReadProblem[],
): RawSnapshot | null {
  const text = deepText(row);
  const orderId = text.match(AMAZON_ORDER_ID)?.[0] ?? null;
  const lastMessageAt = readTime(row, market);
  // A row of the variant's selector that shows neither an order id nor a date is page chrome, not a conversation.
  if (!orderId && !lastMessageAt) return null;
  const cells = cellTexts(row).filter((cell) => !isNoise(cell, market));
  const buyer = fieldText(row, AMAZON_FIELD_SELECTORS.buyer, market) ?? cells[0] ?? '';
  const subject =
    fieldText(row, AMAZON_FIELD_SELECTORS.subject, market) ??
    longestText(cells.filter((cell) => cell !== buyer).map(stripOrderId)) ??
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
    // Evidence only: the page's "Needs response" (or its filter) says waiting, its "Responded" says answered;
    // a row with neither (a marker gone in a re-render, a badge not drawn yet) cannot tell.
    needsResponse: filteredToNeedsResponse || hasNeedsResponseMarker(row, text) ? true : hasAnsweredMarker(row, text) ? false : null,
  };
}

/**
 * A row of a layout whose cells are known, read from those cells alone. Null when any cell does not hold what
 * it should (a buyer name, a date-shaped text, a subject, a thread link): then readRow searches the row.
 * Proven equal to readRow on every fixture row by test/lib/platforms/row-shortcuts.test.ts.
 */
function readRowByCells(
  row: Element,
  cells: RowCells,
  url: URL,
  market: MarketplaceInfo,
  filteredToNeedsResponse: boolean,
): RawSnapshot | null {
  const children = row.children.length > 0 ? row.children : row.shadowRoot?.children;
  const buyerCell = children?.[cells.buyer];
  const subjectCell = children?.[cells.subject];
  const timeCell = children?.[cells.time];
  if (!buyerCell || !subjectCell || !timeCell) return null;
  const lastMessageAt = rawTimeOf(timeCell, deepText(timeCell), market.locale);
  const buyer = deepText(buyerCell);
  const subject = stripOrderId(deepText(subjectCell));
  if (!lastMessageAt || !buyer || !subject || isNoise(buyer, market) || isNoise(subject, market)) return null;
  const link = threadLink(buyerCell, url);
  const threadId = threadIdAttribute(row) ?? threadIdInLink(link);
  if (!threadId) return null;
  const text = deepText(row);
  const orderId = text.match(AMAZON_ORDER_ID)?.[0] ?? null;
  return {
    platform: 'amazon',
    marketplace: market.marketplace,
    threadId,
    buyer,
    orderId,
    subject,
    url: link!.href,
    lastMessageAt,
    needsResponse: filteredToNeedsResponse || hasNeedsResponseMarker(row, text) ? true : hasAnsweredMarker(row, text) ? false : null,
  };
}

function hasAnsweredMarker(row: Element, text: string): boolean {
  if (row.matches(ANSWERED_MARKER) || queryAllIn(searchRoots(row), ANSWERED_MARKER).length > 0) return true;
  const lower = text.toLowerCase();
  return ANSWERED_PHRASES.some((phrase) => lower.includes(phrase));
}

function hasNeedsResponseMarker(row: Element, text: string): boolean {
  // The words first (cheap); "No response needed" holds "response needed": answered phrases are taken out first.
  let lower = text.toLowerCase();
  for (const phrase of ANSWERED_PHRASES) lower = lower.replaceAll(phrase, ' ');
  if (NEEDS_RESPONSE_PHRASES.some((phrase) => lower.includes(phrase))) return true;
  return row.matches(UNREAD_MARKER) || queryAllIn(searchRoots(row), UNREAD_MARKER).length > 0;
}

function readTime(row: Element, market: MarketplaceInfo): RawTime | null {
  const roots = searchRoots(row);
  for (const selector of AMAZON_FIELD_SELECTORS.time) {
    for (const element of queryAllIn(roots, selector)) {
      const time = rawTimeOf(element, deepText(element), market.locale);
      if (time) return time;
    }
  }
  // No hinted element: the first leaf whose whole text is a date.
  for (const leaf of leaves(row)) {
    const time = rawTimeOf(leaf, deepText(leaf), market.locale);
    if (time) return time;
  }
  return null;
}

/** The text of the first hinted element whose text is a plausible value (not a date, order id or marker). */
function fieldText(row: Element, selectors: readonly string[], market: MarketplaceInfo): string | null {
  const roots = searchRoots(row);
  for (const selector of selectors) {
    for (const element of queryAllIn(roots, selector)) {
      if (element === row) continue;
      const value = stripOrderId(deepText(element));
      if (value && !isNoise(value, market)) return value;
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

function isNoise(text: string, market: MarketplaceInfo): boolean {
  const lower = text.toLowerCase();
  return (
    looksLikeTime(text, market.locale) ||
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
  return threadIdInLink(link);
}

function threadIdInLink(link: URL | null): string | null {
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

function bubbleSelector(attribute: string): string {
  return nounKindSelector(attribute, ['message', 'msg', 'chat'], ['bubble', 'item', 'entry']);
}

/** Panes named for a thread or conversation view, detail or pane. */
function paneSelector(attribute: string): string {
  const names = ['thread-view', 'thread-detail', 'thread-pane', 'conversation-view', 'conversation-detail'];
  return names.map((name) => `[${attribute}*="${name}" i]`).join(', ');
}

function nounKindSelector(
  attribute: string,
  nouns: readonly string[] = ['message', 'conversation', 'thread'],
  kinds: readonly string[] = ['row', 'item', 'card'],
): string {
  return nouns.flatMap((noun) => kinds.map((kind) => `[${attribute}*="${noun}" i][${attribute}*="${kind}" i]`)).join(', ');
}

// ── Open threads ─────────────────────────────────────────────────────────────────────────────────
// One conversation as the page shows it: v3's right-hand pane (/messaging/inbox-v3?…&threadId=…), the legacy
// /messaging/thread/<id> page, or the compose page /messaging/contact?orderID=…. Bubbles, who wrote each and
// the header are found like inbox rows: ordered selector variants, each checked by what it contains.

/** Who wrote a bubble. 'system' is Amazon's own notices and any automated reply: never a seller response. */
type Author = 'buyer' | 'seller' | 'system';

/** Where the open thread sits, most specific first. The first that holds bubbles wins, else the whole page. */
export const AMAZON_THREAD_PANES: readonly string[] = [
  // messaging v3 two-pane layout: the right-hand pane, named by data-testid.
  paneSelector('data-testid'),
  // the same naming in class names (some v3 builds), and the legacy thread page's message container.
  `${paneSelector('class')}, [class*="message-thread" i]`,
  // a page whose only landmark is its main region.
  '[role="main"], main',
];

/** The conversation list beside a two-pane thread, and page navigation: nothing in them belongs to the thread. */
const INBOX_LIST = [
  'nav',
  'kat-table', // v3's list
  '[role="grid"]',
  '[data-testid*="conversation-list" i]', // redesigned lists
  '[class*="conversation-list" i]',
  '[data-testid*="thread-list" i]',
  '[class*="thread-list" i]',
  '[data-testid*="inbox-list" i]',
  '[class*="inbox-list" i]',
].join(', ');

/** A list row selected in a two-pane inbox: its thread is the one the pane shows. */
const SELECTED_ROW = '[aria-selected="true"], [aria-current="true"], [class*="selected" i]';

/** Where the message bubbles are, most specific first. The first variant that yields messages wins. */
export const AMAZON_BUBBLE_VARIANTS: readonly { name: string; selector: string }[] = [
  // messaging v3: each message named by data-testid (message/msg/chat + bubble/item/entry).
  { name: 'testid-bubble', selector: bubbleSelector('data-testid') },
  // the legacy thread page and redesigns: the same naming in class names.
  { name: 'class-bubble', selector: bubbleSelector('class') },
  // a chat log without telling names: each child of the log is a message (day dividers have no text: dropped).
  { name: 'log-child', selector: '[role="log"] > *' },
  // ARIA lists and articles without telling names.
  { name: 'aria-item', selector: '[role="listitem"], [role="article"], article' },
];

/** Where a bubble keeps its parts, most specific first; checked by content, so a wrong guess falls through. */
export const AMAZON_BUBBLE_FIELDS = {
  time: AMAZON_FIELD_SELECTORS.time,
  sender: ['[data-testid*="sender" i]', '[data-testid*="author" i]', '[class*="sender" i]', '[class*="author" i]'],
  body: [
    '[data-testid*="body" i]',
    '[data-testid*="message-text" i]',
    '[data-testid*="content" i]',
    '[class*="body" i]',
    '[class*="message-text" i]',
    '[class*="content" i]',
  ],
} as const;

/** Never part of a message's text: badges ("Automated message"), buttons ("Translate", "Report"), icons. */
const NOT_BODY = 'button, kat-button, kat-badge, kat-icon, [role="button"], svg, img';

/** Where the thread header keeps each field, most specific first; checked by content. */
export const AMAZON_THREAD_HEADER = {
  buyer: [
    '[data-testid*="buyer-name" i]',
    '[class*="buyer-name" i]',
    '[data-testid*="buyer" i]',
    '[class*="buyer" i]',
    '[data-testid*="customer" i]',
    '[class*="customer" i]',
  ],
  subject: [
    '[data-testid*="subject" i]',
    '[class*="subject" i]',
    '[data-testid*="thread-title" i]',
    '[class*="thread-title" i]',
  ],
  order: ['a[href*="/orders-v3/order/"]', '[data-testid*="order" i]', '[class*="order" i]'],
} as const;

/** Labels in front of a header value ("Buyer: …", "Betreff: …"), per language; removed from the value. */
const HEADER_LABELS: readonly string[] = [
  'buyer', 'customer', 'contact buyer', 'to', 'from', 'subject', // en
  'käufer', 'kunde', 'käufer kontaktieren', 'an', 'von', 'betreff', // de
  'acheteur', 'client', 'contacter l’acheteur', 'à', 'de', 'objet', // fr
  'acquirente', 'cliente', 'a', 'da', 'oggetto', // it
  'comprador', 'para', 'asunto', // es
  '購入者', '宛先', '件名', // ja
  '买家', '主题', // zh
];

/** Attributes a bubble may name its author in (redesigned builds, the A-to-z page). */
const AUTHOR_ATTRIBUTES = [
  'data-sender',
  'data-sender-type',
  'data-author',
  'data-author-type',
  'data-from',
  'data-direction',
  'data-message-direction',
  'data-message-type',
  'data-origin',
];

/** Words in those attributes' values and what they say; whole words, case-insensitive. */
const AUTHOR_ATTRIBUTE_WORDS: readonly { author: Author; words: readonly string[] }[] = [
  { author: 'system', words: ['system', 'amazon', 'automated', 'automatic', 'auto', 'notification', 'notice'] },
  { author: 'seller', words: ['seller', 'merchant', 'outgoing', 'outbound', 'sent', 'self', 'me', 'you'] },
  { author: 'buyer', words: ['buyer', 'customer', 'incoming', 'inbound', 'received'] },
];

/** Words in the bubble's own class names (v3: "message-bubble-container outgoing"). */
const OWN_CLASS_WORDS: readonly { author: Author; words: readonly string[] }[] = [
  { author: 'system', words: ['system-message', 'system-notice', 'automated', 'auto-reply', 'autoreply', 'auto-response'] },
  { author: 'seller', words: ['outgoing', 'outbound', 'sent', 'seller', 'merchant', 'self', 'mine', 'right'] },
  { author: 'buyer', words: ['incoming', 'inbound', 'received', 'buyer', 'customer', 'left'] },
];

/** Words in class names inside the bubble: only unmistakable ones ("sent-at" or "left-icon" say nothing). */
const INNER_CLASS_WORDS: readonly { author: Author; words: readonly string[] }[] = [
  { author: 'system', words: ['system-message', 'automated', 'auto-reply', 'autoreply'] },
  { author: 'seller', words: ['outgoing', 'outbound', 'seller', 'from-seller'] },
  { author: 'buyer', words: ['incoming', 'inbound', 'buyer', 'from-buyer'] },
];

/** Sender labels as Seller Central writes them, per language, compared with the whole label. */
const AUTHOR_LABELS: readonly { author: Author; labels: readonly string[] }[] = [
  {
    author: 'system',
    labels: ['amazon', 'amazon.com', 'amazon seller support', 'amazon customer service', 'amazon-kundenservice', 'system'],
  },
  {
    author: 'seller',
    labels: [
      'you', 'me', 'seller', 'your message', // en
      'sie', 'ihre nachricht', 'verkäufer', // de
      'vous', 'vendeur', // fr
      'tu', 'venditore', // it
      'tú', 'vendedor', // es
      'あなた', '出品者', // ja
      '您', '卖家', // zh
    ],
  },
  {
    author: 'buyer',
    labels: [
      'buyer', 'customer', 'käufer', 'kunde', 'kundin', 'acheteur', 'client', // en, de, fr
      'acquirente', 'cliente', 'comprador', '購入者', 'お客様', '买家', // it, es, ja, zh
    ],
  },
];

/** Inline alignment: the seller's own messages sit on the right of the log, the buyer's on the left. */
const ALIGNMENT: readonly { author: Author; styles: readonly RegExp[] }[] = [
  {
    author: 'seller',
    styles: [
      /(?:margin-left|margin-inline-start)\s*:\s*auto/i,
      /(?:justify-content|align-self|align-items)\s*:\s*(?:flex-end|end|right)/i,
      /text-align\s*:\s*(?:right|end)|float\s*:\s*right/i,
    ],
  },
  {
    author: 'buyer',
    styles: [
      /(?:margin-right|margin-inline-end)\s*:\s*auto/i,
      /(?:justify-content|align-self|align-items)\s*:\s*(?:flex-start|start|left)/i,
      /text-align\s*:\s*(?:left|start)|float\s*:\s*left/i,
    ],
  },
];

/**
 * How a bubble tells who wrote it, most explicit first; the first rule that answers wins. Then the wording
 * may still make a seller-side (or unmarked) bubble Amazon's: see authorOf.
 */
const AMAZON_AUTHOR_RULES: readonly AuthorRule[] = [
  // data-sender="buyer", data-direction="outgoing", data-message-type="system": the page says it outright.
  { name: 'attribute', read: (bubble) => authorFromAttributes(bubble) },
  // the sender label: "You"/"Sie"/"Vous" is the seller; "Buyer"/"Käufer" or the buyer's name the buyer; "Amazon" a notice.
  { name: 'label', read: (bubble, buyer) => authorFromLabel(bubble.label, buyer) },
  // class names: v3's incoming/outgoing bubbles, redesigns' sent/received, left/right.
  { name: 'class', read: (bubble) => authorFromClasses(bubble) },
  // inline alignment (redesigned builds): right-aligned is the seller's.
  { name: 'alignment', read: (bubble) => authorFromAlignment(bubble.element) },
  // laid-out position in a real browser (no layout in tests): a bubble hugging the log's right edge is the seller's.
  { name: 'geometry', read: (bubble) => authorFromGeometry(bubble.element) },
];

/**
 * Auto-replies and Amazon's automated notices as they introduce themselves, per language. Amazon does not
 * count an automated reply as a response, so a seller-side bubble worded like this is Amazon's, not the seller's.
 */
export const AUTOMATED_PHRASES: readonly string[] = [
  'this is an automated message', 'this is an automatic message', 'automated message', // en
  'automated response', 'automatic reply', 'auto-reply', 'autoreply', // en
  'automatische antwort', 'automatisch generierte nachricht', 'automatische nachricht', // de
  'message automatique', 'réponse automatique', // fr
  'messaggio automatico', 'risposta automatica', // it
  'mensaje automático', 'respuesta automática', // es
  '自動返信', '自動送信', '自動メッセージ', // ja
  '自动回复', '自动消息', // zh
];

/** An A-to-z Guarantee claim as Amazon's notice names it, per language: the thread becomes a case. */
export const ATOZ_CLAIM_PHRASES: readonly string[] = [
  'a-to-z guarantee claim', 'a-to-z claim', 'a-z guarantee claim', // en
  'a-bis-z-garantie', // de
  'garantie de a à z', 'garantie a à z', // fr
  'garanzia dalla a alla z', // it
  'garantía de la a a la z', // es
  'マーケットプレイス保証', // ja
];

/** Where a page shows a notice outside the bubbles (v3's kat-alert above the thread). */
const NOTICE_SELECTORS = [
  'kat-alert',
  '[role="alert"], [role="status"]',
  '[class*="alert" i], [class*="notice" i], [class*="banner" i]',
  '[data-testid*="alert" i], [data-testid*="notice" i], [data-testid*="claim" i]',
].join(', ');

/** Where the reply editor is, most specific first. */
export const AMAZON_REPLY_BOXES: readonly string[] = [
  // compose page and messaging v3: a kat-textarea in the reply area; its real <textarea> is in the open shadow root.
  '.contact-buyer-text-area kat-textarea',
  '[class*="reply" i] kat-textarea, [data-testid*="reply" i] kat-textarea',
  'kat-textarea',
  // redesigned builds: a plain textarea named for the reply.
  ['name*="message"', 'name*="reply"', 'id*="reply"', 'aria-label*="reply"', 'aria-label*="message"']
    .map((attribute) => `textarea[${attribute} i]`)
    .join(', '),
  'textarea',
  // redesigned builds with a rich editor.
  '[contenteditable="true"][role="textbox"], [contenteditable="plaintext-only"]',
  '[contenteditable="true"], [contenteditable=""]',
];

interface Bubble {
  element: Element;
  /** Null when nothing on the page said; counted as the buyer's (see readThread). */
  author: Author | null;
  /** Which rule decided the author (a name in AMAZON_AUTHOR_RULES, or 'wording'). */
  rule: string | null;
  at: RawTime | null;
  /** The message alone: no sender label, time, badges or buttons. */
  text: string;
  /** The bubble's whole text, labels and badges included: what notices and auto-replies are told by. */
  allText: string;
  label: string | null;
}

interface AuthorRule {
  name: string;
  read: (bubble: AuthorEvidence, buyer: string | null) => Author | null;
}

interface AuthorEvidence {
  element: Element;
  roots: ParentNode[];
  label: string | null;
  allText: string;
}

interface BubbleContext {
  market: MarketplaceInfo;
  buyer: string | null;
}

interface FoundBubbles {
  /** The variant's other candidates beside the bubbles found: messages that changed shape. */
  unread: Element[];
  variant: string;
  /** The pane the bubbles were found in; null when only the whole page held them. */
  pane: Element | null;
  elements: Element[];
}

/**
 * Reads the open thread. Decisions:
 * - Automated messages (auto-replies, Amazon's notices) are left out of `messages`: a ThreadMessage is only
 *   the buyer's or the seller's, Amazon does not count an auto-reply as a response (so it must not stop the
 *   clock), and a notice is nobody's message to answer. It is not a problem either: the page was read fine.
 *   `health.rows` counts every bubble found, automated ones included.
 * - A bubble that says nothing about its author counts as the buyer's: the clock then runs (an agent checks
 *   a false "awaiting"), where a wrong "seller" would silently end a wait.
 * - The compose page (/messaging/contact?orderID=…) is a thread of that order, messages [] when it shows none,
 *   with no 'no-messages' problem: an empty compose form is what that page is. Any other page without bubbles
 *   is 'no-messages' and no thread, so an unreadable page never looks like a conversation with nothing to answer.
 * - kind is 'case' when an A-to-z claim notice shows (in a notice or an Amazon bubble; a buyer only threatening
 *   a claim does not count), and left unset otherwise: older messages may not be loaded, so absence proves nothing.
 * - The marketplace is the host's, as for inbox rows, so a thread and its row meet in one conversation.
 */
function readThread(root: ParentNode, url: URL): RawThreadReadResult {
  const market = marketplaceFor(url);
  const health = {
    platform: 'amazon' as const,
    marketplace: market?.marketplace ?? 'unknown',
    page: 'thread' as const,
    variant: null as string | null,
    rows: 0,
    problems: [] as ReadProblem[],
  };
  if (!market) {
    health.problems.push({ code: 'read-failed', detail: `not a Seller Central host: ${url.hostname}` });
    return { thread: null, health };
  }
  try {
    const compose = COMPOSE_PATH.test(url.pathname);
    const found = findBubbles(root, market);
    if (!found && !compose) {
      health.problems.push({ code: 'no-messages', detail: 'no message bubbles matched any selector variant' });
      return { thread: null, health };
    }
    health.variant = found?.variant ?? 'compose';
    health.rows = found?.elements.length ?? 0;
    for (const element of found?.unread ?? []) health.problems.push(unreadableMessage(element));
    const pane = found?.pane ?? null;
    const bubbleElements = found?.elements ?? [];
    const scopes: ParentNode[] = pane ? [pane, root] : [root];

    const headerBuyer = headerField(scopes, AMAZON_THREAD_HEADER.buyer, bubbleElements, (text) =>
      plausibleName(text, market),
    );
    const bubbles = (bubbleElements.map((element) => readBubble(element, { market, buyer: headerBuyer })));
    const buyer =
      headerBuyer ??
      bubbles.map((b) => (b.author === 'buyer' && b.label ? plausibleName(b.label, market) : null)).find(Boolean) ??
      '';
    const subject =
      headerField(scopes, AMAZON_THREAD_HEADER.subject, bubbleElements, (text) => plausibleSubject(text, market)) ?? '';
    const orderId =
      orderIdInUrl(url) ??
      headerField(scopes, AMAZON_THREAD_HEADER.order, bubbleElements, (text) => text.match(AMAZON_ORDER_ID)?.[0] ?? null) ??
      orderIdOutsideBubbles(scopes, bubbleElements);

    const fromUrl = threadIdInUrl(url);
    const threadId = fromUrl ?? threadIdOnPage(root, pane, url) ?? (orderId ? `order-${orderId}` : null);
    if (!threadId) health.problems.push({ code: 'no-thread-id', detail: `${buyer} · ${subject}`.slice(0, 80) });
    if (!buyer) health.problems.push({ code: 'no-buyer', detail: url.pathname });

    const messages: RawMessage[] = [];
    for (const bubble of bubbles) {
      if (bubble.author === 'system') continue;
      if (!bubble.at) health.problems.push({ code: 'unparsed-time', detail: bubble.text.slice(0, 80) });
      messages.push({ from: bubble.author ?? 'buyer', at: bubble.at, text: bubble.text });
    }
    // On a two-pane page a notice outside the pane may be about another conversation.
    const noticeScope = INBOX_PATH.test(url.pathname) ? (pane ?? root) : root;
    const thread: RawThread = {
      platform: 'amazon',
      marketplace: market.marketplace,
      threadId: threadId ?? `text-${hashText(`${buyer}|${subject}`)}`,
      buyer,
      orderId,
      subject,
      // A pane found only by its attributes has no address of its own: Seller Central's search finds it by order.
      url: fromUrl || compose ? url.href : searchUrlFor(url, orderId),
      messages,
    };
    if (hasClaimNotice(noticeScope, bubbles)) thread.kind = 'case';
    return { thread, health };
  } catch (error) {
    health.problems.push({ code: 'read-failed', detail: String(error) });
    return { thread: null, health };
  }
}

function findBubbles(root: ParentNode, market: MarketplaceInfo): FoundBubbles | null {
  const rootRoots = searchRoots(root);
  const panes: (Element | null)[] = [];
  for (const selector of AMAZON_THREAD_PANES) {
    for (const pane of outermost(queryAllIn(rootRoots, selector))) {
      if (!inInboxList(pane) && !panes.includes(pane)) panes.push(pane);
    }
  }
  panes.push(null);
  for (const pane of panes) {
    const roots = pane ? searchRoots(pane) : rootRoots;
    for (const { name, selector } of AMAZON_BUBBLE_VARIANTS) {
      const candidates = queryAllIn(roots, selector);
      const elements = bubblesAmong(candidates, market);
      if (elements.length === 0) continue;
      // Beside the messages, a day divider ("Today") or an empty spacer is layout; anything else with words is a
      // message that changed shape.
      const unread = unreadBeside(candidates, elements).filter((element) => {
        const text = deepText(element);
        return text !== '' && !looksLikeTime(text, market.locale);
      });
      return { variant: name, pane, elements, unread };
    }
  }
  return null;
}

/** Author rules that mark an element as a message; layout and wording alone fit page chrome too ("Manage A-to-z claims"). */
const MARKING_RULES: ReadonlySet<string> = new Set(['attribute', 'label', 'class', 'alignment']);

/** The candidates that read as messages: some text, and a time or a mark of who wrote it. */
function bubblesAmong(candidates: Element[], market: MarketplaceInfo): Element[] {
  const readable = candidates
    .filter((element) => !inInboxList(element) && !linksToThread(element))
    .map((element) => readBubble(element, { market, buyer: null }))
    .filter(
      (bubble) =>
        bubble.text !== '' && (bubble.at !== null || bubble.label !== null || MARKING_RULES.has(bubble.rule ?? '')),
    );
  // A container of bubbles can carry the same naming ("message-items"): it holds two or more timed ones.
  const timed = readable.filter((bubble) => bubble.at !== null);
  const single = readable.filter(
    (bubble) => timed.filter((other) => other !== bubble && composedContains(bubble.element, other.element)).length < 2,
  );
  return outermost(single.map((bubble) => bubble.element));
}

function readBubble(element: Element, context: BubbleContext): Bubble {
  const roots = searchRoots(element);
  const time = bubbleTime(element, roots, context);
  const sender = senderLabel(element, roots, time?.element ?? null, context);
  const skip = new Set<Element>([time?.element, sender?.element].filter((e): e is Element => e !== undefined));
  const text = bodyText(element, roots, skip);
  const allText = deepText(element);
  const label = sender?.label ?? null;
  const { author, rule } = authorOf({ element, roots, label, allText }, context.buyer);
  return { element, author, rule, at: time?.at ?? null, text, allText, label };
}

function bubbleTime(
  bubble: Element,
  roots: ParentNode[],
  { market }: BubbleContext,
): { element: Element; at: RawTime } | null {
  for (const selector of AMAZON_BUBBLE_FIELDS.time) {
    for (const element of queryAllIn(roots, selector)) {
      const at = rawTimeOf(element, deepText(element), market.locale);
      if (at) return { element, at };
    }
  }
  for (const leaf of leaves(bubble)) {
    const at = rawTimeOf(leaf, deepText(leaf), market.locale);
    if (at) return { element: leaf, at };
  }
  return null;
}

/** A sender element's text, or failing that a leaf that is a known sender label or the buyer's name. */
function senderLabel(
  bubble: Element,
  roots: ParentNode[],
  timeElement: Element | null,
  { market, buyer }: BubbleContext,
): { element: Element; label: string } | null {
  for (const selector of AMAZON_BUBBLE_FIELDS.sender) {
    for (const element of queryAllIn(roots, selector)) {
      // A label that holds the time too ("Emma · 10:42 AM") is read without it; the time itself is no label.
      if (timeElement && (element === timeElement || composedContains(timeElement, element))) continue;
      const label = cleanLabel(textExcept(element, (e) => e === timeElement));
      if (label && label.length <= 80 && !looksLikeTime(label, market.locale)) return { element, label };
    }
  }
  for (const leaf of leaves(bubble)) {
    if (leaf === timeElement) continue;
    const label = cleanLabel(deepText(leaf));
    if (label && authorFromLabel(label, buyer) !== null) return { element: leaf, label };
  }
  return null;
}

function bodyText(bubble: Element, roots: ParentNode[], skip: ReadonlySet<Element>): string {
  const clashes = (element: Element) =>
    [...skip].some((s) => s === element || composedContains(element, s) || composedContains(s, element));
  for (const selector of AMAZON_BUBBLE_FIELDS.body) {
    const parts = outermost(
      queryAllIn(roots, selector).filter((element) => !clashes(element) && !element.matches(NOT_BODY)),
    );
    const text = parts
      .map((part) => textExcept(part, (e) => e.matches(NOT_BODY)))
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  return textExcept(bubble, (e) => skip.has(e) || e.matches(NOT_BODY));
}

function authorOf(evidence: AuthorEvidence, buyer: string | null): { author: Author | null; rule: string | null } {
  let found: { author: Author; rule: string } | null = null;
  for (const rule of AMAZON_AUTHOR_RULES) {
    const author = rule.read(evidence, buyer);
    if (author) {
      found = { author, rule: rule.name };
      break;
    }
  }
  // An auto-reply is laid out as the seller's and a notice may carry no hint: their wording tells. A buyer's
  // bubble is never demoted: a buyer quoting "automated message" still awaits an answer.
  if (found?.author !== 'buyer' && found?.author !== 'system') {
    const text = phraseText(evidence.allText);
    if (AUTOMATED_PHRASES.some((phrase) => text.includes(phrase))) return { author: 'system', rule: 'wording' };
    if (!found && ATOZ_CLAIM_PHRASES.some((phrase) => text.includes(phrase))) return { author: 'system', rule: 'wording' };
  }
  return found ?? { author: null, rule: null };
}

function authorFromAttributes({ element, roots }: AuthorEvidence): Author | null {
  for (const candidate of [element, ...queryAllIn(roots, '*')]) {
    for (const attribute of AUTHOR_ATTRIBUTES) {
      const value = candidate.getAttribute(attribute);
      const author = value ? authorFromWords(value, AUTHOR_ATTRIBUTE_WORDS) : null;
      if (author) return author;
    }
  }
  return null;
}

function authorFromLabel(label: string | null, buyer: string | null): Author | null {
  if (!label) return null;
  const lower = label.toLowerCase();
  for (const { author, labels } of AUTHOR_LABELS) if (labels.includes(lower)) return author;
  return buyer && lower === buyer.toLowerCase() ? 'buyer' : null;
}

function authorFromClasses({ element, roots }: AuthorEvidence): Author | null {
  const own = authorFromWords(classWords(element), OWN_CLASS_WORDS);
  if (own) return own;
  for (const inner of queryAllIn(roots, '[class]')) {
    const author = authorFromWords(classWords(inner), INNER_CLASS_WORDS);
    if (author) return author;
  }
  return null;
}

function authorFromAlignment(element: Element): Author | null {
  const styled = [element, ...Array.from(element.children), ...Array.from(element.shadowRoot?.children ?? [])];
  for (const candidate of styled) {
    const style = candidate.getAttribute('style') ?? '';
    const align = candidate.getAttribute('align') ?? '';
    for (const { author, styles } of ALIGNMENT) {
      if (styles.some((pattern) => pattern.test(style) || pattern.test(`text-align: ${align}`))) return author;
    }
  }
  return null;
}

function authorFromGeometry(element: Element): Author | null {
  const parent = composedParentElement(element);
  if (!parent || typeof element.getBoundingClientRect !== 'function') return null;
  const box = element.getBoundingClientRect();
  const outer = parent.getBoundingClientRect();
  // Unlaid-out (width 0) or full-width bubbles say nothing.
  if (!(box.width > 0) || !(outer.width > 0) || box.width > outer.width * 0.9) return null;
  const leftGap = box.left - outer.left;
  const rightGap = outer.right - box.right;
  if (Math.abs(leftGap - rightGap) < outer.width * 0.1) return null;
  return leftGap > rightGap ? 'seller' : 'buyer';
}

function authorFromWords(text: string, table: readonly { author: Author; words: readonly string[] }[]): Author | null {
  const lower = text.toLowerCase();
  for (const { author, words } of table) if (words.some((word) => wordPattern(word).test(lower))) return author;
  return null;
}

/** Class names as lower-case words: "bubbleOutgoing is-sent" → "bubble-outgoing is-sent". */
function classWords(element: Element): string {
  return (element.getAttribute('class') ?? '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

const wordPatterns = new Map<string, RegExp>();
/** A whole word: "sent" in "message-sent", never in "present" or "sender". */
function wordPattern(word: string): RegExp {
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?<![a-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`);
    wordPatterns.set(word, pattern);
  }
  return pattern;
}

/** Lower case, one kind of hyphen and space: Amazon writes "A‑to‑z" with non-breaking hyphens in places. */
function phraseText(text: string): string {
  return text.toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\s\u00A0\u202F]+/g, ' ');
}

function hasClaimNotice(scope: ParentNode, bubbles: Bubble[]): boolean {
  const claim = (text: string) => {
    const lower = phraseText(text);
    return ATOZ_CLAIM_PHRASES.some((phrase) => lower.includes(phrase));
  };
  if (bubbles.some((bubble) => bubble.author === 'system' && claim(bubble.allText))) return true;
  const messages = bubbles.filter((bubble) => bubble.author !== 'system').map((bubble) => bubble.element);
  return queryAllIn(searchRoots(scope), NOTICE_SELECTORS).some(
    (notice) =>
      !inInboxList(notice) &&
      !messages.some((message) => message === notice || composedContains(message, notice)) &&
      claim(deepText(notice)),
  );
}

/** The first value `accept` takes from a header element outside the bubbles and the list; innermost first. */
function headerField(
  scopes: readonly ParentNode[],
  selectors: readonly string[],
  bubbles: readonly Element[],
  accept: (text: string) => string | null,
): string | null {
  for (const scope of scopes) {
    const roots = searchRoots(scope);
    for (const selector of selectors) {
      const matches = queryAllIn(roots, selector).filter((element) => usableHeader(element, bubbles));
      const innermostFirst = [
        ...matches.filter((element) => !matches.some((other) => other !== element && composedContains(element, other))),
        ...matches.filter((element) => matches.some((other) => other !== element && composedContains(element, other))),
      ];
      for (const element of innermostFirst) {
        const value = accept(deepText(element));
        if (value) return value;
      }
    }
  }
  return null;
}

function usableHeader(element: Element, bubbles: readonly Element[]): boolean {
  if (inInboxList(element)) return false;
  const overlaps = (bubble: Element) =>
    bubble === element || composedContains(bubble, element) || composedContains(element, bubble);
  if (bubbles.some(overlaps)) return false;
  // The compose page's "contact-buyer-text-area" is named for the buyer but holds the editor.
  const editor = 'textarea, input, kat-textarea, kat-input, [contenteditable]';
  return !element.matches(editor) && queryAllIn(searchRoots(element), editor).length === 0;
}

function plausibleName(text: string, market: MarketplaceInfo): string | null {
  const value = stripLabel(stripOrderId(text));
  if (!value || value.length > 80 || isNoise(value, market) || isKnownLabel(value)) return null;
  return value;
}

function plausibleSubject(text: string, market: MarketplaceInfo): string | null {
  const value = stripLabel(stripOrderId(text));
  if (!value || value.length > 200 || isNoise(value, market) || isKnownLabel(value)) return null;
  return value;
}

/** "Buyer: Emma Whitfield" → "Emma Whitfield"; "Re: your order" stays (only known labels go). */
function stripLabel(text: string): string {
  const m = /^(.{1,24}?)\s*[:：]\s*(.*)$/.exec(text);
  return m?.[1] !== undefined && HEADER_LABELS.includes(m[1].toLowerCase()) ? (m[2] ?? '').trim() : text.trim();
}

function cleanLabel(text: string): string {
  return stripLabel(text.replace(/\s*[:：]\s*$/, ''));
}

function isKnownLabel(text: string): boolean {
  const lower = text.toLowerCase();
  return HEADER_LABELS.includes(lower) || AUTHOR_LABELS.some(({ labels }) => labels.includes(lower));
}

function orderIdInUrl(url: URL): string | null {
  const value = url.searchParams.get('orderID') ?? url.searchParams.get('orderId') ?? '';
  return AMAZON_ORDER_ID.test(value) ? (value.match(AMAZON_ORDER_ID)?.[0] ?? null) : null;
}

function orderIdOutsideBubbles(scopes: readonly ParentNode[], bubbles: readonly Element[]): string | null {
  for (const scope of scopes) {
    const doc = scope.nodeType === 9 ? (scope as Document) : null;
    const element = doc ? (doc.body ?? doc.documentElement) : (scope as Element);
    if (!element) continue;
    const text = textExcept(element, (e) => bubbles.includes(e) || inInboxList(e));
    const orderId = text.match(AMAZON_ORDER_ID)?.[0];
    if (orderId) return orderId;
  }
  return null;
}

/** `/messaging/thread/<id>`, or the two-pane inbox's `threadId` / `t` parameter. */
function threadIdInUrl(url: URL): string | null {
  if (!url.pathname.startsWith('/messaging')) return null;
  const fromPath = url.pathname.match(THREAD_ID_PATH)?.[1];
  if (fromPath) return fromPath;
  for (const param of PANE_THREAD_PARAMS) {
    const value = url.searchParams.get(param)?.trim();
    if (value) return value;
  }
  return null;
}

/** A thread-id attribute on the pane or around it, inside it, or on the list's selected row. */
function threadIdOnPage(root: ParentNode, pane: Element | null, url: URL): string | null {
  for (let node: Element | null = pane; node; node = composedParentElement(node)) {
    const value = threadIdAttribute(node);
    if (value) return value;
  }
  const attributes = THREAD_ID_ATTRIBUTES.map((attribute) => `[${attribute}]`).join(', ');
  for (const element of queryAllIn(searchRoots(pane ?? root), attributes)) {
    const value = inInboxList(element) ? null : threadIdAttribute(element);
    if (value) return value;
  }
  for (const row of queryAllIn(searchRoots(root), SELECTED_ROW)) {
    const value = inInboxList(row) ? threadIdFrom(row, threadLink(row, url)) : null;
    if (value) return value;
  }
  return null;
}

function threadIdAttribute(element: Element): string | null {
  for (const attribute of THREAD_ID_ATTRIBUTES) {
    const value = element.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

/** Inside the conversation list or the navigation (across shadow boundaries). */
function inInboxList(element: Element): boolean {
  for (let node: Element | null = element; node; node = composedParentElement(node)) {
    if (safeMatches(node, INBOX_LIST)) return true;
  }
  return false;
}

/** Inbox rows link to threads; message bubbles never do. */
function linksToThread(element: Element): boolean {
  return queryAllIn(searchRoots(element), 'a[href*="/messaging/thread" i]').length > 0;
}

/** The reply editor: the textarea inside a kat-textarea, a plain textarea, or a contenteditable editor. */
function replyBox(root: ParentNode): HTMLTextAreaElement | HTMLElement | null {
  try {
    const roots = searchRoots(root);
    for (const selector of AMAZON_REPLY_BOXES) {
      for (const element of queryAllIn(roots, selector)) {
        const editor = editorOf(element);
        if (editor && !inInboxList(editor)) return editor;
      }
    }
  } catch {
    // a page that throws on queries has no reply box we can use
  }
  return null;
}

function editorOf(element: Element): HTMLTextAreaElement | HTMLElement | null {
  if (element.tagName === 'KAT-TEXTAREA') {
    const inner = element.shadowRoot?.querySelector('textarea') ?? null;
    return inner && usableField(inner) ? inner : null;
  }
  if (element.tagName === 'TEXTAREA') {
    const field = element as HTMLTextAreaElement;
    return usableField(field) ? field : null;
  }
  // The editor is the outermost editable element; rich editors nest editable parts.
  const editable = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
  let editor = element;
  for (let up = composedParentElement(element); up && safeMatches(up, editable); up = composedParentElement(up)) editor = up;
  return editor as HTMLElement;
}

function usableField(field: HTMLTextAreaElement): boolean {
  return !field.disabled && !field.readOnly;
}

/** Whether `ancestor` holds `node`, across shadow boundaries. */
function composedContains(ancestor: Element, node: Node): boolean {
  for (let current = composedParentElement(node); current; current = composedParentElement(current)) {
    if (current === ancestor) return true;
  }
  return false;
}

function composedParentElement(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** deepText without the elements `skip` says: a bubble's message without its label and time. */
function textExcept(element: Element, skip: (element: Element) => boolean): string {
  return collectTextExcept(element, element, skip).replace(/\s+/g, ' ').trim();
}

function collectTextExcept(node: Node, top: Element, skip: (element: Element) => boolean): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 && node.nodeType !== 11) return '';
  let label = '';
  if (node.nodeType === 1) {
    const element = node as Element;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName) || (element !== top && skip(element))) return '';
    label = element.getAttribute('label') ?? element.getAttribute('aria-label') ?? '';
  }
  const parts: string[] = [];
  const shadow = node.nodeType === 1 ? (node as Element).shadowRoot : null;
  if (shadow) parts.push(collectTextExcept(shadow, top, skip));
  for (const child of node.childNodes) parts.push(collectTextExcept(child, top, skip));
  const own = parts.join(' ');
  // Like deepText: a component that renders its text only from an attribute still says it.
  return own.trim() === '' ? label : own;
}

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}
