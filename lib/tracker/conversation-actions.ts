// The background side of what an agent does from the sidebar: mark a conversation replied, "no response
// needed" (Amazon only) or resolved, escalate it with a note, and relay insert / layout requests to the
// content script of the sidebar's own tab, plus the keyboard command that opens the sidebar's search and the
// "conversations changed" broadcast for sidebars that cannot open the database themselves.
// Status changes are decided by a pure function and stored with their event in one transaction.
import Dexie from 'dexie';
import { browser, type Browser } from 'wxt/browser';
import type { ReplyclockDb } from '../db';
import type { AgentStatus, InsertReplyRequest, SidebarActionRequest } from '../messaging';
import type { Conversation, ConversationEvent } from '../model';
import {
  isSidebarAction,
  MAX_INSERT_CHARS,
  MAX_NOTE_CHARS,
  sendToTab,
  type ConversationsChanged,
  type InsertOutcome,
} from '../sidebar-protocol';
import type { SlaPolicies } from '../sla/policies';
import { loadSetting } from '../settings/team-settings';
import { attributeEvents, eventOf } from './carry-over';
import type { MergeResult } from './merge-snapshot';
import { loadPolicies, withDeadlines } from './reply-clock';

export const AGENT_STATUSES: readonly AgentStatus[] = ['replied', 'no-response-needed', 'resolved'];
/** The manifest command (wxt.config.ts) that opens the sidebar with its template search focused. */
export const OPEN_SEARCH_COMMAND = 'open-template-search';

/**
 * The conversation after the agent settles it. Pure. The wait ends (due times cleared, so it leaves the
 * overdue count); the event log gets what analytics pairs with the wait: 'replied' only when a wait was
 * running, 'no-response-needed' / 'resolved' whenever the status changes. The same status twice (a double
 * click) changes nothing and logs nothing.
 */
export function applyAgentStatus(conversation: Conversation, status: AgentStatus, now: number, policies: SlaPolicies): MergeResult {
  if (!AGENT_STATUSES.includes(status)) throw new Error(`markConversation: unknown status ${String(status)}`);
  // Only Amazon lets a message leave the response-time metric; elsewhere the buyer still expects an answer.
  if (status === 'no-response-needed' && conversation.platform !== 'amazon') {
    throw new Error('markConversation: "no response needed" exists only on Amazon');
  }
  if (conversation.status === status) return { conversation, events: [] };
  const wasAwaiting = conversation.status === 'awaiting';
  const next: Conversation = {
    ...conversation,
    status,
    awaitingSince: null,
    awaitingSinceApprox: false,
    updatedAt: now,
  };
  const events: ConversationEvent[] = [];
  if (status === 'replied') {
    // Also what keeps a stale inbox row ("needs response") from reopening it: merge-snapshot compares with it.
    next.lastSellerAt = Math.max(conversation.lastSellerAt ?? now, now);
    if (wasAwaiting) events.push(eventOf(next, 'replied', now, false));
  } else {
    events.push(eventOf(next, status, now, false));
  }
  return { conversation: withDeadlines(next, policies), events };
}

/** The conversation with an escalation note, or without one (note null). Pure; the note is kept as plain text. */
export function applyEscalation(conversation: Conversation, note: string | null, now: number): Conversation {
  if (note === null) return { ...conversation, escalation: null, updatedAt: now };
  if (typeof note !== 'string') throw new Error('escalate: the note must be text');
  const trimmed = note.trim();
  if (!trimmed) throw new Error('escalate: the note is empty');
  if (trimmed.length > MAX_NOTE_CHARS) throw new Error(`escalate: the note is longer than ${MAX_NOTE_CHARS} characters`);
  return { ...conversation, escalation: { note: trimmed, at: now }, updatedAt: now };
}

export async function markConversation(db: ReplyclockDb, id: string, status: AgentStatus, now: number): Promise<Conversation> {
  if (typeof id !== 'string') throw new Error('markConversation: id missing');
  return db.transaction('rw', db.conversations, db.events, db.settings, async () => {
    const conversation = await db.conversations.get(id);
    if (!conversation) throw new Error(`markConversation: no conversation ${id}`);
    const { conversation: updated, events } = applyAgentStatus(conversation, status, now, await loadPolicies(db));
    if (updated !== conversation) await db.conversations.put(updated);
    if (events.length > 0) await db.events.bulkAdd(attributeEvents(events, updated, (await loadSetting(db, 'team')).agentName));
    return updated;
  });
}

