// What a click on one of Replyclock's notifications opens: an urgent or due-soon notification focuses its
// conversation's tab (or opens its seller page); a summary or an escalation alert opens the dashboard's inbox.
import { browser } from 'wxt/browser';
import type { ReplyclockDb } from '../db';
import { openConversation } from './conversation-tabs';
import { ALERT_PREFIX, DUE_SOON_PREFIXES, DUE_SOON_SUMMARY } from './on-duty-notifications';
import { URGENT_PREFIX } from './urgent-notifications';

const CONVERSATION_PREFIXES = [URGENT_PREFIX, ...DUE_SOON_PREFIXES];

export type NotificationTarget = { conversationId: string } | 'inbox' | null;

/** Which conversation (or the inbox) a notification id stands for; null for ids that are not Replyclock's. */
export function notificationTarget(notificationId: string): NotificationTarget {
  const prefix = CONVERSATION_PREFIXES.find((candidate) => notificationId.startsWith(candidate));
  if (prefix) return { conversationId: notificationId.slice(prefix.length) };
  if (notificationId === DUE_SOON_SUMMARY || notificationId.startsWith(ALERT_PREFIX)) return 'inbox';
  return null;
}

/** Registered in the worker's first turn: a click is what wakes a stopped worker. */
export function openOnNotificationClick(db: ReplyclockDb): void {
  browser.notifications.onClicked.addListener((notificationId) => {
    const target = notificationTarget(notificationId);
    if (target === null) return;
    void (async () => {
      // The dashboard opens on its inbox; openOptionsPage focuses it where it is already open.
      if (target === 'inbox') await browser.runtime.openOptionsPage();
      else await openConversation(db, target.conversationId);
      await browser.notifications.clear(notificationId);
    })().catch((error: unknown) => console.error('[Replyclock]', error));
  });
}
