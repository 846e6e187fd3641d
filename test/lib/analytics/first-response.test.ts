// First response time over the last seven days of the hand-written log, against numbers worked out by hand:
// eight answered waits of 1, 1, 1, 1, 2.5, 4.5, 48 and 61.5 hours.
import { describe, expect, it } from 'vitest';
import { firstResponse } from '@/lib/analytics/first-response';
import { OFF_SHIFT, shiftsOnDutyDuring } from '@/lib/analytics/shift-attribution';
import { timelinesOf, waitsOf } from '@/lib/analytics/waits';
import { zoneClock } from '@/lib/analytics/zone-clock';
import { conversations, eventsLog, HOUR, LAST_7_DAYS, NOW, SHIFTS, ZONE } from './events-log';

const waits = waitsOf(timelinesOf(eventsLog()), new Map(conversations().map((c) => [c.id, c])));
const report = firstResponse(waits, LAST_7_DAYS, shiftsOnDutyDuring(SHIFTS, { from: LAST_7_DAYS.from, to: NOW + HOUR }), zoneClock(ZONE));
const inHours = (rows: { key: string; count: number; median: number | null; p90: number | null }[]) =>
  rows.map((row) => [row.key, row.count, row.median! / HOUR, Number((row.p90! / HOUR).toFixed(4))]);

describe('firstResponse', () => {
  it('gives the median and 90th percentile of every answered wait received in the period', () => {
    // Sorted: 1 1 1 1 2.5 4.5 48 61.5. Median: mean of 1 and 2.5. P90 at rank 6.3: 48 + 0.3 × 13.5.
    expect(report.overall.count).toBe(8);
    expect(report.overall.median).toBe(1.75 * HOUR);
    expect(report.overall.p90! / HOUR).toBeCloseTo(52.05, 9);
  });

  it('splits by platform and by category (old events joined to the conversation\'s category)', () => {
    expect(inHours(report.byPlatform)).toEqual([
      ['amazon', 3, 1, 49.4], // 1 1 61.5: rank 1.8
      ['ebay', 2, 1.75, 2.35], // 1 2.5
      ['etsy', 3, 4.5, 39.3], // 1 4.5 48
    ]);
    expect(inHours(report.byCategory)).toEqual([
      ['order', 2, 1.75, 2.35],
      ['return', 1, 1, 1],
      ['quality', 1, 1, 1],
      ['shipping', 3, 48, 58.8], // 1 48 61.5
      ['product', 1, 4.5, 4.5],
    ]);
  });

  it('credits each reply to the shifts on duty when it was sent: both during an overlap, none at 07:30', () => {
    expect(inHours(report.byShift)).toEqual([
      ['day', 6, 1, 54.75], // 1 1 1 1 48 61.5: rank 4.5
      [OFF_SHIFT, 1, 4.5, 4.5],
      ['evening', 1, 2.5, 2.5], // answered 00:30: evening (to 02:00) and night (from 23:00) are both on
      ['night', 1, 2.5, 2.5],
    ]);
    expect(report.byShift.map((row) => row.label)).toEqual(['Day', undefined, 'Evening', 'Night']);
  });

  it('splits by the agent who answered, unrecorded names together', () => {
    expect(inHours(report.byAgent)).toEqual([
      ['Lin', 3, 1, 49.4],
      ['Mei', 3, 1, 38.6], // 1 1 48: rank 1.8
      ['', 1, 4.5, 4.5],
      ['Wang', 1, 2.5, 2.5],
    ]);
  });

  it('gives the daily median by the day the buyer wrote, in the team\'s zone', () => {
    expect(report.daily.map((day) => [day.date, day.count, day.median === null ? null : day.median / HOUR])).toEqual([
      ['2026-03-09', 0, null],
      ['2026-03-10', 2, 1],
      ['2026-03-11', 2, 25.25], // 48 and 2.5
      ['2026-03-12', 2, 2.75], // 4.5 and 1
      ['2026-03-13', 2, 31.25], // 1 and 61.5
      ['2026-03-14', 0, null],
      ['2026-03-15', 0, null],
      ['2026-03-16', 0, null],
    ]);
  });
});
