// Who is on duty and when next, for the default Beijing schedule and for shifts in zones with daylight saving.
// Expected times are literal ISO strings, worked out by hand.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHIFTS,
  dutyStatus,
  nextOnDuty,
  occurrenceOn,
  onDuty,
  parseShifts,
  wallTimeToMillis,
  type Shift,
} from '@/lib/shifts/schedule';

const BEIJING = 'Asia/Shanghai';
const beijing = (iso: string) => DateTime.fromISO(iso, { zone: BEIJING }).toMillis();
const inZone = (ms: number | null, zone: string) => (ms === null ? null : DateTime.fromMillis(ms, { zone }).toISO());
const ids = (list: { shift: Shift }[]) => list.map((run) => run.shift.id).sort();

describe('onDuty and nextOnDuty with the default shifts', () => {
  it('08:30 Beijing: nobody yet, next on duty 09:00', () => {
    const at = beijing('2026-01-14T08:30');
    expect(onDuty(DEFAULT_SHIFTS, at)).toEqual([]);
    expect(inZone(nextOnDuty(DEFAULT_SHIFTS, at), BEIJING)).toBe('2026-01-14T09:00:00.000+08:00');
  });

  it('01:00 Beijing: the evening and night shifts that started the evening before are both on', () => {
    const at = beijing('2026-01-14T01:00');
    const runs = onDuty(DEFAULT_SHIFTS, at);
    expect(ids(runs)).toEqual(['evening', 'night']);
    const evening = runs.find((run) => run.shift.id === 'evening');
    expect(inZone(evening?.startedAt ?? null, BEIJING)).toBe('2026-01-13T18:00:00.000+08:00');
    expect(inZone(evening?.endsAt ?? null, BEIJING)).toBe('2026-01-14T02:00:00.000+08:00');
    expect(nextOnDuty(DEFAULT_SHIFTS, at)).toBe(at);
  });

  it('07:30 Beijing: the night shift has ended, next on duty 09:00', () => {
    const at = beijing('2026-01-14T07:30');
    expect(onDuty(DEFAULT_SHIFTS, at)).toEqual([]);
    expect(inZone(nextOnDuty(DEFAULT_SHIFTS, at), BEIJING)).toBe('2026-01-14T09:00:00.000+08:00');
  });

  it('a shift is on from its start up to, not including, its end (hand-over at 18:00)', () => {
    expect(ids(onDuty(DEFAULT_SHIFTS, beijing('2026-01-14T18:00')))).toEqual(['evening']);
    expect(ids(onDuty(DEFAULT_SHIFTS, beijing('2026-01-14T17:59')))).toEqual(['day']);
    expect(ids(onDuty(DEFAULT_SHIFTS, beijing('2026-01-14T06:59')))).toEqual(['night']);
    expect(onDuty(DEFAULT_SHIFTS, beijing('2026-01-14T07:00'))).toEqual([]);
  });

  it('returns null when no shift runs within 14 days', () => {
    expect(nextOnDuty([], beijing('2026-01-14T08:30'))).toBeNull();
    const allOff = () => true;
    expect(nextOnDuty(DEFAULT_SHIFTS, beijing('2026-01-14T08:30'), allOff)).toBeNull();
  });
});

describe('days off apply to the date a shift starts', () => {
  const springFestival = (date: string) => date === '2026-02-17';

  it('the shifts that started the evening before still run into the day off', () => {
    expect(ids(onDuty(DEFAULT_SHIFTS, beijing('2026-02-17T01:00'), springFestival))).toEqual(['evening', 'night']);
  });

  it('no shift starts on the day off, so the next one is 09:00 the day after', () => {
    const at = beijing('2026-02-17T10:00');
    expect(onDuty(DEFAULT_SHIFTS, at, springFestival)).toEqual([]);
    expect(onDuty(DEFAULT_SHIFTS, beijing('2026-02-18T01:00'), springFestival)).toEqual([]);
    expect(inZone(nextOnDuty(DEFAULT_SHIFTS, at, springFestival), BEIJING)).toBe('2026-02-18T09:00:00.000+08:00');
  });

  it('a shift limited to weekdays does not start at the weekend', () => {
    const weekdays: Shift[] = [{ id: 'office', name: 'Office', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: BEIJING, agents: [] }];
    // Friday 2026-01-16 18:30: next start is Monday 2026-01-19 09:00.
    expect(inZone(nextOnDuty(weekdays, beijing('2026-01-16T18:30')), BEIJING)).toBe('2026-01-19T09:00:00.000+08:00');
  });
});

