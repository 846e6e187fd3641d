// Etsy adapter: URL predicates, the Messages inbox reader, the thread reader and the reply box.
// A thread is read from the data Etsy embeds in the page (an inline `Etsy.Context = {…}` script, parsed as
// JSON text and never run) when that data belongs to the URL's conversation; after single-page navigation
// it can be another conversation's, and then the DOM is read instead. Etsy's wt-* utility classes change
// often, so structure, roles, data attributes and text checks come first; every selector list is ordered
// data with a comment per page variant, and every field is checked by what its text looks like.
import { deepText, mayShowWord, outermost, queryAllIn, searchRoots, whileReading } from '../dom/deep-query';
import type {
  ConversationSnapshot,
  MarketplaceTime,
  MessageKind,
  ReadHealth,
  ReadProblem,
  ReadResult,
  ThreadMessage,
  ThreadReadResult,
} from '../model';
import { looksLikeTime } from '../time/time-shape';
import type { RawMessage, RawSnapshot, RawThreadReadResult, RawTime } from './raw-read';
import { rawTimeOf } from './raw-time';
import { findVariantRows, newHealth, noRows, readAllRows, type ListRows } from './engine';
import type { MarketplaceInfo, PlatformAdapter } from './adapter';
import { ETSY_INBOX_PATHS, ETSY_MATCHES, ETSY_THREAD_PATHS, etsyMarketplaceFor, splitLocalePath } from './etsy-marketplaces';
import { longestText, oneRowPerThread, pageHasPhrase } from './list-reading';

/** Etsy order (receipt) numbers as pages write them: "#" and 10 digits. */
export const ETSY_ORDER_ID = /#\s?(\d{10})(?!\d)/;
/** Links to an order carry its number in one of these parameters (/your/orders/sold?order_id=…). */
const ORDER_LINK_PARAMS = ['order_id', 'receipt_id'];
const ORDER_LINKS = 'a[href*="order_id="], a[href*="receipt_id="]';

/** Page chrome (site header, navigation, footer): never a conversation, a buyer or an order. */
const CHROME = 'header, nav, footer, [role="banner"], [role="navigation"], [role="contentinfo"]';
/** Controls inside a row or bubble ("Mark as unread", "Translate"): their words are not the row's. */
const CONTROLS = 'button, [role="button"], [role="menu"], [role="menuitem"], [role="menuitemcheckbox"], select, option';

// ---------------------------------------------------------------------------------------------------------
// Inbox

/** Where the conversation rows are, most specific first. A row holds exactly one link to /messages/<id>. */
/** Where a layout keeps a row's fields, read directly (see readRowByFields); a row without them is searched. */
export interface RowFields {
  buyer: string;
  time: string;
  preview: string;
}

export const ETSY_ROW_VARIANTS: readonly { name: string; selector: string; fields?: RowFields }[] = [
  // rows that name their conversation in a data attribute (some list versions, redesigns).
  { name: 'data-row', selector: '[data-conversation-id], [data-convo-id], [data-thread-id]' },
  // the Messages list as scrapers know it: list items (or ARIA rows) each wrapping a link to the thread; its
  // wt- type scale names the parts: the buyer in the title style, the time in the caption, the snippet in body text.
  {
    name: 'list-item',
    selector: 'li, [role="listitem"], [role="row"]',
    fields: { buyer: '.wt-text-title-01', time: '.wt-text-caption', preview: '.wt-text-body-01' },
  },
  // cards that are themselves the link to the thread, in no list markup.
  { name: 'thread-link', selector: 'a[href*="/messages/"], a[href*="/conversations/"]' },
];

/** Any element that may be a list row, whichever variant the list uses. */
const ROW_ELEMENTS = ETSY_ROW_VARIANTS.map((variant) => variant.selector).join(', ');

/** Row attributes that carry the conversation id. */
const THREAD_ID_ATTRIBUTES = ['data-conversation-id', 'data-convo-id', 'data-thread-id'];

/** Where a row keeps each field, most specific first; checked by content, so a wrong guess falls through. */
export const ETSY_FIELD_SELECTORS = {
  buyer: [
    '[class*="display-name" i]',
    '[class*="username" i]',
    '[class*="user-name" i]',
    '[class*="sender" i]',
    '[class*="__name" i]',
    '[class*="-name" i]',
  ],
  preview: [
    '[data-snippet]',
    '[class*="snippet" i]',
    '[class*="preview" i]',
    '[class*="excerpt" i]',
    '[class*="last-message" i]',
  ],
  time: ['time', '[class*="timestamp" i]', '[class*="date" i]', '[class*="time" i]', '.wt-text-caption'],
} as const;

/**
 * An unread row carries one of these (outside its buttons and menus). Unread is the one signal that the
 * buyer wrote last and the seller has not looked; bold text alone does not count (Etsy bolds for layout).
 */
const UNREAD_MARKER = '[data-unread="true"], [data-is-unread="true"], [aria-label="unread" i], [class*="unread" i]';
/** A row's screen-reader or badge text that says unread, whole text only ("Mark as unread" is a control). */
export const UNREAD_PHRASES: readonly string[] = [
  'unread', // en
  'new message',
  'ungelesen', // de
  'neue nachricht',
  'non lu', // fr
  'non lue',
  'nouveau message',
  'non letto', // it
  'no leído', // es
  'ongelezen', // nl
];

