// The team's shift schedule: the shift model and its defaults, parsing a stored schedule, who is on duty at a
// moment, and when someone next will be. Pure functions over epoch milliseconds; every zone computation is Luxon's.
import { DateTime } from 'luxon';

export interface Shift {
  id: string;
  name: string;
  /** 'HH:mm' wall time in `zone`. */
  start: string;
  /** 'HH:mm' wall time in `zone`; end <= start means the shift crosses midnight (end == start: a 24-hour shift). */
  end: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday) on which the shift STARTS. */
  days: number[];
  /** IANA zone of the team that works the shift. */
  zone: string;
  agents: string[];
}

/** Answers whether an ISO date ('YYYY-MM-DD', the shift's start date in the shift's zone) is a team day off. */
export type IsDayOff = (isoDate: string) => boolean;

/** One run of a shift: it started at `startedAt` and covers up to (not including) `endsAt`. */
export interface OnDuty {
  shift: Shift;
  startedAt: number;
  endsAt: number;
}

/** A half-open interval [start, end) of epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

export interface DutyStatus {
  onDuty: OnDuty[];
  /** When the current coverage (overlapping or back-to-back shifts merged) ends; null when nobody is on duty, or
   *  when coverage runs unbroken past the look-ahead horizon. */
  endsAt: number | null;
  /** The next time coverage starts after a gap; null when none starts within the look-ahead horizon. */
  nextStart: number | null;
}

export const DEFAULT_TEAM_ZONE = 'Asia/Shanghai';

export const EVERY_DAY: readonly number[] = [1, 2, 3, 4, 5, 6, 7];

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** How far ahead "next on duty" looks: a schedule with nothing in two weeks is a configuration problem, not a wait. */
export const LOOKAHEAD_DAYS = 14;

/** Three overlapping shifts that cover 09:00 to 07:00 Beijing time, leaving 07:00–09:00 open every day. */
export const DEFAULT_SHIFTS: Shift[] = [
  { id: 'day', name: 'Day', start: '09:00', end: '18:00', days: [...EVERY_DAY], zone: DEFAULT_TEAM_ZONE, agents: [] },
  { id: 'evening', name: 'Evening', start: '18:00', end: '02:00', days: [...EVERY_DAY], zone: DEFAULT_TEAM_ZONE, agents: [] },
  { id: 'night', name: 'Night', start: '23:00', end: '07:00', days: [...EVERY_DAY], zone: DEFAULT_TEAM_ZONE, agents: [] },
];

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidZone(zone: string): boolean {
  return DateTime.local().setZone(zone).isValid;
}

/** Validates a stored or imported schedule; throws an Error that names the shift and the field at fault. */
export function parseShifts(value: unknown): Shift[] {
  if (!Array.isArray(value)) throw new Error('Shifts must be a list of shifts.');
  const seenIds = new Set<string>();
  return value.map((raw: unknown, index): Shift => {
    const label = `Shift ${index + 1}`;
    if (typeof raw !== 'object' || raw === null) throw new Error(`${label} is not an object.`);
    const record = raw as Record<string, unknown>;
    const id = record.id;
    if (typeof id !== 'string' || id.trim() === '') throw new Error(`${label} has no id.`);
    if (seenIds.has(id)) throw new Error(`${label}: the id "${id}" is used by another shift.`);
    seenIds.add(id);
    const named = `${label} ("${id}")`;
    const name = record.name ?? id;
    if (typeof name !== 'string') throw new Error(`${named}: name must be text.`);
    for (const field of ['start', 'end'] as const) {
      const time = record[field];
      if (typeof time !== 'string' || !WALL_TIME.test(time)) {
        throw new Error(`${named}: ${field} ${JSON.stringify(time)} is not a 24-hour time like "09:00".`);
      }
    }
    const days = record.days;
    if (!Array.isArray(days) || days.length === 0) throw new Error(`${named}: days must list at least one weekday (1 = Monday … 7 = Sunday).`);
    for (const day of days) {
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
        throw new Error(`${named}: day ${JSON.stringify(day)} is not an ISO weekday (1 = Monday … 7 = Sunday).`);
      }
    }
    const zone = record.zone ?? DEFAULT_TEAM_ZONE;
    if (typeof zone !== 'string' || !isValidZone(zone)) throw new Error(`${named}: ${JSON.stringify(zone)} is not a known time zone.`);
    const agents = record.agents ?? [];
    if (!Array.isArray(agents) || agents.some((agent) => typeof agent !== 'string')) {
      throw new Error(`${named}: agents must be a list of names.`);
    }
    return {
      id,
      name,
      start: record.start as string,
      end: record.end as string,
      days: [...new Set(days as number[])].sort((a, b) => a - b),
      zone,
      agents: [...(agents as string[])],
    };
  });
}

