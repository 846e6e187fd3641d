// What the toolbar badge says, decided without a browser: the overdue count, red when a platform deadline
// has passed (account health is at stake) or amber when only team targets are missed, and the per-platform
// overdue / due-soon counts its tooltip lists. Pure: takes the conversations due within the window and `now`.
import { platformCounts } from '../inbox/platform-counts';
import type { Conversation, Platform } from '../model';
import { DUE_SOON_MS } from '../sla/overdue';

/** A platform deadline has passed: the same red as the urgent states elsewhere in the extension. */
export const BADGE_RED = '#c5221f';
/** Only the team's own targets are missed: amber, dark enough for white badge text to stay readable. */
export const BADGE_AMBER = '#b35900';

export type BadgeConversation = Pick<Conversation, 'platform' | 'status' | 'dueAt' | 'platformDueAt'>;

export interface PlatformBadgeCounts {
  platform: Platform;
  overdue: number;
  /** Overdue ones whose platform deadline itself has passed (a subset of `overdue`). */
  pastPlatformDeadline: number;
  /** Not yet overdue, due within DUE_SOON_MS. */
  dueSoon: number;
}

export interface BadgeState {
  /** '' at zero: a quiet toolbar means nothing is overdue. */
  text: string;
  /** null when nothing is overdue (no badge is shown, so its colour does not matter). */
  color: typeof BADGE_RED | typeof BADGE_AMBER | null;
  overdue: number;
  dueSoon: number;
  /** Platforms with anything overdue or due soon, in PLATFORMS order. */
  platforms: PlatformBadgeCounts[];
}

/** Empty at zero, the count otherwise, capped so it fits the badge. */
export function badgeText(overdue: number): string {
  if (overdue <= 0) return '';
  return overdue > 999 ? '999+' : String(overdue);
}

/**
 * The badge for `conversations` at `now`. Callers pass what the dueAt index holds up to now + the window (only
 * awaiting conversations carry a dueAt); anything else passed in is ignored, so the answer never depends on
 * how wide the caller's query was.
 */
export function badgeState(conversations: readonly BadgeConversation[], now: number): BadgeState {
  const awaiting = conversations.filter((conversation) => conversation.status === 'awaiting');
  const { byPlatform, total } = platformCounts(awaiting, now, DUE_SOON_MS);
  const platforms = byPlatform
    .filter(({ counts }) => counts.overdue > 0 || counts.dueSoon > 0)
    .map(({ platform, counts }) => ({ platform, overdue: counts.overdue, pastPlatformDeadline: counts.pastPlatformDeadline, dueSoon: counts.dueSoon }));
  return {
    text: badgeText(total.overdue),
    color: total.overdue === 0 ? null : total.pastPlatformDeadline > 0 ? BADGE_RED : BADGE_AMBER,
    overdue: total.overdue,
    dueSoon: total.dueSoon,
    platforms,
  };
}
