// The sidebar's actions in the background: a status change ends the wait (due times cleared, so the badge
// drops it) and logs its event once; "no response needed" exists only on Amazon; an escalation keeps its note
// as text; only extension pages may act; insert and layout requests go to the sender's own tab; the keyboard
// command reaches the active tab; conversation writes are announced once per burst.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, type ReplyclockDb } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import type { Conversation } from '@/lib/model';
import { DEFAULT_POLICIES } from '@/lib/sla/policies';
import {
  announceConversationChanges,
  applyAgentStatus,
  applyEscalation,
  CHANGE_ANNOUNCE_MS,
  listenForCommands,
  OPEN_SEARCH_COMMAND,
  relayInsert,
  relaySidebarAction,
} from '@/lib/tracker/conversation-actions';
import { startTracker } from '@/lib/tracker/start-tracker';

const HOUR = 3600_000;
const originalCommands = (fakeBrowser as unknown as { commands: unknown }).commands;

afterEach(() => {
  vi.restoreAllMocks();
  (fakeBrowser as unknown as { commands: unknown }).commands = originalCommands;
});
const T0 = Date.UTC(2026, 10, 22, 20, 0);
const SIDEBAR = 'chrome-extension://test-extension-id/sidebar.html?conversation=x';

function conversation(id: string, extra: Partial<Conversation> = {}): Conversation {
  return {
    id: `amazon:US:${id}`,
    platform: 'amazon',
    marketplace: 'US',
    threadId: id,
    buyer: `Buyer ${id}`,
    orderId: null,
    subject: 'Where is my order?',
    url: `https://sellercentral.amazon.com/messaging/thread/${id}`,
    lastBuyerAt: T0 - 30 * HOUR,
    awaitingSince: T0 - 30 * HOUR,
    awaitingSinceApprox: false,
    lastSellerAt: null,
    status: 'awaiting',
    kind: 'message',
    caseSignal: null,
    firstInThread: true,
    category: 'shipping',
    priority: 'B',
    dueAt: T0 - 26 * HOUR,
    platformDueAt: T0 - 6 * HOUR,
    teamDueAt: T0 - 26 * HOUR,
    resolveBy: T0 - 6 * HOUR,
    triage: null,
    categoryByAgent: false,
    escalation: null,
    firstSeenAt: T0 - 30 * HOUR,
    updatedAt: T0 - 30 * HOUR,
    ...extra,
  };
}

describe('applyAgentStatus (pure)', () => {
  it('marking replied ends the wait, records when, and logs the reply once', () => {
    const { conversation: replied, events } = applyAgentStatus(conversation('A'), 'replied', T0, DEFAULT_POLICIES);
    expect(replied).toMatchObject({
      status: 'replied',
      awaitingSince: null,
      lastSellerAt: T0,
      dueAt: null,
      platformDueAt: null,
      teamDueAt: null,
      resolveBy: null,
      updatedAt: T0,
    });
    expect(events).toEqual([{ conversationId: 'amazon:US:A', platform: 'amazon', marketplace: 'US', type: 'replied', at: T0, approx: false }]);
    // A double click: nothing changes, nothing is logged twice.
    expect(applyAgentStatus(replied, 'replied', T0 + 1000, DEFAULT_POLICIES)).toEqual({ conversation: replied, events: [] });
  });

  it('logs "no response needed" and "resolved" on each change of status, and no reply for a wait that was not running', () => {
    const noResponse = applyAgentStatus(conversation('A'), 'no-response-needed', T0, DEFAULT_POLICIES);
    expect(noResponse.conversation).toMatchObject({ status: 'no-response-needed', dueAt: null, lastSellerAt: null });
    expect(noResponse.events.map((e) => e.type)).toEqual(['no-response-needed']);
    const resolved = applyAgentStatus(conversation('B', { status: 'replied', awaitingSince: null, dueAt: null }), 'resolved', T0, DEFAULT_POLICIES);
    expect(resolved.events.map((e) => [e.type, e.at])).toEqual([['resolved', T0]]);
    const repliedAfterResolve = applyAgentStatus(resolved.conversation, 'replied', T0 + 1, DEFAULT_POLICIES);
    expect(repliedAfterResolve.events).toEqual([]);
  });

  it('refuses "no response needed" outside Amazon, and statuses it does not know', () => {
    const ebay = conversation('E', { id: 'ebay:US:E', platform: 'ebay' });
    expect(() => applyAgentStatus(ebay, 'no-response-needed', T0, DEFAULT_POLICIES)).toThrow(/only on Amazon/);
    expect(() => applyAgentStatus(ebay, 'awaiting' as never, T0, DEFAULT_POLICIES)).toThrow(/unknown status/);
  });
});

