// eBay adapter: URL predicates, the message-list reader (the /cnt/ViewMessage card list, its redesigns, and the
// older mesgweb table), the thread reader (message bubbles, newest first on the page) and the reply box.
// Like the Amazon adapter, every field is found through ordered selector lists (one comment per page
// variant), checked by what its text looks like, and every read reports its health instead of throwing.
import { deepText, mayShowWord, outermost, queryAllIn, searchRoots, whileReading } from '../dom/deep-query';
import type {
  CaseSignal,
  ConversationSnapshot,
  MarketplaceTime,
  ReadHealth,
  ReadProblem,
  ReadResult,
  ThreadMessage,
  ThreadReadResult,
} from '../model';
import { looksLikeTime } from '../time/time-shape';
import type { RawMessage, RawReadResult, RawSnapshot, RawThreadReadResult, RawTime } from './raw-read';
import { rawTimeOf } from './raw-time';
import { findVariantRows, newHealth, noRows, readAllRows, unreadableMessage, unreadBeside, type ListRows } from './engine';
import type { MarketplaceInfo, PlatformAdapter } from './adapter';
import { EBAY_MARKETPLACES, EBAY_MATCHES } from './ebay-marketplaces';
import { hashText } from '../hash-text';
import { oneRowPerThread, pageHasPhrase } from './list-reading';

/** eBay order numbers: 2-5-5 digits. */
export const EBAY_ORDER_ID = /\b\d{2}-\d{5}-\d{5}\b/;
/** eBay item numbers: 12 digits. */
export const EBAY_ITEM_ID = /\b\d{12}\b/;

/** The list writes "3h", "2d", "Sep 4" / "4 Sep": shorthand the time parser reads only when asked. */
const TIME_OPTIONS = { compactRelative: true, yearlessDates: true };

// ---------------------------------------------------------------------------------------------------------
// Site knowledge: URLs
// ---------------------------------------------------------------------------------------------------------

/** The message page on www: list and threads alike; a thread is the same page with a thread parameter. */
const VIEW_MESSAGE_PATH = /^\/cnt\/ViewMessage\/?$/i;
/** The older mesgweb list (it now shows the same card UI): /mesgweb/ViewMessages/0 and /0/m2m. */
const MESGWEB_LIST_PATH = /^\/mesgweb\/ViewMessages\/0(?:\/m2m)?\/?$/i;

/** Links that open a conversation (not an item, a profile or an order page). */
const MESSAGE_LINK_PATH = /^\/(?:cnt\/ViewMessage|mesgweb\/)/i;

/** Where a list without a link of its own for a conversation sends the agent: the site's message list. */
const INBOX_PATH = '/cnt/ViewMessage?group_type=CORE';

// ---------------------------------------------------------------------------------------------------------
// Site knowledge: the message list
// ---------------------------------------------------------------------------------------------------------

export interface RowVariant {
  name: string;
  selector: string;
  /** Whether rows of this variant show a preview line (the legacy table does not: its extra cells are not one). */
  hasPreview: boolean;
  /** Where the layout keeps each field (each an ordered list, first match wins): read directly, see readRowByFields. */
  fields?: RowFields;
}

export interface RowFields {
  buyer: readonly string[];
  subject: readonly string[];
  preview: readonly string[];
  time: readonly string[];
  link: readonly string[];
}

/** Where the conversations are, most specific first. The first variant that yields rows wins. */
export const EBAY_ROW_VARIANTS: readonly RowVariant[] = [
  // /cnt/ViewMessage card list: card items inside the infinite-scroll list.
  // Its BEM parts name every field; the thread link is the content wrapper's data-href.
  {
    name: 'card-list',
    selector: '.msg-inbox-list .card__item',
    hasPreview: true,
    fields: {
      buyer: ['.card__username'],
      subject: ['.card__conversation-title'],
      preview: ['.card__latest-message'],
      time: ['.card__datetime .ux-textspans', '.card__datetime'],
      link: ['.card__message-content-wrapper[data-href]'],
    },
  },
  // redesigned list (classes renamed): the conversation buttons or links, named by data-testid.
  { name: 'testid-conversation', selector: '[data-testid^="conversation-item" i]', hasPreview: true },
  // any element that carries a conversation id.
  { name: 'conversation-id', selector: '[data-conversation-id]', hasPreview: true },
  // older mesgweb table: rows marked read / unread.
  { name: 'legacy-table', selector: 'tr.msg-unread, tr.msg-read', hasPreview: false },
  // the same table without those classes: any row (kept only if it shows a date or an id, see looksLikeConversation).
  { name: 'legacy-rows', selector: 'tr', hasPreview: false },
];

