// How well the schedule covers the clock: a week's hour-by-hour coverage and its gaps, the marketplaces' busy
// hours (kept in each marketplace's own time, so daylight-saving changes land on the right dates) and which of
// them nobody covers, and the team holidays ahead with the hours they leave open.
import { DateTime } from 'luxon';
import {
  HOUR,
  addDays,
  isoDateIn,
  isoWeekday,
  mergeSpans,
  shiftOccurrences,
  subtractSpans,
  totalLength,
  wallMinutes,
  wallTimeToMillis,
  type IsDayOff,
  type Shift,
  type Span,
} from './schedule';

/** A span with its clock times in the team's zone, e.g. '20:00–08:00', for showing without more zone work. */
export interface TeamSpan extends Span {
  teamClock: string;
}

export interface WeeklyCoverage {
  zone: string;
  /** Monday 00:00 and the next Monday 00:00 in the team's zone. */
  weekStart: number;
  weekEnd: number;
  /** The ISO dates Monday … Sunday. */
  dates: string[];
  /**
   * hours[day][hour]: how many shift runs cover the whole of that wall-clock hour in the team's zone (day 0 =
   * Monday, hour 0 = 00:00–01:00). An hour covered for only part of its length counts as not covered by that
   * run: a shift from 09:30 covers 10:00 onward, not the 09:00 hour. The hour a spring change skips has no
   * length and counts the runs covering the moment of the change; the hour an autumn change repeats is two
   * real hours long and must be covered for both.
   */
  hours: number[][];
  /** Maximal stretches inside the week with nobody on duty, to the minute (not rounded to hours). */
  gaps: TeamSpan[];
}

export interface MarketplaceBusyHours {
  marketplace: string;
  /** The marketplace's own zone: busy hours follow its clocks, daylight saving included. */
  zone: string;
  /** 'HH:mm' in `zone`; end <= start would cross midnight. */
  start: string;
  end: string;
  /** ISO weekdays the busy hours apply to; every day when absent (buyers write at weekends too). */
  days?: number[];
  note?: string;
}

/** When buyers on each marketplace write most, in the marketplace's local time. */
export const MARKETPLACE_BUSY_HOURS: readonly MarketplaceBusyHours[] = [
  {
    marketplace: 'US',
    zone: 'America/New_York',
    start: '07:00',
    end: '19:00',
    note: "US Eastern daytime: 20:00–08:00 in Beijing in winter, most of the team's overnight volume",
  },
  { marketplace: 'UK', zone: 'Europe/London', start: '09:00', end: '18:00', note: 'about 2–3 hours earlier in Beijing' },
  { marketplace: 'DE', zone: 'Europe/Berlin', start: '08:00', end: '18:00', note: 'also a fair proxy for FR, IT, ES' },
  { marketplace: 'JP', zone: 'Asia/Tokyo', start: '09:00', end: '18:00', note: 'one hour ahead of Beijing, no daylight saving' },
  {
    marketplace: 'AU',
    zone: 'Australia/Sydney',
    start: '09:00',
    end: '17:00',
    note: 'Sydney changes clocks in April and October, the opposite season to the US and Europe',
  },
];

export interface BusyHoursCoverage {
  marketplace: string;
  zone: string;
  note?: string;
  /** The busy stretches within the requested range (clipped to it). */
  busy: TeamSpan[];
  /** The parts of them with nobody on duty. */
  uncovered: TeamSpan[];
  uncoveredHours: number;
}

export interface TeamHoliday {
  /** ISO date in the team's zone. */
  date: string;
  name: string;
}

export interface UpcomingTeamHoliday extends TeamHoliday {
  /** The shifts that would have started that day and do not run. */
  shiftsOff: Shift[];
  /** Time those shifts would have covered that no other running shift covers. */
  uncovered: TeamSpan[];
  uncoveredHours: number;
}

/** 'HH:mm–HH:mm' in `zone`. */
export function teamClock(span: Span, zone: string): string {
  const clock = (at: number) => DateTime.fromMillis(at, { zone }).toFormat('HH:mm');
  return `${clock(span.start)}–${clock(span.end)}`;
}

function inTeamZone(spans: readonly Span[], zone: string): TeamSpan[] {
  return spans.map((span) => ({ start: span.start, end: span.end, teamClock: teamClock(span, zone) }));
}

function coveredSpans(shifts: readonly Shift[], from: number, to: number, isDayOff?: IsDayOff): Span[] {
  return mergeSpans(shiftOccurrences(shifts, from, to, isDayOff).map((run) => ({ start: run.startedAt, end: run.endsAt })));
}

