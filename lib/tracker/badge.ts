// The toolbar badge: how many conversations are overdue, counted with one indexed range query.
import { browser } from 'wxt/browser';
import type { ReplyclockDb } from '../db';

export const BADGE_COLOR_OVERDUE = '#c5221f';

/** Empty at zero (a quiet toolbar means nothing is overdue); capped so it fits the badge. */
export function badgeText(overdue: number): string {
  if (overdue <= 0) return '';
  return overdue > 999 ? '999+' : String(overdue);
}

/** Only awaiting conversations have a dueAt (null is not indexed), so this range is exactly the overdue ones. */
export function countOverdue(db: ReplyclockDb, now: number): Promise<number> {
  return db.conversations.where('dueAt').belowOrEqual(now).count();
}

export async function refreshBadge(db: ReplyclockDb, now: number): Promise<number> {
  const overdue = await countOverdue(db, now);
  // Firefox's MV2 build has browserAction, not action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: badgeText(overdue) });
  await action.setBadgeBackgroundColor({ color: BADGE_COLOR_OVERDUE });
  await action.setTitle({
    title:
      overdue > 0
        ? browser.i18n.getMessage('badgeTitleOverdue', [String(overdue)])
        : browser.i18n.getMessage('badgeTitleClear'),
  });
  return overdue;
}