/** Where a row keeps each field, most specific first; checked by content, so a wrong guess falls through. */
export const EBAY_FIELD_SELECTORS = {
  buyer: [
    '.card__username',
    '[id$="-from"]', // legacy table cell
    '[data-testid*="username" i]',
    '[class*="username" i]',
    'a[href*="/usr/"]', // a member's profile link is /usr/<user name>
    '[data-testid*="sender" i]',
    '[class*="sender" i]',
  ],
  subject: [
    '.card__conversation-title',
    '[id$="-sub"]', // legacy table cell
    '[data-testid*="title" i]',
    '[class*="conversation-title" i]',
    '[data-testid*="subject" i]',
    '[class*="subject" i]',
    '[class*="title" i]',
    '[role="heading"]',
  ],
  preview: [
    '.card__latest-message',
    '[data-testid*="latest-message" i]',
    '[class*="latest-message" i]',
    '[data-testid*="preview" i]',
    '[class*="preview" i]',
    '[class*="snippet" i]',
  ],
  time: [
    '.card__datetime .ux-textspans',
    '.card__datetime',
    '[id$="-msg-recvd"]', // legacy table cell
    'time[datetime]',
    '[data-testid*="time" i]',
    '[data-testid*="date" i]',
    '[class*="datetime" i]',
    '[class*="date" i]',
    '[class*="time" i]',
  ],
  /** Labels and badges a card shows besides its title ("Return request"). */
  labels: [
    '.card__label',
    '[data-testid*="label" i]',
    '[data-testid*="badge" i]',
    '[class*="label" i]',
    '[class*="badge" i]',
    '[class*="status" i]',
  ],
  /** The thread link: the card's data-href, then any link. */
  link: ['.card__message-content-wrapper[data-href]', '[data-href]', 'a[href]'],
} as const;

/** Unread rows (the seller has not read the buyer's latest message) carry one of these; bold text does not count. */
const UNREAD_MARKER = '.card__content-unread, .msg-unread, [class*="unread" i], [data-unread="true"]';

/** A leaf whose whole text is one of these (a visually hidden status) marks the row unread too. */
export const UNREAD_WORDS: readonly string[] = [
  'unread', // en
  'ungelesen', // de
  'non lu', // fr
  'non lue',
  'non letto', // it
  'non letta',
  'no leído', // es
  'no leída',
];

/**
 * eBay requests as the sites write them, by request: a conversation whose title or labels say one of these
 * is a 'case', and which one settles triage's category. Matched inside the text, lower case.
 */
export const CASE_PHRASES: Readonly<Record<'ebay-return-request' | 'ebay-item-not-received' | 'ebay-not-as-described', readonly string[]>> = {
  'ebay-return-request': [
    'return request', // en
    'return requested',
    'rückgabeanfrage', // de
    'rückgabeantrag',
    'rücknahmeanfrage',
    'rückgabe angefordert',
    'demande de retour', // fr
    'richiesta di restituzione', // it
    'richiesta di reso',
    'solicitud de devolución', // es
  ],
  'ebay-item-not-received': [
    'item not received', // en
    'artikel nicht erhalten', // de
    'objet non reçu', // fr
    'article non reçu',
    'oggetto non ricevuto', // it
    'artículo no recibido', // es
  ],
  'ebay-not-as-described': [
    'not as described', // en
    'nicht wie beschrieben', // de
    'entspricht nicht der beschreibung',
    'non conforme à la description', // fr
    'ne correspond pas à la description',
    'non conforme alla descrizione', // it
    'no coincide con la descripción', // es
    'no es como se describe',
  ],
};
const ALL_CASE_PHRASES: readonly string[] = Object.values(CASE_PHRASES).flat();

/** The list exists but is empty: not a read failure. */
const EMPTY_LIST_PHRASES: readonly string[] = [
  'no messages',
  "you don't have any messages",
  'you don’t have any messages',
  'keine nachrichten',
  'aucun message',
  'nessun messaggio',
  'no hay mensajes',
  'no tienes mensajes',
];
const LIST_CONTAINER =
  '.msg-inbox-list, .app-infinite-scroll__scroller, [data-testid*="conversation-list" i], [data-testid*="inbox-list" i], table';

/** Attributes and URL parameters that name a conversation. */
const CONVERSATION_ID_ATTRIBUTE = 'data-conversation-id';
const QUESTION_PARAM = 'question_id';
const REFERENCE_PARAMS = ['reference_id', 'other_user_id'] as const;
/** Legacy table cells are named "<message id>-from", "<message id>-sub", "<message id>-msg-recvd". */
const LEGACY_CELL_ID = /^(.+)-(?:from|sub|msg-recvd)$/;

// ---------------------------------------------------------------------------------------------------------
// Site knowledge: the thread
// ---------------------------------------------------------------------------------------------------------

export interface BubbleVariant {
  name: string;
  selector: string;
  /** When set, only elements with a class token matching it count (so a bubble's inner parts do not). */
  classToken?: RegExp;
}

