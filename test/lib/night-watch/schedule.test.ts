// Night watch's rules with an injected clock and an injected random source: reloads come about every N
// minutes with bounded jitter and never under two minutes apart; a due tab with an unsent draft, or with the
// agent typing in it, is never reloaded; switched off in the settings, nothing is ever due.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterHold,
  afterReload,
  holdReason,
  isDue,
  MIN_RELOAD_GAP_MS,
  nextReloadAt,
  TYPING_QUIET_MS,
  underCurrentInterval,
  type WatchEntry,
} from '@/lib/night-watch/schedule';
import type { TabActivity } from '@/lib/night-watch/tab-activity';

const MINUTE = 60_000;
const NOW = Date.UTC(2026, 10, 23, 15, 0); // 23:00 in Shanghai: a night shift
const ON = { enabled: true, intervalMinutes: 5 };
const fixed = (value: number) => () => value;

const idle: TabActivity = { page: 'inbox', hasDraft: false, lastKeyAt: null, editorFocused: false };

describe('nextReloadAt', () => {
  it('is the interval from now, moved by at most a minute either way for five minutes', () => {
    expect(nextReloadAt(NOW, 5, fixed(0.5)) - NOW).toBe(5 * MINUTE);
    expect(nextReloadAt(NOW, 5, fixed(0)) - NOW).toBe(4 * MINUTE);
    expect(nextReloadAt(NOW, 5, fixed(0.999999)) - NOW).toBeCloseTo(6 * MINUTE, -2);
  });

  it('moves a long interval by up to 20% of it', () => {
    expect(nextReloadAt(NOW, 60, fixed(0)) - NOW).toBe(48 * MINUTE);
    expect(nextReloadAt(NOW, 60, fixed(1)) - NOW).toBe(72 * MINUTE);
  });

  it('never comes sooner than two minutes, whatever the interval, the random draw or a bad stored value', () => {
    expect(nextReloadAt(NOW, 2, fixed(0)) - NOW).toBe(2 * MINUTE);
    expect(nextReloadAt(NOW, 1, fixed(0)) - NOW).toBe(2 * MINUTE);
    expect(nextReloadAt(NOW, 0, fixed(-5)) - NOW).toBe(2 * MINUTE);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 }), fc.double({ min: 0, max: 1, noNaN: true }), (minutes, r) => {
        const delay = nextReloadAt(NOW, minutes, () => r) - NOW;
        const interval = Math.max(minutes, 2) * MINUTE;
        const jitter = Math.max(0.2 * minutes * MINUTE, MINUTE);
        expect(delay).toBeGreaterThanOrEqual(MIN_RELOAD_GAP_MS);
        expect(delay).toBeGreaterThanOrEqual(Math.min(interval - jitter, interval) - 1);
        expect(delay).toBeLessThanOrEqual(interval + jitter + 1);
      }),
    );
  });

  it('spreads tabs watched at the same moment over the jitter window', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const times = Array.from({ length: 20 }, () => nextReloadAt(NOW, 5, random));
    expect(new Set(times).size).toBeGreaterThan(15);
  });
});

describe('isDue', () => {
  const entry: WatchEntry = { nextReloadAt: NOW, lastReloadAt: null, heldBy: null };

  it('is due once the reload time has come, not a moment before', () => {
    expect(isDue(entry, ON, NOW - 1)).toBe(false);
    expect(isDue(entry, ON, NOW)).toBe(true);
    expect(isDue(entry, ON, NOW + 30 * MINUTE)).toBe(true);
  });

  it('is never due with night watch switched off', () => {
    expect(isDue(entry, { ...ON, enabled: false }, NOW + 60 * MINUTE)).toBe(false);
  });

  it('is never due within two minutes of the last reload, even with a reload time in the past', () => {
    const justReloaded: WatchEntry = { nextReloadAt: NOW - MINUTE, lastReloadAt: NOW - 90_000, heldBy: null };
    expect(isDue(justReloaded, ON, NOW)).toBe(false);
    expect(isDue(justReloaded, ON, NOW + 30_000)).toBe(true);
  });
});