describe('dutyStatus', () => {
  it('10:00 Beijing: coverage runs on through overlapping shifts until 07:00, and resumes at 09:00', () => {
    const status = dutyStatus(DEFAULT_SHIFTS, beijing('2026-01-14T10:00'));
    expect(ids(status.onDuty)).toEqual(['day']);
    expect(inZone(status.endsAt, BEIJING)).toBe('2026-01-15T07:00:00.000+08:00');
    expect(inZone(status.nextStart, BEIJING)).toBe('2026-01-15T09:00:00.000+08:00');
  });

  it('07:30 Beijing: nobody on, next start 09:00', () => {
    const status = dutyStatus(DEFAULT_SHIFTS, beijing('2026-01-14T07:30'));
    expect(status.onDuty).toEqual([]);
    expect(status.endsAt).toBeNull();
    expect(inZone(status.nextStart, BEIJING)).toBe('2026-01-14T09:00:00.000+08:00');
  });

  it('with a day off: the night shift from the eve ends 07:00 and nothing starts until the day after', () => {
    const status = dutyStatus(DEFAULT_SHIFTS, beijing('2026-02-17T03:00'), (date) => date === '2026-02-17');
    expect(ids(status.onDuty)).toEqual(['night']);
    expect(inZone(status.endsAt, BEIJING)).toBe('2026-02-17T07:00:00.000+08:00');
    expect(inZone(status.nextStart, BEIJING)).toBe('2026-02-18T09:00:00.000+08:00');
  });

  it('round-the-clock coverage has no end within the horizon', () => {
    const always: Shift[] = [{ id: 'all', name: 'All', start: '00:00', end: '00:00', days: [1, 2, 3, 4, 5, 6, 7], zone: BEIJING, agents: [] }];
    const status = dutyStatus(always, beijing('2026-01-14T10:00'));
    expect(ids(status.onDuty)).toEqual(['all']);
    expect(status.endsAt).toBeNull();
    expect(status.nextStart).toBeNull();
  });
});

describe('shifts in a zone with daylight saving', () => {
  const NEW_YORK = 'America/New_York';
  const overnight: Shift = { id: 'ny-night', name: 'NY night', start: '22:00', end: '06:00', days: [1, 2, 3, 4, 5, 6, 7], zone: NEW_YORK, agents: [] };

  it('crossing midnight into the spring change: 7 real hours', () => {
    const run = occurrenceOn(overnight, '2026-03-07');
    expect(inZone(run.startedAt, NEW_YORK)).toBe('2026-03-07T22:00:00.000-05:00');
    expect(inZone(run.endsAt, NEW_YORK)).toBe('2026-03-08T06:00:00.000-04:00');
    expect(run.endsAt - run.startedAt).toBe(7 * 3600_000);
    const at = DateTime.fromISO('2026-03-08T04:00', { zone: NEW_YORK }).toMillis();
    expect(ids(onDuty([overnight], at))).toEqual(['ny-night']);
  });

  it('crossing midnight into the autumn change: 9 real hours', () => {
    const run = occurrenceOn(overnight, '2026-10-31');
    expect(inZone(run.startedAt, NEW_YORK)).toBe('2026-10-31T22:00:00.000-04:00');
    expect(inZone(run.endsAt, NEW_YORK)).toBe('2026-11-01T06:00:00.000-05:00');
    expect(run.endsAt - run.startedAt).toBe(9 * 3600_000);
  });

  it('a skipped wall time means the moment the clocks jump; a repeated one its first occurrence', () => {
    expect(inZone(wallTimeToMillis('2026-03-08', 2 * 60 + 30, NEW_YORK), NEW_YORK)).toBe('2026-03-08T03:00:00.000-04:00');
    expect(inZone(wallTimeToMillis('2026-11-01', 60 + 30, NEW_YORK), NEW_YORK)).toBe('2026-11-01T01:30:00.000-04:00');
    expect(inZone(wallTimeToMillis('2026-04-05', 2 * 60 + 30, 'Australia/Sydney'), 'Australia/Sydney')).toBe('2026-04-05T02:30:00.000+11:00');
    expect(inZone(wallTimeToMillis('2026-10-04', 2 * 60 + 30, 'Australia/Sydney'), 'Australia/Sydney')).toBe('2026-10-04T03:00:00.000+11:00');
    expect(inZone(wallTimeToMillis('2026-03-29', 60 + 15, 'Europe/London'), 'Europe/London')).toBe('2026-03-29T02:00:00.000+01:00');
  });
});

describe('parseShifts', () => {
  const good = { id: 'day', name: 'Day', start: '09:00', end: '18:00', days: [5, 1, 1], zone: BEIJING, agents: ['Li'] };

  it('accepts a valid schedule, normalising days', () => {
    expect(parseShifts([good])).toEqual([{ ...good, days: [1, 5] }]);
    expect(parseShifts(DEFAULT_SHIFTS)).toEqual(DEFAULT_SHIFTS);
  });

  it('says what is wrong', () => {
    expect(() => parseShifts('x')).toThrow('Shifts must be a list');
    expect(() => parseShifts([{ ...good, start: '25:00' }])).toThrow('Shift 1 ("day"): start "25:00" is not a 24-hour time like "09:00".');
    expect(() => parseShifts([{ ...good, end: '9:00' }])).toThrow('end "9:00"');
    expect(() => parseShifts([{ ...good, days: [] }])).toThrow('days must list at least one weekday');
    expect(() => parseShifts([{ ...good, days: [0] }])).toThrow('day 0 is not an ISO weekday');
    expect(() => parseShifts([{ ...good, zone: 'Asia/Beijing' }])).toThrow('"Asia/Beijing" is not a known time zone');
    expect(() => parseShifts([good, good])).toThrow('Shift 2: the id "day" is used by another shift.');
    expect(() => parseShifts([{ ...good, id: '' }])).toThrow('Shift 1 has no id.');
    expect(() => parseShifts([{ ...good, agents: [1] }])).toThrow('agents must be a list of names');
  });
});