/** Where the messages of an open thread are, most specific first. */
export const EBAY_BUBBLE_VARIANTS: readonly BubbleVariant[] = [
  // current thread view: BEM bubbles, app-conversation__message-bubble (+ --grey / __grey for the buyer's).
  {
    name: 'bubble',
    selector: '[class*="message-bubble" i]',
    classToken: /message-bubble(?:--[\w-]+|__gr[ae]y)?$/i,
  },
  // redesigned thread (classes renamed): messages named by data-testid.
  {
    name: 'testid-message',
    selector: '[data-testid*="message-bubble" i], [data-testid="message" i], [data-testid*="conversation-message" i]',
  },
  // ARIA: the conversation as a log of list items or articles.
  { name: 'aria-log', selector: '[role="log"] [role="listitem"], [role="log"] > li, [role="log"] article' },
];

/** The pane that holds the open conversation (a thread URL may show the list beside it). */
const CONVERSATION_PANE = [
  '.app-conversation',
  '[data-testid="conversation" i]',
  '[data-testid*="conversation-detail" i]',
  '[data-testid*="conversation-pane" i]',
  '[role="main"]',
  'main',
];

/** One card of the list. */
const LIST_CARD = '.card__item, [data-testid^="conversation-item" i], tr';
/** Anything inside these is the message list, not the open conversation. */
const LIST_PARTS =
  '.msg-inbox-list, .app-infinite-scroll__scroller, .card__item, [data-testid^="conversation-item" i], tr.msg-unread, tr.msg-read';

export const EBAY_THREAD_SELECTORS = {
  header: [
    '.app-conversation__header',
    '[class*="conversation__header" i]',
    '[class*="conversation-header" i]',
    '[data-testid*="header" i]',
    'header',
  ],
  buyer: [
    '[class*="conversation__username" i]',
    '[class*="conversation-header__username" i]',
    '[data-testid*="username" i]',
    '[class*="username" i]',
    'a[href*="/usr/"]',
    '[class*="member-name" i]',
  ],
  subject: [
    '[class*="conversation__title" i]',
    '[class*="conversation-title" i]',
    '[data-testid*="title" i]',
    '[class*="item-title" i]',
    '[role="heading"]',
    'h2',
    'h3',
    'h1',
  ],
  /** Banners and labels that say a request is open ("Return request … awaiting your response"). */
  banners: [
    '[class*="banner" i]',
    '[class*="label" i]',
    '[class*="badge" i]',
    '[class*="status" i]',
    '[data-testid*="banner" i]',
    '[data-testid*="request" i]',
    '[data-testid*="label" i]',
    '[role="status"]',
    '[role="alert"]',
    '[role="note"]',
  ],
  body: [
    '[class*="__message__content" i]',
    '[class*="message-content" i]',
    '[data-testid*="message-content" i]',
    '[data-testid*="message-text" i]',
  ],
  time: [
    '[class*="posted-time" i]',
    'time[datetime]',
    '[data-testid*="time" i]',
    '[data-testid*="date" i]',
    '[class*="time" i]',
    '[class*="date" i]',
  ],
  /** The avatar a bubble may show; its initial can repeat at the start of the bubble's text. */
  avatar: ['[class*="avatar" i]', '[class*="initial" i]', '[aria-hidden="true"]'],
  /** Selected card of the list pane beside an open thread. */
  selectedCard: ['[aria-current="true"]', '[aria-current="page"]', '[aria-selected="true"]', '[class*="selected" i]'],
} as const;

/** Class tokens of the buyer's bubble (grey), and of the seller's own in other renderings. */
const BUYER_BUBBLE_CLASS = /(?:--|__)gr[ae]y\b/i;
/** Attribute hints that say who wrote a bubble, on the bubble itself. */
const SENDER_ATTRIBUTES = ['data-sender', 'data-author', 'data-from', 'data-direction', 'data-testid'] as const;
const BUYER_HINT = /\b(?:buyer|incoming|received|other|grey|gray)\b/i;
const SELLER_HINT = /\b(?:seller|outgoing|sent|self|own|mine)\b/i;

/** The reply editor, most specific first. */
export const EBAY_REPLY_BOX_SELECTORS: readonly string[] = [
  'textarea#imageupload__sendmessage--textbox', // current thread view
  'textarea[id*="sendmessage" i]',
  'textarea[data-testid*="message" i]',
  'textarea[name*="message" i]',
  '[contenteditable="true"][role="textbox"]',
  '[contenteditable="true"][data-testid*="message" i]',
  'textarea',
];

// ---------------------------------------------------------------------------------------------------------
// The adapter
// ---------------------------------------------------------------------------------------------------------

export const ebay: PlatformAdapter = {
  platform: 'ebay',
  matches: EBAY_MATCHES,
  marketplaceFor,
  isInbox: (url) =>
    marketplaceFor(url) !== null &&
    ((VIEW_MESSAGE_PATH.test(url.pathname) && threadIdFromUrl(url) === null) || MESGWEB_LIST_PATH.test(url.pathname)),
  isThread: (url) => marketplaceFor(url) !== null && VIEW_MESSAGE_PATH.test(url.pathname) && threadIdFromUrl(url) !== null,
  // One read asks the same of each row many times: whileReading remembers roots, queries and texts until it returns.
  messageOrder: 'newest-first',
  // eBay's list writes "3h" and "Sep 4": read only on eBay, where they are message times.
  timeOptions: TIME_OPTIONS,
  listRows: (root, url) => whileReading(() => listRows(root, url)),
  readInboxRaw: (root, url) => readAllRows(() => listRows(root, url)),
  readThreadRaw: (root, url) => whileReading(() => readThread(root, url)),
  replyBox,
};

