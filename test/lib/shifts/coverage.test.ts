// Weekly coverage, marketplace busy hours seen from Beijing across the US and UK clock changes, and what a
// supplied team holiday leaves uncovered. Expected values are literal ISO strings worked out by hand.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  MARKETPLACE_BUSY_HOURS,
  busyHoursCoverage,
  upcomingTeamHolidays,
  weeklyCoverage,
  type MarketplaceBusyHours,
} from '@/lib/shifts/coverage';
import { DEFAULT_SHIFTS, DEFAULT_TEAM_ZONE, type Shift } from '@/lib/shifts/schedule';

const BEIJING = 'Asia/Shanghai';
const beijing = (iso: string) => DateTime.fromISO(iso, { zone: BEIJING }).toMillis();
const spansIn = (spans: { start: number; end: number }[], zone = BEIJING) =>
  spans.map((span) => [DateTime.fromMillis(span.start, { zone }).toISO(), DateTime.fromMillis(span.end, { zone }).toISO()]);
const busyOf = (code: string): MarketplaceBusyHours => {
  const found = MARKETPLACE_BUSY_HOURS.find((busy) => busy.marketplace === code);
  if (!found) throw new Error(`no busy hours for ${code}`);
  return found;
};

describe('weeklyCoverage', () => {
  it('the defaults leave 07:00–09:00 Beijing open every day of the week, and nothing else', () => {
    const week = weeklyCoverage(DEFAULT_SHIFTS, BEIJING, beijing('2026-01-14T12:00'));
    expect(week.dates).toEqual(['2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15', '2026-01-16', '2026-01-17', '2026-01-18']);
    expect(spansIn([{ start: week.weekStart, end: week.weekEnd }])).toEqual([['2026-01-12T00:00:00.000+08:00', '2026-01-19T00:00:00.000+08:00']]);
    expect(spansIn(week.gaps)).toEqual(
      ['12', '13', '14', '15', '16', '17', '18'].map((day) => [`2026-01-${day}T07:00:00.000+08:00`, `2026-01-${day}T09:00:00.000+08:00`]),
    );
    expect(week.gaps.map((gap) => gap.teamClock)).toEqual(Array(7).fill('07:00–09:00'));
  });

  it('counts the shifts covering each whole hour', () => {
    const week = weeklyCoverage(DEFAULT_SHIFTS, BEIJING, beijing('2026-01-14T12:00'));
    // Monday: evening and night from Sunday until 02:00, night alone to 07:00, open 07–09, day 09–18, evening, both from 23.
    expect(week.hours[0]).toEqual([2, 2, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]);
    expect(week.hours).toHaveLength(7);
    expect(week.hours[6]).toEqual(week.hours[0]);
  });

  it('an hour covered for only part of its length does not count', () => {
    const office: Shift[] = [{ id: 'office', name: 'Office', start: '09:30', end: '17:30', days: [1, 2, 3, 4, 5], zone: BEIJING, agents: [] }];
    const week = weeklyCoverage(office, BEIJING, beijing('2026-01-12T00:00'));
    expect(week.hours[0]?.slice(8, 19)).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0]); // 08, 09 open; 10–16 covered; 17, 18 open
    expect(week.hours[5]?.every((count) => count === 0)).toBe(true);
  });

  it('a weekday-only schedule: nights and the weekend are gaps, clipped to the week', () => {
    const office: Shift[] = [{ id: 'office', name: 'Office', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: BEIJING, agents: [] }];
    const week = weeklyCoverage(office, BEIJING, beijing('2026-01-18T23:00')); // a Sunday: its week began Monday the 12th
    expect(spansIn(week.gaps)).toEqual([
      ['2026-01-12T00:00:00.000+08:00', '2026-01-12T09:00:00.000+08:00'],
      ['2026-01-12T18:00:00.000+08:00', '2026-01-13T09:00:00.000+08:00'],
      ['2026-01-13T18:00:00.000+08:00', '2026-01-14T09:00:00.000+08:00'],
      ['2026-01-14T18:00:00.000+08:00', '2026-01-15T09:00:00.000+08:00'],
      ['2026-01-15T18:00:00.000+08:00', '2026-01-16T09:00:00.000+08:00'],
      ['2026-01-16T18:00:00.000+08:00', '2026-01-19T00:00:00.000+08:00'],
    ]);
  });

  it('a day off removes the shifts that start that day', () => {
    const week = weeklyCoverage(DEFAULT_SHIFTS, BEIJING, beijing('2026-02-16T12:00'), (date) => date === '2026-02-17');
    expect(spansIn(week.gaps).slice(0, 3)).toEqual([
      ['2026-02-16T07:00:00.000+08:00', '2026-02-16T09:00:00.000+08:00'],
      ['2026-02-17T07:00:00.000+08:00', '2026-02-18T09:00:00.000+08:00'],
      ['2026-02-19T07:00:00.000+08:00', '2026-02-19T09:00:00.000+08:00'],
    ]);
  });

  it('in a zone with daylight saving, the skipped spring hour counts the shifts on at the change', () => {
    const NEW_YORK = 'America/New_York';
    const night: Shift[] = [{ id: 'n', name: 'Night', start: '22:00', end: '06:00', days: [1, 2, 3, 4, 5, 6, 7], zone: NEW_YORK, agents: [] }];
    const week = weeklyCoverage(night, NEW_YORK, DateTime.fromISO('2026-03-08T12:00', { zone: NEW_YORK }).toMillis());
    // Sunday 8 March (day 6): 00–06 covered including the 02:00 hour that does not exist, then open until 22:00.
    expect(week.hours[6]).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1]);
    expect(week.weekEnd - week.weekStart).toBe((7 * 24 - 1) * 3600_000);
  });
});

