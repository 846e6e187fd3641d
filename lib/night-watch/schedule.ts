// Night watch's decisions, pure: when a watched inbox tab is next due for a reload (the interval with
// jitter, never under two minutes), and whether a due tab may be reloaded now given what its page reports
// (never over an unsent reply draft, never while the agent is typing in it). `now` and `random` are arguments.
import { NIGHT_WATCH_MIN_MINUTES, type NightWatchSettings } from '../settings/team-settings';
import type { TabActivity } from './tab-activity';

export const MINUTE_MS = 60_000;
/** The shortest time between two reloads of one tab, whatever the settings or the jitter say. */
export const MIN_RELOAD_GAP_MS = NIGHT_WATCH_MIN_MINUTES * MINUTE_MS;
/** A keystroke this recent, with the caret still in an editor of that page, means the agent is typing there. */
export const TYPING_QUIET_MS = 60_000;
/** Jitter: up to this share of the interval either way… */
export const JITTER_SHARE = 0.2;
/** …and at least this much either way, so short intervals are irregular too. */
export const MIN_JITTER_MS = MINUTE_MS;

/**
 * Why a watched tab was not reloaded when it was due. 'no-page': its content script did not answer (the
 * tab shows no seller page now, or is still loading); 'not-messaging': a seller page that is no inbox or
 * conversation (orders, reports), which a reload would not make us read anything from.
 */
export type HoldReason = 'no-page' | 'not-messaging' | 'draft' | 'typing';

/** One watched tab's schedule, as persisted (storage.session) between worker runs. */
export interface WatchEntry {
  nextReloadAt: number;
  lastReloadAt: number | null;
  /** Why the last due check did not reload, until a reload happens (shown in the popup). */
  heldBy: HoldReason | null;
}

/** How far a reload may stray from the interval, either way: 20% of it, at least one minute. */
export function jitterMs(intervalMinutes: number): number {
  return Math.max(intervalMinutes * MINUTE_MS * JITTER_SHARE, MIN_JITTER_MS);
}

/**
 * When to reload next: `intervalMinutes` from now, moved by up to ±jitterMs (`random` in [0, 1) picks where),
 * never sooner than MIN_RELOAD_GAP_MS. Jitter keeps several watched tabs (and a whole team's browsers) from
 * reloading the marketplace in lockstep, which reads as a robot to the site.
 */
export function nextReloadAt(now: number, intervalMinutes: number, random: () => number): number {
  const interval = Math.max(intervalMinutes, NIGHT_WATCH_MIN_MINUTES) * MINUTE_MS;
  const r = Math.min(Math.max(random(), 0), 1);
  const delay = interval + (2 * r - 1) * jitterMs(intervalMinutes);
  return now + Math.round(Math.max(delay, MIN_RELOAD_GAP_MS));
}

/** The latest a schedule made under `intervalMinutes` can be: a later one was made under a longer interval. */
export function latestReloadAt(now: number, intervalMinutes: number): number {
  return now + Math.max(intervalMinutes, NIGHT_WATCH_MIN_MINUTES) * MINUTE_MS + jitterMs(intervalMinutes);
}

/**
 * The entry under the current settings: a schedule further out than the interval allows (the agent shortened
 * it since) starts again from now, so "every 5 minutes" does not wait out an old hour.
 */
export function underCurrentInterval(entry: WatchEntry, settings: NightWatchSettings, now: number, random: () => number): WatchEntry {
  if (entry.nextReloadAt <= latestReloadAt(now, settings.intervalMinutes)) return entry;
  return { ...entry, nextReloadAt: nextReloadAt(now, settings.intervalMinutes, random) };
}

/** Whether the tab's time has come: night watch on, its reload time reached, and never two reloads under two minutes apart. */
export function isDue(entry: WatchEntry, settings: NightWatchSettings, now: number): boolean {
  if (!settings.enabled) return false;
  if (now < entry.nextReloadAt) return false;
  return entry.lastReloadAt === null || now - entry.lastReloadAt >= MIN_RELOAD_GAP_MS;
}

/**
 * What keeps a due tab from being reloaded now, or null when nothing does. `activity` is the page's own
 * answer, asked right before the reload; no answer (null) means no reload: only a page that can say it holds
 * no draft is ever reloaded. A draft holds first (it is what a reload would destroy); typing second.
 */
export function holdReason(activity: TabActivity | null, now: number): HoldReason | null {
  if (activity === null) return 'no-page';
  if (activity.page === 'none') return 'not-messaging';
  if (activity.hasDraft) return 'draft';
  if (isTyping(activity, now)) return 'typing';
  return null;
}

/**
 * Typing: the caret is in an editor of that page while its window has focus, and a key went in there within
 * TYPING_QUIET_MS. Once the agent works elsewhere (another tab or window), the page has no focus: not typing.
 */
export function isTyping(activity: TabActivity, now: number): boolean {
  if (!activity.editorFocused || activity.lastKeyAt === null) return false;
  return now - activity.lastKeyAt < TYPING_QUIET_MS;
}

/** The entry after a reload: the next one an interval (with jitter) away. */
export function afterReload(now: number, settings: NightWatchSettings, random: () => number): WatchEntry {
  return { nextReloadAt: nextReloadAt(now, settings.intervalMinutes, random), lastReloadAt: now, heldBy: null };
}

/** The entry after a due tab was held: still due, tried again on the next check, and the reason remembered. */
export function afterHold(entry: WatchEntry, reason: HoldReason): WatchEntry {
  return entry.heldBy === reason ? entry : { ...entry, heldBy: reason };
}