function marketplaceFor(url: URL): MarketplaceInfo | null {
  if (url.protocol !== 'https:') return null;
  return EBAY_MARKETPLACES.get(url.hostname) ?? null;
}

/** The conversation a thread URL names: its question_id, or its reference_id with the other member's id. */
function threadIdFromUrl(url: URL): string | null {
  const question = url.searchParams.get(QUESTION_PARAM)?.trim();
  if (question) return question;
  const [reference, otherUser] = REFERENCE_PARAMS.map((param) => url.searchParams.get(param)?.trim());
  return reference && otherUser ? `${reference}-${otherUser}` : null;
}


// ---------------------------------------------------------------------------------------------------------
// readInbox
// ---------------------------------------------------------------------------------------------------------

function listRows(root: ParentNode, url: URL): ListRows {
  const market = marketplaceFor(url);
  const health = newHealth('ebay', market?.marketplace, 'inbox');
  if (!market) {
    health.problems.push({ code: 'read-failed', detail: `not an eBay messages host: ${url.hostname}` });
    return noRows(health);
  }
  try {
    const found = findVariantRows(
      root,
      EBAY_ROW_VARIANTS,
      (candidates) => outermost(candidates.filter((row) => !isHeaderRow(row))),
      (row) => looksLikeConversation(row, url, market),
    );
    if (!found) {
      const emptyList = queryAllIn(searchRoots(root), LIST_CONTAINER).length > 0 && pageHasPhrase(root, EMPTY_LIST_PHRASES);
      if (emptyList) health.variant = 'empty';
      else health.problems.push({ code: 'no-rows', detail: 'no conversation rows matched any selector variant' });
      return noRows(health);
    }
    health.variant = found.variant.name;
    health.rows = found.rows.length;
    const fields = found.variant.fields;
    return {
      health,
      rows: found.rows,
      selector: found.variant.selector,
      readRow: (row, problems) => readRow(row, found.variant, url, market, problems),
      ...(fields ? { shortcut: (row: Element) => readRowByFields(row, fields, url, market) } : {}),
    };
  } catch (error) {
    health.problems.push({ code: 'read-failed', detail: String(error) });
    return noRows(health);
  }
}

function isHeaderRow(row: Element): boolean {
  if (row.closest('thead')) return true;
  return Array.from(row.children).some((cell) => cell.tagName === 'TH' || cell.getAttribute('role') === 'columnheader');
}

/** A conversation names its thread or shows a date: page chrome that happens to match a selector does neither. */
function looksLikeConversation(row: Element, page: URL, market: MarketplaceInfo): boolean {
  if (deepText(row) === '') return false;
  return (
    conversationIdIn(row) !== null ||
    legacyCellId(row) !== null ||
    threadLink(row, page) !== null ||
    readTime(row, EBAY_FIELD_SELECTORS.time, market).at !== null
  );
}

function readRow(
  row: Element,
  variant: RowVariant,
  page: URL,
  market: MarketplaceInfo,
  problems: ReadProblem[],
): RawSnapshot | null {
  const text = deepText(row);
  const lastMessageAt = readTime(row, EBAY_FIELD_SELECTORS.time, market).at;
  const link = threadLink(row, page);
  // A row of the variant's selector that names no thread and shows no date is page chrome, not a conversation.
  if (text === '' || (!link && !lastMessageAt && conversationIdIn(row) === null && legacyCellId(row) === null)) return null;
  let buyer = fieldText(row, EBAY_FIELD_SELECTORS.buyer, market);
  let subject = fieldText(row, EBAY_FIELD_SELECTORS.subject, market);
  let preview = fieldText(row, EBAY_FIELD_SELECTORS.preview, market);
  if (buyer === null || subject === null || (variant.hasPreview && preview === null)) {
    // Redesigned cards without telling names: the card's own texts in order are user name, title, preview.
    const rest = leafTexts(row, market).filter((leaf) => leaf !== buyer && leaf !== subject && leaf !== preview);
    buyer ??= rest.shift() ?? null;
    subject ??= rest.shift() ?? null;
    if (variant.hasPreview) preview ??= rest.shift() ?? null;
  }

  const orderId = text.match(EBAY_ORDER_ID)?.[0] ?? null;
  // The thread URL's id first: it is the one readThread finds in the address bar of the same conversation,
  // so list and thread snapshots merge. The card's data-conversation-id only when it links nowhere.
  let threadId = (link && threadIdFromUrl(link)) ?? conversationIdIn(row) ?? legacyCellId(row);
  if (!threadId) {
    const itemId = text.match(EBAY_ITEM_ID)?.[0];
    threadId = orderId
      ? `order-${orderId}`
      : itemId && buyer
        ? `item-${itemId}-${buyer}`
        : `text-${hashText(`${buyer ?? ''}|${subject ?? ''}`)}`;
    problems.push({ code: 'no-thread-id', detail: `${buyer ?? ''} · ${subject ?? ''}`.slice(0, 80) });
  }
  if (!buyer) problems.push({ code: 'no-buyer', detail: text.slice(0, 80) });
  if (!lastMessageAt) problems.push({ code: 'unparsed-time', detail: text.slice(0, 80) });

  const caseSignal = rowCaseSignal(row, subject);
  const snapshot: RawSnapshot = {
    platform: 'ebay',
    marketplace: market.marketplace,
    threadId,
    buyer: buyer ?? '',
    orderId,
    subject: subject ?? '',
    url: link?.href ?? new URL(INBOX_PATH, wwwOrigin(page)).href,
    lastMessageAt,
    // Unread means the buyer wrote last and nobody has looked; read means only that someone opened it.
    needsResponse: isUnread(row) ? true : null,
    kind: caseSignal ? 'case' : 'message',
  };
  if (caseSignal) snapshot.caseSignal = caseSignal;
  if (preview) snapshot.preview = preview;
  return snapshot;
}

