// Domain types shared by every part of Replyclock: platforms, conversations, what adapters read, what Dexie stores.

export const PLATFORMS = ['amazon', 'ebay', 'etsy'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A marketplace code within a platform: 'US', 'UK', 'DE', 'JP', 'EU' (Amazon's unified European account)... */
export type Marketplace = string;

export const CATEGORIES = ['dispute', 'order', 'return', 'quality', 'shipping', 'product', 'feedback', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export type Priority = 'A' | 'B' | 'C';

/** A plain buyer message, or a case/request the platform tracks (eBay return, not received, not as described). */
/** Which request a 'case' is, where the page says: each settles triage's category by itself. */
export type CaseSignal =
  | 'ebay-return-request'
  | 'ebay-item-not-received'
  | 'ebay-not-as-described'
  | 'amazon-a-to-z-claim'
  | 'etsy-help-request';

export const MESSAGE_KINDS = ['message', 'case'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export const CONVERSATION_STATUSES = ['awaiting', 'replied', 'no-response-needed', 'resolved'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** How precisely a marketplace showed a time: to the minute, or only the day (older rows). */
export type TimePrecision = 'exact' | 'hour' | 'day';

export interface MarketplaceTime {
  /** Epoch milliseconds; for coarse precision, the earliest moment the shown text allows (conservative). */
  at: number;
  precision: TimePrecision;
}

/** One conversation as an adapter read it off a page at one moment. Pure data, no DOM. */
export interface ConversationSnapshot {
  platform: Platform;
  marketplace: Marketplace;
  threadId: string;
  buyer: string;
  orderId: string | null;
  subject: string;
  url: string;
  /** The time the list shows for the conversation's latest message, if it could be read. */
  lastMessageAt: MarketplaceTime | null;
  /**
   * true: the page marks this conversation as needing the seller's reply (the latest message is the buyer's).
   * false: the page says it is answered. null: the list cannot tell — eBay and Etsy mark a row read once the
   * agent opens it, answered or not, so "read" alone is no answer; the open thread settles it.
   */
  needsResponse: boolean | null;
  /** Set by adapters that can tell (eBay requests); otherwise a plain message. */
  kind?: MessageKind;
  /** Which request, where the page says. */
  caseSignal?: CaseSignal;
  /** Whether the awaited message opened its thread (Etsy's rule counts only those); unknown counts as first. */
  firstInThread?: boolean;
  /** The latest message's text as the list shows it (a preview line), when it shows one: input for triage. */
  preview?: string;
}

/** One message of an open thread, as the page shows it. */
export interface ThreadMessage {
  from: 'buyer' | 'seller';
  at: MarketplaceTime | null;
  /** Plain text, as the buyer or seller wrote it (never HTML). */
  text: string;
}

/** An open conversation as an adapter read it: who, which order, and its messages, oldest first. */
export interface ThreadSnapshot {
  platform: Platform;
  marketplace: Marketplace;
  threadId: string;
  buyer: string;
  orderId: string | null;
  subject: string;
  url: string;
  messages: ThreadMessage[];
  /** Set where the page says so (an eBay return / not-received / not-as-described request). */
  kind?: MessageKind;
  caseSignal?: CaseSignal;
}

export interface ThreadReadResult {
  /** Null when the page shows no readable thread (the health says why). */
  thread: ThreadSnapshot | null;
  health: ReadHealth;
}

export type PageKind = 'inbox' | 'thread';

/** Problems an adapter reports instead of throwing: codes, so the UI can say them in the agent's language. */
export type ReadProblemCode =
  | 'no-rows' // the page has no list the selectors recognise
  | 'no-thread-id' // a row had no thread link or id; an id was derived from its order or text
  | 'unparsed-time' // a row's date text matched no known format
  | 'no-buyer' // a row had no buyer name
  | 'no-messages' // a thread page showed no message the selectors recognise
  | 'unreadable-message' // a message beside the thread's readable ones read as nothing (changed shape)
  | 'unreadable-row' // a row beside the list's readable rows read as no conversation (changed shape): its state is kept
  | 'read-failed'; // an unexpected exception while reading (caught, never thrown into the page)

export interface ReadProblem {
  code: ReadProblemCode;
  detail: string;
}

/** Every read reports its own health, so silence is never mistaken for "all answered". */
export interface ReadHealth {
  platform: Platform;
  marketplace: Marketplace;
  page: PageKind;
  /** Which selector variant found the rows (a comment in the adapter's selector list says which page that is). */
  variant: string | null;
  rows: number;
  problems: ReadProblem[];
}

export interface ReadResult {
  snapshots: ConversationSnapshot[];
  health: ReadHealth;
}

/** A tracked conversation as stored in Dexie. id = platform:marketplace:threadId. */
export interface Conversation {
  id: string;
  platform: Platform;
  marketplace: Marketplace;
  threadId: string;
  buyer: string;
  orderId: string | null;
  subject: string;
  url: string;
  /** The latest buyer message seen. */
  lastBuyerAt: number | null;
  /** The oldest buyer message still unanswered: the reply clock runs from here. Null unless awaiting. */
  awaitingSince: number | null;
  /** awaitingSince was only known to the day or hour, so the due times derived from it are approximate. */
  awaitingSinceApprox: boolean;
  lastSellerAt: number | null;
  status: ConversationStatus;
  kind: MessageKind;
  /** Which request a case is, when a page said so. */
  caseSignal: CaseSignal | null;
  firstInThread: boolean;
  category: Category;
  priority: Priority;
  /**
   * When the reply is due: the earlier of the platform deadline and the team target. Set only while the
   * conversation is awaiting a reply; otherwise null, which keeps it out of the dueAt index, so the overdue
   * count is one indexed range query over exactly the conversations that can be overdue.
   */
  dueAt: number | null;
  /** The platform's hard deadline (account health), or null where the platform has none. */
  platformDueAt: number | null;
  /** The team's own first-response target for this category; null unless awaiting. */
  teamDueAt: number | null;
  /** The team's resolution target; null unless awaiting. */
  resolveBy: number | null;
  /** What triage read in the buyer's waiting messages (why this category, urgent or not); null before any text. */
  triage: TriageRecord | null;
  /** The agent set the category by hand: a later re-read never overwrites it. */
  categoryByAgent: boolean;
  /** Handed to a senior agent or another team, with the agent's note; null when not escalated. */
  escalation: Escalation | null;
  firstSeenAt: number;
  updatedAt: number;
}

/** An agent's escalation of a conversation: why, in their words (plain text), and when. */
export interface Escalation {
  note: string;
  at: number;
}

/** Triage's reading of a conversation, kept so the sidebar and popup can show why. */
export interface TriageRecord {
  language: string;
  sentiment: 'negative' | 'neutral' | 'positive';
  urgent: boolean;
  /** A pure thanks/confirmation: suggest "no response needed" (Amazon lets it leave the metric). */
  noResponseNeeded: boolean;
  reasons: { kind: string; match: string; category?: Category }[];
  /** The category triage chose (the conversation's own may be the agent's correction). */
  category: Category;
  /** A fingerprint of the text it read, so the same text is not classified twice. */
  textKey: string;
}

export const EVENT_TYPES = ['received', 'replied', 'resolved', 'no-response-needed'] as const;
export type ConversationEventType = (typeof EVENT_TYPES)[number];

/** Append-only log that analytics reads: when a buyer wrote, when the seller answered, when it was closed. */
export interface ConversationEvent {
  id?: number;
  conversationId: string;
  platform: Platform;
  marketplace: Marketplace;
  type: ConversationEventType;
  at: number;
  /** The time is approximate (day-precision page dates, or a reply noticed later than it happened). */
  approx: boolean;
  /** The conversation's category when the event was stored; absent on older events (analytics then uses the
   *  conversation's current one). */
  category?: Category;
  /** Who acted, for seller-side events: the agent name set on the machine that logged it; absent when unset. */
  agent?: string;
}

export interface Template {
  id?: number;
  name: string;
  body: string;
  /** Empty means any platform. */
  platforms: Platform[];
  language: string;
  category: Category | null;
  tags: string[];
  shortcut: string | null;
  useCount: number;
  lastUsedAt: number | null;
  updatedAt: number;
}

export interface Setting {
  key: string;
  value: unknown;
}

/** The latest read health of one kind of page on one marketplace, for the popup's "could not read" list. */
export interface PageHealth extends ReadHealth {
  key: string; // platform:marketplace:page
  url: string;
  readAt: number;
}

export function conversationId(platform: Platform, marketplace: Marketplace, threadId: string): string {
  return `${platform}:${marketplace}:${threadId}`;
}
