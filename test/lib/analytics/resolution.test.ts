// Resolution rate and first-contact resolution over the last seven days of the hand-written log.
import { describe, expect, it } from 'vitest';
import { BENCHMARKS, resolution } from '@/lib/analytics/resolution';
import { timelinesOf } from '@/lib/analytics/waits';
import type { ConversationEvent } from '@/lib/model';
import { eventsLog, HOUR, LAST_7_DAYS, NOW } from './events-log';

describe('resolution', () => {
  it('resolved over conversations written to in the period, the thank-you left out', () => {
    // Cohort A C D E F G H J (B excluded: no response needed). Resolved: C, D, H. First contact: C (one reply
    // then resolved) and H (resolved straight from waiting); D needed a second answer after the buyer wrote again.
    const report = resolution(timelinesOf(eventsLog()), LAST_7_DAYS, NOW);
    expect(report).toMatchObject({ conversations: 8, resolved: 3, firstContact: 2, excluded: 1, resolutionRate: 3 / 8, firstContactRate: 2 / 8 });
    expect(report.byPlatform.map((row) => [row.platform, row.conversations, row.resolved, row.firstContact, row.excluded])).toEqual([
      ['amazon', 4, 2, 2, 1],
      ['ebay', 1, 1, 0, 0],
      ['etsy', 3, 0, 0, 0],
    ]);
  });

  it('does not count a conversation the buyer reopened after its resolution', () => {
    const base = { conversationId: 'amazon:US:K', platform: 'amazon' as const, marketplace: 'US', approx: false };
    const at = (hours: number) => LAST_7_DAYS.from + hours * HOUR;
    const log: ConversationEvent[] = [
      { ...base, type: 'received', at: at(1) },
      { ...base, type: 'replied', at: at(2) },
      { ...base, type: 'resolved', at: at(3) },
      { ...base, type: 'received', at: at(20) },
      { ...base, type: 'replied', at: at(21) },
    ];
    expect(resolution(timelinesOf(log), LAST_7_DAYS, NOW)).toMatchObject({ conversations: 1, resolved: 0, resolutionRate: 0 });
    expect(resolution(timelinesOf([...log, { ...base, type: 'resolved', at: at(22) }]), LAST_7_DAYS, NOW)).toMatchObject({ resolved: 1, firstContact: 0 });
  });

  it('states the benchmarks it is held against', () => {
    expect(BENCHMARKS).toEqual({ firstResponseMs: 2 * HOUR, resolutionRate: 0.85, firstContactResolutionRate: 0.75 });
  });
});
