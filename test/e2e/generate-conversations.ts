// Invented conversations in bulk for the dashboard's end-to-end test and the inbox benchmark: plausible mixes
// of platforms, marketplaces, categories and statuses, with due times from the real reply-clock rules.
// Seeded, so every run sees the same rows. Every buyer, order and subject is made up.
import type { Category, Conversation, ConversationStatus, Platform, Priority } from '../../lib/model';
import { DEFAULT_POLICIES } from '../../lib/sla/policies';
import { withDeadlines } from '../../lib/tracker/reply-clock';

const HOUR = 3600_000;

/** mulberry32: a tiny seeded generator, so a run is repeatable without a dependency. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKETPLACES: Record<Platform, string[]> = {
  amazon: ['US', 'UK', 'DE', 'FR', 'IT', 'ES', 'CA', 'JP'],
  ebay: ['US', 'UK', 'DE', 'AU'],
  etsy: ['US', 'UK', 'DE'],
};
const FIRST = ['Emma', 'Lukas', 'Zoë', 'José', 'Amélie', 'Noah', 'Chloé', 'Søren', 'Hana', 'Mateo', 'Olivia', 'Björn', 'Inès', 'Kenji', 'Grace', 'Łucja'];
const LAST = ['Whitfield', 'Brenner', 'Müller', 'García', 'Dubois', 'Castillo', 'Lindqvist', 'Rossi', 'Tanaka', 'Nowak', 'Ó Briain', 'Fernández', 'Kovač', 'Hughes'];
const SUBJECTS: Record<Category, string[]> = {
  dispute: ['A-to-z claim opened', 'I will report this seller', 'Chargeback filed with my bank'],
  order: ['Please cancel my order', 'Change delivery address', 'Can I add a second item?'],
  return: ['Return request', 'Refund for unused item', 'Exchange for a larger size'],
  quality: ['Arrived damaged', 'Wrong colour received', 'Stopped working after two days'],
  shipping: ['Where is my order?', 'Tracking has not moved', 'Delivery estimate'],
  product: ['Is this compatible with model X2?', 'What are the dimensions?', 'Does it come in blue?'],
  feedback: ['Thank you!', 'Received, all good', 'Great service'],
  other: ['Question about invoice', 'VAT receipt needed', 'Hello'],
};
const CATEGORY_WEIGHTS: [Category, number][] = [
  ['shipping', 30],
  ['product', 18],
  ['return', 12],
  ['quality', 10],
  ['feedback', 10],
  ['order', 8],
  ['other', 8],
  ['dispute', 4],
];
const TIER: Record<Category, Priority> = {
  dispute: 'A',
  order: 'A',
  return: 'A',
  quality: 'A',
  shipping: 'B',
  product: 'B',
  other: 'B',
  feedback: 'C',
};

/** One conversation with every field filled: an awaiting Amazon US message unless `extra` says otherwise. */
export function makeConversation(extra: Partial<Conversation> & { threadId: string }, now = Date.UTC(2026, 10, 22, 20, 0)): Conversation {
  const platform = extra.platform ?? 'amazon';
  const marketplace = extra.marketplace ?? 'US';
  const base: Conversation = {
    id: `${platform}:${marketplace}:${extra.threadId}`,
    platform,
    marketplace,
    threadId: extra.threadId,
    buyer: `Buyer ${extra.threadId}`,
    orderId: null,
    subject: 'Question',
    url: `https://sellercentral.amazon.com/messaging/thread/${extra.threadId}`,
    lastBuyerAt: now - 2 * HOUR,
    awaitingSince: now - 2 * HOUR,
    awaitingSinceApprox: false,
    lastSellerAt: null,
    status: 'awaiting',
    kind: 'message',
    caseSignal: null,
    firstInThread: true,
    category: 'other',
    priority: 'B',
    dueAt: null,
    platformDueAt: null,
    teamDueAt: null,
    resolveBy: null,
    triage: null,
    categoryByAgent: false,
    escalation: null,
    firstSeenAt: now - 3 * HOUR,
    updatedAt: now,
  };
  const merged = { ...base, ...extra };
  if (merged.status !== 'awaiting') Object.assign(merged, { awaitingSince: null, awaitingSinceApprox: false });
  // Due times as the tracker would store them, unless the caller set them.
  return 'dueAt' in extra ? merged : withDeadlines(merged, DEFAULT_POLICIES);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function weighted<T>(random: () => number, entries: readonly [T, number][]): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of entries) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

