// The background's on-duty notifications end to end without a browser: ingests and the one-minute alarm
// announce due-soon crossings and escalation alerts once, a restarted worker does not repeat them, the
// team's notification mode holds them, and a click opens the conversation (or the dashboard's inbox).
import { describe, expect, it, vi } from 'vitest';
import { rawSnapshot } from '../../raw-read';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '@/lib/db';
import { sendMessage } from '@/lib/messaging';
import type { ConversationSnapshot } from '@/lib/model';
import { saveSetting, DEFAULT_SETTINGS } from '@/lib/settings/team-settings';
import { ALERT_STATE_KEY, DUE_SOON_STATE_KEY } from '@/lib/tracker/on-duty-notifications';
import { BADGE_ALARM, startTracker } from '@/lib/tracker/start-tracker';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
// 20:00 UTC is 04:00 in Shanghai, the team's zone: inside the default quiet hours (23:00–07:00).
const T0 = Date.UTC(2026, 10, 22, 20, 0);
const INBOX = 'https://sellercentral.amazon.com/messaging/inbox-v3';

type Shown = Record<string, { title: string; message: string }>;
const shown = () => (fakeBrowser.notifications as unknown as { getAllCreateOptions(): Shown }).getAllCreateOptions();
// An alarm's work runs detached from the event (the listener cannot return it): give it time to finish, and
// poll where something is expected to appear.
const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

function row(threadId: string, minutesAgo: number, subject = 'Question about the item'): ConversationSnapshot {
  return {
    platform: 'amazon',
    marketplace: 'US',
    threadId,
    buyer: `Buyer ${threadId}`,
    orderId: null,
    subject,
    url: `https://sellercentral.amazon.com/messaging/thread/${threadId}`,
    lastMessageAt: { at: T0 - minutesAgo * MINUTE, precision: 'exact' },
    needsResponse: true,
  };
}

function ingest(rows: ConversationSnapshot[]) {
  return sendMessage('ingest', {
    url: INBOX,
    result: { snapshots: rows.map(rawSnapshot), health: { platform: 'amazon', marketplace: 'US', page: 'inbox', variant: 'v3-kat-table', rows: rows.length, problems: [] } },
  });
}

async function alarm(now: number) {
  await fakeBrowser.alarms.onAlarm.trigger({ name: BADGE_ALARM, scheduledTime: now, periodInMinutes: 1, persistAcrossSessions: true });
  await settle();
}

describe('due-soon notifications in the background', () => {
  it('announces the team target 30 min ahead and Amazon’s deadline 2 h ahead, once, through a worker restart', async () => {
    let now = T0;
    startTracker({ db: openDatabase('od-1'), now: () => now });
    // "other" questions have a 12-hour team target; Amazon's deadline is 24 hours.
    await ingest([row('tomas', 11 * 60 + 20), row('lena', 21 * 60 + 30)]);
    expect(Object.keys(shown())).toEqual([]); // Tomás is due in 40 min, Lena's deadline is 2 h 30 min away
    now = T0 + 10 * MINUTE;
    await alarm(now);
    await vi.waitFor(() => expect(shown()['replyclock:due-team:amazon:US:tomas']?.title).toBe('Team target in 30 min: Buyer tomas (Amazon US)'));
    expect(Object.keys(shown())).toEqual(['replyclock:due-team:amazon:US:tomas']);
    now = T0 + 31 * MINUTE;
    await alarm(now);
    await vi.waitFor(() =>
      expect(shown()['replyclock:due-platform:amazon:US:lena']).toEqual(
        expect.objectContaining({ title: 'Platform deadline in 119 min: Buyer lena (Amazon US)', message: 'Question about the item' }),
      ),
    );

    // The agent dismisses both; the worker is stopped and started again; nothing is repeated.
    await fakeBrowser.notifications.clear('replyclock:due-team:amazon:US:tomas');
    await fakeBrowser.notifications.clear('replyclock:due-platform:amazon:US:lena');
    fakeBrowser.reset();
    now = T0 + 32 * MINUTE;
    startTracker({ db: openDatabase('od-1'), now: () => now });
    await settle();
    await alarm(now + MINUTE);
    expect(Object.keys(shown())).toEqual([]);
  });

  it('sums up a burst of crossings in one notification, whose click opens the dashboard inbox', async () => {
    const now = T0;
    startTracker({ db: openDatabase('od-2'), now: () => now });
    await ingest(['a', 'b', 'c', 'd', 'e'].map((id, i) => row(id, 11 * 60 + 40 + i)));
    expect(Object.keys(shown())).toEqual(['replyclock:due-soon']);
    expect(shown()['replyclock:due-soon']).toEqual(
      expect.objectContaining({ title: '5 replies due soon', message: 'Buyer e, Buyer d, Buyer c, Buyer b, Buyer a' }),
    );
    let optionsOpened = 0;
    fakeBrowser.runtime.openOptionsPage = (async () => {
      optionsOpened += 1;
    }) as typeof fakeBrowser.runtime.openOptionsPage;
    await fakeBrowser.notifications.onClicked.trigger('replyclock:due-soon');
    await settle();
    expect(optionsOpened).toBe(1);
    expect(shown()).toEqual({});
  });

  it('focuses the conversation on a click on its due-soon notification', async () => {
    startTracker({ db: openDatabase('od-3'), now: () => T0 });
    await ingest([row('tomas', 11 * 60 + 45)]);
    const opened: string[] = [];
    fakeBrowser.tabs.create = (async (props: { url?: string }) => {
      opened.push(props.url ?? '');
      return {} as never;
    }) as typeof fakeBrowser.tabs.create;
    await fakeBrowser.notifications.onClicked.trigger('replyclock:due-team:amazon:US:tomas');
    await settle();
    expect(opened).toEqual(['https://sellercentral.amazon.com/messaging/thread/tomas']);
  });

  it('in quiet hours holds due-soon notifications until they end, but still shows an urgent message', async () => {
    let now = T0; // 04:00 in Shanghai
    const db = openDatabase('od-4');
    await saveSetting(db, 'notifications', { ...DEFAULT_SETTINGS.notifications, mode: 'quiet-hours', quietStart: '23:00', quietEnd: '04:30' });
    startTracker({ db, now: () => now });
    // Tomás's 12-hour target passes at T0 + 50 min: 30 minutes ahead falls inside the quiet hours.
    await ingest([row('tomas', 11 * 60 + 10), { ...row('urgent', 5), subject: 'URGENT: wrong address, please cancel before it ships!!!' }]);
    expect(Object.keys(shown())).toEqual(['replyclock:urgent:amazon:US:urgent']);
    now = T0 + 25 * MINUTE; // 04:25: still quiet
    await alarm(now);
    expect(Object.keys(shown())).toEqual(['replyclock:urgent:amazon:US:urgent']);
    expect((await db.settings.get(DUE_SOON_STATE_KEY))?.value ?? []).toEqual([]);
    now = T0 + 30 * MINUTE; // 04:30: quiet hours are over, and the target is still 20 minutes away
    await alarm(now);
    await vi.waitFor(() => expect(shown()['replyclock:due-team:amazon:US:tomas']?.title).toBe('Team target in 20 min: Buyer tomas (Amazon US)'));
  });
});