describe('applyEscalation (pure)', () => {
  it('stores the note trimmed, as text, with its time; null withdraws it; an empty or huge note is refused', () => {
    const note = '  Buyer threatens an A-to-z claim <script>alert(1)</script>\n';
    expect(applyEscalation(conversation('A'), note, T0).escalation).toEqual({ note: 'Buyer threatens an A-to-z claim <script>alert(1)</script>', at: T0 });
    expect(applyEscalation(conversation('A', { escalation: { note: 'x', at: 1 } }), null, T0).escalation).toBeNull();
    expect(() => applyEscalation(conversation('A'), '   ', T0)).toThrow(/empty/);
    expect(() => applyEscalation(conversation('A'), 'x'.repeat(2001), T0)).toThrow(/longer/);
  });
});

async function tracked(name: string, ...conversations: Conversation[]): Promise<ReplyclockDb> {
  const db = openDatabase(name);
  await db.conversations.bulkPut(conversations);
  startTracker({ db, now: () => T0 });
  return db;
}

describe('the actions as messages to the background', () => {
  it('markConversation: status and event stored, and the badge follows at once', async () => {
    const db = await tracked('actions-1', conversation('A'), conversation('B'));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'), { timeout: 5000 }); // the start-up refresh

    const answer = await sendMessage('markConversation', { id: 'amazon:US:A', status: 'replied' });
    expect(answer).toMatchObject({ id: 'amazon:US:A', status: 'replied', dueAt: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    await sendMessage('markConversation', { id: 'amazon:US:B', status: 'no-response-needed' });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    await sendMessage('markConversation', { id: 'amazon:US:A', status: 'resolved' });

    expect(await db.conversations.get('amazon:US:A')).toMatchObject({ status: 'resolved', lastSellerAt: T0 });
    expect((await db.events.toArray()).map((e) => [e.conversationId, e.type, e.at])).toEqual([
      ['amazon:US:A', 'replied', T0],
      ['amazon:US:B', 'no-response-needed', T0],
      ['amazon:US:A', 'resolved', T0],
    ]);
  });

  it('answers a failure as an error, changing nothing', async () => {
    const db = await tracked('actions-2', conversation('E', { id: 'ebay:US:E', platform: 'ebay' }));
    await expect(sendMessage('markConversation', { id: 'ebay:US:E', status: 'no-response-needed' })).rejects.toThrow(/only on Amazon/);
    await expect(sendMessage('markConversation', { id: 'amazon:US:nope', status: 'resolved' })).rejects.toThrow(/no conversation/);
    expect(await db.conversations.get('ebay:US:E')).toMatchObject({ status: 'awaiting' });
    expect(await db.events.count()).toBe(0);
  });

  it('escalate stores and withdraws the note; getConversation reads one conversation back', async () => {
    const db = await tracked('actions-3', conversation('A'));
    await sendMessage('escalate', { id: 'amazon:US:A', note: 'Needs a refund approval' });
    expect((await db.conversations.get('amazon:US:A'))!.escalation).toEqual({ note: 'Needs a refund approval', at: T0 });
    expect(await sendMessage('getConversation', { id: 'amazon:US:A' })).toMatchObject({ escalation: { note: 'Needs a refund approval' } });
    await sendMessage('escalate', { id: 'amazon:US:A', note: null });
    expect((await db.conversations.get('amazon:US:A'))!.escalation).toBeNull();
    expect(await sendMessage('getConversation', { id: 'amazon:US:missing' })).toBeNull();
  });

  it('refuses actions sent by a content script (a seller page’s tab, not an extension page)', async () => {
    const db = await tracked('actions-4', conversation('A'));
    const answer = await new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        { replyclock: 1, type: 'markConversation', data: { id: 'amazon:US:A', status: 'resolved' } },
        { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, url: 'https://sellercentral.amazon.com/messaging/inbox-v3' },
        resolve,
      );
    });
    expect(answer).toEqual({ ok: false, error: 'markConversation: not from an extension page' });
    expect(await db.conversations.get('amazon:US:A')).toMatchObject({ status: 'awaiting' });
  });
});

