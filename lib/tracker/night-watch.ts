// Night watch, background side: keeps the inbox tabs the agent chose fresh by reloading each every N minutes
// (with jitter), so new buyer messages are read, clocked and announced while the agent works elsewhere.
// Right before a reload it asks the tab's own page; a draft, typing or no answer means "not now, try next tick".
// Which tabs are watched and when each is next due live in storage.session (MV3 stops the worker at will);
// a one-minute alarm, present only while some tab is watched, does the checking.
import { browser } from 'wxt/browser';
import type { ReplyclockDb } from '../db';
import {
  afterHold,
  afterReload,
  holdReason,
  isDue,
  nextReloadAt,
  underCurrentInterval,
  type WatchEntry,
} from '../night-watch/schedule';
import { canWatch, type NightWatchOutcome, type NightWatchStatus } from '../night-watch/status';
import { ACTIVITY_REQUEST, parseTabActivity, type TabActivity } from '../night-watch/tab-activity';
import { loadSetting } from '../settings/team-settings';

export const NIGHT_WATCH_ALARM = 'replyclock:night-watch';
export const WATCHED_TABS_KEY = 'replyclock:nightWatchTabs';
/** A page that has not answered by then is busy or gone: no answer, no reload. */
export const ASK_TIMEOUT_MS = 5_000;

/** tab id → its schedule. */
type WatchedTabs = Record<string, WatchEntry>;

export interface NightWatchDeps {
  now: () => number;
  /** In [0, 1): where in the jitter window the next reload falls. */
  random: () => number;
  /** The tab's page's answer (lib/overlay/draft-watch.ts), or null when none came. */
  askTab: (tabId: number) => Promise<TabActivity | null>;
  reload: (tabId: number) => Promise<void>;
  tabExists: (tabId: number) => Promise<boolean>;
  /** Keeps the browser from discarding a watched tab to save memory (a discarded page cannot answer, so is never reloaded). */
  keepLoaded: (tabId: number, keep: boolean) => Promise<void>;
}

export function browserNightWatchDeps(now: () => number = Date.now): NightWatchDeps {
  return {
    now,
    random: Math.random,
    askTab: askTabActivity,
    // No "tabs" permission needed: reloading and messaging a tab by id are open to every extension.
    reload: (tabId) => browser.tabs.reload(tabId),
    tabExists: (tabId) => browser.tabs.get(tabId).then(
      () => true,
      () => false,
    ),
    // autoDiscardable needs no permission either; a browser without it (older Firefox) just discards as before.
    keepLoaded: (tabId, keep) => browser.tabs.update(tabId, { autoDiscardable: !keep }).then(
      () => undefined,
      () => undefined,
    ),
  };
}

/** Asks the content script in the tab's top frame; anything but a well-formed answer within the timeout is null. */
export async function askTabActivity(tabId: number): Promise<TabActivity | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ASK_TIMEOUT_MS);
  });
  try {
    const answer = browser.tabs.sendMessage(tabId, ACTIVITY_REQUEST, { frameId: 0 }).then(parseTabActivity, () => null);
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// storage.session exists in Chromium 102+ and Firefox 115+; local storage is the fallback (and the fake browser's).
function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}

async function readWatched(): Promise<WatchedTabs> {
  const stored = (await sessionArea().get(WATCHED_TABS_KEY))[WATCHED_TABS_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as WatchedTabs) : {};
}

async function writeWatched(tabs: WatchedTabs): Promise<void> {
  await sessionArea().set({ [WATCHED_TABS_KEY]: tabs });
  // The alarm runs only while there is something to watch: no wake-ups for agents who never use it.
  if (Object.keys(tabs).length === 0) await browser.alarms.clear(NIGHT_WATCH_ALARM);
  else await ensureAlarm();
}

async function ensureAlarm(): Promise<void> {
  // Re-creating an existing alarm would restart its period: create it only when missing.
  if (!(await browser.alarms.get(NIGHT_WATCH_ALARM))) await browser.alarms.create(NIGHT_WATCH_ALARM, { periodInMinutes: 1 });
}

// The alarm, the popup's toggle and closing tabs all read and write the same map: one at a time, so none
// overwrites another's change. (A lock, not state: a stopped worker loses nothing by losing it.)
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

function validTabId(tabId: unknown, type: string): number {
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) throw new Error(`${type}: no tab id`);
  return tabId;
}