describe('busyHoursCoverage', () => {
  it('US Eastern 07:00–19:00 is 20:00–08:00 Beijing in January; the defaults leave 07:00–08:00 open', () => {
    const [us] = busyHoursCoverage(DEFAULT_SHIFTS, [busyOf('US')], DEFAULT_TEAM_ZONE, beijing('2026-01-14T12:00'), beijing('2026-01-15T12:00'));
    expect(spansIn(us?.busy ?? [])).toEqual([['2026-01-14T20:00:00.000+08:00', '2026-01-15T08:00:00.000+08:00']]);
    expect(us?.busy.map((span) => span.teamClock)).toEqual(['20:00–08:00']);
    expect(spansIn(us?.uncovered ?? [])).toEqual([['2026-01-15T07:00:00.000+08:00', '2026-01-15T08:00:00.000+08:00']]);
    expect(us?.uncoveredHours).toBe(1);
  });

  it('clips busy hours to the requested range', () => {
    const [us] = busyHoursCoverage(DEFAULT_SHIFTS, [busyOf('US')], DEFAULT_TEAM_ZONE, beijing('2026-01-15T00:00'), beijing('2026-01-15T12:00'));
    expect(us?.busy.map((span) => span.teamClock)).toEqual(['00:00–08:00']);
  });

  it('US Eastern 07:00–19:00 is 19:00–07:00 Beijing in July, fully covered by the defaults', () => {
    const [us] = busyHoursCoverage(DEFAULT_SHIFTS, [busyOf('US')], DEFAULT_TEAM_ZONE, beijing('2026-07-15T12:00'), beijing('2026-07-16T12:00'));
    expect(spansIn(us?.busy ?? [])).toEqual([['2026-07-15T19:00:00.000+08:00', '2026-07-16T07:00:00.000+08:00']]);
    expect(us?.uncovered).toEqual([]);
    expect(us?.uncoveredHours).toBe(0);
  });

  it('UK busy hours move an hour earlier in Beijing on the UK change date (29 March), not the US one (8 March)', () => {
    const [uk, us] = busyHoursCoverage(
      DEFAULT_SHIFTS,
      [busyOf('UK'), busyOf('US')],
      DEFAULT_TEAM_ZONE,
      beijing('2026-03-27T12:00'),
      beijing('2026-03-31T12:00'),
    );
    expect(spansIn(uk?.busy ?? [])).toEqual([
      ['2026-03-27T17:00:00.000+08:00', '2026-03-28T02:00:00.000+08:00'],
      ['2026-03-28T17:00:00.000+08:00', '2026-03-29T02:00:00.000+08:00'],
      ['2026-03-29T16:00:00.000+08:00', '2026-03-30T01:00:00.000+08:00'],
      ['2026-03-30T16:00:00.000+08:00', '2026-03-31T01:00:00.000+08:00'],
    ]);
    expect(uk?.uncovered).toEqual([]);
    // The US changed on 8 March already: 19:00–07:00 Beijing all through this range.
    expect(us?.busy.map((span) => span.teamClock)).toEqual(['19:00–07:00', '19:00–07:00', '19:00–07:00', '19:00–07:00']);
    expect(us?.uncoveredHours).toBe(0);
  });

  it('JP and AU mornings fall in the defaults’ 07:00–09:00 gap', () => {
    const [jp, au] = busyHoursCoverage(DEFAULT_SHIFTS, [busyOf('JP'), busyOf('AU')], DEFAULT_TEAM_ZONE, beijing('2026-01-14T00:00'), beijing('2026-01-15T00:00'));
    expect(jp?.busy.map((span) => span.teamClock)).toEqual(['08:00–17:00']);
    expect(jp?.uncovered.map((span) => span.teamClock)).toEqual(['08:00–09:00']);
    // Sydney is on summer time (UTC+11) in January: 09:00–17:00 there is 06:00–14:00 in Beijing.
    expect(au?.busy.map((span) => span.teamClock)).toEqual(['06:00–14:00']);
    expect(au?.uncovered.map((span) => span.teamClock)).toEqual(['07:00–09:00']);
    expect(au?.uncoveredHours).toBe(2);
  });

  it('a team day off shows up as uncovered busy hours', () => {
    const [us] = busyHoursCoverage(
      DEFAULT_SHIFTS,
      [busyOf('US')],
      DEFAULT_TEAM_ZONE,
      beijing('2026-02-17T12:00'),
      beijing('2026-02-18T12:00'),
      (date) => date === '2026-02-17',
    );
    expect(spansIn(us?.uncovered ?? [])).toEqual([['2026-02-17T20:00:00.000+08:00', '2026-02-18T08:00:00.000+08:00']]);
    expect(us?.uncoveredHours).toBe(12);
  });
});

