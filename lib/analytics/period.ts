// The stretch of time an analytics view looks at: a half-open range [from, to) of epoch milliseconds, made from
// a preset ("last 30 days") or from two dates in the team's zone, and the equally long period just before it.
import { addDays, wallTimeToMillis } from '../shifts/schedule';

export interface Period {
  from: number;
  to: number;
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The last `days` days up to `now`. */
export function lastDays(days: number, now: number): Period {
  return { from: now - days * DAY_MS, to: now };
}

/**
 * From the start of `firstDate` to the end of `lastDate` (both 'YYYY-MM-DD', inclusive) on the team's clocks.
 * Throws a message naming the problem for an unreadable or reversed pair.
 */
export function datePeriod(firstDate: string, lastDate: string, zone: string): Period {
  for (const date of [firstDate, lastDate]) {
    if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new Error(`"${date}" is not a date`);
  }
  if (lastDate < firstDate) throw new Error('the period ends before it starts');
  return { from: wallTimeToMillis(firstDate, 0, zone), to: wallTimeToMillis(addDays(lastDate, 1), 0, zone) };
}

/** The period of the same length that ends where this one starts: what "change" compares with. */
export function previousPeriod(period: Period): Period {
  return { from: period.from - (period.to - period.from), to: period.from };
}

export function contains(period: Period, at: number): boolean {
  return at >= period.from && at < period.to;
}

export function lengthInDays(period: Period): number {
  return (period.to - period.from) / DAY_MS;
}