/**
 * A card of a layout whose parts are known, read from those parts. Null when one is missing or not what it
 * should be (then readRow searches the card). Proven equal to readRow on every fixture row by
 * test/lib/platforms/row-shortcuts.test.ts.
 */
function readRowByFields(row: Element, fields: RowFields, page: URL, market: MarketplaceInfo): RawSnapshot | null {
  const part = (selectors: readonly string[]) => {
    for (const selector of selectors) {
      const element = row.querySelector(selector);
      if (element) return element;
    }
    return null;
  };
  const buyerElement = part(fields.buyer);
  const subjectElement = part(fields.subject);
  const previewElement = part(fields.preview);
  const timeElement = part(fields.time);
  const linkElement = part(fields.link);
  if (!buyerElement || !subjectElement || !previewElement || !timeElement || !linkElement) return null;
  const buyer = deepText(buyerElement);
  const subject = deepText(subjectElement);
  const preview = deepText(previewElement);
  const lastMessageAt = rawTimeOf(timeElement, deepText(timeElement), market.locale, TIME_OPTIONS);
  if (!buyer || !subject || !preview || !lastMessageAt) return null;
  if (isNoise(buyer, market) || isNoise(subject, market) || isNoise(preview, market)) return null;
  const link = messageLink(linkElement.getAttribute('data-href'), page);
  const threadId = link ? threadIdFromUrl(link) : null;
  if (!link || !threadId) return null;
  const caseSignal = rowCaseSignal(row, subject);
  const snapshot: RawSnapshot = {
    platform: 'ebay',
    marketplace: market.marketplace,
    threadId,
    buyer,
    orderId: deepText(row).match(EBAY_ORDER_ID)?.[0] ?? null,
    subject,
    url: link.href,
    lastMessageAt,
    needsResponse: isUnread(row) ? true : null,
    kind: caseSignal ? 'case' : 'message',
    preview,
  };
  if (caseSignal) snapshot.caseSignal = caseSignal;
  return snapshot;
}

function isUnread(row: Element): boolean {
  if (row.matches(UNREAD_MARKER) || queryAllIn(searchRoots(row), UNREAD_MARKER).length > 0) return true;
  return mayShowWord(row, UNREAD_WORDS) && leaves(row).some((leaf) => isUnreadWord(deepText(leaf)));
}

/** A request card says so in its title, a label, or its accessible name; the preview line does not count. */
function rowCaseSignal(row: Element, subject: string | null): CaseSignal | undefined {
  if (!mayShowWord(row, ALL_CASE_PHRASES) && !isCaseText(subject ?? '')) return undefined;
  const labels = queryAllIn(searchRoots(row), EBAY_FIELD_SELECTORS.labels.join(', ')).map(deepText);
  return caseSignalOf([subject ?? '', row.getAttribute('aria-label') ?? '', ...labels]);
}

// ---------------------------------------------------------------------------------------------------------
// readThread
// ---------------------------------------------------------------------------------------------------------

