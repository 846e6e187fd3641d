// The dashboard's bulk actions in the background: each selected conversation goes through the single action's
// rule (no response needed only on Amazon and only while awaiting; closed ones are skipped), the waits end so
// the badge drops them, a category change sticks with its new due time, every row ends up exactly as the
// single actions would leave it, a malformed request changes nothing, one failure undoes the whole batch, and
// only extension pages may ask.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, type ReplyclockDb } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import type { Conversation } from '@/lib/model';
import { availableStatuses } from '@/lib/inbox/available-statuses';
import { saveSetting } from '@/lib/settings/team-settings';
import { bulkUpdate, parseBulkAction } from '@/lib/tracker/bulk-update';
import { markConversation } from '@/lib/tracker/conversation-actions';
import { setCategoryByAgent } from '@/lib/tracker/reply-clock';
import { startTracker } from '@/lib/tracker/start-tracker';
import { makeConversation } from '../../e2e/generate-conversations';

const HOUR = 3600_000;
const T0 = Date.UTC(2026, 10, 22, 20, 0);

afterEach(() => vi.restoreAllMocks());

/** An awaiting conversation whose buyer wrote `hoursAgo` ago (the due times follow the default rules). */
function waiting(threadId: string, hoursAgo: number, extra: Partial<Conversation> = {}): Conversation {
  return makeConversation({ threadId, awaitingSince: T0 - hoursAgo * HOUR, lastBuyerAt: T0 - hoursAgo * HOUR, ...extra }, T0);
}

async function stored(name: string, ...conversations: Conversation[]): Promise<ReplyclockDb> {
  const db = openDatabase(name);
  await db.conversations.bulkPut(conversations);
  return db;
}

