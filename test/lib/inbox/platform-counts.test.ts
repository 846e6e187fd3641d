// Per-platform counts (the popup's table, the badge's colour and tooltip): overdue and past the platform deadline,
// due within two hours and waiting, per platform and in total.
import { describe, expect, it } from 'vitest';
import { platformCounts } from '@/lib/inbox/platform-counts';
import type { Conversation } from '@/lib/model';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0);

const at = (platform: Conversation['platform'], dueInHours: number | null, platformDueInHours: number | null = null) => ({
  platform,
  dueAt: dueInHours === null ? null : NOW + dueInHours * HOUR,
  platformDueAt: platformDueInHours === null ? null : NOW + platformDueInHours * HOUR,
});

describe('platformCounts', () => {
  it('counts overdue, due within two hours and all waiting per platform, and totals them', () => {
    const counts = platformCounts(
      [
        at('amazon', -5, -1), // past Amazon's own 24 hours, not only the team's target
        at('amazon', 0, 20), // due this instant: overdue, as the badge counts it
        at('amazon', 1.5),
        at('amazon', 2), // exactly two hours: still "due soon", as the amber countdown shows it
        at('amazon', 2.01),
        at('ebay', 30),
        at('etsy', -1),
        at('etsy', null), // answered: not waiting
      ],
      NOW,
    );
    expect(counts.byPlatform).toEqual([
      { platform: 'amazon', counts: { overdue: 2, pastPlatformDeadline: 1, dueSoon: 2, waiting: 5 } },
      { platform: 'ebay', counts: { overdue: 0, pastPlatformDeadline: 0, dueSoon: 0, waiting: 1 } },
      { platform: 'etsy', counts: { overdue: 1, pastPlatformDeadline: 0, dueSoon: 0, waiting: 1 } },
    ]);
    expect(counts.total).toEqual({ overdue: 3, pastPlatformDeadline: 1, dueSoon: 2, waiting: 7 });
  });

  it('gives every platform a row of zeros when nothing waits', () => {
    const counts = platformCounts([at('ebay', null)], NOW);
    expect(counts.byPlatform.map((row) => row.counts.waiting)).toEqual([0, 0, 0]);
    expect(counts.total).toEqual({ overdue: 0, pastPlatformDeadline: 0, dueSoon: 0, waiting: 0 });
  });

  it('moves a conversation from "due soon" to "overdue" as the clock passes its due time', () => {
    const one = [at('ebay', 0.5)];
    expect(platformCounts(one, NOW).total).toEqual({ overdue: 0, pastPlatformDeadline: 0, dueSoon: 1, waiting: 1 });
    expect(platformCounts(one, NOW + HOUR).total).toEqual({ overdue: 1, pastPlatformDeadline: 0, dueSoon: 0, waiting: 1 });
  });
});
