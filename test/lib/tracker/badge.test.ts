// The toolbar badge as the browser shows it: count, colour and tooltip (English and Chinese), read from Dexie
// with one range over the dueAt index, and the same after the worker is stopped and started again.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rawTime } from '../../raw-read';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import zh from '@/public/_locales/zh_CN/messages.json';
import { openDatabase } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import type { Conversation } from '@/lib/model';
import { refreshBadge } from '@/lib/tracker/badge';
import { BADGE_ALARM, startTracker } from '@/lib/tracker/start-tracker';
import { formatMessage, type LocaleMessages } from '../../locale-messages';
import { conversation as storedConversation } from '../../conversation-factory';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 22, 20, 0);

/** A stored conversation; awaiting ones carry their due times, others none (as the tracker stores them). */
function stored(id: string, platform: Conversation['platform'], team: number | null, hard: number | null, status: Conversation['status'] = 'awaiting'): Conversation {
  const awaiting = status === 'awaiting';
  const dueAt = awaiting ? Math.min(...[team, hard].filter((at): at is number => at !== null)) : null;
  return storedConversation(id, {
    platform,
    lastBuyerAt: T0 - 3 * HOUR,
    awaitingSince: awaiting ? T0 - 3 * HOUR : null,
    status,
    dueAt,
    platformDueAt: awaiting ? hard : null,
    teamDueAt: awaiting ? team : null,
    firstSeenAt: T0 - 3 * HOUR,
    updatedAt: T0,
  });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('refreshBadge', () => {
  it('shows the overdue count in red, with a tooltip of overdue and due soon per platform', async () => {
    const db = openDatabase('badge-1');
    await db.conversations.bulkPut([
      stored('a1', 'amazon', T0 - 5 * HOUR, T0 - HOUR), // past Amazon's deadline
      stored('a2', 'amazon', T0 - 10 * MINUTE, T0 + 20 * HOUR),
      stored('a3', 'amazon', T0 + 30 * MINUTE, T0 + 22 * HOUR),
      stored('e1', 'ebay', T0 - HOUR, null),
      stored('e2', 'ebay', T0 + 5 * HOUR, null), // later: in no count
      stored('e3', 'ebay', null, null, 'replied'),
    ]);
    await refreshBadge(db, T0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([197, 34, 31, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe(
      'Replyclock — Amazon: 2 overdue (1 past the platform deadline), 1 due soon · eBay: 1 overdue, 0 due soon',
    );
  });

  it('is amber while only team targets are missed, and says so in Chinese for a Chinese browser', async () => {
    fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
      formatMessage(zh as LocaleMessages, key, subs)) as typeof fakeBrowser.i18n.getMessage;
    const db = openDatabase('badge-2');
    await db.conversations.bulkPut([stored('e1', 'ebay', T0 - HOUR, null), stored('t1', 'etsy', T0 + HOUR, T0 + 10 * HOUR)]);
    await refreshBadge(db, T0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([179, 89, 0, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe('回复时钟 — eBay：1 条超时，0 条即将到期 · Etsy：0 条超时，1 条即将到期');
  });

  it('is empty, with a calm tooltip, when nothing is overdue or due soon', async () => {
    const db = openDatabase('badge-3');
    await db.conversations.bulkPut([stored('e2', 'ebay', T0 + 5 * HOUR, null), stored('e3', 'ebay', null, null, 'resolved')]);
    await fakeBrowser.action.setBadgeText({ text: '7' }); // whatever an earlier run left
    await refreshBadge(db, T0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Replyclock: nothing overdue or due within 2 hours');
  });

  it('reads one range of the dueAt index, never the whole table', async () => {
    const db = openDatabase('badge-4');
    await db.conversations.bulkPut([stored('a1', 'amazon', T0 - HOUR, T0 + HOUR)]);
    const where = vi.spyOn(db.conversations, 'where');
    const scans = [vi.spyOn(db.conversations, 'toArray'), vi.spyOn(db.conversations, 'filter'), vi.spyOn(db.conversations, 'toCollection'), vi.spyOn(db.conversations, 'each')];
    await refreshBadge(db, T0);
    expect(where.mock.calls).toEqual([['dueAt']]);
    for (const scan of scans) expect(scan).not.toHaveBeenCalled();
  });

  it('turns red on the one-minute alarm when a platform deadline passes, and is rebuilt from Dexie after a restart', async () => {
    let now = T0;
    startTracker({ db: openDatabase('badge-5'), now: () => now });
    // A question asked 23 h 40 min ago: the team's 12 hours are long gone, Amazon's 24 hours end in 20 minutes.
    await sendMessage('ingest', {
      url: 'https://sellercentral.amazon.com/messaging/inbox-v3',
      result: {
        snapshots: [
          {
            platform: 'amazon',
            marketplace: 'US',
            threadId: 'Q1',
            buyer: 'Lena Fischer',
            orderId: null,
            subject: 'Question',
            url: 'https://sellercentral.amazon.com/messaging/thread/Q1',
            lastMessageAt: rawTime({ at: T0 - 23 * HOUR - 40 * MINUTE, precision: 'exact' }),
            needsResponse: true,
          },
        ],
        health: { platform: 'amazon', marketplace: 'US', page: 'inbox', variant: 'v3-kat-table', rows: 1, problems: [] },
      },
    });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([179, 89, 0, 255]);
    now = T0 + 21 * MINUTE;
    await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: now, periodInMinutes: 1, persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([197, 34, 31, 255]));
    // A stopped worker: the browser's badge state and listeners are gone; the new worker starts from Dexie alone.
    fakeBrowser.reset();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    startTracker({ db: openDatabase('badge-5'), now: () => now });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1')); // the start's tick runs detached
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([197, 34, 31, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe('Replyclock — Amazon: 1 overdue (1 past the platform deadline), 0 due soon');
  });
});
