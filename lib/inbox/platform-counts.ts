// Per platform, how many conversations waiting for a reply are overdue (and of those, past the platform's own
// deadline), due within the next two hours, and waiting in all; plus the totals. The popup's table and the
// toolbar badge's colour and tooltip both count with this. Pure: counts what it is given at `now`.
import { PLATFORMS, type Conversation, type Platform } from '../model';
import { DUE_SOON_MS, isDueSoon, isOverdue } from '../sla/overdue';

export interface WaitingCounts {
  /** Past the due time. */
  overdue: number;
  /** Overdue ones whose platform deadline itself has passed (a subset of `overdue`): account health at stake. */
  pastPlatformDeadline: number;
  /** Not overdue, due within DUE_SOON_MS. */
  dueSoon: number;
  /** Every conversation waiting for a reply (overdue and due soon included). */
  waiting: number;
}

export interface PlatformCounts {
  /** Every platform, in PLATFORMS order, zeros included (the UI decides which rows to show). */
  byPlatform: { platform: Platform; counts: WaitingCounts }[];
  total: WaitingCounts;
}

const zero = (): WaitingCounts => ({ overdue: 0, pastPlatformDeadline: 0, dueSoon: 0, waiting: 0 });

/** Only conversations with a due time are waiting (replied and closed ones carry none). */
export function platformCounts(
  conversations: readonly Pick<Conversation, 'platform' | 'dueAt' | 'platformDueAt'>[],
  now: number,
  soonMs = DUE_SOON_MS,
): PlatformCounts {
  const counts = new Map<Platform, WaitingCounts>(PLATFORMS.map((platform) => [platform, zero()]));
  const total = zero();
  for (const conversation of conversations) {
    if (conversation.dueAt === null) continue;
    const row = counts.get(conversation.platform);
    if (!row) continue; // a platform this build does not know: not counted rather than counted wrong
    for (const tally of [row, total]) {
      tally.waiting += 1;
      if (isOverdue(conversation, now)) {
        tally.overdue += 1;
        if (conversation.platformDueAt !== null && conversation.platformDueAt <= now) tally.pastPlatformDeadline += 1;
      } else if (isDueSoon(conversation, now, soonMs)) tally.dueSoon += 1;
    }
  }
  return { byPlatform: PLATFORMS.map((platform) => ({ platform, counts: counts.get(platform)! })), total };
}
