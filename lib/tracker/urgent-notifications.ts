// Browser notifications for what cannot wait: a buyer's urgent message is announced at once (the night
// agent must learn of "URGENT — wrong address" while working in another tab); a click opens it
// (./on-duty-clicks.ts). Whether it may be shown is the caller's decision (lib/alerts/quiet-hours.ts).
import { browser } from 'wxt/browser';
import type { Conversation, Platform } from '../model';

export const URGENT_PREFIX = 'replyclock:urgent:';

const PLATFORM_MESSAGES = { amazon: 'platformAmazon', ebay: 'platformEbay', etsy: 'platformEtsy' } as const satisfies Record<Platform, string>;

/** "Amazon US": where a conversation lives, in the notification's language. */
export function whereLabel(conversation: Pick<Conversation, 'platform' | 'marketplace'>): string {
  return `${browser.i18n.getMessage(PLATFORM_MESSAGES[conversation.platform])} ${conversation.marketplace}`;
}

export function buyerLabel(conversation: Pick<Conversation, 'buyer'>): string {
  return conversation.buyer || browser.i18n.getMessage('unknownBuyer');
}

export function notificationIcon(): string {
  return browser.runtime.getURL('/icon/128.png');
}

export async function notifyUrgent(conversations: readonly Conversation[]): Promise<void> {
  for (const conversation of conversations) {
    const why = conversation.triage?.reasons.slice(0, 3).map((reason) => reason.match).join(', ') ?? '';
    await browser.notifications.create(`${URGENT_PREFIX}${conversation.id}`, {
      type: 'basic',
      iconUrl: notificationIcon(),
      title: browser.i18n.getMessage('notifyUrgentTitle', [buyerLabel(conversation), whereLabel(conversation)]),
      message: [conversation.subject, why && browser.i18n.getMessage('notifyUrgentWhy', [why])].filter(Boolean).join('\n'),
      priority: 2,
    });
  }
}
