// The toolbar badge: how many conversations are overdue (red past a platform deadline, amber past only team
// targets) and a tooltip of overdue / due-soon per platform, from one indexed range query over dueAt. What to
// show is decided in ./badge-state.ts; this file reads Dexie and speaks to the browser.
import { browser } from 'wxt/browser';
import type { ReplyclockDb } from '../db';
import type { Platform } from '../model';
import { DUE_SOON_MS } from '../sla/overdue';
import { badgeState, type BadgeState, type PlatformBadgeCounts } from './badge-state';

export { badgeText } from './badge-state';

const PLATFORM_MESSAGES = { amazon: 'platformAmazon', ebay: 'platformEbay', etsy: 'platformEtsy' } as const satisfies Record<Platform, string>;

/** Only awaiting conversations have a dueAt (null is not indexed), so this range is exactly the overdue ones. */
export function countOverdue(db: ReplyclockDb, now: number): Promise<number> {
  return db.conversations.where('dueAt').belowOrEqual(now).count();
}

/** The overdue and due-soon conversations, and nothing else: one range over the dueAt index, never a table scan. */
export async function readBadgeState(db: ReplyclockDb, now: number): Promise<BadgeState> {
  return badgeState(await db.conversations.where('dueAt').belowOrEqual(now + DUE_SOON_MS).toArray(), now);
}

/** The tooltip: "Replyclock — Amazon: 3 overdue, 2 due soon · eBay: …", in the browser's language. */
export function badgeTitle(state: BadgeState): string {
  if (state.platforms.length === 0) return browser.i18n.getMessage('ondutyBadgeClear');
  return browser.i18n.getMessage('ondutyBadgeTitle', [state.platforms.map(platformLine).join(' · ')]);
}

function platformLine(counts: PlatformBadgeCounts): string {
  const name = browser.i18n.getMessage(PLATFORM_MESSAGES[counts.platform]);
  return counts.pastPlatformDeadline > 0
    ? browser.i18n.getMessage('ondutyBadgePlatformPast', [name, String(counts.overdue), String(counts.pastPlatformDeadline), String(counts.dueSoon)])
    : browser.i18n.getMessage('ondutyBadgePlatform', [name, String(counts.overdue), String(counts.dueSoon)]);
}

/** Recomputes the badge from Dexie alone (after every change, on the one-minute alarm, at every worker start). */
export async function refreshBadge(db: ReplyclockDb, now: number): Promise<BadgeState> {
  const state = await readBadgeState(db, now);
  // Firefox's MV2 build has browserAction, not action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await action.setBadgeText({ text: state.text });
  if (state.color) await action.setBadgeBackgroundColor({ color: state.color });
  await action.setTitle({ title: badgeTitle(state) });
  return state;
}
