// The background path without a browser: an ingest message arrives, Dexie is updated, and the badge says
// how many conversations are overdue, after every ingest, on the one-minute alarm, and after a restart.
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import type { ConversationSnapshot } from '@/lib/model';
import type { RawReadResult } from '@/lib/platforms/raw-read';
import { rawResult } from '../../raw-read';
import { badgeText, countOverdue } from '@/lib/tracker/badge';
import { loadPolicies, savePolicies } from '@/lib/tracker/reply-clock';
import { BADGE_ALARM, startTracker } from '@/lib/tracker/start-tracker';
import { DEFAULT_POLICIES } from '@/lib/sla/policies';

const HOUR = 3600_000;
const T0 = Date.UTC(2026, 10, 22, 20, 0);

function snap(threadId: string, hoursAgo: number, needsResponse = true): ConversationSnapshot {
  return {
    platform: 'amazon',
    marketplace: 'US',
    threadId,
    buyer: `Buyer ${threadId}`,
    orderId: null,
    subject: 'Question',
    url: `https://sellercentral.amazon.com/messaging/thread/${threadId}`,
    lastMessageAt: { at: T0 - hoursAgo * HOUR, precision: 'exact' },
    needsResponse,
  };
}

function result(snapshots: ConversationSnapshot[]): RawReadResult {
  return rawResult({ snapshots, health: { platform: 'amazon', marketplace: 'US', page: 'inbox', variant: 'v3-kat-table', rows: snapshots.length, problems: [] } });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('badgeText', () => {
  it('is empty at zero, the count otherwise, capped to fit', () => {
    expect([0, 1, 42, 999, 1000].map(badgeText)).toEqual(['', '1', '42', '999', '999+']);
  });
});

describe('the tracker in the background', () => {
  it('counts overdue conversations after an ingest and shows them on the badge', async () => {
    let now = T0;
    const { db } = startTracker({ db: openDatabase('t1'), now: () => now });
    const answer = await sendMessage('ingest', {
      url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded',
      result: result([snap('A', 30), snap('B', 25), snap('C', 3), snap('D', 1), snap('E', 50, false)]),
    });
    expect(answer).toEqual({ tracked: 5, overdue: 2 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getTitle({})).toBe('Replyclock — Amazon: 2 overdue (2 past the platform deadline), 0 due soon');
    expect(await db.conversations.count()).toBe(5);
    expect(await db.events.where('at').above(0).count()).toBe(4);
  });

  it('recomputes on the one-minute alarm as deadlines pass, with no new ingest', async () => {
    let now = T0;
    startTracker({ db: openDatabase('t2'), now: () => now });
    await settle();
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toMatchObject({ periodInMinutes: 1 });
    await sendMessage('ingest', { url: 'https://sellercentral.amazon.com/messaging/inbox-v3', result: result([snap('C', 3)]) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    now = T0 + 9 * HOUR + 60_000; // C's 12-hour team target ("other") has passed
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: now, periodInMinutes: 1, persistAcrossSessions: true });
    await settle();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1')); // the tick runs detached
  });

  it('shows the right badge after the worker is stopped and started again (nothing kept in memory)', async () => {
    const now = T0;
    startTracker({ db: openDatabase('t3'), now: () => now });
    await sendMessage('ingest', { url: 'https://sellercentral.amazon.com/messaging/inbox-v3', result: result([snap('A', 30), snap('B', 26)]) });
    // A stopped worker loses its listeners and badge state; a new one starts from Dexie alone.
    fakeBrowser.reset();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    startTracker({ db: openDatabase('t3'), now: () => now });
    await settle();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2')); // the tick runs detached
  });

  it('clears an overdue conversation from the badge once the page shows it answered', async () => {
    const now = T0;
    startTracker({ db: openDatabase('t4'), now: () => now });
    const url = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=all';
    await sendMessage('ingest', { url, result: result([snap('A', 30), snap('B', 26)]) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    await sendMessage('ingest', { url, result: result([snap('A', 30), snap('B', 0.5, false)]) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('rejects a malformed ingest whole, with a message, and changes nothing', async () => {
    const { db } = startTracker({ db: openDatabase('t5'), now: () => T0 });
    const bad = result([snap('A', 30), { ...snap('B', 2), threadId: '' }]);
    await expect(sendMessage('ingest', { url: 'https://sellercentral.amazon.com/messaging/inbox-v3', result: bad })).rejects.toThrow(
      'ingest: snapshot 1 malformed',
    );
    expect(await db.conversations.count()).toBe(0);
  });

  it('records each page’s read health for the popup', async () => {
    const { db } = startTracker({ db: openDatabase('t6'), now: () => T0 });
    const unreadable: RawReadResult = {
      snapshots: [],
      health: { platform: 'amazon', marketplace: 'UK', page: 'inbox', variant: null, rows: 0, problems: [{ code: 'no-rows', detail: '' }] },
    };
    await sendMessage('ingest', { url: 'https://sellercentral.amazon.co.uk/messaging/inbox-v3', result: unreadable });
    expect(await db.pageHealth.get('amazon:UK:inbox')).toMatchObject({ rows: 0, readAt: T0, problems: [{ code: 'no-rows' }] });
  });
});

describe('countOverdue', () => {
  it('is an indexed range over dueAt, where only awaiting conversations have a key', async () => {
    const db = openDatabase('t7');
    expect(db.conversations.schema.idxByName.dueAt).toBeDefined();
    startTracker({ db, now: () => T0 });
    await sendMessage('ingest', { url: 'https://sellercentral.amazon.com/messaging/inbox-v3', result: result([snap('A', 30), snap('B', 40, false)]) });
    expect(await countOverdue(db, T0)).toBe(1);
    expect(await db.conversations.where('dueAt').above(-Infinity).count()).toBe(1);
  });
});

describe('reply-clock rules in the background', () => {
  it('recomputes open conversations on the next tick when the policies change', async () => {
    const now = T0;
    const { db } = startTracker({ db: openDatabase('t8'), now: () => now });
    await sendMessage('ingest', { url: 'https://sellercentral.amazon.com/messaging/inbox-v3', result: result([snap('C', 3)]) });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    // The team tightens "other" to 2 hours: C, waiting 3 hours, is now overdue.
    const policies = structuredClone(DEFAULT_POLICIES);
    policies.categoryTargets.other.firstResponseHours = 2;
    await savePolicies(db, policies);
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: now, periodInMinutes: 1, persistAcrossSessions: true });
    await settle();
    await vi.waitFor(async () => expect(await db.conversations.get('amazon:US:C')).toMatchObject({ teamDueAt: T0 - HOUR, dueAt: T0 - HOUR }));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1')); // the tick runs detached
  });

  it('refuses policies that do not validate, and keeps the ones in force', async () => {
    const { db } = startTracker({ db: openDatabase('t9'), now: () => T0 });
    await expect(savePolicies(db, { platformRules: 'none' })).rejects.toThrow();
    expect(await loadPolicies(db)).toEqual(DEFAULT_POLICIES);
  });
});

describe('triage in the background', () => {
  const urgentRow = (threadId: string, hoursAgo = 1) => ({
    ...snap(threadId, hoursAgo),
    subject: 'URGENT: wrong address, please cancel before it ships!!!',
  });

  it('announces an urgent message at once, once per wait, and a click opens it', async () => {
    const { db } = startTracker({ db: openDatabase('t10'), now: () => T0 });
    const url = 'https://sellercentral.amazon.com/messaging/inbox-v3';
    await sendMessage('ingest', { url, result: result([urgentRow('U'), snap('C', 3)]) });
    const shown = (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, { title: string; message: string }> }).getAllCreateOptions();
    expect(Object.keys(shown)).toEqual(['replyclock:urgent:amazon:US:U']);
    expect(shown['replyclock:urgent:amazon:US:U']!.title).toBe('Urgent: Buyer U (Amazon US)');
    expect(shown['replyclock:urgent:amazon:US:U']!.message).toContain('URGENT: wrong address');
    expect(await db.conversations.get('amazon:US:U')).toMatchObject({ category: 'order', priority: 'A' });

    await fakeBrowser.notifications.clear('replyclock:urgent:amazon:US:U');
    await sendMessage('ingest', { url, result: result([urgentRow('U'), snap('C', 3)]) }); // the same page read again
    expect(Object.keys((fakeBrowser.notifications as unknown as { getAllCreateOptions(): object }).getAllCreateOptions())).toEqual([]);

    const opened: string[] = [];
    fakeBrowser.tabs.create = (async (props: { url?: string }) => {
      opened.push(props.url ?? '');
      return {} as never;
    }) as typeof fakeBrowser.tabs.create;
    await fakeBrowser.notifications.onClicked.trigger('replyclock:urgent:amazon:US:U');
    await settle();
    expect(opened).toEqual(['https://sellercentral.amazon.com/messaging/thread/U']);
  });

  it('keeps the agent’s category correction through later reads, with its due times', async () => {
    const { db } = startTracker({ db: openDatabase('t11'), now: () => T0 });
    const url = 'https://sellercentral.amazon.com/messaging/inbox-v3';
    await sendMessage('ingest', { url, result: result([{ ...snap('R', 3), subject: 'Where is my order?' }]) });
    expect(await db.conversations.get('amazon:US:R')).toMatchObject({ category: 'shipping', teamDueAt: T0 + HOUR });
    const corrected = await sendMessage('setCategory', { id: 'amazon:US:R', category: 'return' });
    expect(corrected).toMatchObject({ category: 'return', categoryByAgent: true, priority: 'A', teamDueAt: T0 - 2 * HOUR });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1'); // a return is due within 1 hour: overdue now
    await sendMessage('ingest', { url, result: result([{ ...snap('R', 3), subject: 'Where is my order?', preview: 'Still waiting for tracking' } as ConversationSnapshot]) });
    expect(await db.conversations.get('amazon:US:R')).toMatchObject({ category: 'return', categoryByAgent: true });
    await expect(sendMessage('setCategory', { id: 'amazon:US:R', category: 'nonsense' as never })).rejects.toThrow('unknown category');
  });

  it('recomputes at once when the dashboard says the rules changed, not a minute later', async () => {
    const { db } = startTracker({ db: openDatabase('t12'), now: () => T0 });
    const url = 'https://sellercentral.amazon.com/messaging/inbox-v3';
    await sendMessage('ingest', { url, result: result([{ ...snap('P', 3), subject: 'Does it come in blue?' }]) });
    expect(await db.conversations.get('amazon:US:P')).toMatchObject({ category: 'product' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('')); // 12 h target, 3 h waited
    // The team tightens product questions to 2 hours, as the settings page stores it, and says so.
    const policies = await loadPolicies(db);
    await savePolicies(db, { ...policies, categoryTargets: { ...policies.categoryTargets, product: { ...policies.categoryTargets.product, firstResponseHours: 2 } } });
    expect(await sendMessage('rulesChanged', null)).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await db.conversations.get('amazon:US:P')).toMatchObject({ teamDueAt: T0 - HOUR });
  });
});
