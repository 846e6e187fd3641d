// Top categories with their share and change from the week before, and the daily series for the trend chart.
import { describe, expect, it } from 'vitest';
import { categoryTrends } from '@/lib/analytics/category-trends';
import { datePeriod } from '@/lib/analytics/period';
import { timelinesOf, waitsOf } from '@/lib/analytics/waits';
import { zoneClock } from '@/lib/analytics/zone-clock';
import { conversations, eventsLog, LAST_7_DAYS, ZONE } from './events-log';

const waits = waitsOf(timelinesOf(eventsLog()), new Map(conversations().map((c) => [c.id, c])));

describe('categoryTrends', () => {
  it('ranks the period\'s categories and compares with the period before', () => {
    const trends = categoryTrends(waits, LAST_7_DAYS, zoneClock(ZONE));
    expect(trends.rows.map((row) => [row.category, row.count, row.previousCount, row.change])).toEqual([
      ['shipping', 3, 1, 2], // A and J twice; I the week before
      ['order', 2, 0, null],
      ['quality', 2, 0, null], // F, and H through its conversation
      ['dispute', 1, 0, null],
      ['return', 1, 0, null],
      ['product', 1, 0, null],
      ['feedback', 1, 0, null],
    ]);
    expect(trends.rows[0]!.share).toBeCloseTo(3 / 11, 12);
  });

  it('counts by day for a week, by Monday-started week for a longer period', () => {
    const daily = categoryTrends(waits, LAST_7_DAYS, zoneClock(ZONE));
    expect(daily.bucket).toBe('day');
    expect(daily.buckets).toEqual(['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16']);
    expect(daily.series.shipping).toEqual([0, 1, 1, 0, 1, 0, 0, 0]);
    const weekly = categoryTrends(waits, datePeriod('2026-02-01', '2026-03-16', ZONE), zoneClock(ZONE));
    expect(weekly.bucket).toBe('week');
    expect(weekly.buckets.slice(-3)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(weekly.series.shipping.slice(-3)).toEqual([1, 3, 0]);
    expect(weekly.buckets[0]).toBe('2026-01-26'); // the Monday of the week holding 1 February
  });
});
