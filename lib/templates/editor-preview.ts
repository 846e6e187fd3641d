// What the dashboard's template editor shows while the agent types: the body rendered for an invented sample
// conversation (a buyer and order on the chosen platform and marketplace, never real data), its gaps, its
// syntax problems, and the compliance warnings of every platform the template is for (all three for "any").
import { PLATFORMS, type Conversation, type Platform } from '../model';
import { complianceWarnings, type ComplianceWarning } from './compliance';
import { variablesFor, type TemplateContext } from './offer';
import { renderTemplate, templateSyntaxProblems, type Rendered } from './render';

export interface SampleMarket {
  platform: Platform;
  marketplace: string;
  /** A page of that marketplace: the buyer's zone and language come from it, as in the sidebar. */
  url: string;
  buyer: string;
  orderId: string;
  /** On eBay the subject is the listing's title, which fills {{itemTitle}}. */
  subject: string;
}

/** Invented buyers and orders, one per marketplace the preview offers. */
export const SAMPLE_MARKETS: readonly SampleMarket[] = [
  { platform: 'amazon', marketplace: 'US', url: 'https://sellercentral.amazon.com/messaging/inbox', buyer: 'Jordan Avery', orderId: '114-2468013-5791357', subject: 'Where is my order?' },
  { platform: 'amazon', marketplace: 'UK', url: 'https://sellercentral.amazon.co.uk/messaging/inbox', buyer: 'Olivia Hartley', orderId: '205-1357924-6801357', subject: 'Parcel not arrived' },
  { platform: 'amazon', marketplace: 'DE', url: 'https://sellercentral.amazon.de/messaging/inbox', buyer: 'Lena Vogel', orderId: '303-9876543-2109876', subject: 'Wo ist meine Bestellung?' },
  { platform: 'amazon', marketplace: 'JP', url: 'https://sellercentral.amazon.co.jp/messaging/inbox', buyer: '佐藤 花子', orderId: '503-1122334-5566778', subject: '注文について' },
  { platform: 'ebay', marketplace: 'US', url: 'https://www.ebay.com/cnt/ViewMessage', buyer: 'jordan_avery77', orderId: '12-34567-89012', subject: 'Vintage brass desk lamp' },
  { platform: 'ebay', marketplace: 'UK', url: 'https://www.ebay.co.uk/cnt/ViewMessage', buyer: 'Olivia Hartley', orderId: '23-45678-90123', subject: 'Mid-century teak side table' },
  { platform: 'ebay', marketplace: 'DE', url: 'https://www.ebay.de/cnt/ViewMessage', buyer: 'Lena Vogel', orderId: '34-56789-01234', subject: 'Retro Kaffeemühle aus Messing' },
  { platform: 'etsy', marketplace: 'US', url: 'https://www.etsy.com/messages/1', buyer: 'Jordan Avery', orderId: '3456789012', subject: 'Question about my order' },
  { platform: 'etsy', marketplace: 'DE', url: 'https://www.etsy.com/de/messages/1', buyer: 'Lena Vogel', orderId: '3456789013', subject: 'Frage zur Bestellung' },
];

export function sampleMarketsFor(platform: Platform): SampleMarket[] {
  return SAMPLE_MARKETS.filter((m) => m.platform === platform);
}

/** The sample as a stored conversation would look: waiting an hour, due in a day. */
export function sampleConversation(market: SampleMarket, now: number): Conversation {
  return {
    id: `${market.platform}:${market.marketplace}:sample`,
    platform: market.platform,
    marketplace: market.marketplace,
    threadId: 'sample',
    buyer: market.buyer,
    orderId: market.orderId,
    subject: market.subject,
    url: market.url,
    lastBuyerAt: now - 3600_000,
    awaitingSince: now - 3600_000,
    awaitingSinceApprox: false,
    lastSellerAt: null,
    status: 'awaiting',
    kind: 'message',
    caseSignal: null,
    firstInThread: true,
    category: 'shipping',
    priority: 'B',
    dueAt: now + 23 * 3600_000,
    platformDueAt: now + 23 * 3600_000,
    teamDueAt: now + 3 * 3600_000,
    resolveBy: null,
    triage: null,
    categoryByAgent: false,
    escalation: null,
    firstSeenAt: now - 3600_000,
    updatedAt: now,
  };
}

export interface PlatformWarnings {
  platform: Platform;
  warnings: ComplianceWarning[];
}

export interface EditorPreview {
  /** Null when the body does not parse (see syntaxProblems). */
  rendered: Rendered | null;
  syntaxProblems: string[];
  /** Per platform the template is for; only platforms with a warning are listed. */
  compliance: PlatformWarnings[];
}

/**
 * The preview for a draft. Compliance is checked on the rendered sample (so a link in a variable value would
 * count) and, when the body does not parse, on the body as written, so a warning never waits for a fix.
 */
export function previewDraft(body: string, platforms: readonly Platform[], market: SampleMarket, now: number, context?: TemplateContext): EditorPreview {
  const syntaxProblems = templateSyntaxProblems(body);
  const rendered = syntaxProblems.length === 0 ? renderTemplate(body, variablesFor(sampleConversation(market, now), now, context)) : null;
  const text = rendered?.text ?? body;
  const checked = platforms.length === 0 ? PLATFORMS : platforms;
  const compliance = checked.map((platform) => ({ platform, warnings: complianceWarnings(text, platform) })).filter((p) => p.warnings.length > 0);
  return { rendered, syntaxProblems, compliance };
}
