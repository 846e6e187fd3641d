// Erlang C against the published worked example (100 contacts per 30 minutes, 180 s handling, 80% within
// 20 s: 14 agents at about 88.8%, 13 only about 79.6%), an Erlang B table value, and very large teams.
import { describe, expect, it } from 'vitest';
import { agentsNeeded, erlangB, erlangC, erlangFor, serviceLevel } from '@/lib/analytics/erlang-c';

const CLASSIC = { contactsPerHour: 200, ahtSeconds: 180 }; // 100 per 30 minutes: 10 erlangs
const GOAL = { share: 0.8, withinSeconds: 20 };
const within = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.001);

describe('Erlang C', () => {
  it('needs 14 agents for 80% within 20 s, reaching about 88.8%', () => {
    const plan = agentsNeeded(CLASSIC, GOAL);
    expect(plan.agents).toBe(14);
    expect(plan.traffic).toBe(10);
    within(plan.serviceLevel, 0.888);
    within(plan.waitProbability, 0.174); // the published chance of waiting at 14 agents
    within(plan.averageWaitSeconds / 100, 7.8 / 100); // ASA ≈ 7.8 s
  });

  it('13 agents reach only about 79.6%, short of the goal', () => {
    const thirteen = erlangFor(13, CLASSIC, GOAL);
    within(thirteen.serviceLevel, 0.796);
    expect(thirteen.serviceLevel).toBeLessThan(0.8);
    within(serviceLevel(13, 10, 180, 20), 0.796);
  });

  it('builds Erlang B by its recursion: B(5 agents, 3 erlangs) ≈ 0.1101 as in the tables', () => {
    within(erlangB(5, 3), 0.1101);
    expect(erlangC(10, 10)).toBe(1); // as many agents as erlangs: everyone waits
  });

  it('stays finite for a very large centre where factorials would overflow', () => {
    const huge = agentsNeeded({ contactsPerHour: 20_000, ahtSeconds: 180 }, GOAL); // 1,000 erlangs
    expect(huge.agents).toBeGreaterThan(1_000);
    expect(huge.agents).toBeLessThan(1_100);
    expect(Number.isFinite(huge.waitProbability)).toBe(true);
    expect(huge.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangFor(huge.agents - 1, { contactsPerHour: 20_000, ahtSeconds: 180 }, GOAL).serviceLevel).toBeLessThan(0.8);
  });

  it('needs nobody for no contacts, and rejects impossible inputs', () => {
    expect(agentsNeeded({ contactsPerHour: 0, ahtSeconds: 300 }, GOAL)).toMatchObject({ agents: 0, serviceLevel: 1 });
    expect(() => agentsNeeded({ contactsPerHour: 5, ahtSeconds: 0 }, GOAL)).toThrow(/handling time/);
    expect(() => agentsNeeded(CLASSIC, { share: 1, withinSeconds: 20 })).toThrow(/between 0 and 1/);
    expect(() => agentsNeeded({ contactsPerHour: Number.NaN, ahtSeconds: 300 }, GOAL)).toThrow(/contacts per hour/);
  });
});
