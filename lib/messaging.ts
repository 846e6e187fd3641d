// The one typed protocol between content scripts, extension pages and the background. Every message is
// { type, data }; every answer is { ok: true, value } or { ok: false, error }, so a failure in the
// background reaches the caller as a rejected promise with a message, never as silence.
import { browser, type Browser } from 'wxt/browser';
import type { Category, Conversation, Template } from './model';
import type { RawReadResult, RawThreadReadResult } from './platforms/raw-read';
import type { InsertOutcome, SidebarAction } from './sidebar-protocol';
import type { NightWatchStatus } from './night-watch/status';
import type { TemplateContext } from './templates/offer';

export interface IngestRequest {
  /** The page the snapshots were read from: it says which marketplace's zone and language their times are in. */
  url: string;
  /** As the content script read it: raw strings, times unread (the background reads them). */
  result: RawReadResult;
}

export interface IngestResponse {
  tracked: number;
  overdue: number;
}

/** An open thread, read off its page. */
export interface IngestThreadRequest {
  url: string;
  result: RawThreadReadResult;
}

/** The agent's correction of a conversation's category (sidebar, dashboard): it sticks. */
export interface SetCategoryRequest {
  id: string;
  category: Category;
}

/** What an agent can settle from the sidebar: they replied, no reply is needed (Amazon only), or it is done. */
export type AgentStatus = 'replied' | 'no-response-needed' | 'resolved';

/** The agent closes (or answers) a conversation from the sidebar. */
export interface MarkConversationRequest {
  id: string;
  status: AgentStatus;
}

/** What the dashboard's bulk actions do to each selected conversation: close it, or correct its category. */
export type BulkAction = { status: Extract<AgentStatus, 'no-response-needed' | 'resolved'> } | { category: Category };

/** The dashboard's bulk action on the selected conversations. */
export interface BulkUpdateRequest {
  ids: string[];
  action: BulkAction;
}

/** How many conversations changed; the rest were skipped (the action does not apply to them, or they are gone). */
export interface BulkUpdateResponse {
  updated: number;
  skipped: number;
}

/** The agent hands a conversation on with a note (plain text); a null note withdraws the escalation. */
export interface EscalateRequest {
  id: string;
  note: string | null;
}

/**
 * The sidebar asks for text to go into its own tab's reply box. The background relays it to the tab's
 * content script, which checks that the page still shows `conversationId` before inserting.
 */
export interface InsertReplyRequest {
  text: string;
  conversationId: string | null;
  /** The sidebar's tab, where the browser does not say it in the message's sender. */
  tabId?: number;
}

/** The sidebar asks its host (the content script of its tab) to collapse, move or expand it. */
export interface SidebarActionRequest {
  action: SidebarAction;
  tabId?: number;
}

/** The sidebar host's own words (its tab and frame), in the browser's language: the background has the locale
 *  files loaded, where a content script's first i18n lookup would load them into the seller's page. */
export interface HostStrings {
  tabLabel: string;
  tabTitle: string;
  frameTitle: string;
}

export interface ProtocolMap {
  ingest: { request: IngestRequest; response: IngestResponse };
  ingestThread: { request: IngestThreadRequest; response: IngestResponse };
  setCategory: { request: SetCategoryRequest; response: Conversation };
  markConversation: { request: MarkConversationRequest; response: Conversation };
  escalate: { request: EscalateRequest; response: Conversation };
  insertReply: { request: InsertReplyRequest; response: InsertOutcome };
  sidebarAction: { request: SidebarActionRequest; response: null };
  /** The sidebar's conversation, where the sidebar cannot open the database itself (a blocked third-party frame). */
  getConversation: { request: { id: string }; response: Conversation | null };
  /** The template library, for the same sidebar (its frame cannot read the database either). */
  getTemplates: { request: null; response: Template[] };
  /** A template went into a reply box: its use count and last use, which rank it in later searches. */
  templateUsed: { request: { id: number }; response: null };
  /** What the team's settings put into templates (agent and shop name, shifts, days off), for the same sidebar. */
  getSidebarContext: { request: null; response: TemplateContext };
  hostStrings: { request: null; response: HostStrings };
  /** The dashboard changed what the clocks follow (policies, a restored backup): recompute, badge and alerts now
   *  rather than on the next one-minute tick. */
  rulesChanged: { request: null; response: null };
  /** Focus the tab that shows this conversation, or open its page: popup, dashboard and notifications. */
  openConversation: { request: { id: string }; response: 'focused' | 'opened' | 'unknown' };
  /** Night watch for one tab (the popup's active tab): settings, what the tab shows, its reload schedule. */
  nightWatchStatus: { request: { tabId: number }; response: NightWatchStatus };
  /** The agent keeps that tab fresh, or stops: lib/tracker/night-watch.ts. */
  setNightWatchTab: { request: { tabId: number; watched: boolean }; response: NightWatchStatus };
  /** The dashboard inbox's bulk actions (no response needed, resolved, change category), in one transaction. */
  bulkUpdate: { request: BulkUpdateRequest; response: BulkUpdateResponse };
}

export type MessageType = keyof ProtocolMap;
export type Request<K extends MessageType> = ProtocolMap[K]['request'];
export type Response<K extends MessageType> = ProtocolMap[K]['response'];

interface Envelope<K extends MessageType = MessageType> {
  replyclock: 1;
  type: K;
  data: Request<K>;
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

export type Handlers = {
  [K in MessageType]: (data: Request<K>, sender: Browser.runtime.MessageSender) => Promise<Response<K>>;
};

export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { replyclock: 1, type, data };
  const answer = (await browser.runtime.sendMessage(envelope)) as Answer<Response<K>> | undefined;
  if (!answer) throw new Error(`no answer to ${type}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/**
 * Registers the background's handlers. Answers through sendResponse and `return true`, the one form that
 * works in Chromium, Firefox and WXT's fake browser. Messages that are not ours are left to other listeners.
 */
export function handleMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isEnvelope(message) || !(message.type in handlers)) return false;
    const handler = handlers[message.type] as (data: unknown, sender: Browser.runtime.MessageSender) => Promise<unknown>;
    handler(message.data, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && (message as Envelope).replyclock === 1;
}

/**
 * Tells the background the rules changed, without waiting on it or failing the caller: the one-minute tick
 * recomputes anyway, this only makes the badge follow at once.
 */
export function announceRulesChanged(): void {
  sendMessage('rulesChanged', null).catch(() => undefined);
}
