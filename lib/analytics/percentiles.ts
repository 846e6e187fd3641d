// Median and percentiles of a list of numbers (response times), by linear interpolation between closest ranks.
// The method is the one spreadsheets call PERCENTILE.INC (Hyndman & Fan type 7, numpy's default): the p-th
// percentile of n sorted values sits at rank h = (n − 1)·p, between the values either side of h. For p = 0.5 it
// is the usual median (the mean of the two middle values when n is even). Empty input has no percentile (null).

/** The p-th percentile (0 ≤ p ≤ 1) of values already sorted ascending; null for an empty list. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number | null {
  if (sorted.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new Error(`percentile: p must be between 0 and 1, not ${p}`);
  const rank = (sorted.length - 1) * p;
  const below = Math.floor(rank);
  const lower = sorted[below]!;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return lower + (rank - below) * (upper - lower);
}

/** The p-th percentile of values in any order (they are copied, not reordered in place). */
export function percentile(values: ArrayLike<number>, p: number): number | null {
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}

export function median(values: ArrayLike<number>): number | null {
  return percentile(values, 0.5);
}

/** How many values, their median and 90th percentile: what every response-time table shows. */
export interface Summary {
  count: number;
  median: number | null;
  p90: number | null;
}

export function summarize(values: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(values).sort(); // typed arrays sort numerically
  return { count: sorted.length, median: percentileOfSorted(sorted, 0.5), p90: percentileOfSorted(sorted, 0.9) };
}
