// What buyers write about: the top categories of a period with their share and change from the period before,
// and each category's count per day (periods up to 31 days) or per week (longer), for the trend chart.
import { CATEGORIES, type Category } from '../model';
import { contains, previousPeriod, type Period } from './period';
import type { Wait } from './waits';
import type { ZoneClock } from './zone-clock';

export interface CategoryRow {
  category: Category;
  count: number;
  /** count / all waits in the period; null when the period is empty. */
  share: number | null;
  previousCount: number;
  /** (count − previous) / previous; null when there was none before. */
  change: number | null;
}

export interface CategoryTrends {
  /** Categories with any waits in either period, busiest first. */
  rows: CategoryRow[];
  bucket: 'day' | 'week';
  /** Each bucket's first date ('YYYY-MM-DD', team zone); a week starts on Monday. */
  buckets: string[];
  /** Waits per bucket, per category (every category, zeros included). */
  series: Record<Category, number[]>;
}

const LONGEST_DAILY_PERIOD_DAYS = 31;

/** Counts waits started (one per 'received') by category; the category rule is waits.ts's. */
export function categoryTrends(waits: readonly Wait[], period: Period, clock: ZoneClock): CategoryTrends {
  const before = previousPeriod(period);
  const firstDay = clock.dayNumber(period.from);
  const lastDay = clock.dayNumber(period.to - 1);
  const bucket = lastDay - firstDay + 1 > LONGEST_DAILY_PERIOD_DAYS ? 'week' : 'day';
  // Day numbers count from Thursday 1970-01-01: (day + 3) % 7 is days since Monday.
  const bucketOf = (day: number) => (bucket === 'day' ? day : day - ((day + 3) % 7));
  const firstBucket = bucketOf(firstDay);
  const step = bucket === 'day' ? 1 : 7;
  const buckets: string[] = [];
  for (let day = firstBucket; day <= lastDay; day += step) buckets.push(new Date(day * 86_400_000).toISOString().slice(0, 10));
  const series = Object.fromEntries(CATEGORIES.map((category) => [category, new Array<number>(buckets.length).fill(0)])) as Record<Category, number[]>;
  const counts = new Map<Category, number>();
  const previous = new Map<Category, number>();
  let total = 0;
  for (const wait of waits) {
    if (contains(period, wait.receivedAt)) {
      total++;
      counts.set(wait.category, (counts.get(wait.category) ?? 0) + 1);
      series[wait.category][(bucketOf(clock.dayNumber(wait.receivedAt)) - firstBucket) / step]!++;
    } else if (contains(before, wait.receivedAt)) {
      previous.set(wait.category, (previous.get(wait.category) ?? 0) + 1);
    }
  }
  const rows = CATEGORIES.filter((category) => counts.has(category) || previous.has(category))
    .map((category): CategoryRow => {
      const count = counts.get(category) ?? 0;
      const previousCount = previous.get(category) ?? 0;
      return { category, count, share: total > 0 ? count / total : null, previousCount, change: previousCount > 0 ? (count - previousCount) / previousCount : null };
    })
    .sort((a, b) => b.count - a.count || CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  return { rows, bucket, buckets, series };
}