function readThread(root: ParentNode, url: URL): RawThreadReadResult {
  const market = marketplaceFor(url);
  const health = newHealth('ebay', market?.marketplace, 'thread');
  if (!market) {
    health.problems.push({ code: 'read-failed', detail: `not an eBay messages host: ${url.hostname}` });
    return { thread: null, health };
  }
  try {
    const roots = searchRoots(root);
    const found = findBubbles(roots, market);
    if (!found) {
      health.problems.push({ code: 'no-messages', detail: 'no message bubble matched any selector variant' });
      return { thread: null, health };
    }
    health.variant = found.variant;
    health.rows = found.bubbles.length;
    const first = found.bubbles[0]!;
    const pane = conversationPane(first);
    const paneRoots = searchRoots(pane);
    const outsideBubbles = (element: Element) =>
      !element.closest(LIST_PARTS) && !found.bubbles.some((bubble) => bubble.contains(element));

    const subject = paneText(paneRoots, EBAY_THREAD_SELECTORS.subject, outsideBubbles, market) ?? '';
    const buyer =
      paneText(paneRoots, EBAY_THREAD_SELECTORS.buyer, outsideBubbles, market) ??
      url.searchParams.get(REFERENCE_PARAMS[1])?.trim() ??
      '';
    const headerTexts = [...EBAY_THREAD_SELECTORS.header, ...EBAY_THREAD_SELECTORS.banners].flatMap((selector) =>
      queryAllIn(paneRoots, selector).filter(outsideBubbles).map(deepText),
    );
    const threadCaseSignal = caseSignalOf([subject, ...headerTexts]);

    const buyerScheme = found.bubbles.some((bubble) => BUYER_BUBBLE_CLASS.test(bubble.getAttribute('class') ?? ''));
    const named = found.bubbles.some((bubble) => mentionsBuyer(bubble, buyer));
    const messages: RawMessage[] = [];
    for (const element of found.unread) health.problems.push(unreadableMessage(element));
    for (const bubble of found.bubbles) {
      const message = readBubble(bubble, buyer, buyerScheme, named, market);
      if (!message) {
        health.problems.push(unreadableMessage(bubble));
        continue;
      }
      if (!message.at) health.problems.push({ code: 'unparsed-time', detail: message.text.slice(0, 80) });
      messages.push(message);
    }
    if (messages.length === 0) {
      health.problems.push({ code: 'no-messages', detail: 'the bubbles found held no text and no time' });
      return { thread: null, health };
    }
    if (!buyer) health.problems.push({ code: 'no-buyer', detail: subject.slice(0, 80) });

    const orderId =
      [subject, ...headerTexts, ...messages.map((m) => m.text)].map((text) => text.match(EBAY_ORDER_ID)?.[0]).find(Boolean) ??
      null;
    const selected = selectedCard(roots);
    const selectedLink = selected ? threadLink(selected, url) : null;
    let threadId =
      threadIdFromUrl(url) ??
      conversationIdAround(pane) ??
      (selectedLink && threadIdFromUrl(selectedLink)) ??
      (selected && conversationIdIn(selected));
    if (!threadId) {
      threadId = orderId ? `order-${orderId}` : `text-${hashText(`${buyer}|${subject}`)}`;
      health.problems.push({ code: 'no-thread-id', detail: `${buyer} · ${subject}`.slice(0, 80) });
    }

    return {
      thread: {
        platform: 'ebay',
        marketplace: market.marketplace,
        threadId,
        buyer,
        orderId,
        subject,
        url: ebay.isThread(url) ? url.href : (selectedLink?.href ?? url.href),
        messages,
        kind: threadCaseSignal ? 'case' : 'message',
        ...(threadCaseSignal ? { caseSignal: threadCaseSignal } : {}),
      },
      health,
    };
  } catch (error) {
    health.problems.push({ code: 'read-failed', detail: String(error) });
    return { thread: null, health };
  }
}

function findBubbles(roots: ParentNode[], market: MarketplaceInfo): { variant: string; bubbles: Element[]; unread: Element[] } | null {
  for (const { name, selector, classToken } of EBAY_BUBBLE_VARIANTS) {
    const found = queryAllIn(roots, selector);
    const matches = found.filter((element) => !classToken || Array.from(element.classList).some((token) => classToken.test(token)));
    const bubbles = outermost(matches).filter((bubble) => !bubble.closest(LIST_PARTS) && deepText(bubble) !== '');
    if (bubbles.length === 0) continue;
    // Beside the bubbles, an element of the same naming with words (not a date divider) is a message that changed shape.
    const unread = unreadBeside(outermost(found), bubbles).filter((element) => {
      const text = deepText(element);
      return text !== '' && !isTimeText(text, market) && !element.closest(LIST_PARTS);
    });
    return { variant: name, bubbles, unread };
  }
  return null;
}

function conversationPane(bubble: Element): Element {
  for (const selector of CONVERSATION_PANE) {
    const pane = safeClosest(bubble, selector);
    if (pane) return pane;
  }
  return bubble.ownerDocument?.body ?? bubble.parentElement ?? bubble;
}

/** One message: who wrote it, when, and its text without the time and without a repeated avatar initial. */
function readBubble(
  bubble: Element,
  buyer: string,
  buyerScheme: boolean,
  named: boolean,
  market: MarketplaceInfo,
): RawMessage | null {
  const roots = searchRoots(bubble);
  const { at, element: timeElement } = readTime(bubble, EBAY_THREAD_SELECTORS.time, market);
  const body = firstElement(roots, EBAY_THREAD_SELECTORS.body, (element) => deepText(element) !== '');
  let text = deepText(body ?? bubble);
  if (!body) {
    // No body element: the bubble's text, less its time at either end.
    const time = timeElement ? deepText(timeElement) : '';
    if (time && text.endsWith(time)) text = text.slice(0, -time.length).trim();
    else if (time && text.startsWith(time)) text = text.slice(time.length).trim();
  }
  text = withoutAvatarInitial(text, body ?? bubble);
  if (text === '' && !at) return null;
  return { from: sender(bubble, buyer, buyerScheme, named), at, text };
}