/** The popup's question about the active tab: night watch's settings, what the tab shows, and its schedule. */
export async function nightWatchStatus(db: ReplyclockDb, tabId: number, deps: NightWatchDeps): Promise<NightWatchStatus> {
  validTabId(tabId, 'nightWatchStatus');
  const [settings, watched, activity] = await Promise.all([loadSetting(db, 'nightWatch'), readWatched(), deps.askTab(tabId)]);
  const entry = watched[String(tabId)];
  return {
    enabled: settings.enabled,
    intervalMinutes: settings.intervalMinutes,
    page: activity?.page ?? null,
    watched: entry !== undefined,
    nextReloadAt: entry?.nextReloadAt ?? null,
    lastReloadAt: entry?.lastReloadAt ?? null,
    heldBy: entry?.heldBy ?? null,
  };
}

/**
 * The agent watches the tab (its first reload an interval from now) or stops watching it. Only a tab
 * showing a seller inbox or conversation can be watched; stopping always works.
 */
export async function setNightWatchTab(db: ReplyclockDb, tabId: number, watched: boolean, deps: NightWatchDeps): Promise<NightWatchStatus> {
  validTabId(tabId, 'setNightWatchTab');
  if (typeof watched !== 'boolean') throw new Error('setNightWatchTab: watched must be true or false');
  if (watched && !canWatch((await deps.askTab(tabId))?.page ?? null)) {
    throw new Error('setNightWatchTab: the tab shows no seller inbox or conversation');
  }
  await oneAtATime(async () => {
    const tabs = await readWatched();
    const key = String(tabId);
    if (watched && !tabs[key]) {
      const settings = await loadSetting(db, 'nightWatch');
      tabs[key] = { nextReloadAt: nextReloadAt(deps.now(), settings.intervalMinutes, deps.random), lastReloadAt: null, heldBy: null };
    } else if (!watched) {
      delete tabs[key];
    }
    await writeWatched(tabs);
  });
  await deps.keepLoaded(tabId, watched);
  return nightWatchStatus(db, tabId, deps);
}

/** A closed tab is no longer watched. */
export function forgetWatchedTab(tabId: number): Promise<void> {
  return oneAtATime(async () => {
    const tabs = await readWatched();
    if (!(String(tabId) in tabs)) return;
    delete tabs[String(tabId)];
    await writeWatched(tabs);
  });
}

/**
 * One check of every watched tab: a due tab whose page answers "no draft, not typing" is reloaded and
 * scheduled an interval (with jitter) on; a due tab that is busy stays due for the next check; a closed one
 * is forgotten. Night watch switched off in the settings reloads nothing and keeps the tabs for when it is
 * back on.
 */
export function checkNightWatch(db: ReplyclockDb, deps: NightWatchDeps): Promise<Record<string, NightWatchOutcome>> {
  return oneAtATime(async () => {
    const tabs = await readWatched();
    const outcomes: Record<string, NightWatchOutcome> = {};
    if (Object.keys(tabs).length === 0) {
      await browser.alarms.clear(NIGHT_WATCH_ALARM);
      return outcomes;
    }
    const settings = await loadSetting(db, 'nightWatch');
    for (const [key, stored] of Object.entries(tabs)) {
      const tabId = Number(key);
      if (!(await deps.tabExists(tabId))) {
        // Closed while the worker was stopped (its onRemoved never reached us).
        delete tabs[key];
        outcomes[key] = 'closed';
        continue;
      }
      const entry = underCurrentInterval(stored, settings, deps.now(), deps.random);
      tabs[key] = entry;
      if (!isDue(entry, settings, deps.now())) {
        outcomes[key] = 'not-due';
        continue;
      }
      const hold = holdReason(await deps.askTab(tabId), deps.now());
      if (hold !== null) {
        tabs[key] = afterHold(entry, hold);
        outcomes[key] = hold;
        continue;
      }
      try {
        await deps.reload(tabId);
        tabs[key] = afterReload(deps.now(), settings, deps.random);
        outcomes[key] = 'reloaded';
      } catch {
        delete tabs[key]; // the tab went between the question and the reload
        outcomes[key] = 'closed';
      }
    }
    await writeWatched(tabs);
    return outcomes;
  });
}

/**
 * Registers night watch's listeners (call in the worker's first turn: the alarm that woke the worker is
 * delivered only to listeners registered then) and makes sure the alarm runs while tabs are watched.
 */
export function startNightWatch(db: ReplyclockDb, deps: NightWatchDeps = browserNightWatchDeps()): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NIGHT_WATCH_ALARM) void checkNightWatch(db, deps).catch(reportError);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetWatchedTab(tabId).catch(reportError));
  void oneAtATime(async () => {
    if (Object.keys(await readWatched()).length > 0) await ensureAlarm();
  }).catch(reportError);
}

function reportError(error: unknown): void {
  console.error('[Replyclock] night watch:', error);
}
