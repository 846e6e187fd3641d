// Benchmark for deadlinesFor. Run: cd /work/main && npx vitest bench --run test/bench
// (`vitest run`, which CI uses, ignores *.bench.ts.) Throughput in deadlines/s = the table's hz × the batch size
// in the bench name; the target is comfortably above 100,000 deadlines/s.
import { bench, describe } from 'vitest';
import { CATEGORIES, PLATFORMS, type Conversation, type Platform } from '@/lib/model';
import { deadlinesFor, type DeadlineInput } from '@/lib/sla/deadlines';
import { DEFAULT_POLICIES, parsePolicies, policiesFingerprint, type SlaPolicies } from '@/lib/sla/policies';

const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 24 * 3600_000;

/** Deterministic pseudo-random numbers (mulberry32), so every run benchmarks the same inputs. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EBAY_MARKETPLACES = ['US', 'UK', 'DE', 'FR', 'IT', 'ES', 'AU', 'CA'];
const MARKETPLACES: Record<Platform, string[]> = { amazon: ['US', 'UK', 'DE', 'JP', 'EU'], ebay: EBAY_MARKETPLACES, etsy: ['US'] };

const rnd = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

// (1) 100,000 eBay cases: every one takes the business-day path, message times spread over a year.
const EBAY_CASES: DeadlineInput[] = Array.from({ length: 100_000 }, () => ({
  platform: 'ebay',
  marketplace: pick(EBAY_MARKETPLACES),
  category: pick(CATEGORIES),
  kind: 'case',
  firstInThread: true,
  messageAt: YEAR_START + Math.floor(rnd() * YEAR_MS),
  precision: rnd() < 0.9 ? 'exact' : 'day',
}));

// (2) 10,000 open conversations across every platform, as the background holds them.
const OPEN: (DeadlineInput & { id: string })[] = Array.from({ length: 10_000 }, (_, i) => {
  const platform = pick(PLATFORMS);
  return {
    id: `c${i}`,
    platform,
    marketplace: pick(MARKETPLACES[platform]),
    category: pick(CATEGORIES),
    kind: platform === 'ebay' && rnd() < 0.4 ? 'case' : 'message',
    firstInThread: rnd() < 0.5,
    messageAt: YEAR_START + Math.floor(rnd() * YEAR_MS),
    precision: 'exact',
  };
});

const STORED_POLICIES = JSON.stringify(DEFAULT_POLICIES);
let sink = 0; // keeps the results alive so nothing is optimised away
let edits = 0;

/** What the background does when policies change: validate them, see they changed, recompute every open conversation. */
function recompute(policies: SlaPolicies, lastFingerprint: string): Pick<Conversation, 'id' | 'dueAt' | 'platformDueAt' | 'priority'>[] {
  if (policiesFingerprint(policies) === lastFingerprint) return [];
  return OPEN.map((c) => {
    const d = deadlinesFor(c, policies);
    return { id: c.id, dueAt: d.due.at, platformDueAt: d.platform?.at ?? null, priority: d.tier };
  });
}

describe('deadlinesFor', () => {
  bench('100,000 eBay cases (business days, 8 marketplaces, a year of message times)', () => {
    for (const input of EBAY_CASES) sink += deadlinesFor(input).due.at;
  }, { iterations: 10, warmupIterations: 2 });

  bench('recompute 10,000 open conversations (parse + fingerprint + deadlines)', () => {
    const policies = parsePolicies(JSON.parse(STORED_POLICIES));
    sink += recompute(policies, '').length;
  }, { iterations: 30, warmupIterations: 3 });

  bench('recompute 10,000 open conversations after a days-off edit (cold calendars)', () => {
    // A new custom day off each time: a new calendar per country, so its business-day cache starts empty.
    edits++;
    const day = new Date(YEAR_START + (edits % 365) * 24 * 3600_000).toISOString().slice(0, 10);
    const policies = parsePolicies({ ...JSON.parse(STORED_POLICIES), customDaysOff: Object.fromEntries(['GB', 'US', 'DE', 'FR', 'IT', 'ES', 'AU', 'CA'].map((c) => [c, [day]])) });
    sink += recompute(policies, '').length;
  }, { iterations: 30, warmupIterations: 3 });
});

export { sink };