/** Help requests and cases ("Request help with order"), as badges and banners say them. */
export const CASE_PHRASES: readonly string[] = [
  'help request', // en
  'request help with order',
  'requested help',
  'case opened',
  'opened a case',
  'hilfeanfrage', // de
  'hilfe angefordert',
  'fall eröffnet',
  "demande d'aide", // fr
  'demande d’aide',
  'litige',
  'richiesta di assistenza', // it
  'solicitud de ayuda', // es
];
/** Where a case is announced: badges, banners, status lines (never a message's own words). */
const CASE_PLACES =
  '[data-case-id], [data-help-request], [role="status"], [role="alert"], [class*="banner" i], [class*="badge" i], [class*="help-request" i], [class*="case" i], [class*="label" i]';

/** The list exists but is empty: not a read failure. */
const EMPTY_LIST_PHRASES: readonly string[] = [
  'no messages',
  'no conversations',
  'you have no messages',
  'keine nachrichten',
  'aucun message',
  'nessun messaggio',
  'no hay mensajes',
  'geen berichten',
];
const LIST_CONTAINER = 'ul, ol, [role="list"], [role="grid"], [data-region*="conversation" i], [class*="conversation-list" i]';

// ---------------------------------------------------------------------------------------------------------
// Thread

/** Where the messages are, most specific first; a container tagged with another conversation is stale. */
export const ETSY_THREAD_VARIANTS: readonly { name: string; selector: string }[] = [
  // the Messages thread pane as scrapers know it.
  { name: 'scrolling-message-list', selector: '.scrolling-message-list' },
  // redesigns keep the chat log role (screen readers announce new messages from it).
  { name: 'log', selector: '[role="log"]' },
  // no known container: the bubbles that carry a message id, wherever they are.
  { name: 'message-id', selector: '[data-message-id]' },
];
const BUBBLE = '[data-message-id]';
/** The message-list containers of the variants above. */
const THREAD_PANES = '.scrolling-message-list, [role="log"]';

/** Bubble attributes that name the sender outright, and the values that mean the seller or the buyer. */
const SENDER_ATTRIBUTES = ['data-sender', 'data-sender-type', 'data-from', 'data-author-role'];
const SELLER_VALUES = new Set(['seller', 'shop', 'shop_owner', 'self', 'me', 'own', 'outgoing']);
const BUYER_VALUES = new Set(['buyer', 'customer', 'other', 'incoming']);
/** Class names that say a bubble is the other party's (checked before the seller's, which are looser). */
const BUYER_CLASS_MARKERS = '[class*="incoming" i], [class*="from-buyer" i], [class*="--other" i]';
/**
 * The seller's own bubbles: right-aligned, on Etsy's informational (blue) background, pushed right by an
 * auto margin, or named own/outgoing by a redesign.
 */
const SELLER_CLASS_MARKERS =
  '.wt-text-right, .wt-ml-xs-auto, .wt-bg-blue-tint, .wt-justify-content-flex-end, [class*="outgoing" i], [class*="--own" i], [class*="is-own" i], [class*="from-seller" i]';

/** Where a bubble keeps its text, when it says so; otherwise the bubble's text minus time, names and controls. */
const BODY_SELECTORS = [
  '[data-message-body]',
  '[data-testid*="message-body" i]',
  '[class*="message-body" i]',
  '[class*="message-text" i]',
  '[class*="bubble__text" i]',
  '[class*="bubble-text" i]',
];

/** The screen-reader word Etsy puts before each message ("Message: …"), per page language. */
const MESSAGE_PREFIXES: readonly string[] = ['message', 'nachricht', 'mensaje', 'messaggio', 'bericht'];
const MESSAGE_PREFIX = new RegExp(`^(?:${MESSAGE_PREFIXES.join('|')})\\s?:\\s*`, 'i');
/** A time of day alone ("09:15", "9:15 AM", "22h42"): under a day separator it belongs to that day. */
const TIME_OF_DAY_ONLY = /^\d{1,2}(?::|h|\.)\d{2}(?:\s?[ap]\.?\s?m\.?)?$/i;

/** Where the other party's name is: the profile link in the thread header (never the site header's). */
const PEOPLE_LINK = 'a[href*="/people/"]';
const SUBJECT_SELECTORS = ['[data-conversation-subject]', '[class*="conversation-subject" i]', '[class*="subject" i]'];

/** The reply editor, most specific first. */
export const ETSY_REPLY_BOX_SELECTORS: readonly string[] = [
  // the composer under the thread: "Type your reply" (and its translations).
  'textarea[placeholder*="reply" i]',
  'textarea[placeholder*="antwort" i]',
  'textarea[placeholder*="répon" i]',
  'textarea[aria-label*="reply" i]',
  // Etsy's textarea utility class, whatever the placeholder says.
  'textarea.wt-textarea',
  'textarea[name*="message" i]',
  // a rich-text composer.
  '[contenteditable="true"][role="textbox"]',
];

// ---------------------------------------------------------------------------------------------------------
// Embedded data (Etsy.Context)

/**
 * How `Etsy.Context` is written into a script: an object literal that is JSON, or JSON.parse of a JSON
 * string. Both are read with JSON.parse on the text; anything else (code) is not read at all.
 */
