// What the toolbar badge says, decided without a browser: the overdue count, red when a platform deadline
// has passed (account health is at stake) or amber when only team targets are missed, and the per-platform
// overdue / due-soon counts its tooltip lists. Pure: takes the conversations due within the window and `now`.
import { PLATFORMS, type Conversation, type Platform } from '../model';

/** A platform deadline has passed: the same red as the urgent states elsewhere in the extension. */
export const BADGE_RED = '#c5221f';
/** Only the team's own targets are missed: amber, dark enough for white badge text to stay readable. */
export const BADGE_AMBER = '#b35900';
/** "Due soon" in the tooltip: due within this long. */
export const DUE_SOON_WINDOW_MS = 2 * 3600_000;

export type BadgeConversation = Pick<Conversation, 'platform' | 'status' | 'dueAt' | 'platformDueAt'>;

export interface PlatformBadgeCounts {
  platform: Platform;
  overdue: number;
  /** Overdue ones whose platform deadline itself has passed (a subset of `overdue`). */
  pastPlatformDeadline: number;
  /** Not yet overdue, due within DUE_SOON_WINDOW_MS. */
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
  const counts = new Map<Platform, PlatformBadgeCounts>(
    PLATFORMS.map((platform) => [platform, { platform, overdue: 0, pastPlatformDeadline: 0, dueSoon: 0 }]),
  );
  for (const conversation of conversations) {
    const { dueAt } = conversation;
    if (conversation.status !== 'awaiting' || dueAt === null) continue;
    const entry = counts.get(conversation.platform);
    if (!entry) continue;
    if (dueAt <= now) {
      entry.overdue += 1;
      if (conversation.platformDueAt !== null && conversation.platformDueAt <= now) entry.pastPlatformDeadline += 1;
    } else if (dueAt <= now + DUE_SOON_WINDOW_MS) {
      entry.dueSoon += 1;
    }
  }
  const platforms = [...counts.values()].filter((entry) => entry.overdue > 0 || entry.dueSoon > 0);
  const overdue = platforms.reduce((sum, entry) => sum + entry.overdue, 0);
  const pastPlatformDeadline = platforms.some((entry) => entry.pastPlatformDeadline > 0);
  return {
    text: badgeText(overdue),
    color: overdue === 0 ? null : pastPlatformDeadline ? BADGE_RED : BADGE_AMBER,
    overdue,
    dueSoon: platforms.reduce((sum, entry) => sum + entry.dueSoon, 0),
    platforms,
  };
}