describe('relays to the sidebar’s own tab', () => {
  const fromSidebar = { id: 'test-extension-id', tab: { id: 42 } as never, frameId: 3, url: SIDEBAR };

  it('insertReply goes to the sender’s tab (top frame) as plain text with the conversation, and its answer comes back', async () => {
    const send = vi.fn(async () => ({ inserted: true as const }));
    expect(await relayInsert({ text: 'Hello', conversationId: 'amazon:US:A', tabId: 99 }, fromSidebar, send as never)).toEqual({ inserted: true });
    // The browser's word on the tab wins over what the message says.
    expect(send).toHaveBeenCalledWith(42, 'insertText', { text: 'Hello', conversationId: 'amazon:US:A' });
  });

  it('uses the tab the sidebar names only when the browser names none; no tab at all is an error', async () => {
    const send = vi.fn(async () => ({ inserted: true as const }));
    await relayInsert({ text: 'Hello', conversationId: null, tabId: 7 }, { url: SIDEBAR }, send as never);
    expect(send).toHaveBeenCalledWith(7, 'insertText', { text: 'Hello', conversationId: null });
    await expect(relayInsert({ text: 'Hello', conversationId: null }, { url: SIDEBAR }, send as never)).rejects.toThrow(/not sent from a tab/);
  });

  it('says "no page" when the tab’s content script does not answer, and refuses oversized text unsent', async () => {
    const send = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(await relayInsert({ text: 'Hello', conversationId: null }, fromSidebar, send as never)).toEqual({ inserted: false, reason: 'no-page' });
    send.mockClear();
    expect(await relayInsert({ text: 'x'.repeat(20_001), conversationId: null }, fromSidebar, send as never)).toEqual({ inserted: false, reason: 'too-long' });
    expect(send).not.toHaveBeenCalled();
    await expect(relayInsert({ text: 42 as never, conversationId: null }, fromSidebar, send as never)).rejects.toThrow(/text missing/);
  });

  it('sidebarAction relays known actions only', async () => {
    const send = vi.fn(async () => null);
    expect(await relaySidebarAction({ action: 'toggle-side' }, fromSidebar, send as never)).toBeNull();
    expect(send).toHaveBeenCalledWith(42, 'sidebar', { action: 'toggle-side' });
    await expect(relaySidebarAction({ action: 'explode' as never }, fromSidebar, send as never)).rejects.toThrow(/unknown action/);
  });

  it('through the router: insertReply from the sidebar reaches tabs.sendMessage for its tab, top frame', async () => {
    await tracked('actions-5');
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => ({ ok: true, value: { inserted: true } })) as never);
    const answer = await new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        { replyclock: 1, type: 'insertReply', data: { text: 'Hi', conversationId: 'amazon:US:A' } },
        { id: fakeBrowser.runtime.id, tab: { id: 42 } as never, url: SIDEBAR },
        resolve,
      );
    });
    expect(answer).toEqual({ ok: true, value: { inserted: true } });
    expect(tabsSend).toHaveBeenCalledWith(42, { replyclockTab: 1, type: 'insertText', data: { text: 'Hi', conversationId: 'amazon:US:A' } }, { frameId: 0 });
  });
});

describe('the keyboard command', () => {
  function fakeCommands() {
    const listeners: ((command: string, tab?: { id?: number }) => void)[] = [];
    (fakeBrowser as unknown as { commands: unknown }).commands = {
      onCommand: { addListener: (listener: (typeof listeners)[number]) => listeners.push(listener) },
    };
    return (command: string, tab?: { id?: number }) => listeners.forEach((listener) => listener(command, tab));
  }

  it('asks the tab it was pressed in to open the sidebar and focus its search; other commands are not ours', async () => {
    const press = fakeCommands();
    const send = vi.fn(async () => null);
    listenForCommands(send as never);
    press(OPEN_SEARCH_COMMAND, { id: 5 });
    press('something-else', { id: 5 });
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(send).toHaveBeenCalledWith(5, 'sidebar', { action: 'focus-search' });
  });

  it('uses the active tab when the browser names none, and a tab without the content script is no error', async () => {
    const press = fakeCommands();
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.ebay.com/cnt/ViewMessage', active: true });
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => [tab]) as never);
    const send = vi.fn(async () => {
      throw new Error('Receiving end does not exist.');
    });
    listenForCommands(send as never);
    press(OPEN_SEARCH_COMMAND);
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(tab.id, 'sidebar', { action: 'focus-search' }), { timeout: 3000 });
  });
});

describe('announceConversationChanges', () => {
  it('announces a burst of conversation writes once, and nothing for other tables', async () => {
    const announce = vi.fn(async () => undefined);
    const stop = announceConversationChanges(announce);
    const db = openDatabase('announce-1');
    await db.conversations.put(conversation('A'));
    await db.conversations.put(conversation('B'));
    await vi.waitFor(() => expect(announce).toHaveBeenCalled(), { timeout: 3000 });
    await new Promise((resolve) => setTimeout(resolve, CHANGE_ANNOUNCE_MS + 100));
    expect(announce.mock.calls).toEqual([[{ replyclockChanged: 1 }]]);
    await db.settings.put({ key: 'k', value: 1 });
    await new Promise((resolve) => setTimeout(resolve, CHANGE_ANNOUNCE_MS + 100));
    expect(announce).toHaveBeenCalledTimes(1);
    stop();
    await db.conversations.put(conversation('C'));
    await new Promise((resolve) => setTimeout(resolve, CHANGE_ANNOUNCE_MS + 100));
    expect(announce).toHaveBeenCalledTimes(1);
  });
});