describe('bulkUpdate', () => {
  it('resolves the selection: waits end, events are logged, closed and missing ones are skipped', async () => {
    const db = await stored(
      'bulk-1',
      waiting('A', 30),
      waiting('E', 5, { platform: 'ebay', marketplace: 'DE' }),
      makeConversation({ threadId: 'R', status: 'replied', lastSellerAt: T0 - HOUR }, T0),
      makeConversation({ threadId: 'C', status: 'resolved' }, T0),
    );
    const ids = ['amazon:US:A', 'ebay:DE:E', 'amazon:US:R', 'amazon:US:C', 'amazon:US:gone'];
    expect(await bulkUpdate(db, ids, { status: 'resolved' }, T0)).toEqual({ updated: 3, skipped: 2 });

    const after = await db.conversations.bulkGet(ids.slice(0, 4));
    expect(after.map((c) => [c!.id, c!.status, c!.dueAt])).toEqual([
      ['amazon:US:A', 'resolved', null],
      ['ebay:DE:E', 'resolved', null],
      ['amazon:US:R', 'resolved', null],
      ['amazon:US:C', 'resolved', null],
    ]);
    expect((await db.events.toArray()).map((e) => [e.conversationId, e.type, e.at])).toEqual([
      ['amazon:US:A', 'resolved', T0],
      ['ebay:DE:E', 'resolved', T0],
      ['amazon:US:R', 'resolved', T0],
    ]);
  });

  it('"no response needed" closes only awaiting Amazon conversations; eBay, Etsy and answered ones are skipped', async () => {
    const db = await stored(
      'bulk-2',
      waiting('A', 3),
      waiting('B', 26, { marketplace: 'UK' }),
      waiting('E', 3, { platform: 'ebay' }),
      waiting('Y', 3, { platform: 'etsy' }),
      makeConversation({ threadId: 'R', status: 'replied' }, T0),
    );
    const answer = await bulkUpdate(db, ['amazon:US:A', 'amazon:UK:B', 'ebay:US:E', 'etsy:US:Y', 'amazon:US:R'], { status: 'no-response-needed' }, T0);
    expect(answer).toEqual({ updated: 2, skipped: 3 });
    const statuses = (await db.conversations.toArray()).map((c) => [c.id, c.status]);
    expect(Object.fromEntries(statuses)).toEqual({
      'amazon:US:A': 'no-response-needed',
      'amazon:UK:B': 'no-response-needed',
      'ebay:US:E': 'awaiting',
      'etsy:US:Y': 'awaiting',
      'amazon:US:R': 'replied',
    });
  });

  it('a new category sticks (an agent’s choice), with the priority and due time it implies', async () => {
    // "other": 12 h team target; "dispute": 1 h and tier A.
    const db = await stored('bulk-3', waiting('A', 3), waiting('B', 0.5), makeConversation({ threadId: 'C', category: 'dispute', categoryByAgent: true }, T0));
    expect((await db.conversations.get('amazon:US:A'))!.dueAt).toBe(T0 + 9 * HOUR);
    expect(await bulkUpdate(db, ['amazon:US:A', 'amazon:US:B', 'amazon:US:C'], { category: 'dispute' }, T0)).toEqual({ updated: 2, skipped: 1 });
    expect(await db.conversations.get('amazon:US:A')).toMatchObject({ category: 'dispute', categoryByAgent: true, priority: 'A', dueAt: T0 - 2 * HOUR });
    expect(await db.conversations.get('amazon:US:B')).toMatchObject({ category: 'dispute', categoryByAgent: true, priority: 'A', dueAt: T0 + 0.5 * HOUR });
  });

  it('refuses a malformed request whole, before changing anything', async () => {
    const db = await stored('bulk-4', waiting('A', 3));
    await expect(bulkUpdate(db, ['amazon:US:A'], { status: 'replied' }, T0)).rejects.toThrow(/unknown action/);
    await expect(bulkUpdate(db, ['amazon:US:A'], { category: 'spam' }, T0)).rejects.toThrow(/unknown action/);
    await expect(bulkUpdate(db, ['amazon:US:A'], { status: 'resolved', category: 'order' }, T0)).rejects.toThrow(/unknown action/);
    await expect(bulkUpdate(db, 'amazon:US:A', { status: 'resolved' }, T0)).rejects.toThrow(/ids must be a list/);
    await expect(bulkUpdate(db, [42], { status: 'resolved' }, T0)).rejects.toThrow(/ids must be a list/);
    expect(await db.conversations.get('amazon:US:A')).toMatchObject({ status: 'awaiting', category: 'other' });
    expect(parseBulkAction({ category: 'return' })).toEqual({ category: 'return' });
  });

  it('one failure undoes the whole batch: nothing lands half-done', async () => {
    const db = await stored('bulk-5', waiting('A', 3), waiting('B', 3), waiting('C', 3));
    // The conversations are written first, then their events: the events' write failing must undo the first.
    vi.spyOn(db.events, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(bulkUpdate(db, ['amazon:US:A', 'amazon:US:B', 'amazon:US:C'], { status: 'resolved' }, T0)).rejects.toThrow(/disk full/);
    vi.restoreAllMocks();
    expect((await db.conversations.toArray()).map((c) => c.status)).toEqual(['awaiting', 'awaiting', 'awaiting']);
    expect(await db.events.count()).toBe(0);
  });

  it('stores each row exactly as the single actions would (markConversation, setCategoryByAgent)', async () => {
    const rows = [
      waiting('A', 30),
      waiting('B', 2, { triage: { language: 'en', sentiment: 'negative', urgent: true, noResponseNeeded: false, reasons: [], category: 'other', textKey: 'k' } }),
      waiting('E', 50, { platform: 'ebay', marketplace: 'DE', kind: 'case', category: 'return' }),
      makeConversation({ threadId: 'R', status: 'replied', category: 'product' }, T0),
    ];
    const ids = rows.map((row) => row.id);
    for (const category of ['dispute', 'feedback', 'shipping'] as const) {
      const bulk = await stored(`bulk-twin-${category}`, ...rows);
      const single = await stored(`single-twin-${category}`, ...rows);
      await bulkUpdate(bulk, ids, { category }, T0);
      for (const id of ids) await setCategoryByAgent(single, id, category);
      expect(await bulk.conversations.bulkGet(ids)).toEqual(await single.conversations.bulkGet(ids));
    }
    for (const status of ['resolved', 'no-response-needed'] as const) {
      const bulk = await stored(`bulk-twin-${status}`, ...rows);
      const single = await stored(`single-twin-${status}`, ...rows);
      // Events name the agent who acted, when one is set.
      for (const db of [bulk, single]) await saveSetting(db, 'team', { agentName: 'Lin', shopName: 'Harbour Goods', teamZone: 'Asia/Shanghai' });
      await bulkUpdate(bulk, ids, { status }, T0);
      for (const row of rows) if (availableStatuses(row).includes(status)) await markConversation(single, row.id, status, T0);
      expect(await bulk.conversations.bulkGet(ids)).toEqual(await single.conversations.bulkGet(ids));
      const events = async (db: ReplyclockDb) => (await db.events.toArray()).map(({ id: _id, ...event }) => event);
      expect(await events(bulk)).toEqual(await events(single));
      expect((await events(bulk)).every((event) => event.agent === 'Lin')).toBe(true);
    }
  });
});

describe('bulkUpdate as a message to the background', () => {
  it('the badge follows at once', async () => {
    const db = await stored('bulk-6', waiting('A', 30), waiting('B', 26), waiting('C', 25, { platform: 'ebay' }), waiting('D', 1));
    startTracker({ db, now: () => T0 });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('3'), { timeout: 5000 });
    const answer = await sendMessage('bulkUpdate', { ids: ['amazon:US:A', 'amazon:US:B', 'ebay:US:C'], action: { status: 'no-response-needed' } });
    expect(answer).toEqual({ updated: 2, skipped: 1 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('refuses a request from a seller page’s content script', async () => {
    const db = await stored('bulk-7', waiting('A', 30));
    startTracker({ db, now: () => T0 });
    const answer = await new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        { replyclock: 1, type: 'bulkUpdate', data: { ids: ['amazon:US:A'], action: { status: 'resolved' } } },
        { id: fakeBrowser.runtime.id, tab: { id: 7 } as never, url: 'https://sellercentral.amazon.com/messaging/inbox-v3' },
        resolve,
      );
    });
    expect(answer).toEqual({ ok: false, error: 'bulkUpdate: not from an extension page' });
    expect(await db.conversations.get('amazon:US:A')).toMatchObject({ status: 'awaiting' });
  });
});
