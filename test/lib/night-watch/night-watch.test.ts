// Night watch in the background (lib/tracker/night-watch.ts) with an injected clock, random source and tab:
// the popup's toggle watches a seller tab (only one), each one-minute check reloads a due tab only when its
// page says no draft and no typing, a held tab is reloaded on the first check after the draft is gone, the
// settings switch stops it all, and closed tabs and a stopped worker lose nothing.
import { beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase, type ReplyclockDb } from '@/lib/db';
import { MIN_RELOAD_GAP_MS } from '@/lib/night-watch/schedule';
import type { TabActivity } from '@/lib/night-watch/tab-activity';
import { saveSetting } from '@/lib/settings/team-settings';
import {
  askTabActivity,
  checkNightWatch,
  NIGHT_WATCH_ALARM,
  nightWatchStatus,
  setNightWatchTab,
  startNightWatch,
  type NightWatchDeps,
} from '@/lib/tracker/night-watch';

const MINUTE = 60_000;
const START = Date.UTC(2026, 10, 23, 15, 0);
const TAB = 41;

interface World {
  db: ReplyclockDb;
  deps: NightWatchDeps;
  clock: { now: number };
  pages: Map<number, TabActivity | null>;
  reloads: { tabId: number; at: number }[];
  open: Set<number>;
  /** Tabs kept from being discarded. */
  kept: Set<number>;
}

let dbCount = 0;
async function world(settings = { enabled: true, intervalMinutes: 5 }): Promise<World> {
  const db = openDatabase(`night-watch-${++dbCount}`);
  await saveSetting(db, 'nightWatch', settings);
  const clock = { now: START };
  const pages = new Map<number, TabActivity | null>([[TAB, page()]]);
  const reloads: { tabId: number; at: number }[] = [];
  const open = new Set([TAB]);
  const kept = new Set<number>();
  const deps: NightWatchDeps = {
    now: () => clock.now,
    random: () => 0.5, // no jitter: the interval exactly
    askTab: async (tabId) => pages.get(tabId) ?? null,
    reload: async (tabId) => {
      reloads.push({ tabId, at: clock.now });
    },
    tabExists: async (tabId) => open.has(tabId),
    keepLoaded: async (tabId, keep) => {
      if (keep) kept.add(tabId);
      else kept.delete(tabId);
    },
  };
  return { db, deps, clock, pages, reloads, open, kept };
}

function page(extra: Partial<TabActivity> = {}): TabActivity {
  return { page: 'inbox', hasDraft: false, lastKeyAt: null, editorFocused: false, ...extra };
}

/** The alarm's one-minute ticks from now until `minutes` later; returns each tick's outcome for the tab. */
async function tickFor(w: World, minutes: number): Promise<string[]> {
  const outcomes: string[] = [];
  for (let i = 0; i < minutes; i++) {
    w.clock.now += MINUTE;
    outcomes.push((await checkNightWatch(w.db, w.deps))[String(TAB)] ?? 'unwatched');
  }
  return outcomes;
}

beforeEach(() => {
  vi.restoreAllMocks();
});

describe('watching a tab', () => {
  it('watches a seller inbox tab: first reload an interval away, and the one-minute alarm starts', async () => {
    const w = await world();
    expect(await fakeBrowser.alarms.get(NIGHT_WATCH_ALARM)).toBeUndefined();
    const status = await setNightWatchTab(w.db, TAB, true, w.deps);
    expect(status).toEqual({
      enabled: true,
      intervalMinutes: 5,
      page: 'inbox',
      watched: true,
      nextReloadAt: START + 5 * MINUTE,
      lastReloadAt: null,
      heldBy: null,
    });
    expect((await fakeBrowser.alarms.get(NIGHT_WATCH_ALARM))?.periodInMinutes).toBe(1);
    // Not discarded to save memory overnight: a discarded page could not answer, and would never be reloaded.
    expect(w.kept).toEqual(new Set([TAB]));
  });

  it('refuses a tab without a seller page (no answer) or on a seller page that is no messaging page', async () => {
    const w = await world();
    w.pages.set(TAB, null);
    await expect(setNightWatchTab(w.db, TAB, true, w.deps)).rejects.toThrow(/no seller inbox/);
    w.pages.set(TAB, page({ page: 'none' }));
    await expect(setNightWatchTab(w.db, TAB, true, w.deps)).rejects.toThrow(/no seller inbox/);
    expect((await nightWatchStatus(w.db, TAB, w.deps)).watched).toBe(false);
    await expect(setNightWatchTab(w.db, -1, true, w.deps)).rejects.toThrow(/no tab id/);
  });

  it('stops watching, whatever the tab shows now, and the alarm stops with the last watched tab', async () => {
    const w = await world();
    await setNightWatchTab(w.db, TAB, true, w.deps);
    w.pages.set(TAB, null);
    expect((await setNightWatchTab(w.db, TAB, false, w.deps)).watched).toBe(false);
    expect(w.kept).toEqual(new Set());
    expect(await fakeBrowser.alarms.get(NIGHT_WATCH_ALARM)).toBeUndefined();
    expect(await tickFor(w, 10)).toEqual(Array(10).fill('unwatched'));
    expect(w.reloads).toEqual([]);
  });
});

