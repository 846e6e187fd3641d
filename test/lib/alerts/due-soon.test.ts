// "Due soon" announcements with an injected clock run minute by minute, as the one-minute tick runs them:
// each clock of each conversation announced once when it comes within its lead time, never again for that
// deadline, again after a new wait, held (not lost) in quiet hours.
import { describe, expect, it } from 'vitest';
import { dueSoonHorizon, parseAnnounced, planDueSoon, type AnnouncedDue, type DueSoonLeads } from '@/lib/alerts/due-soon';
import type { Conversation } from '@/lib/model';
import { conversation } from '../../conversation-factory';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 22, 20, 0);
const DEFAULT_LEADS: DueSoonLeads = { teamMinutes: 30, platformMinutes: 120 };

/** Waiting for an hour, its team target and platform deadline that many minutes after T0 (null: none). */
function waiting(id: string, teamInMinutes: number | null, platformInMinutes: number | null): Conversation {
  const teamDueAt = teamInMinutes === null ? null : T0 + teamInMinutes * MINUTE;
  const platformDueAt = platformInMinutes === null ? null : T0 + platformInMinutes * MINUTE;
  const dues = [teamDueAt, platformDueAt].filter((due): due is number => due !== null);
  return conversation(id, { awaitingSince: T0 - HOUR, teamDueAt, platformDueAt, dueAt: dues.length ? Math.min(...dues) : null });
}

/** Runs the plan every minute from `from` to `to` (inclusive), carrying the stored set; what was announced when. */
function runMinutes(conversations: () => Conversation[], from: number, to: number, leads = DEFAULT_LEADS, state: AnnouncedDue[] = []) {
  const log: string[] = [];
  let announced = state;
  for (let now = from; now <= to; now += MINUTE) {
    const plan = planDueSoon(conversations(), announced, leads, now);
    announced = plan.announced;
    for (const notice of plan.announce) log.push(`+${(now - T0) / MINUTE}m ${notice.clock} ${notice.id}`);
  }
  return { log, announced };
}

describe('planDueSoon', () => {
  it('announces 30 minutes before the team target and 2 hours before the platform deadline, once each', () => {
    const tomas = waiting('tomas', 45, 12 * 60); // team target in 45 min, Amazon's deadline in 12 h
    const lena = waiting('lena', -600, 150); // team target long missed, Amazon's deadline in 2 h 30 min
    const { log } = runMinutes(() => [tomas, lena], T0, T0 + 3 * HOUR);
    expect(log).toEqual(['+15m team tomas', '+30m platform lena']);
  });

  it('announces a conversation first read inside its window at once, soonest deadline first', () => {
    const plan = planDueSoon([waiting('b', 25, null), waiting('a', 10, 100)], [], DEFAULT_LEADS, T0);
    expect(plan.announce.map((notice) => `${notice.clock} ${notice.id}`)).toEqual(['team a', 'team b', 'platform a']);
  });

  it('does not repeat after a restart: the stored set is what the next run starts from', () => {
    const first = planDueSoon([waiting('a', 10, null)], [], DEFAULT_LEADS, T0);
    const stored = parseAnnounced(JSON.parse(JSON.stringify(first.announced))); // through Dexie and back
    expect(planDueSoon([waiting('a', 10, null)], stored, DEFAULT_LEADS, T0 + MINUTE).announce).toEqual([]);
  });

  it('announces again when the conversation was answered and the buyer wrote again (a new deadline)', () => {
    let current = [waiting('a', 20, null)];
    const { log, announced } = runMinutes(() => current, T0, T0 + 10 * MINUTE);
    expect(log).toEqual(['+0m team a']);
    current = [conversation('a', { status: 'replied', awaitingSince: null })];
    const answered = runMinutes(() => current, T0 + 11 * MINUTE, T0 + 60 * MINUTE, DEFAULT_LEADS, announced);
    expect(answered.log).toEqual([]);
    current = [waiting('a', 6 * 60 + 20, null)]; // waiting again: a new team target
    expect(runMinutes(() => current, T0 + 6 * HOUR, T0 + 6 * HOUR + 5 * MINUTE, DEFAULT_LEADS, answered.announced).log).toEqual(['+360m team a']);
  });

  it('forgets a deadline once it has passed, so the stored set stays small', () => {
    const plan = planDueSoon([waiting('a', 10, null)], [], DEFAULT_LEADS, T0);
    expect(plan.announced).toHaveLength(1);
    expect(planDueSoon([waiting('a', 10, null)], plan.announced, DEFAULT_LEADS, T0 + 10 * MINUTE)).toEqual({ announce: [], announced: [] });
  });

  it('says nothing of what is already overdue, answered, or has no such clock', () => {
    const overdue = waiting('late', -5, -1);
    const answered = { ...waiting('done', 10, 60), status: 'replied' as const };
    const ebay = waiting('ebay', 200, null); // member message: no platform deadline, team target far off
    expect(planDueSoon([overdue, answered, ebay], [], DEFAULT_LEADS, T0).announce).toEqual([]);
  });

  it('announces a team target that falls on the platform deadline once, as the platform deadline', () => {
    const etsy = waiting('etsy', 100, 100);
    expect(planDueSoon([etsy], [], DEFAULT_LEADS, T0).announce.map((notice) => notice.clock)).toEqual(['platform']);
    expect(planDueSoon([etsy], [], { teamMinutes: 120, platformMinutes: 0 }, T0).announce.map((notice) => notice.clock)).toEqual(['team']);
  });

  it('is off for a clock whose lead is 0, and looks only as far ahead as the longest lead', () => {
    const both = waiting('a', 10, 60);
    expect(planDueSoon([both], [], { teamMinutes: 0, platformMinutes: 0 }, T0).announce).toEqual([]);
    expect(dueSoonHorizon({ teamMinutes: 30, platformMinutes: 0 })).toBe(30 * MINUTE);
    expect(dueSoonHorizon(DEFAULT_LEADS)).toBe(2 * HOUR);
  });

  it('in quiet hours holds the announcement, and makes it when the quiet time ends if the deadline is still ahead', () => {
    const soon = waiting('a', 40, null);
    const held = planDueSoon([soon], [], DEFAULT_LEADS, T0 + 15 * MINUTE, true);
    expect(held).toEqual({ announce: [], announced: [] });
    const after = planDueSoon([soon], held.announced, DEFAULT_LEADS, T0 + 25 * MINUTE);
    expect(after.announce.map((notice) => notice.id)).toEqual(['a']);
    // Quiet until after the deadline: nothing to say (the badge shows it overdue).
    expect(planDueSoon([soon], [], DEFAULT_LEADS, T0 + 41 * MINUTE).announce).toEqual([]);
  });

  it('reads an unreadable stored set as empty', () => {
    expect(parseAnnounced('nonsense')).toEqual([]);
    expect(parseAnnounced([{ id: 'a', clock: 'team', dueAt: 5 }, { id: 1 }, null])).toEqual([{ id: 'a', clock: 'team', dueAt: 5 }]);
  });
});
