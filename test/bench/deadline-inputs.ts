// Deterministic inputs for the reply-clock benchmarks: eBay cases on the business-day path, and open
// conversations as the background stores them. Shared by the vitest bench and the throughput script.
import { CATEGORIES, PLATFORMS, type Conversation, type Platform } from '@/lib/model';
import type { DeadlineInput } from '@/lib/sla/deadlines';

const YEAR_START = Date.UTC(2026, 0, 1);
const YEAR_MS = 365 * 24 * 3600_000;
const EBAY_MARKETPLACES = ['US', 'UK', 'DE', 'FR', 'IT', 'ES', 'AU', 'CA'];
const MARKETPLACES: Record<Platform, string[]> = { amazon: ['US', 'UK', 'DE', 'JP', 'EU'], ebay: EBAY_MARKETPLACES, etsy: ['US'] };

/** mulberry32: the same pseudo-random inputs on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** eBay requests across 8 marketplaces and a year of message times: every one takes the business-day path. */
export function ebayCases(count: number, seed = 42): DeadlineInput[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  return Array.from({ length: count }, () => ({
    platform: 'ebay' as const,
    marketplace: pick(EBAY_MARKETPLACES),
    category: pick(CATEGORIES),
    kind: 'case' as const,
    firstInThread: true,
    messageAt: YEAR_START + Math.floor(rnd() * YEAR_MS),
    precision: rnd() < 0.9 ? ('exact' as const) : ('day' as const),
  }));
}

/** Open conversations on every platform, as Dexie holds them. */
export function openConversations(count: number, seed = 7): Conversation[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const platform = pick(PLATFORMS);
    const marketplace = pick(MARKETPLACES[platform]);
    const since = YEAR_START + Math.floor(rnd() * YEAR_MS);
    return {
      id: `${platform}:${marketplace}:c${i}`,
      platform,
      marketplace,
      threadId: `c${i}`,
      buyer: `Buyer ${i}`,
      orderId: null,
      subject: 'Question',
      url: '',
      lastBuyerAt: since,
      awaitingSince: since,
      awaitingSinceApprox: false,
      lastSellerAt: null,
      status: 'awaiting' as const,
      kind: platform === 'ebay' && rnd() < 0.4 ? ('case' as const) : ('message' as const),
      caseSignal: null,
      firstInThread: rnd() < 0.5,
      category: pick(CATEGORIES),
      priority: 'B' as const,
      dueAt: null,
      platformDueAt: null,
      teamDueAt: null,
      resolveBy: null,
      triage: null,
      categoryByAgent: false,
      escalation: null,
      firstSeenAt: since,
      updatedAt: since,
    };
  });
}
