// First response time over a period: how long buyers waited for the first answer, as a median and a 90th
// percentile, overall and by platform, category, shift and agent, plus the daily median for the trend chart.
import { CATEGORIES, PLATFORMS } from '../model';
import { summarize, type Summary } from './percentiles';
import { contains, type Period } from './period';
import { OFF_SHIFT, type ShiftsAt } from './shift-attribution';
import { responseTime, type Wait } from './waits';
import type { ZoneClock } from './zone-clock';

/**
 * First response time = from the 'received' that starts a wait to the first 'replied' or 'resolved' after it
 * (the pairing rule in waits.ts). A wait belongs to the period its 'received' falls in; waits still open or
 * closed as "no response needed" have no response time and are left out (the late-response rate counts the
 * open ones). Times are milliseconds.
 */
export interface ResponseRow extends Summary {
  /** A platform, a category, a shift id (OFF_SHIFT for none), or an agent name ('' when not recorded). */
  key: string;
  /** The shift's name, for shift rows. */
  label?: string;
}

export interface FirstResponseReport {
  overall: Summary;
  byPlatform: ResponseRow[];
  byCategory: ResponseRow[];
  byShift: ResponseRow[];
  byAgent: ResponseRow[];
  /** Median per day (team zone) of the waits received that day; null on a day without answered waits. */
  daily: { date: string; median: number | null; count: number }[];
}

export function firstResponse(waits: readonly Wait[], period: Period, shiftsAt: ShiftsAt, clock: ZoneClock): FirstResponseReport {
  const all: number[] = [];
  const groups = { platform: new Map<string, number[]>(), category: new Map<string, number[]>(), shift: new Map<string, number[]>(), agent: new Map<string, number[]>() };
  const shiftNames = new Map<string, string>();
  const firstDay = clock.dayNumber(period.from);
  const dayCount = Math.max(1, clock.dayNumber(period.to - 1) - firstDay + 1);
  const days: number[][] = Array.from({ length: dayCount }, () => []);
  const add = (map: Map<string, number[]>, key: string, value: number) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const wait of waits) {
    if (!contains(period, wait.receivedAt)) continue;
    const time = responseTime(wait);
    if (time === null) continue;
    all.push(time);
    add(groups.platform, wait.platform, time);
    add(groups.category, wait.category, time);
    add(groups.agent, wait.agent ?? '', time);
    const onDuty = shiftsAt(wait.endedAt!);
    if (onDuty.length === 0) add(groups.shift, OFF_SHIFT, time);
    for (const shift of onDuty) {
      shiftNames.set(shift.id, shift.name);
      add(groups.shift, shift.id, time);
    }
    days[clock.dayNumber(wait.receivedAt) - firstDay]?.push(time);
  }
  const rows = (map: Map<string, number[]>, order?: readonly string[]): ResponseRow[] => {
    const keys = order ? order.filter((key) => map.has(key)) : [...map.keys()].sort((a, b) => (map.get(b)!.length - map.get(a)!.length) || a.localeCompare(b));
    return keys.map((key) => ({ key, ...summarize(map.get(key)!) }));
  };
  return {
    overall: summarize(all),
    byPlatform: rows(groups.platform, PLATFORMS),
    byCategory: rows(groups.category, CATEGORIES),
    byShift: rows(groups.shift).map((row) => ({ ...row, label: shiftNames.get(row.key) })),
    byAgent: rows(groups.agent),
    daily: days.map((times, index) => {
      const summary = summarize(times);
      return { date: new Date((firstDay + index) * 86_400_000).toISOString().slice(0, 10), median: summary.median, count: summary.count };
    }),
  };
}