describe('escalation alerts in the background', () => {
  it('raises level 1 once when ten conversations have waited over 2 hours, clears it, and raises it again', async () => {
    let now = T0;
    const db = openDatabase('od-5');
    startTracker({ db, now: () => now });
    // Nine waiting for 3 hours, one for 1 h 55 min: not yet.
    const rows = [...Array.from({ length: 9 }, (_, i) => row(`w${i}`, 180)), row('w9', 115)];
    await ingest(rows);
    expect(Object.keys(shown()).filter((id) => id.startsWith('replyclock:alert:'))).toEqual([]);
    now = T0 + 5 * MINUTE;
    await alarm(now);
    await vi.waitFor(() =>
      expect(shown()['replyclock:alert:1']).toEqual(expect.objectContaining({ title: 'Level 1 alert: 10 conversations unanswered for over 2 h' })),
    );
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const alertsCreated = () => create.mock.calls.filter((call) => (call as unknown[])[0] === 'replyclock:alert:1').length;
    for (const minutes of [6, 7, 8]) await alarm((now = T0 + minutes * MINUTE));
    expect(alertsCreated()).toBe(0); // not again every minute
    expect((await db.settings.get(ALERT_STATE_KEY))?.value).toEqual({ level1: T0 + 5 * MINUTE, level2: null });

    // One is answered: below the threshold, the alert clears and its notification is taken down.
    await sendMessage('markConversation', { id: 'amazon:US:w0', status: 'replied' });
    await alarm((now = T0 + 9 * MINUTE));
    await vi.waitFor(async () => expect((await db.settings.get(ALERT_STATE_KEY))?.value).toEqual({ level1: null, level2: null }));
    expect(shown()['replyclock:alert:1']).toBeUndefined();
    // A new buyer writes; two hours later there are ten again, and the alert is raised again, once.
    await ingest([row('late', -9)]); // wrote at T0 + 9 min, just now
    await alarm((now = T0 + 2 * HOUR + 8 * MINUTE));
    expect(alertsCreated()).toBe(0);
    await alarm((now = T0 + 2 * HOUR + 9 * MINUTE));
    await vi.waitFor(() => expect(shown()['replyclock:alert:1']?.title).toBe('Level 1 alert: 10 conversations unanswered for over 2 h'));
    await alarm((now = T0 + 2 * HOUR + 10 * MINUTE));
    expect(alertsCreated()).toBe(1);
  });

  it('raises level 2 for order, return and dispute conversations unresolved for over 4 hours', async () => {
    const now = T0;
    startTracker({ db: openDatabase('od-6'), now: () => now });
    const subjects = ['Cancel my order please', 'I want a refund', 'Please cancel the order', 'Refund request', 'Cancel order'];
    await ingest(subjects.map((subject, i) => row(`r${i}`, 5 * 60, subject)));
    expect(shown()['replyclock:alert:2']).toEqual(
      expect.objectContaining({
        title: 'Level 2 alert: 5 high-stakes conversations unresolved for over 4 h',
        message: 'Order change, Return, and Dispute: open the inbox and settle them first.',
      }),
    );
  });
});