describe('holdReason: right before a reload', () => {
  it('reloads an idle inbox or conversation page', () => {
    expect(holdReason(idle, NOW)).toBeNull();
    expect(holdReason({ ...idle, page: 'thread' }, NOW)).toBeNull();
  });

  it('never reloads over an unsent draft, however long ago the agent typed or where the focus is', () => {
    expect(holdReason({ ...idle, hasDraft: true }, NOW)).toBe('draft');
    expect(holdReason({ ...idle, hasDraft: true, lastKeyAt: NOW - 5 * 3600_000 }, NOW)).toBe('draft');
    expect(holdReason({ ...idle, hasDraft: true, lastKeyAt: NOW - 1000, editorFocused: true }, NOW)).toBe('draft');
  });

  it('never reloads while the agent is typing there: caret in an editor, a key within the last minute', () => {
    const typing = { ...idle, editorFocused: true };
    expect(holdReason({ ...typing, lastKeyAt: NOW - 1000 }, NOW)).toBe('typing');
    expect(holdReason({ ...typing, lastKeyAt: NOW - TYPING_QUIET_MS + 1 }, NOW)).toBe('typing');
    expect(holdReason({ ...typing, lastKeyAt: NOW - TYPING_QUIET_MS }, NOW)).toBeNull();
  });

  it('reloads once the agent works elsewhere, even seconds after typing here (the draft rule still guards text)', () => {
    expect(holdReason({ ...idle, lastKeyAt: NOW - 1000, editorFocused: false }, NOW)).toBeNull();
  });

  it('never reloads a tab whose page did not answer, or that shows no messaging page', () => {
    expect(holdReason(null, NOW)).toBe('no-page');
    expect(holdReason({ ...idle, page: 'none' }, NOW)).toBe('not-messaging');
  });
});

describe('the schedule across a night', () => {
  it('holds a due tab minute after minute while a draft is unsent, and reloads on the first tick after it is sent', () => {
    let entry: WatchEntry = { nextReloadAt: nextReloadAt(NOW, 5, fixed(0.5)), lastReloadAt: null, heldBy: null };
    const reloads: number[] = [];
    // The agent starts a reply at 23:04 and sends it at 23:17; the alarm ticks every minute.
    const draftAt = (t: number) => t >= NOW + 4 * MINUTE && t < NOW + 17 * MINUTE;
    for (let t = NOW; t <= NOW + 30 * MINUTE; t += MINUTE) {
      if (!isDue(entry, ON, t)) continue;
      const hold = holdReason({ ...idle, hasDraft: draftAt(t) }, t);
      if (hold) entry = afterHold(entry, hold);
      else {
        reloads.push((t - NOW) / MINUTE);
        entry = afterReload(t, ON, fixed(0.5));
      }
    }
    expect(reloads).toEqual([17, 22, 27]);
  });

  it('property: whatever the page says minute by minute, no reload lands on a draft or typing, and reloads are two minutes apart or more', () => {
    const minute = fc.record({
      hasDraft: fc.boolean(),
      keyAgoSeconds: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
      editorFocused: fc.boolean(),
      answers: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(minute, { minLength: 1, maxLength: 90 }),
        fc.integer({ min: 2, max: 30 }),
        fc.boolean(),
        fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
        (minutes, intervalMinutes, enabled, r) => {
          const settings = { enabled, intervalMinutes };
          let entry: WatchEntry = { nextReloadAt: nextReloadAt(NOW, intervalMinutes, () => r), lastReloadAt: null, heldBy: null };
          let last: number | null = null;
          minutes.forEach((state, i) => {
            const t = NOW + (i + 1) * MINUTE;
            if (!isDue(entry, settings, t)) return;
            const activity: TabActivity | null = state.answers
              ? { page: 'inbox', hasDraft: state.hasDraft, editorFocused: state.editorFocused, lastKeyAt: state.keyAgoSeconds === null ? null : t - state.keyAgoSeconds * 1000 }
              : null;
            const hold = holdReason(activity, t);
            if (hold) {
              entry = afterHold(entry, hold);
              return;
            }
            expect(enabled).toBe(true);
            expect(activity).not.toBeNull();
            expect(activity!.hasDraft).toBe(false);
            expect(activity!.editorFocused && activity!.lastKeyAt !== null && t - activity!.lastKeyAt < TYPING_QUIET_MS).toBe(false);
            if (last !== null) expect(t - last).toBeGreaterThanOrEqual(MIN_RELOAD_GAP_MS);
            last = t;
            entry = afterReload(t, settings, () => r);
          });
        },
      ),
    );
  });
});

describe('underCurrentInterval', () => {
  it('starts again from now when the interval was shortened since the tab was scheduled', () => {
    const underAnHour: WatchEntry = { nextReloadAt: NOW + 55 * MINUTE, lastReloadAt: null, heldBy: null };
    expect(underCurrentInterval(underAnHour, ON, NOW, fixed(0.5)).nextReloadAt).toBe(NOW + 5 * MINUTE);
    const fine: WatchEntry = { nextReloadAt: NOW + 5 * MINUTE, lastReloadAt: null, heldBy: null };
    expect(underCurrentInterval(fine, ON, NOW, fixed(0.5))).toBe(fine);
  });
});