/** Minutes after midnight of an 'HH:mm' wall time (validated by parseShifts). */
export function wallMinutes(hhmm: string): number {
  const [hours = '0', minutes = '0'] = hhmm.split(':');
  return Number(hours) * 60 + Number(minutes);
}

/** Calendar arithmetic on ISO dates, done in UTC so that no clock change can move a date. */
export function addDays(isoDate: string, days: number): string {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate() ?? isoDate;
}

export function isoWeekday(isoDate: string): number {
  return DateTime.fromISO(isoDate, { zone: 'utc' }).weekday;
}

export function isoDateIn(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISODate() ?? '';
}

/**
 * The first moment the clocks in `zone` read the wall time `minutesAfterMidnight` on `isoDate` (minutes may
 * exceed 24 h to mean a later day). Luxon resolves a repeated time (autumn) to either occurrence depending on
 * the zone, and a skipped time (spring) to a moment an hour later; the rule here is one rule for both: the
 * first occurrence of a repeated time, and the moment of the change for a skipped one (a shift that "starts at
 * 02:30" on a night without 02:30 starts when the clocks jump to 03:00).
 */
export function wallTimeToMillis(isoDate: string, minutesAfterMidnight: number, zone: string): number {
  const wallAsUtc = DateTime.fromISO(isoDate, { zone: 'utc' }).toMillis() + minutesAfterMidnight * MINUTE;
  const offsetAt = (at: number) => DateTime.fromMillis(at, { zone }).offset;
  // Real offsets lie within ±14 h and a zone changes offset at most once in two days, so the offsets a day
  // either side are the only candidates; a candidate counts if the zone really has that offset at that moment.
  const offsetBefore = offsetAt(wallAsUtc - DAY);
  const offsetAfter = offsetAt(wallAsUtc + DAY);
  const readings = [offsetBefore, offsetAfter]
    .map((offset) => ({ offset, at: wallAsUtc - offset * MINUTE }))
    .filter((reading) => offsetAt(reading.at) === reading.offset)
    .map((reading) => reading.at);
  if (readings.length > 0) return Math.min(...readings);
  // Skipped: find the change, which lies between the two readings (binary search to the minute).
  let notYet = wallAsUtc - Math.max(offsetBefore, offsetAfter) * MINUTE;
  let changed = wallAsUtc - Math.min(offsetBefore, offsetAfter) * MINUTE;
  while (changed - notYet > MINUTE) {
    const middle = notYet + Math.floor((changed - notYet) / 2 / MINUTE) * MINUTE;
    if (offsetAt(middle) === offsetAfter) changed = middle;
    else notYet = middle;
  }
  return changed;
}

/** One run of a shift that starts on `isoDate` (in the shift's zone), whether or not that day is a day off. */
export function occurrenceOn(shift: Shift, isoDate: string): OnDuty {
  const startMinutes = wallMinutes(shift.start);
  let endMinutes = wallMinutes(shift.end);
  if (endMinutes <= startMinutes) endMinutes += 24 * 60;
  return {
    shift,
    startedAt: wallTimeToMillis(isoDate, startMinutes, shift.zone),
    endsAt: wallTimeToMillis(isoDate, endMinutes, shift.zone),
  };
}