const CONTEXT_ASSIGNMENT = /Etsy\.Context\s*=\s*/g;
const CONTEXT_JSON_PARSE = /^JSON\.parse\(\s*("(?:[^"\\]|\\.)*")\s*\)/;
/** Where the open conversation sits in the context object. */
const CONTEXT_DETAIL_PATHS: readonly (readonly string[])[] = [
  ['initial_data', 'detail'],
  ['data', 'initial_data', 'detail'],
];
/**
 * sender_type values: 'buyer'/'seller' as decided for Replyclock, plus the synonyms other payload versions
 * use. null: Etsy's own notices in a thread (an order placed, a case opened), which are nobody's message.
 * An unknown or missing sender_type falls back to sender_user_id against other_user.user_id (the buyer).
 */
const CONTEXT_SENDER_TYPES: ReadonlyMap<string, 'buyer' | 'seller' | null> = new Map([
  ['buyer', 'buyer'],
  ['customer', 'buyer'],
  ['seller', 'seller'],
  ['shop', 'seller'],
  ['shop_owner', 'seller'],
  ['system', null],
  ['etsy', null],
  ['notice', null],
]);

interface ContextThread {
  conversationId: string;
  buyer: string;
  orderId: string | null;
  subject: string;
  /** Null when a message's sender could not be told: then the DOM is read instead of guessing. */
  messages: RawMessage[] | null;
}

// ---------------------------------------------------------------------------------------------------------
// The adapter

export const etsy: PlatformAdapter = {
  platform: 'etsy',
  matches: ETSY_MATCHES,
  marketplaceFor: etsyMarketplaceFor,
  isInbox: (url) => etsyMarketplaceFor(url) !== null && ETSY_INBOX_PATHS.some((path) => path.test(restOf(url))),
  isThread: (url) => threadIdFromUrl(url) !== null,
  // One read asks the same of each row many times: whileReading remembers roots, queries and texts until it returns.
  messageOrder: 'sort-if-all-timed',
  listRows: (root, url) => whileReading(() => listRows(root, url)),
  readInboxRaw: (root, url) => readAllRows(() => listRows(root, url)),
  readThreadRaw: (root, url) => whileReading(() => readThread(root, url)),
  replyBox,
};


function restOf(url: URL): string {
  return splitLocalePath(url.pathname).rest;
}

function threadIdFromUrl(url: URL): string | null {
  if (!etsyMarketplaceFor(url)) return null;
  const rest = restOf(url);
  for (const path of ETSY_THREAD_PATHS) {
    const id = path.exec(rest)?.[1];
    if (id) return id;
  }
  return null;
}

function healthFor(url: URL, page: 'inbox' | 'thread'): { market: MarketplaceInfo | null; health: ReadHealth } {
  const market = etsyMarketplaceFor(url);
  const health = newHealth('etsy', market?.marketplace, page);
  if (!market) health.problems.push({ code: 'read-failed', detail: `not an Etsy page: ${url.hostname}` });
  return { market, health };
}

// ---------------------------------------------------------------------------------------------------------
// readInbox

function listRows(root: ParentNode, url: URL): ListRows {
  const { market, health } = healthFor(url, 'inbox');
  if (!market) return noRows(health);
  try {
    // One conversation per row: an element holding several is a list or a pane, not a row.
    const found = findVariantRows(root, ETSY_ROW_VARIANTS, (candidates) => rowsAmong(candidates), (element) => rowOf(element, url) !== null);
    if (!found) {
      const emptyList = queryAllIn(searchRoots(root), LIST_CONTAINER).length > 0 && pageHasPhrase(root, EMPTY_LIST_PHRASES);
      if (emptyList) health.variant = 'empty';
      else health.problems.push({ code: 'no-rows', detail: 'no conversation rows matched any selector variant' });
      return noRows(health);
    }
    health.variant = found.variant.name;
    health.rows = found.rows.length;
    const rowFor = (element: Element) => rowOf(element, url);
    const fields = found.variant.fields;
    return {
      health,
      rows: found.rows,
      selector: found.variant.selector,
      readRow: (element, problems) => {
        const row = rowFor(element);
        return row ? readRow(row, url, market, problems) : null;
      },
      ...(fields
        ? {
            shortcut: (element: Element) => {
              const row = rowFor(element);
              return row ? readRowByFields(row, fields, url, market) : null;
            },
          }
        : {}),
    };
  } catch (error) {
    health.problems.push({ code: 'read-failed', detail: String(error) });
    return noRows(health);
  }
}

/** An element read as a row again: it still names exactly one conversation. */
function rowOf(element: Element, page: URL): Row | null {
  const ids = threadIdsIn(element, page);
  return ids.length === 1 && ids[0] ? { element, threadId: ids[0].id, link: ids[0].link } : null;
}

interface Row {
  element: Element;
  threadId: string;
  link: URL | null;
}

/** The rows among a variant's matches: outside page chrome and controls, not a thread pane, one conversation each. */
function rowsAmong(found: Element[]): Element[] {
  // Which conversation each names is worked out when it is read (in the page store's chunks), not here: a
  // candidate that names none, or several, reads as no row then.
  const candidates = found.filter((element) => !element.closest(CHROME) && !element.closest(CONTROLS) && !holdsThread(element) && mayNameThread(element));
  return outermost(candidates);
}

