// Escalation alerts with an injected clock run minute by minute: level 1 (10 unanswered for over 2 h) and
// level 2 (5 order/return/dispute unresolved for over 4 h) are raised once when the count crosses the
// threshold, not every minute after; cleared when it falls below; raised again at the next crossing.
import { describe, expect, it } from 'vitest';
import {
  escalationCounts,
  NO_ALERTS,
  parseEscalationState,
  stepEscalation,
  type EscalationState,
} from '@/lib/alerts/escalation';
import type { Conversation } from '@/lib/model';
import { DEFAULT_SETTINGS } from '@/lib/settings/team-settings';
import { conversation } from '../../conversation-factory';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const T0 = Date.UTC(2026, 10, 22, 20, 0);
const THRESHOLDS = DEFAULT_SETTINGS.notifications;

const awaiting = (id: string, since: number, fields: Partial<Conversation> = {}) => conversation(id, { awaitingSince: since, ...fields });

/** Steps the alerts every minute over [from, to], as the tick does, carrying the stored state; what was raised and cleared when. */
function runMinutes(conversations: (now: number) => Conversation[], from: number, to: number, state: EscalationState = NO_ALERTS) {
  const log: string[] = [];
  let current = state;
  for (let now = from; now <= to; now += MINUTE) {
    const step = stepEscalation(current, escalationCounts(conversations(now), THRESHOLDS, now), THRESHOLDS, now);
    current = step.state;
    for (const level of step.raise) log.push(`+${(now - T0) / MINUTE}m raise ${level}`);
    for (const level of step.clear) log.push(`+${(now - T0) / MINUTE}m clear ${level}`);
  }
  return { log, state: current };
}

describe('escalationCounts', () => {
  it('level 1: awaiting a reply since at least 2 hours ago', () => {
    const conversations = [
      awaiting('a', T0 - 2 * HOUR),
      awaiting('b', T0 - 2 * HOUR + MINUTE),
      conversation('c', { status: 'replied', awaitingSince: null, firstSeenAt: T0 - 9 * HOUR }),
    ];
    expect(escalationCounts(conversations, THRESHOLDS, T0).level1).toBe(1);
  });

  it('level 2: order, return and dispute not yet closed for over 4 hours, answered or not', () => {
    const conversations = [
      awaiting('order', T0 - 5 * HOUR, { category: 'order' }),
      awaiting('fresh-return', T0 - 3 * HOUR, { category: 'return' }),
      awaiting('shipping', T0 - 9 * HOUR, { category: 'shipping' }), // not a level-2 category
      // answered but not resolved: waiting counted from when it was first seen
      conversation('dispute', { category: 'dispute', status: 'replied', awaitingSince: null, firstSeenAt: T0 - 6 * HOUR, lastBuyerAt: T0 - 6 * HOUR }),
      conversation('closed', { category: 'return', status: 'resolved', awaitingSince: null, firstSeenAt: T0 - 9 * HOUR }),
      conversation('none', { category: 'order', status: 'no-response-needed', awaitingSince: null, firstSeenAt: T0 - 9 * HOUR }),
    ];
    expect(escalationCounts(conversations, THRESHOLDS, T0)).toEqual({ level1: 3, level2: 2 });
  });

  it('level 2 lets go of an answered case whose buyer has been silent for three days, so the alert can clear', () => {
    const answered = (id: string, buyerLastWrote: number) =>
      conversation(id, { category: 'return', status: 'replied', awaitingSince: null, firstSeenAt: T0 - 100 * HOUR, lastBuyerAt: buyerLastWrote });
    const fiveAnswered = (lastWrote: number) => ['a', 'b', 'c', 'd', 'e'].map((id) => answered(id, lastWrote));
    expect(escalationCounts(fiveAnswered(T0 - 71 * HOUR), THRESHOLDS, T0).level2).toBe(5);
    expect(escalationCounts(fiveAnswered(T0 - 73 * HOUR), THRESHOLDS, T0).level2).toBe(0);
    // Still awaiting a reply: counted however long ago the buyer wrote.
    const stillWaiting = ['a', 'b', 'c', 'd', 'e'].map((id) => awaiting(id, T0 - 100 * HOUR, { category: 'order' }));
    expect(escalationCounts(stillWaiting, THRESHOLDS, T0).level2).toBe(5);
  });
});