/** The week (Monday to Sunday in `teamZone`) that contains `weekStart`, hour by hour, and its gaps. */
export function weeklyCoverage(shifts: readonly Shift[], teamZone: string, weekStart: number, isDayOff?: IsDayOff): WeeklyCoverage {
  const monday = DateTime.fromMillis(weekStart, { zone: teamZone }).startOf('week').toISODate() ?? '';
  const dates = Array.from({ length: 7 }, (_, day) => addDays(monday, day));
  const start = wallTimeToMillis(monday, 0, teamZone);
  const end = wallTimeToMillis(addDays(monday, 7), 0, teamZone);
  const runs = shiftOccurrences(shifts, start, end, isDayOff);
  const hours = dates.map((date) =>
    Array.from({ length: 24 }, (_, hour) => {
      const slotStart = wallTimeToMillis(date, hour * 60, teamZone);
      const slotEnd = wallTimeToMillis(date, (hour + 1) * 60, teamZone);
      return runs.filter((run) =>
        slotEnd > slotStart
          ? run.startedAt <= slotStart && run.endsAt >= slotEnd
          : run.startedAt <= slotStart && slotStart < run.endsAt,
      ).length;
    }),
  );
  const covered = mergeSpans(runs.map((run) => ({ start: run.startedAt, end: run.endsAt })));
  const gaps = inTeamZone(subtractSpans({ start, end }, covered), teamZone);
  return { zone: teamZone, weekStart: start, weekEnd: end, dates, hours, gaps };
}

/** The busy stretches of one marketplace that overlap [from, to), clipped to it. */
export function busySpans(busy: MarketplaceBusyHours, from: number, to: number): Span[] {
  const startMinutes = wallMinutes(busy.start);
  let endMinutes = wallMinutes(busy.end);
  if (endMinutes <= startMinutes) endMinutes += 24 * 60;
  const spans: Span[] = [];
  const lastDate = isoDateIn(to, busy.zone);
  for (let date = addDays(isoDateIn(from, busy.zone), -1); date <= lastDate; date = addDays(date, 1)) {
    if (busy.days && !busy.days.includes(isoWeekday(date))) continue;
    const start = Math.max(from, wallTimeToMillis(date, startMinutes, busy.zone));
    const end = Math.min(to, wallTimeToMillis(date, endMinutes, busy.zone));
    if (end > start) spans.push({ start, end });
  }
  return mergeSpans(spans);
}

/** For each marketplace, its busy hours in [from, to) and the parts of them that no shift covers. */
export function busyHoursCoverage(
  shifts: readonly Shift[],
  busy: readonly MarketplaceBusyHours[],
  teamZone: string,
  from: number,
  to: number,
  isDayOff?: IsDayOff,
): BusyHoursCoverage[] {
  const covered = coveredSpans(shifts, from, to, isDayOff);
  return busy.map((marketplace) => {
    const spans = busySpans(marketplace, from, to);
    const uncovered = spans.flatMap((span) => subtractSpans(span, covered));
    return {
      marketplace: marketplace.marketplace,
      zone: marketplace.zone,
      ...(marketplace.note === undefined ? {} : { note: marketplace.note }),
      busy: inTeamZone(spans, teamZone),
      uncovered: inTeamZone(uncovered, teamZone),
      uncoveredHours: totalLength(uncovered) / HOUR,
    };
  });
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The team holidays from today through `withinDays` days ahead (team-zone dates, both ends included), each with
 * the shifts that do not run because they would have started that day, and the hours left uncovered because of
 * it. The other supplied holidays stay off while one is measured, so two holidays in a row are not counted as
 * covering each other.
 */
export function upcomingTeamHolidays(
  holidays: readonly TeamHoliday[],
  shifts: readonly Shift[],
  teamZone: string,
  now: number,
  withinDays: number,
): UpcomingTeamHoliday[] {
  const today = isoDateIn(now, teamZone);
  const lastDay = addDays(today, withinDays);
  const holidayDates = new Set(holidays.map((holiday) => holiday.date));
  const allOff: IsDayOff = (date) => holidayDates.has(date);
  return holidays
    .filter((holiday) => ISO_DATE.test(holiday.date) && DateTime.fromISO(holiday.date).isValid)
    .filter((holiday) => holiday.date >= today && holiday.date <= lastDay)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((holiday) => {
      const weekday = isoWeekday(holiday.date);
      const shiftsOff = shifts.filter((shift) => shift.days.includes(weekday));
      // Wide enough for any run that starts on the holiday, and for the runs around it that may cover for it.
      const from = wallTimeToMillis(addDays(holiday.date, -2), 0, teamZone);
      const to = wallTimeToMillis(addDays(holiday.date, 3), 0, teamZone);
      const withThisDayWorked = coveredSpans(shifts, from, to, (date) => date !== holiday.date && allOff(date));
      const asPlanned = coveredSpans(shifts, from, to, allOff);
      const lost = withThisDayWorked.flatMap((block) => subtractSpans(block, asPlanned));
      return {
        date: holiday.date,
        name: holiday.name,
        shiftsOff,
        uncovered: inTeamZone(lost, teamZone),
        uncoveredHours: totalLength(lost) / HOUR,
      };
    });
}