describe('each one-minute check', () => {
  it('reloads an idle watched tab every five minutes, and not between', async () => {
    const w = await world();
    await setNightWatchTab(w.db, TAB, true, w.deps);
    const outcomes = await tickFor(w, 15);
    expect(outcomes.map((o, i) => (o === 'reloaded' ? i + 1 : null)).filter((m) => m !== null)).toEqual([5, 10, 15]);
    expect(w.reloads.map((r) => (r.at - START) / MINUTE)).toEqual([5, 10, 15]);
  });

  it('never reloads over an unsent draft: held each minute, reloaded on the first check after it is sent', async () => {
    const w = await world();
    await setNightWatchTab(w.db, TAB, true, w.deps);
    w.pages.set(TAB, page({ hasDraft: true }));
    expect(await tickFor(w, 12)).toEqual([...Array(4).fill('not-due'), ...Array(8).fill('draft')]);
    expect(w.reloads).toEqual([]);
    // The popup says why the due reload waits.
    expect((await nightWatchStatus(w.db, TAB, w.deps)).heldBy).toBe('draft');

    w.pages.set(TAB, page()); // sent: the page cleared the box
    expect(await tickFor(w, 1)).toEqual(['reloaded']);
    expect(w.reloads).toEqual([{ tabId: TAB, at: START + 13 * MINUTE }]);
    const after = await nightWatchStatus(w.db, TAB, w.deps);
    expect(after).toMatchObject({ heldBy: null, lastReloadAt: START + 13 * MINUTE, nextReloadAt: START + 18 * MINUTE });
  });

  it('holds while the agent is typing in the tab, and reloads once they stop or work elsewhere', async () => {
    const w = await world();
    await setNightWatchTab(w.db, TAB, true, w.deps);
    w.clock.now += 4 * MINUTE;
    // A key 10 s before each check, caret in the search box: typing (and no draft: search boxes are not drafts).
    w.deps.askTab = async () => page({ editorFocused: true, lastKeyAt: w.clock.now - 10_000 });
    expect(await tickFor(w, 3)).toEqual(['typing', 'typing', 'typing']);
    // Switched to another tab: the page has no focus any more.
    w.deps.askTab = async () => page({ editorFocused: false, lastKeyAt: w.clock.now - 10_000 });
    expect(await tickFor(w, 1)).toEqual(['reloaded']);
    expect(w.reloads).toHaveLength(1);
  });

  it('never reloads a tab whose page does not answer or moved off the messages', async () => {
    const w = await world();
    await setNightWatchTab(w.db, TAB, true, w.deps);
    w.pages.set(TAB, null);
    expect((await tickFor(w, 6)).slice(4)).toEqual(['no-page', 'no-page']);
    w.pages.set(TAB, page({ page: 'none' }));
    expect(await tickFor(w, 1)).toEqual(['not-messaging']);
    w.pages.set(TAB, page({ page: 'thread' }));
    expect(await tickFor(w, 1)).toEqual(['reloaded']);
  });

  it('reloads nothing while night watch is off in the settings, and picks up again when it is back on', async () => {
    const w = await world();
    await setNightWatchTab(w.db, TAB, true, w.deps);
    await saveSetting(w.db, 'nightWatch', { enabled: false, intervalMinutes: 5 });
    expect(await tickFor(w, 20)).toEqual(Array(20).fill('not-due'));
    expect(w.reloads).toEqual([]);
    expect((await nightWatchStatus(w.db, TAB, w.deps)).watched).toBe(true);
    await saveSetting(w.db, 'nightWatch', { enabled: true, intervalMinutes: 5 });
    expect(await tickFor(w, 1)).toEqual(['reloaded']);
  });

  it('follows a shortened interval at once instead of waiting out the old one', async () => {
    const w = await world({ enabled: true, intervalMinutes: 60 });
    await setNightWatchTab(w.db, TAB, true, w.deps);
    await saveSetting(w.db, 'nightWatch', { enabled: true, intervalMinutes: 2 });
    const outcomes = await tickFor(w, 4);
    expect(outcomes).toEqual(['not-due', 'not-due', 'reloaded', 'not-due']);
  });

  it('keeps two reloads at least two minutes apart however short the interval and jitter', async () => {
    const w = await world({ enabled: true, intervalMinutes: 2 });
    w.deps.random = () => 0; // the earliest jitter allows
    await setNightWatchTab(w.db, TAB, true, w.deps);
    await tickFor(w, 30);
    const gaps = w.reloads.slice(1).map((r, i) => r.at - w.reloads[i]!.at);
    expect(w.reloads.length).toBe(15);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(MIN_RELOAD_GAP_MS);
  });

  it('forgets a tab that was closed while the worker slept; the alarm stops with it', async () => {
    const w = await world();
    await setNightWatchTab(w.db, TAB, true, w.deps);
    w.open.delete(TAB);
    expect(await tickFor(w, 1)).toEqual(['closed']);
    expect(await tickFor(w, 1)).toEqual(['unwatched']);
    expect(await fakeBrowser.alarms.get(NIGHT_WATCH_ALARM)).toBeUndefined();
  });
});