/** Cheap: the element is or holds a link or a thread-id attribute (or a shadow root that may). */
function mayNameThread(element: Element): boolean {
  return element.matches(THREAD_HINTS) || element.querySelector(THREAD_HINTS) !== null || element.shadowRoot !== null;
}
const THREAD_HINTS = ['a[href]', ...THREAD_ID_ATTRIBUTES.map((attribute) => `[${attribute}]`)].join(', ');

/** An open thread pane (two-pane layout) also carries a conversation id: it is not a row. */
function holdsThread(element: Element): boolean {
  return element.matches(THREAD_PANES) || element.querySelector(THREAD_PANES) !== null;
}

/** The distinct conversations an element names, by data attribute or by link. */
function threadIdsIn(element: Element, page: URL): { id: string; link: URL | null }[] {
  const byId = new Map<string, URL | null>();
  const roots = searchRoots(element);
  for (const el of [element, ...queryAllIn(roots, THREAD_ID_ATTRIBUTES.map((a) => `[${a}]`).join(', '))]) {
    for (const attribute of THREAD_ID_ATTRIBUTES) {
      const value = el.getAttribute(attribute)?.trim();
      if (value && /^\d+$/.test(value) && !byId.has(value)) byId.set(value, null);
    }
  }
  const anchors = element.matches('a[href]') ? [element, ...queryAllIn(roots, 'a[href]')] : queryAllIn(roots, 'a[href]');
  for (const anchor of anchors) {
    const link = threadLink(anchor, page);
    if (link && (byId.get(link.id) ?? null) === null) byId.set(link.id, link.url);
  }
  return [...byId].map(([id, link]) => ({ id, link }));
}

/** A link to one conversation on this host: its id and a clean URL (tracking parameters dropped). */
function threadLink(anchor: Element, page: URL): { id: string; url: URL } | null {
  const href = anchor.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  try {
    const url = new URL(href, page);
    if (url.hostname !== page.hostname) return null;
    const id = threadIdFromUrl(url);
    return id ? { id, url: new URL(url.pathname, url.origin) } : null;
  } catch {
    return null; // an unparsable href is just not a link we can use
  }
}

function readRow(row: Row, page: URL, market: MarketplaceInfo, problems: ReadProblem[]): RawSnapshot {
  const element = row.element;
  const text = deepText(element);
  const lastMessageAt = readTime(element, market, null)?.at ?? null;
  const blocks = textBlocks(element).filter((block) => !isNoise(deepText(block), market));
  const buyer =
    fieldText(element, ETSY_FIELD_SELECTORS.buyer, market, 80) ??
    (blocks[0] ? deepText(blocks[0]) : '');
  const preview =
    fieldText(element, ETSY_FIELD_SELECTORS.preview, market, Infinity) ??
    longestText(blocks.map((block) => deepText(block)).filter((value) => value !== buyer)) ??
    '';
  if (!buyer) problems.push({ code: 'no-buyer', detail: text.slice(0, 80) });
  if (!lastMessageAt) problems.push({ code: 'unparsed-time', detail: text.slice(0, 80) });
  const snapshot: RawSnapshot = {
    platform: 'etsy',
    marketplace: market.marketplace,
    threadId: row.threadId,
    buyer,
    orderId: orderIdIn(element, page),
    subject: fieldText(element, SUBJECT_SELECTORS, market, 200) ?? '',
    url: (row.link ?? threadUrl(page, row.threadId)).href,
    lastMessageAt,
    // Unread means the buyer wrote last and nobody has looked; read means only that someone opened it.
    needsResponse: isUnread(element) ? true : null,
    kind: hasCaseMarker(element, () => false) ? 'case' : 'message',
  };
  // Whether the awaited message opened its thread cannot be told from a list row: left unknown (the thread says).
  if (preview) snapshot.preview = preview;
  return snapshot;
}

/**
 * A row of a layout whose parts are known, read from those parts. Null when one is missing, empty or not what
 * it should be, or when the row has parts the thorough reader would prefer (a <time>, a subject, an order
 * link, a shadow root): then readRow searches the row. Proven equal to readRow on every
 * fixture row by test/lib/platforms/row-shortcuts.test.ts.
 */
function readRowByFields(row: Row, fields: RowFields, page: URL, market: MarketplaceInfo): RawSnapshot | null {
  const element = row.element;
  const buyerElement = element.querySelector(fields.buyer);
  const timeElement = element.querySelector(fields.time);
  const previewElement = element.querySelector(fields.preview);
  if (!buyerElement || !timeElement || !previewElement || element.querySelector(PREFERRED_PARTS)) return null;
  if (searchRoots(element).length > 1) return null;
  const buyer = deepText(buyerElement);
  const preview = deepText(previewElement);
  const lastMessageAt = rawTimeOf(timeElement, deepText(timeElement), market.locale);
  if (!buyer || !preview || !lastMessageAt || buyer.length > 80 || isNoise(buyer, market) || isNoise(preview, market)) return null;
  const snapshot: RawSnapshot = {
    platform: 'etsy',
    marketplace: market.marketplace,
    threadId: row.threadId,
    buyer,
    orderId: ETSY_ORDER_ID.exec(deepText(element))?.[1] ?? null,
    subject: '',
    url: (row.link ?? threadUrl(page, row.threadId)).href,
    lastMessageAt,
    needsResponse: isUnread(element) ? true : null,
    kind: hasCaseMarker(element, () => false) ? 'case' : 'message',
    preview,
  };
  return snapshot;
}

