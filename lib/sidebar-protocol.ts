// The sidebar's messaging, both legs. The sidebar page (an extension page in an iframe) asks the background
// (lib/messaging.ts: setCategory, markConversation, escalate, insertReply, sidebarAction, getConversation,
// getTemplates, templateUsed:
// `messagingActions` below) and hears its "conversations changed" notice. The background relays insertions
// and layout requests to the content script of the sidebar's own tab, top frame only (`sendToTab` /
// `handleTabMessages`): insert a reply's text into the page's reply box, collapse / expand / move the
// sidebar, focus its search. The tab leg has its own envelope marker, so the background's router and a
// content script's listener never answer each other's messages.
import { browser, type Browser } from 'wxt/browser';
import { sendMessage, type AgentStatus } from './messaging';
import type { Category, Conversation, Template } from './model';

export const SIDEBAR_ACTIONS = ['collapse', 'expand', 'toggle-side', 'focus-search'] as const;
export type SidebarAction = (typeof SIDEBAR_ACTIONS)[number];

/** Why text was not inserted: codes, so the sidebar can say it in the agent's language. */
export type InsertFailure =
  | 'no-reply-box' // the page shows no reply editor
  | 'not-editable' // there is one, but it is disabled or read-only
  | 'conversation-changed' // the page now shows another conversation than the sidebar does
  | 'no-page' // the tab's content script did not answer (page not reloaded since the extension updated)
  | 'too-long'; // more text than any reply box takes

export type InsertOutcome = { inserted: true } | { inserted: false; reason: InsertFailure };

/**
 * The background's broadcast to extension pages after conversations change, so a sidebar that cannot open
 * the database itself (browsers that block storage in third-party frames) fetches its conversation again.
 */
export interface ConversationsChanged {
  replyclockChanged: 1;
}

export function isConversationsChanged(message: unknown): message is ConversationsChanged {
  return typeof message === 'object' && message !== null && (message as ConversationsChanged).replyclockChanged === 1;
}

/** An escalation note is a few sentences for a colleague, not a document. */
export const MAX_NOTE_CHARS = 2_000;

/** Far longer than any reply to a buyer: a bound on what one message may carry into the page. */
export const MAX_INSERT_CHARS = 20_000;

export interface InsertTextRequest {
  /** Plain text; never parsed as markup. */
  text: string;
  /** The conversation the sidebar shows; the page must still show it. */
  conversationId: string | null;
}

export interface TabProtocolMap {
  insertText: { request: InsertTextRequest; response: InsertOutcome };
  sidebar: { request: { action: SidebarAction }; response: null };
}

export type TabMessageType = keyof TabProtocolMap;
type TabRequest<K extends TabMessageType> = TabProtocolMap[K]['request'];
type TabResponse<K extends TabMessageType> = TabProtocolMap[K]['response'];

interface TabEnvelope<K extends TabMessageType = TabMessageType> {
  replyclockTab: 1;
  type: K;
  data: TabRequest<K>;
}

type Answer<T> = { ok: true; value: T } | { ok: false; error: string };

export type TabHandlers = { [K in TabMessageType]: (data: TabRequest<K>) => Promise<TabResponse<K>> | TabResponse<K> };

/** Background side: a message to the content script in `tabId`'s top frame (where the sidebar host lives). */
export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, data: TabRequest<K>): Promise<TabResponse<K>> {
  const envelope: TabEnvelope<K> = { replyclockTab: 1, type, data };
  const answer = (await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 })) as Answer<TabResponse<K>> | undefined;
  if (!answer) throw new Error(`no answer to ${type}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

/**
 * Content-script side: answers the background's tab messages until `signal` aborts. sendResponse + `return
 * true`, like lib/messaging.ts; only messages from the extension itself are taken.
 */
export function handleTabMessages(handlers: TabHandlers, signal: AbortSignal): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isTabEnvelope(message) || !Object.hasOwn(handlers, message.type)) return false;
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
    const handler = handlers[message.type] as (data: unknown) => unknown;
    Promise.resolve()
      .then(() => handler(message.data))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    return true;
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  if (signal.aborted) return;
  onMessage.addListener(listener);
  signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
}

function isTabEnvelope(message: unknown): message is TabEnvelope {
  return typeof message === 'object' && message !== null && (message as TabEnvelope).replyclockTab === 1;
}

export function isSidebarAction(value: unknown): value is SidebarAction {
  return typeof value === 'string' && (SIDEBAR_ACTIONS as readonly string[]).includes(value);
}

/** What the sidebar page asks of the rest of the extension; components get it as a prop, tests see the messages. */
export interface SidebarActions {
  setCategory(id: string, category: Category): Promise<unknown>;
  mark(id: string, status: AgentStatus): Promise<unknown>;
  /** A null note withdraws the escalation. */
  escalate(id: string, note: string | null): Promise<unknown>;
  insert(text: string, conversationId: string | null): Promise<InsertOutcome>;
  layout(action: SidebarAction): Promise<unknown>;
  getConversation(id: string): Promise<Conversation | null>;
  getTemplates(): Promise<Template[]>;
  templateUsed(id: number): Promise<unknown>;
}

/**
 * The sidebar's actions as messages to the background. `tabId` is the sidebar's own tab where the browser can
 * say it (tabs.getCurrent); the background prefers the tab the browser names as the sender, and uses this
 * only where a browser names none.
 */
export function messagingActions(
  send: typeof sendMessage = sendMessage,
  tabId: () => Promise<number | undefined> = async () => undefined,
): SidebarActions {
  const withTab = async () => {
    const id = await tabId().catch(() => undefined);
    return id === undefined ? {} : { tabId: id };
  };
  return {
    setCategory: (id, category) => send('setCategory', { id, category }),
    mark: (id, status) => send('markConversation', { id, status }),
    escalate: (id, note) => send('escalate', { id, note }),
    insert: async (text, conversationId) => send('insertReply', { text, conversationId, ...(await withTab()) }),
    layout: async (action) => send('sidebarAction', { action, ...(await withTab()) }),
    getConversation: (id) => send('getConversation', { id }),
    // A background that answers nothing useful (an older worker mid-update) means no templates, not a crash.
    getTemplates: async () => {
      const templates = await send('getTemplates', null);
      return Array.isArray(templates) ? templates : [];
    },
    templateUsed: (id) => send('templateUsed', { id }),
  };
}