describe('upcomingTeamHolidays', () => {
  const holidays = [
    { date: '2026-03-01', name: 'Too far' },
    { date: '2026-02-17', name: 'Spring Festival' },
    { date: '2026-02-01', name: 'Past' },
  ];

  it('lists the Spring Festival with the shifts that do not run and the 22 hours they leave open', () => {
    const upcoming = upcomingTeamHolidays(holidays, DEFAULT_SHIFTS, BEIJING, beijing('2026-02-10T12:00'), 14);
    expect(upcoming.map((holiday) => holiday.name)).toEqual(['Spring Festival']);
    const [festival] = upcoming;
    expect(festival?.date).toBe('2026-02-17');
    expect(festival?.shiftsOff.map((shift) => shift.id)).toEqual(['day', 'evening', 'night']);
    // 07:00–09:00 was open anyway; from 09:00 the day, evening and night shifts would have covered until 07:00.
    expect(spansIn(festival?.uncovered ?? [])).toEqual([['2026-02-17T09:00:00.000+08:00', '2026-02-18T07:00:00.000+08:00']]);
    expect(festival?.uncoveredHours).toBe(22);
  });

  it('two holidays in a row each leave their own hours, and the window includes both ends', () => {
    const twoDays = [
      { date: '2026-02-18', name: 'Spring Festival (2)' },
      { date: '2026-02-17', name: 'Spring Festival' },
    ];
    const upcoming = upcomingTeamHolidays(twoDays, DEFAULT_SHIFTS, BEIJING, beijing('2026-02-17T23:00'), 1);
    expect(upcoming.map((holiday) => [holiday.date, holiday.uncoveredHours])).toEqual([
      ['2026-02-17', 22],
      ['2026-02-18', 22],
    ]);
    expect(spansIn(upcoming[1]?.uncovered ?? [])).toEqual([['2026-02-18T09:00:00.000+08:00', '2026-02-19T07:00:00.000+08:00']]);
  });

  it('a holiday on which a weekday-only shift would not have started anyway leaves nothing open', () => {
    const office: Shift[] = [{ id: 'office', name: 'Office', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: BEIJING, agents: [] }];
    const [saturday] = upcomingTeamHolidays([{ date: '2026-02-21', name: 'Saturday' }], office, BEIJING, beijing('2026-02-17T12:00'), 7);
    expect(saturday?.shiftsOff).toEqual([]);
    expect(saturday?.uncoveredHours).toBe(0);
  });
});
