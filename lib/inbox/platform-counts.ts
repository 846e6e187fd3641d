// The popup's per-platform table: for each platform, how many conversations waiting for a reply are overdue, due
// within the next two hours, and waiting in all; plus the totals. Pure: counts what it is given at `now`.
import { PLATFORMS, type Conversation, type Platform } from '../model';
import { isOverdue } from '../sla/overdue';

/** "Due soon" in the popup's table: the same two hours the countdowns turn amber at. */
export const DUE_SOON_WINDOW_MS = 2 * 60 * 60 * 1000;

export interface WaitingCounts {
  /** Past the due time. */
  overdue: number;
  /** Not overdue, due within DUE_SOON_WINDOW_MS. */
  dueSoon: number;
  /** Every conversation waiting for a reply (overdue and due soon included). */
  waiting: number;
}

export interface PlatformCounts {
  /** Every platform, in PLATFORMS order, zeros included (the UI decides which rows to show). */
  byPlatform: { platform: Platform; counts: WaitingCounts }[];
  total: WaitingCounts;
}

const zero = (): WaitingCounts => ({ overdue: 0, dueSoon: 0, waiting: 0 });

/** Only conversations with a due time are waiting (replied and closed ones carry none). */
export function platformCounts(
  conversations: readonly Pick<Conversation, 'platform' | 'dueAt'>[],
  now: number,
  soonMs = DUE_SOON_WINDOW_MS,
): PlatformCounts {
  const counts = new Map<Platform, WaitingCounts>(PLATFORMS.map((platform) => [platform, zero()]));
  const total = zero();
  for (const conversation of conversations) {
    if (conversation.dueAt === null) continue;
    const row = counts.get(conversation.platform);
    if (!row) continue; // a platform this build does not know: not counted rather than counted wrong
    for (const tally of [row, total]) {
      tally.waiting += 1;
      if (isOverdue(conversation, now)) tally.overdue += 1;
      else if (conversation.dueAt - now <= soonMs) tally.dueSoon += 1;
    }
  }
  return { byPlatform: PLATFORMS.map((platform) => ({ platform, counts: counts.get(platform)! })), total };
}