/** "M Hi there" where an avatar element inside shows "M": the initial is the avatar's, not the message's. */
function withoutAvatarInitial(text: string, source: Element): string {
  const initial = /^(\p{L}) /u.exec(text)?.[1];
  if (!initial) return text;
  const avatars = EBAY_THREAD_SELECTORS.avatar.flatMap((selector) => queryAllIn(searchRoots(source), selector));
  const singleLetterLeaves = leaves(source).filter((leaf) => /^\p{L}$/u.test(deepText(leaf)));
  const duplicated = [...avatars, ...singleLetterLeaves].some((element) => deepText(element) === initial);
  return duplicated ? text.slice(2) : text;
}

/**
 * Who wrote a bubble: the buyer's are grey; otherwise an attribute says so; otherwise its accessible name
 * or an author label names the buyer. When the page uses one of these schemes, a bubble without the
 * buyer's mark is the seller's. A bubble nothing marks counts as the buyer's: a missed reply is the worse error.
 */
function sender(bubble: Element, buyer: string, buyerScheme: boolean, named: boolean): RawMessage['from'] {
  if (buyerScheme) return BUYER_BUBBLE_CLASS.test(bubble.getAttribute('class') ?? '') ? 'buyer' : 'seller';
  for (const attribute of SENDER_ATTRIBUTES) {
    const value = bubble.getAttribute(attribute) ?? '';
    const words = value.replace(/[-_]+/g, ' ');
    if (BUYER_HINT.test(words)) return 'buyer';
    if (SELLER_HINT.test(words)) return 'seller';
  }
  if (named) return mentionsBuyer(bubble, buyer) ? 'buyer' : 'seller';
  return 'buyer';
}

/** The bubble's accessible name, or one of its own labels, is the buyer's user name. */
function mentionsBuyer(bubble: Element, buyer: string): boolean {
  if (!buyer) return false;
  const label = (bubble.getAttribute('aria-label') ?? '').toLowerCase();
  const name = buyer.toLowerCase();
  if (new RegExp(`(?:^|[\\s:])${escapeRegExp(name)}(?:$|[\\s:,.])`).test(label)) return true;
  return leaves(bubble).some((leaf) => deepText(leaf).toLowerCase() === name);
}