/**
 * Parts the thorough row reader would take before the layout's own (a <time>, a named subject, an order link):
 * where one shows, the shortcut stands aside. Only cheap selectors: this is asked of every row.
 */
const PREFERRED_PARTS = `time, [data-conversation-subject], ${ORDER_LINKS}`;

function isUnread(row: Element): boolean {
  const roots = searchRoots(row);
  if (row.matches(UNREAD_MARKER)) return true;
  if (queryAllIn(roots, UNREAD_MARKER).some((el) => !el.closest(CONTROLS))) return true;
  return mayShowWord(row, UNREAD_PHRASES) && queryAllIn(roots, '*').some(
    (el) => !el.closest(CONTROLS) && UNREAD_PHRASES.includes(deepText(el).toLowerCase().replace(/[.:]$/, '')),
  );
}

/** A case badge or banner under `scope` for which `skip` says no (message bubbles: a buyer may write the words). */
function hasCaseMarker(scope: Element, skip: (el: Element) => boolean): boolean {
  const marked = '[data-case-id], [data-help-request]';
  if (!mayShowWord(scope, CASE_PHRASES) && !scope.matches(marked) && scope.querySelector(marked) === null) return false;
  return queryAllIn(searchRoots(scope), CASE_PLACES).some((el) => {
    const lower = deepText(el).toLowerCase();
    const says = el.matches('[data-case-id], [data-help-request]') || CASE_PHRASES.some((phrase) => lower.includes(phrase));
    return says && !el.closest(CHROME) && !skip(el); // the cheap test first: skip() may walk a row
  });
}

// ---------------------------------------------------------------------------------------------------------
// readThread

function readThread(root: ParentNode, url: URL): RawThreadReadResult {
  const { market, health } = healthFor(url, 'thread');
  if (!market) return { thread: null, health };
  try {
    const roots = searchRoots(root);
    const urlId = threadIdFromUrl(url);
    // Only data that names the URL's conversation is used: after pushState it may still be the previous one's.
    // Without an id in the URL (a two-pane inbox) it cannot be checked, so it is not used.
    const context = urlId ? readContext(roots) : null;
    const fresh = context !== null && context.conversationId === urlId ? context : null;
    const dom = readDomThread(roots, urlId, market);

    let messages: RawMessage[];
    if (fresh?.messages && fresh.messages.length > 0) {
      messages = fresh.messages;
      health.variant = 'context';
    } else if (dom && dom.messages.length > 0) {
      messages = dom.messages;
      health.variant = dom.variant;
      for (const message of dom.messages) {
        if (!message.at) health.problems.push({ code: 'unparsed-time', detail: message.text.slice(0, 80) });
      }
    } else {
      const detail = dom?.stale
        ? `the page still shows conversation ${dom.stale}`
        : 'no message matched the embedded data or any selector variant';
      health.problems.push({ code: 'no-messages', detail });
      return { thread: null, health };
    }
    health.rows = messages.length;

    const threadId = urlId ?? dom?.conversationId ?? null;
    if (!threadId) {
      health.problems.push({ code: 'no-thread-id', detail: 'neither the URL nor the thread pane names the conversation' });
      return { thread: null, health };
    }
    const bubbles = dom?.bubbles ?? [];
    // Not this thread's words: its messages, and rows of other conversations (a two-pane page lists them).
    const notThreadPage = (el: Element) => bubbles.some((b) => b.contains(el)) || inOtherRow(el, threadId, url);
    const buyer = fresh?.buyer || dom?.buyer || '';
    if (!buyer) health.problems.push({ code: 'no-buyer', detail: `conversation ${threadId}` });
    const kind: MessageKind = hasCaseMarker(documentElementOf(root), notThreadPage) ? 'case' : 'message';
    return {
      thread: {
        platform: 'etsy',
        marketplace: market.marketplace,
        threadId,
        buyer,
        orderId: fresh?.orderId ?? orderIdOnPage(root, url, (el) => inOtherRow(el, threadId, url)),
        subject: fresh?.subject || subjectOutside(roots, bubbles, market),
        url: threadUrl(url, threadId).href,
        messages,
        kind,
      },
      health,
    };
  } catch (error) {
    health.problems.push({ code: 'read-failed', detail: String(error) });
    return { thread: null, health };
  }
}

interface DomThread {
  variant: string;
  messages: RawMessage[];
  bubbles: Element[];
  buyer: string;
  conversationId: string | null;
  /** Set when the only message list found belongs to another conversation (the page has not caught up). */
  stale: string | null;
}

