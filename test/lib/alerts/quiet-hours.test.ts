// When notifications may be shown, with an injected clock: quiet hours read on the team's clocks (a window
// across midnight, a DST change), on-duty-only by the shift schedule and team days off, urgent never held.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { holdsRoutine, inDailyWindow, mayNotify, type NotifyContext } from '@/lib/alerts/quiet-hours';
import { DEFAULT_SETTINGS } from '@/lib/settings/team-settings';
import { DEFAULT_SHIFTS, type Shift } from '@/lib/shifts/schedule';

const SHANGHAI = 'Asia/Shanghai';
/** A wall time in Shanghai on the given date, as epoch milliseconds. */
const at = (iso: string, zone = SHANGHAI) => DateTime.fromISO(iso, { zone }).toMillis();

function context(overrides: Partial<NotifyContext['notifications']> = {}, rest: Partial<NotifyContext> = {}): NotifyContext {
  return { notifications: { ...DEFAULT_SETTINGS.notifications, ...overrides }, teamZone: SHANGHAI, shifts: DEFAULT_SHIFTS, ...rest };
}

describe('inDailyWindow', () => {
  it('holds a window that crosses midnight on both sides of it, start included, end excluded', () => {
    const inside = ['2026-03-10T23:00', '2026-03-10T23:59', '2026-03-11T00:00', '2026-03-11T03:30', '2026-03-11T06:59'];
    const outside = ['2026-03-10T22:59', '2026-03-11T07:00', '2026-03-11T12:00'];
    for (const time of inside) expect(inDailyWindow('23:00', '07:00', SHANGHAI, at(time)), time).toBe(true);
    for (const time of outside) expect(inDailyWindow('23:00', '07:00', SHANGHAI, at(time)), time).toBe(false);
  });

  it('holds a same-day window, and treats start == end as no window at all', () => {
    expect(inDailyWindow('12:00', '13:30', SHANGHAI, at('2026-03-10T13:00'))).toBe(true);
    expect(inDailyWindow('12:00', '13:30', SHANGHAI, at('2026-03-10T13:30'))).toBe(false);
    expect(inDailyWindow('08:00', '08:00', SHANGHAI, at('2026-03-10T08:00'))).toBe(false);
  });

  it('reads the window on the team’s own clocks, also across a DST change', () => {
    // 22:30 in New York on the night the clocks go forward (8 March 2026): quiet from 22:00 there.
    const nyEvening = at('2026-03-08T22:30', 'America/New_York');
    expect(inDailyWindow('22:00', '06:00', 'America/New_York', nyEvening)).toBe(true);
    expect(inDailyWindow('22:00', '06:00', SHANGHAI, nyEvening)).toBe(false); // 10:30 the next morning in Shanghai
    // 06:30 EDT, the first morning after the change: the window has ended on the local clocks.
    expect(inDailyWindow('22:00', '06:00', 'America/New_York', at('2026-03-09T06:30', 'America/New_York'))).toBe(false);
    expect(inDailyWindow('22:00', '06:00', 'America/New_York', at('2026-03-09T05:59', 'America/New_York'))).toBe(true);
  });
});

describe('mayNotify', () => {
  it("'always' lets everything through at any hour", () => {
    for (const kind of ['urgent', 'due-soon', 'alert'] as const) expect(mayNotify(kind, context(), at('2026-03-11T03:00'))).toBe(true);
  });

  it("'quiet-hours' holds due-soon and alerts inside the window, never an urgent message", () => {
    const quiet = context({ mode: 'quiet-hours', quietStart: '23:00', quietEnd: '07:00' });
    const night = at('2026-03-11T02:00');
    expect(mayNotify('due-soon', quiet, night)).toBe(false);
    expect(mayNotify('alert', quiet, night)).toBe(false);
    expect(mayNotify('urgent', quiet, night)).toBe(true);
    expect(mayNotify('due-soon', quiet, at('2026-03-11T07:00'))).toBe(true);
  });

  it('never shows urgent messages once they are switched off', () => {
    expect(mayNotify('urgent', context({ urgent: false }), at('2026-03-11T12:00'))).toBe(false);
    expect(mayNotify('due-soon', context({ urgent: false }), at('2026-03-11T12:00'))).toBe(true);
  });

  it("'on-duty-only' holds routine notifications while no shift runs, and on a team day off", () => {
    const dayOnly: Shift[] = [{ id: 'day', name: 'Day', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: SHANGHAI, agents: [] }];
    const onDutyOnly = context({ mode: 'on-duty-only' }, { shifts: dayOnly });
    expect(holdsRoutine(onDutyOnly, at('2026-03-11T10:00'))).toBe(false); // Wednesday, on duty
    expect(holdsRoutine(onDutyOnly, at('2026-03-11T18:00'))).toBe(true); // the shift has ended
    expect(holdsRoutine(onDutyOnly, at('2026-03-14T10:00'))).toBe(true); // Saturday: no shift
    const holiday = context({ mode: 'on-duty-only' }, { shifts: dayOnly, isDayOff: (date) => date === '2026-03-11' });
    expect(holdsRoutine(holiday, at('2026-03-11T10:00'))).toBe(true);
    expect(mayNotify('urgent', holiday, at('2026-03-11T10:00'))).toBe(true);
  });

  it("'on-duty-only' follows a night shift past midnight into the next day", () => {
    const onDutyOnly = context({ mode: 'on-duty-only' }, { shifts: DEFAULT_SHIFTS });
    expect(holdsRoutine(onDutyOnly, at('2026-03-11T05:00'))).toBe(false); // the 23:00–07:00 night shift
    expect(holdsRoutine(onDutyOnly, at('2026-03-11T08:00'))).toBe(true); // 07:00–09:00 is open in the defaults
  });
});