/** The list card marked as the open one, when the list is shown beside the thread. */
function selectedCard(roots: ParentNode[]): Element | null {
  for (const selector of EBAY_THREAD_SELECTORS.selectedCard) {
    const marked = queryAllIn(roots, selector).find((element) => safeClosest(element, LIST_PARTS));
    if (marked) return safeClosest(marked, LIST_CARD) ?? marked;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// replyBox
// ---------------------------------------------------------------------------------------------------------

function replyBox(root: ParentNode): HTMLTextAreaElement | HTMLElement | null {
  try {
    const roots = searchRoots(root);
    for (const selector of EBAY_REPLY_BOX_SELECTORS) {
      const element = queryAllIn(roots, selector)[0];
      // Not instanceof: an element inside a same-origin iframe belongs to that frame's realm.
      if (element) return element as HTMLElement;
    }
    return null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------------------


function isTimeText(text: string, market: MarketplaceInfo): boolean {
  return looksLikeTime(text, market.locale, TIME_OPTIONS);
}

/** The first time a hinted element (or else a leaf) shows, with the element that shows it. */
function readTime(
  container: Element,
  selectors: readonly string[],
  market: MarketplaceInfo,
): { at: RawTime | null; element: Element | null } {
  const roots = searchRoots(container);
  for (const selector of selectors) {
    for (const element of queryAllIn(roots, selector)) {
      const at = rawTimeOf(element, deepText(element), market.locale, TIME_OPTIONS);
      if (at) return { at, element };
    }
  }
  // No hinted element: the first leaf whose whole text is a time.
  for (const leaf of leaves(container)) {
    const at = rawTimeOf(leaf, deepText(leaf), market.locale, TIME_OPTIONS);
    if (at) return { at, element: leaf };
  }
  return { at: null, element: null };
}

/** The text of the first hinted element (not the row itself) whose text is a plausible value. */
function fieldText(row: Element, selectors: readonly string[], market: MarketplaceInfo): string | null {
  const roots = searchRoots(row);
  for (const selector of selectors) {
    for (const element of queryAllIn(roots, selector)) {
      if (element === row) continue;
      const value = deepText(element);
      if (value && !isNoise(value, market)) return value;
    }
  }
  return null;
}

/** Like fieldText, over the open conversation's pane, skipping what `keep` rejects (the list, the bubbles). */
function paneText(
  roots: ParentNode[],
  selectors: readonly string[],
  keep: (element: Element) => boolean,
  market: MarketplaceInfo,
): string | null {
  for (const selector of selectors) {
    for (const element of queryAllIn(roots, selector)) {
      if (!keep(element)) continue;
      const value = deepText(element);
      if (value && !isNoise(value, market)) return value;
    }
  }
  return null;
}

function firstElement(roots: ParentNode[], selectors: readonly string[], accept: (element: Element) => boolean): Element | null {
  for (const selector of selectors) {
    const element = queryAllIn(roots, selector).find(accept);
    if (element) return element;
  }
  return null;
}

/**
 * The row's leaf texts in page order, less times (an element hinted as one counts even when unreadable),
 * status words, avatar initials and bare request labels.
 */
function leafTexts(row: Element, market: MarketplaceInfo): string[] {
  const timeHint = EBAY_FIELD_SELECTORS.time.join(', ');
  return leaves(row)
    .filter((leaf) => {
      const hinted = safeClosest(leaf, timeHint);
      return !hinted || !row.contains(hinted);
    })
    .map(deepText)
    .filter((text) => text !== '' && !isNoise(text, market) && !ALL_CASE_PHRASES.includes(text.toLowerCase()));
}

/** Elements with no element children (shadow roots included): where a single value stands alone. */
function leaves(container: Element): Element[] {
  return queryAllIn(searchRoots(container), '*').filter(
    (element) =>
      element.children.length === 0 && !['TEMPLATE', 'SCRIPT', 'STYLE', 'INPUT', 'TEXTAREA'].includes(element.tagName),
  );
}

function isNoise(text: string, market: MarketplaceInfo): boolean {
  return (
    isTimeText(text, market) ||
    isUnreadWord(text) ||
    /^\p{L}$/u.test(text) || // an avatar initial
    (EBAY_ORDER_ID.test(text) && text.replace(EBAY_ORDER_ID, '').replace(/[^\p{L}\p{N}]/gu, '').length <= 6)
  );
}

function isUnreadWord(text: string): boolean {
  return UNREAD_WORDS.includes(text.trim().toLowerCase());
}

function isCaseText(text: string): boolean {
  return caseSignalOf([text]) !== undefined;
}

/** Which request the texts name, if any. */
function caseSignalOf(texts: readonly string[]): CaseSignal | undefined {
  const lower = texts.join('\n').toLowerCase();
  for (const [signal, phrases] of Object.entries(CASE_PHRASES) as [CaseSignal, readonly string[]][]) {
    if (phrases.some((phrase) => lower.includes(phrase))) return signal;
  }
  return undefined;
}

/** The thread link of a row: its data-href or a link, if it points to an eBay messages host we serve. */
function threadLink(row: Element, page: URL): URL | null {
  const roots = searchRoots(row);
  for (const selector of EBAY_FIELD_SELECTORS.link) {
    const candidates = row.matches(selector) ? [row, ...queryAllIn(roots, selector)] : queryAllIn(roots, selector);
    for (const element of candidates) {
      const url = messageLink(element.getAttribute('data-href') ?? element.getAttribute('href'), page);
      if (url) return url;
    }
  }
  return null;
}

/** An href that leads to an eBay messages page we serve (never javascript:, never elsewhere). */
function messageLink(value: string | null, page: URL): URL | null {
  const href = (value ?? '').trim();
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  try {
    const url = new URL(href, page);
    return marketplaceFor(url) && MESSAGE_LINK_PATH.test(url.pathname) ? url : null;
  } catch {
    return null; // an unparsable href is just not a link we can use
  }
}

function conversationIdIn(element: Element): string | null {
  const own = element.getAttribute(CONVERSATION_ID_ATTRIBUTE)?.trim();
  if (own) return own;
  for (const inner of queryAllIn(searchRoots(element), `[${CONVERSATION_ID_ATTRIBUTE}]`)) {
    const value = inner.getAttribute(CONVERSATION_ID_ATTRIBUTE)?.trim();
    if (value) return value;
  }
  return null;
}

/** A conversation id on the pane or one of its containers (not on a list card). */
function conversationIdAround(pane: Element): string | null {
  const holder = safeClosest(pane, `[${CONVERSATION_ID_ATTRIBUTE}]`);
  if (!holder || holder.closest(LIST_PARTS)) return null;
  return holder.getAttribute(CONVERSATION_ID_ATTRIBUTE)?.trim() || null;
}

function legacyCellId(row: Element): string | null {
  for (const cell of queryAllIn(searchRoots(row), '[id$="-from"], [id$="-sub"], [id$="-msg-recvd"]')) {
    const id = LEGACY_CELL_ID.exec(cell.id)?.[1];
    if (id) return id;
  }
  return null;
}

/** www.<domain> for a page on www or mesg: where the current message list lives. */
function wwwOrigin(page: URL): string {
  return `https://www.${page.hostname.replace(/^(?:www|mesg)\./, '')}`;
}

function safeClosest(element: Element, selector: string): Element | null {
  try {
    return element.closest(selector);
  } catch {
    return null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