function readDomThread(roots: ParentNode[], urlId: string | null, market: MarketplaceInfo): DomThread | null {
  let stale: string | null = null;
  for (const { name, selector } of ETSY_THREAD_VARIANTS) {
    const found = outermost(queryAllIn(roots, selector).filter((el) => !el.closest(CHROME)));
    const groups = name === 'message-id' ? (found.length > 0 ? [{ container: null, blocks: found }] : []) : found.map((c) => ({ container: c, blocks: blocksOf(c) }));
    for (const { container, blocks } of groups) {
      const shownId = conversationIdAround(container ?? blocks[0]!);
      if (urlId && shownId && shownId !== urlId) {
        stale = shownId;
        continue;
      }
      const buyerLink = findBuyerLink(roots, blocks);
      const buyerPath = buyerLink ? peoplePath(buyerLink) : null;
      const read = readBlocks(blocks, market, buyerPath);
      if (read.messages.length === 0) continue;
      return {
        variant: name,
        messages: read.messages,
        bubbles: read.bubbles,
        buyer: buyerLink ? deepText(buyerLink) : '',
        conversationId: shownId,
        stale: null,
      };
    }
  }
  return stale ? { variant: 'stale', messages: [], bubbles: [], buyer: '', conversationId: null, stale } : null;
}

/** A container's messages: its [data-message-id] bubbles, or else its blocks (wrappers of one child unwrapped). */
function blocksOf(container: Element): Element[] {
  const bubbles = outermost(queryAllIn(searchRoots(container), BUBBLE));
  if (bubbles.length > 0) return bubbles;
  let level: Element = container;
  while (level.children.length === 1 && level.firstElementChild) level = level.firstElementChild;
  return Array.from(level.children);
}

function conversationIdAround(element: Element): string | null {
  const tagged = element.closest(THREAD_ID_ATTRIBUTES.map((a) => `[${a}]`).join(', '));
  if (!tagged) return null;
  for (const attribute of THREAD_ID_ATTRIBUTES) {
    const value = tagged.getAttribute(attribute)?.trim();
    if (value) return value;
  }
  return null;
}

function readBlocks(
  blocks: Element[],
  market: MarketplaceInfo,
  buyerPath: string | null,
): { messages: RawMessage[]; bubbles: Element[] } {
  const read: { message: RawMessage; bubble: Element }[] = [];
  let day: string | null = null; // the last day separator above ("Today", "20. Nov. 2026")
  for (const block of blocks) {
    const whole = deepText(block);
    if (!whole) continue;
    if (!block.matches(BUBBLE) && looksLikeTime(whole, market.locale)) {
      day = whole;
      continue;
    }
    const time = readTime(block, market, day);
    const text = bodyText(block, time?.element ?? null);
    if (!text) continue; // typing indicators, empty wrappers
    read.push({ message: { from: senderOf(block, buyerPath), at: time?.at ?? null, text }, bubble: block });
  }
  // Oldest first: some layouts render newest first (column-reverse); when every time is known, the background's
  // reading of them decides (interpret.ts, 'sort-if-all-timed').
  return { messages: read.map((r) => r.message), bubbles: read.map((r) => r.bubble) };
}

function senderOf(block: Element, buyerPath: string | null): 'buyer' | 'seller' {
  const roots = searchRoots(block);
  const tagged = [block, ...queryAllIn(roots, SENDER_ATTRIBUTES.map((a) => `[${a}]`).join(', '))];
  for (const el of tagged) {
    for (const attribute of SENDER_ATTRIBUTES) {
      const value = el.getAttribute(attribute)?.trim().toLowerCase();
      if (value && SELLER_VALUES.has(value)) return 'seller';
      if (value && BUYER_VALUES.has(value)) return 'buyer';
    }
  }
  // An avatar linking to the buyer's profile is theirs; one linking to any other profile is the shop's.
  if (buyerPath) {
    for (const link of queryAllIn(roots, PEOPLE_LINK)) {
      const path = peoplePath(link);
      if (path) return path === buyerPath ? 'buyer' : 'seller';
    }
  }
  if (matchesIn(block, roots, BUYER_CLASS_MARKERS)) return 'buyer';
  if (matchesIn(block, roots, SELLER_CLASS_MARKERS)) return 'seller';
  return 'buyer';
}

function matchesIn(element: Element, roots: ParentNode[], selector: string): boolean {
  return element.matches(selector) || queryAllIn(roots, selector).length > 0;
}

/** The other party's profile link: outside the site chrome and outside bubbles that look like the seller's. */
function findBuyerLink(roots: ParentNode[], blocks: Element[]): Element | null {
  const sellerBlocks = blocks.filter((block) => matchesIn(block, searchRoots(block), SELLER_CLASS_MARKERS));
  for (const link of queryAllIn(roots, PEOPLE_LINK)) {
    if (link.closest(CHROME) || link.closest(CONTROLS)) continue;
    if (sellerBlocks.some((block) => block.contains(link))) continue;
    if (deepText(link) && peoplePath(link)) return link;
  }
  return null;
}

