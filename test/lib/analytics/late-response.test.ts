// Amazon's late-response rate over 7, 30 and 90 days and Etsy's Star Seller share, on the hand-written log.
import { describe, expect, it } from 'vitest';
import { lateResponseRate, lateVerdict, starSellerShare } from '@/lib/analytics/late-response';
import { timelinesOf, waitsOf, type Wait } from '@/lib/analytics/waits';
import { conversations, eventsLog, HOUR, NOW } from './events-log';

const waits = waitsOf(timelinesOf(eventsLog()), new Map(conversations().map((c) => [c.id, c])));

describe('lateResponseRate (Amazon Contact Response Time)', () => {
  it('over 7 days: the weekend-crossing answer is late, the thank-you is excluded, the 2-hour-old one pending', () => {
    // Amazon waits: A late (61.5 h), C on time, H on time; B no response needed; G pending.
    expect(lateResponseRate(waits, NOW, 7, ['amazon'])).toEqual({ days: 7, counted: 3, late: 1, pending: 1, excluded: 1, rate: 1 / 3 });
  });

  it('over 30 and 90 days it includes the earlier week\'s 29-hour answer', () => {
    expect(lateResponseRate(waits, NOW, 30, ['amazon'])).toMatchObject({ counted: 4, late: 2, rate: 0.5 });
    expect(lateResponseRate(waits, NOW, 90, ['amazon'])).toMatchObject({ counted: 4, late: 2, rate: 0.5 });
  });

  it('across every platform, counts an unanswered message older than 24 hours as late', () => {
    // A, F (unanswered 25 h) and J's 48-hour second wait are late, six are on time.
    expect(lateResponseRate(waits, NOW, 7)).toEqual({ days: 7, counted: 9, late: 3, pending: 1, excluded: 1, rate: 1 / 3 });
  });

  it('has no rate when nothing has a verdict yet', () => {
    expect(lateResponseRate([], NOW, 7).rate).toBeNull();
  });

  it('answers within exactly 24 hours on time, a minute more late', () => {
    const wait = (hours: number): Wait => ({
      conversationId: 'x', platform: 'amazon', marketplace: 'US', category: 'other', receivedAt: 0, approx: false,
      firstOfConversation: true, endedAt: hours * HOUR, endedBy: 'replied', agent: null,
    });
    expect(lateVerdict(wait(24), NOW)).toBe('on-time');
    expect(lateVerdict(wait(24 + 1 / 60), NOW)).toBe('late');
  });
});

describe('starSellerShare (Etsy)', () => {
  it('counts only the first message of each Etsy thread over three months', () => {
    // E on time (4.5 h), J's first on time (1 h), F unanswered for 25 h; J's second wait (48 h) is not a first message.
    const share = starSellerShare(waits, NOW);
    expect(share).toMatchObject({ counted: 3, onTime: 2, pending: 0, target: 0.95, met: false });
    expect(share.share).toBeCloseTo(2 / 3, 12);
    expect(new Date(share.since).toISOString()).toBe('2025-12-16T04:00:00.000Z');
  });
});
