// Data retention: closed conversations untouched for longer than the retention are deleted (and counted
// first for the agent's confirmation), open or recent ones and the analytics event log are kept, and the
// background runs the purge on its daily alarm with the team's setting.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '@/lib/db';
import type { Conversation, ConversationStatus } from '@/lib/model';
import { saveSetting } from '@/lib/settings/team-settings';
import { RETENTION_ALARM, countPurgeable, purgeResolved } from '@/lib/tracker/retention';
import { startTracker } from '@/lib/tracker/start-tracker';
import { conversation as storedConversation } from '../../conversation-factory';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0);

function conversation(threadId: string, status: ConversationStatus, daysAgo: number): Conversation {
  return storedConversation(`ebay:UK:${threadId}`, {
    platform: 'ebay',
    marketplace: 'UK',
    threadId,
    subject: 'Question',
    url: `https://www.ebay.co.uk/cnt/ViewMessage?id=${threadId}`,
    lastBuyerAt: NOW - daysAgo * DAY,
    awaitingSince: status === 'awaiting' ? NOW - daysAgo * DAY : null,
    status,
    firstSeenAt: NOW - (daysAgo + 1) * DAY,
    updatedAt: NOW - daysAgo * DAY,
  });
}

async function seed(name: string) {
  const db = openDatabase(name);
  await db.conversations.bulkPut([
    conversation('old-resolved', 'resolved', 200),
    conversation('old-no-response', 'no-response-needed', 181),
    conversation('recent-resolved', 'resolved', 179),
    conversation('old-awaiting', 'awaiting', 400),
    conversation('old-replied', 'replied', 300),
  ]);
  await db.events.bulkAdd([
    { conversationId: 'ebay:UK:old-resolved', platform: 'ebay', marketplace: 'UK', type: 'received', at: NOW - 201 * DAY, approx: false },
    { conversationId: 'ebay:UK:old-resolved', platform: 'ebay', marketplace: 'UK', type: 'resolved', at: NOW - 200 * DAY, approx: false },
  ]);
  return db;
}

describe('purgeResolved', () => {
  it('deletes resolved and no-response-needed conversations older than the retention, and nothing else', async () => {
    const db = await seed('retention-1');
    expect(await countPurgeable(db, NOW, 180)).toBe(2);
    expect(await purgeResolved(db, NOW, 180)).toBe(2);
    expect((await db.conversations.toCollection().primaryKeys()).sort()).toEqual([
      'ebay:UK:old-awaiting',
      'ebay:UK:old-replied',
      'ebay:UK:recent-resolved',
    ]);
    // Analytics reads the event log alone: it stays.
    expect(await db.events.count()).toBe(2);
    expect(await purgeResolved(db, NOW, 180)).toBe(0);
  });

  it('follows the number of days given', async () => {
    const db = await seed('retention-2');
    expect(await countPurgeable(db, NOW, 30)).toBe(3);
    expect(await countPurgeable(db, NOW, 190)).toBe(1);
    expect(await countPurgeable(db, NOW, 365)).toBe(0);
  });

  it('refuses a retention that is not a whole number of days and deletes nothing', async () => {
    const db = await seed('retention-3');
    await expect(purgeResolved(db, NOW, 0)).rejects.toThrow(/whole number of days/);
    await expect(purgeResolved(db, NOW, 1.5)).rejects.toThrow(/whole number of days/);
    expect(await db.conversations.count()).toBe(5);
  });
});

describe('the daily retention alarm', () => {
  it('is created once a day and purges with the retention the team set', async () => {
    const db = await seed('retention-4');
    await saveSetting(db, 'retention', { resolvedDays: 190 });
    startTracker({ db, now: () => NOW });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: RETENTION_ALARM, scheduledTime: NOW, periodInMinutes: 24 * 60, persistAcrossSessions: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.conversations.get('ebay:UK:old-resolved')).toBeUndefined();
    expect(await db.conversations.get('ebay:UK:old-no-response')).toBeDefined(); // 181 days: within 190
    expect(await db.conversations.count()).toBe(4);
  });
});
