// The promotion planner: the usual hourly volume from four weeks of history, scaled by the multiplier, the
// agents Erlang C asks for each hour against the shift roster, and the review of a period against its baseline.
import { describe, expect, it } from 'vitest';
import { datePeriod } from '@/lib/analytics/period';
import { hourlyHistory, promotionReview, staffingPlan } from '@/lib/analytics/staffing-plan';
import { timelinesOf, waitsOf, type Wait } from '@/lib/analytics/waits';
import { zoneClock } from '@/lib/analytics/zone-clock';
import type { ConversationEvent } from '@/lib/model';
import type { Shift } from '@/lib/shifts/schedule';
import { HOUR, sh, ZONE } from './events-log';

const clock = zoneClock(ZONE);
const NOW = sh('2026-03-16 00:00'); // Monday midnight: four whole weeks before it start Monday 16 February
const SHIFTS: Shift[] = [
  { id: 'day', name: 'Day', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: ZONE, agents: ['Lin'] },
  { id: 'night', name: 'Night', start: '00:00', end: '08:00', days: [1, 2, 3, 4, 5, 6, 7], zone: ZONE, agents: ['Zhao'] },
];

function wait(at: number, responseHours: number | null = 1): Wait {
  return {
    conversationId: `c${at}`, platform: 'amazon', marketplace: 'US', category: 'other', receivedAt: at, approx: false, firstOfConversation: true,
    endedAt: responseHours === null ? null : at + responseHours * HOUR, endedBy: responseHours === null ? null : 'replied', agent: null,
  };
}

/** Four weeks: two waits every Monday in the 10:00 hour, one every day at 03:00. */
function history(): Wait[] {
  const waits: Wait[] = [];
  for (let day = 0; day < 28; day++) {
    const date = new Date(Date.UTC(2026, 1, 16 + day)).toISOString().slice(0, 10);
    waits.push(wait(sh(`${date} 03:10`)));
    if (day % 7 === 0) waits.push(wait(sh(`${date} 10:05`)), wait(sh(`${date} 10:40`)));
  }
  return waits;
}

describe('hourlyHistory', () => {
  it('averages each weekday-hour over the weeks the window holds', () => {
    const usual = hourlyHistory(history(), NOW, 4, clock, sh('2026-02-01 00:00'));
    expect(usual.total).toBe(36);
    expect(usual.average[0]![10]).toBe(2);
    expect(usual.average[3]![3]).toBe(1);
    expect(usual.average[3]![10]).toBe(0);
    expect(usual.samples[0]![10]).toBe(4);
  });

  it('starts at the first event when the log is younger than the window', () => {
    const usual = hourlyHistory(history(), NOW, 4, clock, sh('2026-03-02 00:00'));
    expect(usual.samples[0]![10]).toBe(2);
    expect(usual.average[0]![10]).toBe(2); // two Mondays seen, two waits each
  });
});