describe('in the worker', () => {
  it('checks on its alarm, forgets closed tabs, and a new worker carries on from the stored schedule', async () => {
    const w = await world();
    startNightWatch(w.db, w.deps);
    await setNightWatchTab(w.db, TAB, true, w.deps);
    w.clock.now += 5 * MINUTE;
    await fakeBrowser.alarms.onAlarm.trigger({ name: NIGHT_WATCH_ALARM, scheduledTime: w.clock.now, periodInMinutes: 1, persistAcrossSessions: true });
    await vi.waitFor(() => expect(w.reloads).toHaveLength(1));

    // The worker is stopped and started again: nothing in memory, the schedule is read back from storage.
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    const second = { ...w.deps };
    startNightWatch(w.db, second);
    w.clock.now += 5 * MINUTE;
    await fakeBrowser.alarms.onAlarm.trigger({ name: NIGHT_WATCH_ALARM, scheduledTime: w.clock.now, periodInMinutes: 1, persistAcrossSessions: true });
    await vi.waitFor(() => expect(w.reloads).toHaveLength(2));

    await fakeBrowser.tabs.onRemoved.trigger(TAB, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect((await nightWatchStatus(w.db, TAB, w.deps)).watched).toBe(false));
  });
});

describe('askTabActivity', () => {
  it('takes only a well-formed answer from the tab; anything else, or none, is no answer', async () => {
    // Typed loosely: the real signature's answer type is the page's business, not the browser's.
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage') as unknown as MockInstance<(...args: unknown[]) => Promise<unknown>>;
    send.mockResolvedValueOnce({ page: 'inbox', hasDraft: false, lastKeyAt: null, editorFocused: false });
    expect(await askTabActivity(TAB)).toEqual({ page: 'inbox', hasDraft: false, lastKeyAt: null, editorFocused: false });
    send.mockResolvedValueOnce({ page: 'inbox', hasDraft: 'no', lastKeyAt: null, editorFocused: false });
    expect(await askTabActivity(TAB)).toBeNull();
    send.mockResolvedValueOnce(undefined);
    expect(await askTabActivity(TAB)).toBeNull();
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await askTabActivity(TAB)).toBeNull();
    expect(send).toHaveBeenCalledWith(TAB, { replyclockNightWatch: 1 }, { frameId: 0 });
  });
});
