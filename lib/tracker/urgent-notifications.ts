// Browser notifications for what cannot wait: a buyer's urgent message is announced at once (the night
// agent must learn of "URGENT — wrong address" while working in another tab), and a click opens it.
import { browser } from 'wxt/browser';
import type { ReplyclockDb } from '../db';
import type { Conversation } from '../model';
import { openConversation } from './conversation-tabs';

const PREFIX = 'replyclock:urgent:';
const PLATFORM_MESSAGES = { amazon: 'platformAmazon', ebay: 'platformEbay', etsy: 'platformEtsy' } as const;

export async function notifyUrgent(conversations: readonly Conversation[]): Promise<void> {
  for (const conversation of conversations) {
    const where = `${browser.i18n.getMessage(PLATFORM_MESSAGES[conversation.platform])} ${conversation.marketplace}`;
    const buyer = conversation.buyer || browser.i18n.getMessage('unknownBuyer');
    const why = conversation.triage?.reasons.slice(0, 3).map((reason) => reason.match).join(', ') ?? '';
    await browser.notifications.create(`${PREFIX}${conversation.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: browser.i18n.getMessage('notifyUrgentTitle', [buyer, where]),
      message: [conversation.subject, why && browser.i18n.getMessage('notifyUrgentWhy', [why])].filter(Boolean).join('\n'),
      priority: 2,
    });
  }
}

/** A click on an urgent notification focuses its conversation's tab, or opens its page (only ever a seller page we know). */
export function openOnNotificationClick(db: ReplyclockDb): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(PREFIX)) return;
    void (async () => {
      await openConversation(db, notificationId.slice(PREFIX.length));
      await browser.notifications.clear(notificationId);
    })().catch((error: unknown) => console.error('[Replyclock]', error));
  });
}