/**
 * Every run of every shift that overlaps [from, to), sorted by start. A run is skipped when its start date is a
 * team day off (a night shift that starts on the eve of a holiday still runs into it), or when the clock change
 * swallowed it whole (a shift inside the skipped spring hour).
 */
export function shiftOccurrences(shifts: readonly Shift[], from: number, to: number, isDayOff?: IsDayOff): OnDuty[] {
  const runs: OnDuty[] = [];
  for (const shift of shifts) {
    // A run lasts at most 24 wall hours (+1 at a change), so it can start up to two dates before `from`.
    const lastDate = isoDateIn(to, shift.zone);
    for (let date = addDays(isoDateIn(from, shift.zone), -2); date <= lastDate; date = addDays(date, 1)) {
      if (!shift.days.includes(isoWeekday(date))) continue;
      if (isDayOff?.(date)) continue;
      const run = occurrenceOn(shift, date);
      if (run.endsAt > run.startedAt && run.startedAt < to && run.endsAt > from) runs.push(run);
    }
  }
  return runs.sort((a, b) => a.startedAt - b.startedAt || a.endsAt - b.endsAt);
}

/** The union of spans as sorted, disjoint spans; spans that touch are joined (a hand-over is not a gap). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** The parts of `span` that no span of the sorted, disjoint `covered` touches. */
export function subtractSpans(span: Span, covered: readonly Span[]): Span[] {
  const left: Span[] = [];
  let cursor = span.start;
  for (const block of covered) {
    if (block.end <= cursor) continue;
    if (block.start >= span.end) break;
    if (block.start > cursor) left.push({ start: cursor, end: block.start });
    cursor = Math.max(cursor, block.end);
    if (cursor >= span.end) break;
  }
  if (cursor < span.end) left.push({ start: cursor, end: span.end });
  return left;
}

export function totalLength(spans: readonly Span[]): number {
  return spans.reduce((sum, span) => sum + (span.end - span.start), 0);
}

/** Every shift covering `at`: started at or before it and ending after it. */
export function onDuty(shifts: readonly Shift[], at: number, isDayOff?: IsDayOff): OnDuty[] {
  return shiftOccurrences(shifts, at, at + 1, isDayOff).filter((run) => run.startedAt <= at && at < run.endsAt);
}

/** `at` itself when someone is on duty; otherwise the next shift start within LOOKAHEAD_DAYS, or null. */
export function nextOnDuty(shifts: readonly Shift[], at: number, isDayOff?: IsDayOff): number | null {
  const horizon = at + LOOKAHEAD_DAYS * DAY;
  const runs = shiftOccurrences(shifts, at, horizon + 1, isDayOff);
  if (runs.some((run) => run.startedAt <= at && at < run.endsAt)) return at;
  const next = runs.find((run) => run.startedAt > at && run.startedAt <= horizon);
  return next ? next.startedAt : null;
}

/** Who is on duty, when this stretch of coverage ends, and when the next one begins. */
export function dutyStatus(shifts: readonly Shift[], at: number, isDayOff?: IsDayOff): DutyStatus {
  const horizon = at + LOOKAHEAD_DAYS * DAY;
  const runs = shiftOccurrences(shifts, at, horizon + 2 * DAY, isDayOff);
  const current = runs.filter((run) => run.startedAt <= at && at < run.endsAt);
  const blocks = mergeSpans(runs.map((run) => ({ start: run.startedAt, end: run.endsAt })));
  const currentBlock = blocks.find((block) => block.start <= at && at < block.end);
  const endsAt = currentBlock && currentBlock.end <= horizon ? currentBlock.end : null;
  const nextBlock = blocks.find((block) => block.start > at && block.start <= horizon);
  return { onDuty: current, endsAt, nextStart: nextBlock ? nextBlock.start : null };
}