describe('staffingPlan', () => {
  const usual = hourlyHistory(history(), NOW, 4, clock, sh('2026-02-01 00:00'));
  const plan = staffingPlan(
    usual,
    { promotion: datePeriod('2026-03-23', '2026-03-23', ZONE), multiplier: 3, ahtSeconds: 600, goal: { share: 0.9, withinSeconds: 2 * 3600 } },
    SHIFTS,
    clock,
  );

  it('lays out every hour of the promotion with the usual volume × the multiplier', () => {
    expect(plan.hours).toHaveLength(24);
    const ten = plan.hours[10]!;
    expect([ten.isoDate, ten.weekday, ten.hour, ten.usual, ten.forecast, ten.traffic]).toEqual(['2026-03-23', 1, 10, 2, 6, 1]);
  });

  it('asks Erlang C for the agents each hour and marks the hours the roster leaves short', () => {
    // 10:00: 6 contacts × 600 s = 1 erlang. One agent cannot keep up (N must exceed A), two answer 90% in 2 h.
    expect(plan.hours[10]).toMatchObject({ agents: 2, roster: 1, short: 1 });
    // 03:00: 0.5 erlang; one agent: C = 0.5, so 1 − 0.5·e^(−6) ≈ 99.9% within 2 h. The night shift has one.
    expect(plan.hours[3]).toMatchObject({ agents: 1, roster: 1, short: 0 });
    expect(plan.hours[3]!.serviceLevel).toBeCloseTo(1 - 0.5 * Math.exp(-6), 10);
    // 08:00: no history, no one needed, no one rostered.
    expect(plan.hours[8]).toMatchObject({ forecast: 0, agents: 0, roster: 0, short: 0 });
    expect(plan.hours.filter((hour) => hour.short > 0).map((hour) => hour.hour)).toEqual([10]);
    expect([plan.shortHours, plan.peakAgents, plan.rosterEmpty]).toEqual([1, 2, false]);
  });

  it('says when no shift lists any agent, and refuses a reversed or too long promotion', () => {
    const noNames = SHIFTS.map((shift) => ({ ...shift, agents: [] }));
    const inputs = { promotion: datePeriod('2026-03-23', '2026-03-23', ZONE), multiplier: 3, ahtSeconds: 600, goal: { share: 0.9, withinSeconds: 7200 } };
    expect(staffingPlan(usual, inputs, noNames, clock).rosterEmpty).toBe(true);
    expect(() => staffingPlan(usual, { ...inputs, promotion: { from: NOW, to: NOW } }, SHIFTS, clock)).toThrow(/ends before/);
    expect(() => staffingPlan(usual, { ...inputs, promotion: datePeriod('2026-03-01', '2026-05-01', ZONE) }, SHIFTS, clock)).toThrow(/longer than/);
    expect(() => staffingPlan(usual, { ...inputs, multiplier: 0 }, SHIFTS, clock)).toThrow(/multiplier/);
  });
});

describe('promotionReview', () => {
  it('compares the promotion with its baseline: volume per day, response times, late rate, resolution', () => {
    const base = { platform: 'amazon' as const, marketplace: 'US', approx: false };
    const log: ConversationEvent[] = [];
    const add = (id: string, local: string, replyHours: number, resolve: boolean) => {
      const at = sh(local);
      log.push({ ...base, conversationId: id, type: 'received', at }, { ...base, conversationId: id, type: 'replied', at: at + replyHours * HOUR });
      if (resolve) log.push({ ...base, conversationId: id, type: 'resolved', at: at + (replyHours + 1) * HOUR });
    };
    // Baseline (two days): 2 contacts, 1 h and 3 h, both resolved.
    add('b1', '2026-03-01 10:00', 1, true);
    add('b2', '2026-03-02 10:00', 3, true);
    // Promotion (one day): 3 contacts, 2 h, 4 h and 30 h (late), one resolved.
    add('p1', '2026-03-05 09:00', 2, true);
    add('p2', '2026-03-05 10:00', 4, false);
    add('p3', '2026-03-05 11:00', 30, false);
    log.sort((a, b) => a.at - b.at);
    const timelines = timelinesOf(log);
    const review = promotionReview(waitsOf(timelines, new Map()), timelines, datePeriod('2026-03-05', '2026-03-05', ZONE), datePeriod('2026-03-01', '2026-03-02', ZONE), NOW, clock);
    expect(review.baseline).toMatchObject({ contacts: 2, contactsPerDay: 1, medianResponseMs: 2 * HOUR, lateRate: 0, resolutionRate: 1 });
    expect(review.promotion).toMatchObject({ contacts: 3, contactsPerDay: 3, medianResponseMs: 4 * HOUR, lateRate: 1 / 3, resolutionRate: 1 / 3 });
    expect(review.promotion.p90ResponseMs).toBeCloseTo(24.8 * HOUR, 6); // 2 4 30: rank 1.8 → 4 + 0.8 × 26
    expect(review.observedMultiplier).toBe(3);
  });
});