/** "/people/mayathornton" (any locale segment, any host-relative form) → "mayathornton". */
function peoplePath(link: Element): string | null {
  try {
    const url = new URL(link.getAttribute('href') ?? '', 'https://www.etsy.com');
    return /^\/people\/([^/?#]+)/.exec(splitLocalePath(url.pathname).rest)?.[1]?.toLowerCase() ?? null;
  } catch {
    return null;
  }
}

function bodyText(block: Element, timeElement: Element | null): string {
  const roots = searchRoots(block);
  for (const selector of BODY_SELECTORS) {
    for (const el of queryAllIn(roots, selector)) {
      const value = stripPrefix(deepText(el));
      if (value) return value;
    }
  }
  // No named body: the bubble's text without its time, the names on it and its controls.
  let text = deepText(block);
  const without = [timeElement, ...queryAllIn(roots, `${PEOPLE_LINK}, ${CONTROLS}, [class*="sender" i], [class*="author" i]`)];
  for (const el of without) {
    const part = el ? deepText(el) : '';
    if (part) text = text.replace(part, ' ');
  }
  return stripPrefix(text.replace(/\s+/g, ' ').trim());
}

function stripPrefix(text: string): string {
  return text.replace(MESSAGE_PREFIX, '').trim();
}

function subjectOutside(roots: ParentNode[], bubbles: Element[], market: MarketplaceInfo): string {
  for (const selector of SUBJECT_SELECTORS) {
    for (const el of queryAllIn(roots, selector)) {
      if (el.closest(CHROME) || bubbles.some((bubble) => bubble.contains(el))) continue;
      const value = deepText(el);
      if (value && !isNoise(value, market)) return value;
    }
  }
  return '';
}

/**
 * The order a thread is about: an order link, else "#" and 10 digits in the page's text, in page order
 * (the thread header and order panel come before the messages, where a buyer often quotes the number).
 */
function orderIdOnPage(root: ParentNode, page: URL, skip: (el: Element) => boolean): string | null {
  const roots = searchRoots(root);
  for (const link of queryAllIn(roots, ORDER_LINKS)) {
    if (link.closest(CHROME) || skip(link)) continue;
    const id = orderIdOfLink(link, page);
    if (id) return id;
  }
  for (const block of textBlocks(documentElementOf(root))) {
    const id = ETSY_ORDER_ID.exec(deepText(block))?.[1];
    if (id && !block.closest(CHROME) && !skip(block)) return id;
  }
  return null;
}

/** Inside a list row that links to a different conversation. */
function inOtherRow(element: Element, threadId: string, page: URL): boolean {
  const row = element.closest(ROW_ELEMENTS);
  return row !== null && threadIdsIn(row, page).some(({ id }) => id !== threadId);
}

function orderIdIn(element: Element, page: URL): string | null {
  const roots = searchRoots(element);
  for (const link of queryAllIn(roots, ORDER_LINKS)) {
    const id = orderIdOfLink(link, page);
    if (id) return id;
  }
  return ETSY_ORDER_ID.exec(deepText(element))?.[1] ?? null;
}

function orderIdOfLink(link: Element, page: URL): string | null {
  try {
    const url = new URL(link.getAttribute('href') ?? '', page);
    for (const param of ORDER_LINK_PARAMS) {
      const value = url.searchParams.get(param);
      if (value && /^\d+$/.test(value)) return value;
    }
  } catch {
    // not a usable link
  }
  return null;
}

/** The thread's address without tracking parameters, keeping the page's locale segment. */
function threadUrl(page: URL, threadId: string): URL {
  if (threadIdFromUrl(page) === threadId) return new URL(page.pathname, page.origin);
  const { prefix } = splitLocalePath(page.pathname);
  return new URL(`${prefix ? `/${prefix}` : ''}/messages/${threadId}`, page.origin);
}

// ---------------------------------------------------------------------------------------------------------
// Etsy.Context: JSON text only

function readContext(roots: ParentNode[]): ContextThread | null {
  for (const script of queryAllIn(roots, 'script')) {
    const type = script.getAttribute('type');
    if (type && !/javascript|json/i.test(type)) continue;
    const text = script.textContent ?? '';
    if (!text.includes('Etsy.Context')) continue;
    for (const match of text.matchAll(CONTEXT_ASSIGNMENT)) {
      const value = jsonAt(text, match.index + match[0].length);
      const thread = value === undefined ? null : contextThread(value);
      if (thread) return thread;
    }
  }
  return null;
}

/** The JSON value written at `start`: a balanced {…} literal, or JSON.parse("…"). Undefined if not JSON. */
function jsonAt(text: string, start: number): unknown {
  try {
    const rest = text.slice(start);
    if (rest.startsWith('{')) {
      const end = balancedEnd(rest);
      return end < 0 ? undefined : (JSON.parse(rest.slice(0, end + 1)) as unknown);
    }
    const literal = CONTEXT_JSON_PARSE.exec(rest)?.[1];
    if (literal) {
      const inner: unknown = JSON.parse(literal);
      return typeof inner === 'string' ? (JSON.parse(inner) as unknown) : undefined;
    }
  } catch {
    // not JSON: code, which is never read
  }
  return undefined;
}

/** Index of the brace closing the object that opens at 0, skipping braces inside strings; -1 if unclosed. */
function balancedEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}

function contextThread(value: unknown): ContextThread | null {
  for (const path of CONTEXT_DETAIL_PATHS) {
    const detail = record(path.reduce<unknown>((node, key) => record(node)?.[key], value));
    const conversationId = idText(detail?.['conversation_id']);
    if (!detail || !conversationId) continue;
    const other = record(detail['other_user']);
    const buyerId = idText(other?.['user_id']);
    return {
      conversationId,
      buyer: typeof other?.['display_name'] === 'string' ? other['display_name'].trim() : '',
      orderId: latestReceipt(detail['receipt_history']),
      subject: typeof detail['subject'] === 'string' ? detail['subject'].trim() : '',
      messages: contextMessages(detail['messages'], buyerId),
    };
  }
  return null;
}

function contextMessages(value: unknown, buyerId: string | null): RawMessage[] | null {
  if (!Array.isArray(value)) return null;
  const messages: RawMessage[] = [];
  for (const item of value) {
    const m = record(item);
    if (!m) return null;
    const type = typeof m['sender_type'] === 'string' ? m['sender_type'].toLowerCase() : '';
    let from = CONTEXT_SENDER_TYPES.get(type);
    if (from === undefined) {
      const senderId = idText(m['sender_user_id']);
      if (!senderId || !buyerId) return null; // cannot tell who wrote it: read the DOM, do not guess
      from = senderId === buyerId ? 'buyer' : 'seller';
    }
    if (from === null) continue; // Etsy's own notice
    messages.push({ from, at: epochTime(m['create_date']), text: typeof m['message_body'] === 'string' ? m['message_body'].trim() : '' });
  }
  return messages
    .map((message, index) => ({ message, index }))
    .sort((a, b) => (a.message.at?.epochMs ?? 0) - (b.message.at?.epochMs ?? 0) || a.index - b.index)
    .map(({ message }) => message);
}

/** create_date is epoch seconds; a value too large for seconds is taken as milliseconds. */
function epochTime(value: unknown): RawTime | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0) return null;
  return { text: String(value), epochMs: n > 1e11 ? n : n * 1000 };
}

