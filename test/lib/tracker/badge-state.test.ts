// The badge decisions with an injected clock: the overdue count, red once a platform deadline has passed and
// amber while only team targets are missed, and the per-platform overdue / due-soon counts of the tooltip.
import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/lib/model';
import { BADGE_AMBER, BADGE_RED, badgeState, badgeText, type BadgeConversation } from '@/lib/tracker/badge-state';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 22, 20, 0);

function waiting(platform: Conversation['platform'], dueInMinutes: number, platformDueInMinutes: number | null = null): BadgeConversation {
  return {
    platform,
    status: 'awaiting',
    dueAt: T0 + dueInMinutes * MINUTE,
    platformDueAt: platformDueInMinutes === null ? null : T0 + platformDueInMinutes * MINUTE,
  };
}

describe('badgeText', () => {
  it('is empty at zero, the count otherwise, capped to fit', () => {
    expect([0, 1, 42, 999, 1000].map(badgeText)).toEqual(['', '1', '42', '999', '999+']);
  });
});

describe('badgeState', () => {
  it('shows nothing when nothing is overdue, even with replies due soon', () => {
    const state = badgeState([waiting('amazon', 30, 600)], T0);
    expect(state).toMatchObject({ text: '', color: null, overdue: 0, dueSoon: 1 });
    expect(state.platforms).toEqual([{ platform: 'amazon', overdue: 0, pastPlatformDeadline: 0, dueSoon: 1 }]);
  });

  it('is amber while only team targets are missed, red once any platform deadline has passed', () => {
    const teamOnly = [waiting('ebay', -90), waiting('amazon', -10, 300)];
    expect(badgeState(teamOnly, T0)).toMatchObject({ text: '2', color: BADGE_AMBER });
    const oneHard = [...teamOnly, waiting('amazon', -120, -1)];
    expect(badgeState(oneHard, T0)).toMatchObject({ text: '3', color: BADGE_RED });
    expect(BADGE_RED).toBe('#c5221f');
  });

  it('turns from amber to red at the very minute the platform deadline passes', () => {
    const lena = [waiting('amazon', -600, 90)]; // team target long missed, Amazon's 24 h ends in 90 minutes
    expect(badgeState(lena, T0 + 89 * MINUTE).color).toBe(BADGE_AMBER);
    expect(badgeState(lena, T0 + 90 * MINUTE).color).toBe(BADGE_RED);
  });

  it('counts overdue and due soon (within 2 hours) per platform, in platform order, leaving out quiet platforms', () => {
    const conversations = [
      waiting('ebay', -5),
      waiting('amazon', -30, -10),
      waiting('amazon', -1, 600),
      waiting('amazon', 45, 500),
      waiting('amazon', 120, 700), // exactly 2 hours: still "due soon"
      waiting('ebay', 121), // just beyond
      waiting('etsy', 600, 600),
    ];
    expect(badgeState(conversations, T0).platforms).toEqual([
      { platform: 'amazon', overdue: 2, pastPlatformDeadline: 1, dueSoon: 2 },
      { platform: 'ebay', overdue: 1, pastPlatformDeadline: 0, dueSoon: 0 },
    ]);
    expect(badgeState(conversations, T0)).toMatchObject({ text: '3', overdue: 3, dueSoon: 2 });
  });

  it('follows the clock: a due-soon conversation becomes overdue when its time comes', () => {
    const conversations = [waiting('etsy', 20, 20)];
    expect(badgeState(conversations, T0)).toMatchObject({ text: '', dueSoon: 1 });
    expect(badgeState(conversations, T0 + 20 * MINUTE)).toMatchObject({ text: '1', color: BADGE_RED, dueSoon: 0 });
    expect(badgeState(conversations, T0 - 3 * HOUR)).toMatchObject({ text: '', dueSoon: 0, platforms: [] });
  });

  it('ignores whatever is not awaiting a reply, whatever its times say', () => {
    const replied: BadgeConversation = { ...waiting('amazon', -60, -60), status: 'replied' };
    const noDue: BadgeConversation = { ...waiting('amazon', 0), dueAt: null };
    expect(badgeState([replied, noDue], T0)).toMatchObject({ text: '', overdue: 0, platforms: [] });
  });
});