function orderId(random: () => number, platform: Platform): string {
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  if (platform === 'amazon') return `${digits(3)}-${digits(7)}-${digits(7)}`;
  if (platform === 'ebay') return `${digits(2)}-${digits(5)}-${digits(5)}`;
  return digits(10);
}

const AMAZON_HOSTS: Record<string, string> = {
  US: 'sellercentral.amazon.com',
  UK: 'sellercentral.amazon.co.uk',
  DE: 'sellercentral.amazon.de',
  FR: 'sellercentral.amazon.fr',
  IT: 'sellercentral.amazon.it',
  ES: 'sellercentral.amazon.es',
  CA: 'sellercentral.amazon.ca',
  JP: 'sellercentral.amazon.co.jp',
};
const EBAY_HOSTS: Record<string, string> = { US: 'www.ebay.com', UK: 'www.ebay.co.uk', DE: 'www.ebay.de', AU: 'www.ebay.com.au' };

/** The conversation's page on its own marketplace's domain. */
function threadUrl(platform: Platform, marketplace: string, threadId: string): string {
  if (platform === 'amazon') return `https://${AMAZON_HOSTS[marketplace]}/messaging/thread/${threadId}`;
  if (platform === 'ebay') return `https://${EBAY_HOSTS[marketplace]}/cnt/ViewMessage?reference_id=${threadId}`;
  return `https://www.etsy.com/your/conversations/${threadId}`;
}

/** `count` invented conversations around `now`: about half awaiting a reply (some overdue), the rest answered or closed. */
export function generateConversations(count: number, now: number, seed = 20261122): Conversation[] {
  const random = seeded(seed);
  const conversations: Conversation[] = [];
  for (let index = 0; index < count; index++) {
    const platform = weighted<Platform>(random, [
      ['amazon', 55],
      ['ebay', 30],
      ['etsy', 15],
    ]);
    const marketplace = pick(random, MARKETPLACES[platform]);
    const category = weighted(random, CATEGORY_WEIGHTS);
    const roll = random();
    const status: ConversationStatus =
      roll < 0.55 ? 'awaiting' : roll < 0.8 ? 'replied' : roll < 0.88 && platform === 'amazon' ? 'no-response-needed' : 'resolved';
    const threadId = `T${String(index).padStart(6, '0')}`;
    // Waits from minutes to three days, so some are overdue and some are not yet.
    const waitedHours = random() * 72;
    const approximate = status === 'awaiting' && random() < 0.1;
    const lastBuyerAt = now - waitedHours * HOUR;
    conversations.push(
      makeConversation(
        {
          platform,
          marketplace,
          threadId,
          buyer: `${pick(random, FIRST)} ${pick(random, LAST)}`,
          orderId: random() < 0.85 ? orderId(random, platform) : null,
          subject: pick(random, SUBJECTS[category]),
          url: threadUrl(platform, marketplace, threadId),
          lastBuyerAt,
          awaitingSince: status === 'awaiting' ? lastBuyerAt : null,
          awaitingSinceApprox: approximate,
          lastSellerAt: status === 'awaiting' ? null : lastBuyerAt + HOUR,
          status,
          kind: platform === 'ebay' && category === 'return' ? 'case' : 'message',
          category,
          priority: TIER[category],
          firstSeenAt: lastBuyerAt,
          updatedAt: now,
        },
        now,
      ),
    );
  }
  return conversations;
}
