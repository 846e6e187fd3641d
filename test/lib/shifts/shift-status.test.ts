// What the popup says about shifts: who is on duty and for how long, the next shift, nobody on duty, a shift
// crossing midnight, a team day off, and which marketplaces are busy now. Default schedule (Beijing time):
// day 09:00–18:00, evening 18:00–02:00, night 23:00–07:00, so 07:00–09:00 is open every day.
import { describe, expect, it } from 'vitest';
import { shiftStatus } from '@/lib/shifts/shift-status';
import { DEFAULT_SHIFTS, DEFAULT_TEAM_ZONE, type Shift } from '@/lib/shifts/schedule';
import { teamDayOffPredicate } from '@/lib/shifts/team-days-off';

const HOUR = 3600_000;
const MINUTE = 60_000;
/** A Beijing wall time (UTC+8, no daylight saving) as epoch milliseconds. */
const beijing = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour - 8, minute);

const ids = (status: ReturnType<typeof shiftStatus>) => status.onDuty.map((run) => run.shift.id);

describe('shiftStatus', () => {
  it('at 04:00 Monday: the night shift that began Sunday 23:00 is on duty for 3 more hours; next is the day shift', () => {
    const now = beijing(23, 4);
    const status = shiftStatus({ shifts: DEFAULT_SHIFTS, now });
    expect(ids(status)).toEqual(['night']);
    expect(status.onDuty[0]!.startedAt).toBe(beijing(22, 23));
    expect(status.onDuty[0]!.remainingMs).toBe(3 * HOUR);
    expect(status.coverageEndsAt).toBe(beijing(23, 7));
    expect(status.next).toMatchObject({ startsAt: beijing(23, 9), inMs: 5 * HOUR });
    expect(status.next!.shift.id).toBe('day');
    expect(status.nobodyOnDuty).toBe(false);
    // Sunday 15:00 in New York (EST): US buyers are busy until 19:00 there, 08:00 Monday in Beijing; the others are not.
    expect(status.busy).toEqual([{ marketplace: 'US', until: beijing(23, 8), uncovered: false }]);
  });

  it('across midnight: evening (ends 02:00) and night (ends 07:00) both on duty, the one ending first first', () => {
    const now = beijing(24, 0, 30);
    const status = shiftStatus({ shifts: DEFAULT_SHIFTS, now });
    expect(ids(status)).toEqual(['evening', 'night']);
    expect(status.onDuty.map((run) => run.remainingMs)).toEqual([90 * MINUTE, 6.5 * HOUR]);
    // Back-to-back and overlapping shifts are one stretch of coverage: it ends when the night shift does.
    expect(status.coverageEndsAt).toBe(beijing(24, 7));
    expect(status.next!.shift.id).toBe('day');
  });

  it('in the 07:00–09:00 gap nobody is on duty, and the busy marketplaces are flagged as uncovered', () => {
    const now = beijing(23, 7, 30);
    const status = shiftStatus({ shifts: DEFAULT_SHIFTS, now });
    expect(status.onDuty).toEqual([]);
    expect(status.nobodyOnDuty).toBe(true);
    expect(status.coverageEndsAt).toBeNull();
    expect(status.next).toMatchObject({ startsAt: beijing(23, 9), inMs: 90 * MINUTE });
    // 18:30 Sunday in New York (busy until 19:00), 10:30 Monday in Sydney (AEDT, busy until 17:00 = 14:00 Beijing).
    expect(status.busy).toEqual([
      { marketplace: 'US', until: beijing(23, 8), uncovered: true },
      { marketplace: 'AU', until: beijing(23, 14), uncovered: true },
    ]);
  });

  it('on a team day off no shift starting that day runs, but the night shift begun the evening before still does', () => {
    const dayOff = teamDayOffPredicate({ country: '', customDaysOff: ['2026-11-23'] }, DEFAULT_TEAM_ZONE, beijing(23, 3));
    // 03:00 on the day off: Sunday's night shift (23:00–07:00) carries on into it.
    const early = shiftStatus({ shifts: DEFAULT_SHIFTS, now: beijing(23, 3), isDayOff: dayOff });
    expect(ids(early)).toEqual(['night']);
    // The next shift is not Monday's day shift (off) but Tuesday's.
    expect(early.next).toMatchObject({ startsAt: beijing(24, 9) });
    // 10:00 on the day off: nobody, until Tuesday 09:00.
    const midday = shiftStatus({ shifts: DEFAULT_SHIFTS, now: beijing(23, 10), isDayOff: dayOff });
    expect(midday.nobodyOnDuty).toBe(true);
    expect(midday.next).toMatchObject({ startsAt: beijing(24, 9), inMs: 23 * HOUR });
    // The same moment on a working day has the day shift on duty.
    expect(ids(shiftStatus({ shifts: DEFAULT_SHIFTS, now: beijing(23, 10) }))).toEqual(['day']);
  });

  it('names Europe and Japan when their buyers are busy', () => {
    // 17:30 Beijing on a November Monday: 10:30 Berlin, 09:30 London, 18:30 Tokyo (closed), 04:30 New York.
    const status = shiftStatus({ shifts: DEFAULT_SHIFTS, now: beijing(23, 17, 30) });
    expect(status.busy.map((busy) => busy.marketplace)).toEqual(['UK', 'DE']);
    expect(status.busy[0]!.until).toBe(beijing(24, 2)); // 18:00 in London
  });

  it('a shift on some weekdays only: the next one can be days away', () => {
    const weekdays: Shift[] = [{ id: 'weekday', name: 'Weekday', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: DEFAULT_TEAM_ZONE, agents: [] }];
    // Saturday 28 November, noon: next is Monday 30 November 09:00.
    const status = shiftStatus({ shifts: weekdays, now: beijing(28, 12) });
    expect(status.nobodyOnDuty).toBe(true);
    expect(status.next).toMatchObject({ startsAt: beijing(30, 9), inMs: 45 * HOUR });
  });

  it('with no schedule at all says so instead of waiting for a shift that never comes', () => {
    const status = shiftStatus({ shifts: [], now: beijing(23, 10) });
    expect(status).toMatchObject({ onDuty: [], next: null, nobodyOnDuty: true, noSchedule: true, coverageEndsAt: null });
  });
});