/** The newest order of the conversation: receipt ids only grow, so the largest is the latest. */
function latestReceipt(value: unknown): string | null {
  if (!Array.isArray(value)) return null;
  const ids = value.map((r) => idText(record(r)?.['receipt_id'])).filter((id): id is string => id !== null);
  return ids.sort((a, b) => b.length - a.length || (a < b ? 1 : a > b ? -1 : 0))[0] ?? null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function idText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return String(value);
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return value.trim();
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// replyBox

function replyBox(root: ParentNode): HTMLTextAreaElement | HTMLElement | null {
  try {
    const roots = searchRoots(root);
    for (const selector of ETSY_REPLY_BOX_SELECTORS) {
      for (const el of queryAllIn(roots, selector)) {
        if (el.closest(CHROME) || el.hasAttribute('disabled') || el.hasAttribute('readonly')) continue;
        return el as HTMLElement;
      }
    }
  } catch {
    // never throw into the page
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers

/** A row's or bubble's time: a hinted element first, then any element whose whole text is a date. */
function readTime(
  scope: Element,
  market: MarketplaceInfo,
  day: string | null,
): { at: RawTime; element: Element } | null {
  const roots = searchRoots(scope);
  const parse = (element: Element): RawTime | null => {
    const machine = element.getAttribute('datetime')?.trim();
    const text = deepText(element);
    // A time of day under a day separator is read as that day's.
    const shown = day && TIME_OF_DAY_ONLY.test(text) ? `${day} ${text}` : text;
    if (machine && looksLikeTime(machine, market.locale)) return { text: shown, datetime: machine };
    return looksLikeTime(shown, market.locale) || looksLikeTime(text, market.locale) ? { text: shown } : null;
  };
  for (const selector of ETSY_FIELD_SELECTORS.time) {
    for (const element of queryAllIn(roots, selector)) {
      if (element.closest(CONTROLS)) continue;
      const at = parse(element);
      if (at) return { at, element };
    }
  }
  for (const element of textBlocks(scope)) {
    const at = parse(element);
    if (at) return { at, element };
  }
  return null;
}

/** The text of the first hinted element whose text is a plausible value (not a date, marker or control). */
function fieldText(
  scope: Element,
  selectors: readonly string[],
  market: MarketplaceInfo,
  maxLength: number,
): string | null {
  for (const selector of selectors) {
    for (const element of queryAllIn(searchRoots(scope), selector)) {
      if (element === scope || element.closest(CONTROLS)) continue;
      const value = deepText(element);
      if (value && value.length <= maxLength && !isNoise(value, market)) return value;
    }
  }
  return null;
}

/** Outermost elements that hold text of their own: where a name, a snippet or a time stands. */
function textBlocks(scope: Element): Element[] {
  // The cheap tests first (most elements hold no text of their own); closest() walks up the page.
  const own = queryAllIn(searchRoots(scope), '*').filter(
    (el) => !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName) && hasOwnText(el) && !el.closest(CONTROLS),
  );
  return outermost(own);
}

/** Whether a child text node of `el` shows something. An index loop: Chromium iterates NodeLists slowly otherwise. */
function hasOwnText(el: Element): boolean {
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return true;
  }
  return false;
}

/** Text that is not a name or a snippet: a date, an unread or case marker, an order number alone. */
function isNoise(text: string, market: MarketplaceInfo): boolean {
  const lower = text.toLowerCase().replace(/[.:]$/, '');
  return (
    looksLikeTime(text, market.locale) ||
    UNREAD_PHRASES.includes(lower) ||
    CASE_PHRASES.some((phrase) => lower === phrase) ||
    /^(?:order\s*|bestellung\s*|commande\s*)?#\s?\d{10}$/i.test(text)
  );
}

function documentElementOf(root: ParentNode): Element {
  return (root as Document).documentElement ?? (root as Element);
}