export async function escalateConversation(db: ReplyclockDb, id: string, note: string | null, now: number): Promise<Conversation> {
  if (typeof id !== 'string') throw new Error('escalate: id missing');
  return db.transaction('rw', db.conversations, async () => {
    const conversation = await db.conversations.get(id);
    if (!conversation) throw new Error(`escalate: no conversation ${id}`);
    const updated = applyEscalation(conversation, note, now);
    await db.conversations.put(updated);
    return updated;
  });
}

export type TabSender = typeof sendToTab;

/**
 * Sends the sidebar's text to the content script of the sidebar's own tab. Chromium names the tab in the
 * sender of a message from an extension frame; where a browser does not, the sidebar says it (tabs.getCurrent).
 */
export async function relayInsert(
  request: InsertReplyRequest,
  sender: Browser.runtime.MessageSender,
  send: TabSender = sendToTab,
): Promise<InsertOutcome> {
  if (typeof request?.text !== 'string') throw new Error('insertReply: text missing');
  if (request.conversationId !== null && typeof request.conversationId !== 'string') throw new Error('insertReply: conversation malformed');
  if (request.text.length > MAX_INSERT_CHARS) return { inserted: false, reason: 'too-long' };
  const tabId = senderTab(sender, request.tabId, 'insertReply');
  try {
    return await send(tabId, 'insertText', { text: request.text, conversationId: request.conversationId });
  } catch {
    // No content script answered: the page was open before the extension (re)loaded, or it is not a seller page.
    return { inserted: false, reason: 'no-page' };
  }
}

/** Collapse / expand / move requests from the sidebar, to its own tab's host. */
export async function relaySidebarAction(
  request: SidebarActionRequest,
  sender: Browser.runtime.MessageSender,
  send: TabSender = sendToTab,
): Promise<null> {
  if (!isSidebarAction(request?.action)) throw new Error('sidebarAction: unknown action');
  await send(senderTab(sender, request.tabId, 'sidebarAction'), 'sidebar', { action: request.action });
  return null;
}

/** One conversation, for a sidebar reading through the background. */
export async function getConversation(db: ReplyclockDb, id: string): Promise<Conversation | null> {
  if (typeof id !== 'string') throw new Error('getConversation: id missing');
  return (await db.conversations.get(id)) ?? null;
}

/** Changes in one burst (an inbox read writes many rows) are announced once. */
export const CHANGE_ANNOUNCE_MS = 150;

/**
 * After any write to the conversations table in this context (ingest, actions, recompute), tells extension
 * pages once, so sidebars without database access fetch again. Dexie's own cross-context notice
 * (BroadcastChannel) does not reach a frame whose storage the browser blocks. Returns the unsubscribe.
 */
export function announceConversationChanges(announce: (message: ConversationsChanged) => Promise<unknown> = broadcast): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((part) => part.includes('/conversations/'))) return;
    if (timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      // No extension page listening (no sidebar open) rejects: nothing to tell.
      announce({ replyclockChanged: 1 }).catch(() => undefined);
    }, CHANGE_ANNOUNCE_MS);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    Dexie.on('storagemutated').unsubscribe(listener);
    if (timer !== undefined) clearTimeout(timer);
  };
}

function broadcast(message: ConversationsChanged): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/**
 * The keyboard command: opens the sidebar on the active tab with its search focused. Registered in the
 * worker's first turn (like every listener), so the key press that woke the worker is not lost.
 */
export function listenForCommands(send: TabSender = sendToTab): void {
  // Firefox for Android has no commands API.
  if (!browser.commands?.onCommand) return;
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command !== OPEN_SEARCH_COMMAND) return;
    void openSearchIn(tab?.id, send);
  });
}

async function openSearchIn(tabId: number | undefined, send: TabSender): Promise<void> {
  try {
    const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (target !== undefined) await send(target, 'sidebar', { action: 'focus-search' });
  } catch {
    // The active tab is not a seller page (no content script to answer): the key does nothing there.
  }
}

function senderTab(sender: Browser.runtime.MessageSender, declared: number | undefined, type: string): number {
  const tabId = sender.tab?.id ?? declared;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) throw new Error(`${type}: not sent from a tab`);
  return tabId;
}
