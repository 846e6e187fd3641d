// Median and 90th percentile by linear interpolation between closest ranks (spreadsheet PERCENTILE.INC).
import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from '@/lib/analytics/percentiles';

describe('percentiles', () => {
  it('takes the mean of the middle two for an even count, and the middle value for an odd one', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('interpolates the 90th percentile between the closest ranks', () => {
    // rank (5 − 1) × 0.9 = 3.6: between 40 and 50.
    expect(percentile([10, 20, 30, 40, 50], 0.9)).toBeCloseTo(46, 10);
    expect(percentile([10, 20, 30, 40, 50], 0)).toBe(10);
    expect(percentile([10, 20, 30, 40, 50], 1)).toBe(50);
  });

  it('has no percentile for no values, and one value is every percentile', () => {
    expect(summarize([])).toEqual({ count: 0, median: null, p90: null });
    expect(summarize([7])).toEqual({ count: 1, median: 7, p90: 7 });
  });

  it('does not reorder the caller\'s list', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('rejects a p outside 0..1', () => {
    expect(() => percentile([1], 1.5)).toThrow(/between 0 and 1/);
  });
});