describe('stepEscalation', () => {
  it('raises level 1 once as the tenth conversation passes 2 hours, not on every minute after', () => {
    // Ten buyers wrote a minute apart, 1 h 50 min to 1 h 59 min before T0.
    const conversations = Array.from({ length: 10 }, (_, i) => awaiting(`c${i}`, T0 - 110 * MINUTE - i * MINUTE));
    const { log, state } = runMinutes(() => conversations, T0, T0 + 60 * MINUTE);
    expect(log).toEqual(['+10m raise 1']); // the last of the ten reaches 2 hours at T0 + 10 min
    expect(state).toEqual({ level1: T0 + 10 * MINUTE, level2: null });
  });

  it('clears when the count falls below, and raises again at the next crossing', () => {
    let conversations = Array.from({ length: 10 }, (_, i) => awaiting(`c${i}`, T0 - 3 * HOUR));
    const first = runMinutes(() => conversations, T0, T0 + 5 * MINUTE);
    expect(first.log).toEqual(['+0m raise 1']);
    // The night agent answers three of them.
    conversations = conversations.map((c, i) => (i < 3 ? { ...c, status: 'replied' as const, awaitingSince: null } : c));
    const answered = runMinutes(() => conversations, T0 + 6 * MINUTE, T0 + 30 * MINUTE, first.state);
    expect(answered.log).toEqual(['+6m clear 1']);
    // New buyers write at T0 + 31 min; two hours later there are ten again.
    conversations = [...conversations, ...['n1', 'n2', 'n3'].map((id) => awaiting(id, T0 + 31 * MINUTE))];
    const again = runMinutes(() => conversations, T0 + 31 * MINUTE, T0 + 4 * HOUR, answered.state);
    expect(again.log).toEqual(['+151m raise 1']);
  });

  it('raises level 2 on its own threshold, independently of level 1', () => {
    const conversations = Array.from({ length: 5 }, (_, i) =>
      awaiting(`o${i}`, T0 - 4 * HOUR + 30 * MINUTE, { category: (['order', 'return', 'dispute'] as const)[i % 3] }),
    );
    expect(runMinutes(() => conversations, T0, T0 + HOUR).log).toEqual(['+30m raise 2']);
  });

  it('does not raise again after a restart: the stored state is what the next step starts from', () => {
    const conversations = Array.from({ length: 10 }, (_, i) => awaiting(`c${i}`, T0 - 3 * HOUR));
    const first = runMinutes(() => conversations, T0, T0);
    const stored = parseEscalationState(JSON.parse(JSON.stringify(first.state))); // through Dexie and back
    expect(runMinutes(() => conversations, T0 + MINUTE, T0 + 20 * MINUTE, stored).log).toEqual([]);
    expect(parseEscalationState('nonsense')).toEqual(NO_ALERTS);
  });

  it('holds a raise in quiet hours and makes it when they end, if the count still stands; clearing is never held', () => {
    const counts = { level1: 12, level2: 0 };
    const held = stepEscalation(NO_ALERTS, counts, THRESHOLDS, T0, true);
    expect(held).toEqual({ state: NO_ALERTS, raise: [], clear: [] });
    expect(stepEscalation(held.state, counts, THRESHOLDS, T0 + HOUR).raise).toEqual([1]);
    const standing = { level1: T0, level2: null };
    expect(stepEscalation(standing, { level1: 3, level2: 0 }, THRESHOLDS, T0 + HOUR, true)).toEqual({ state: NO_ALERTS, raise: [], clear: [1] });
  });

  it('follows the team’s thresholds', () => {
    const strict = { ...THRESHOLDS, level1: { count: 2, waitedHours: 0.5 } };
    const conversations = [awaiting('a', T0 - 40 * MINUTE), awaiting('b', T0 - 31 * MINUTE)];
    expect(stepEscalation(NO_ALERTS, escalationCounts(conversations, strict, T0), strict, T0).raise).toEqual([1]);
    expect(stepEscalation(NO_ALERTS, escalationCounts(conversations, THRESHOLDS, T0), THRESHOLDS, T0).raise).toEqual([]);
  });
});
