// The Erlang C queueing model: with N agents and A erlangs of traffic, the chance a contact waits, the share
// answered within a target time, and the fewest agents that meet a service goal. Numerically stable for any
// size: Erlang B is built by its recursion B(k) = A·B(k−1) / (k + A·B(k−1)), never with factorials or powers.

export interface ServiceGoal {
  /** Share to answer within the time, 0 < share < 1 (0.8 for "80% within 20 s"). */
  share: number;
  withinSeconds: number;
}

export interface ErlangInputs {
  /** Contacts arriving per hour. */
  contactsPerHour: number;
  /** Average handling time per contact, seconds. */
  ahtSeconds: number;
}

export interface ErlangResult {
  /** Offered traffic A = contacts per hour × AHT / 3600, in erlangs (agents kept busy on average). */
  traffic: number;
  agents: number;
  /** Chance a contact has to wait at all (Erlang C). */
  waitProbability: number;
  /** Share answered within the goal's time. */
  serviceLevel: number;
  /** Average wait, seconds (ASA). */
  averageWaitSeconds: number;
  /** A / N: how busy each agent is. */
  occupancy: number;
}

/** Erlang B (blocking probability) for N agents and A erlangs, by the recursion from B(0) = 1. */
export function erlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (traffic * b) / (k + traffic * b);
  return b;
}

/** Erlang C from Erlang B: C = N·B / (N − A·(1 − B)). With N ≤ A the queue grows without bound: every contact waits. */
export function erlangCFromB(agents: number, traffic: number, b: number): number {
  if (agents <= traffic) return 1;
  return (agents * b) / (agents - traffic * (1 - b));
}

export function erlangC(agents: number, traffic: number): number {
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

/** Share answered within t: 1 − C·e^(−(N − A)·t / AHT). */
export function serviceLevel(agents: number, traffic: number, ahtSeconds: number, withinSeconds: number): number {
  return serviceLevelFromC(agents, traffic, erlangC(agents, traffic), ahtSeconds, withinSeconds);
}

function serviceLevelFromC(agents: number, traffic: number, c: number, ahtSeconds: number, withinSeconds: number): number {
  if (agents <= traffic) return 0;
  return Math.max(0, 1 - c * Math.exp((-(agents - traffic) * withinSeconds) / ahtSeconds));
}

function result(agents: number, traffic: number, b: number, inputs: ErlangInputs, goal: ServiceGoal): ErlangResult {
  const c = erlangCFromB(agents, traffic, b);
  const stable = agents > traffic;
  return {
    traffic,
    agents,
    waitProbability: traffic === 0 ? 0 : c,
    serviceLevel: traffic === 0 ? 1 : serviceLevelFromC(agents, traffic, c, inputs.ahtSeconds, goal.withinSeconds),
    averageWaitSeconds: traffic === 0 ? 0 : stable ? (c * inputs.ahtSeconds) / (agents - traffic) : Number.POSITIVE_INFINITY,
    occupancy: agents > 0 ? Math.min(1, traffic / agents) : 0,
  };
}

/** The figures for a given number of agents. */
export function erlangFor(agents: number, inputs: ErlangInputs, goal: ServiceGoal): ErlangResult {
  const traffic = trafficOf(inputs);
  return result(agents, traffic, erlangB(agents, traffic), inputs, goal);
}

export function trafficOf(inputs: ErlangInputs): number {
  if (!(inputs.contactsPerHour >= 0) || !Number.isFinite(inputs.contactsPerHour)) throw new Error('Erlang C: contacts per hour must be a number of 0 or more');
  if (!(inputs.ahtSeconds > 0) || !Number.isFinite(inputs.ahtSeconds)) throw new Error('Erlang C: handling time must be more than 0');
  return (inputs.contactsPerHour * inputs.ahtSeconds) / 3600;
}

/** The most agents agentsNeeded will try before it gives up (far beyond any customer-service team). */
export const MAX_AGENTS = 100_000;

/**
 * The fewest agents whose service level meets the goal, with the figures at that staffing. No traffic needs no
 * one. Walks N upward carrying Erlang B along, so each step costs O(1).
 */
export function agentsNeeded(inputs: ErlangInputs, goal: ServiceGoal): ErlangResult {
  if (!(goal.share > 0 && goal.share < 1)) throw new Error('Erlang C: the goal share must be between 0 and 1');
  if (!(goal.withinSeconds >= 0) || !Number.isFinite(goal.withinSeconds)) throw new Error('Erlang C: the goal time must be 0 or more');
  const traffic = trafficOf(inputs);
  if (traffic === 0) return result(0, 0, 1, inputs, goal);
  let b = 1;
  for (let agents = 1; agents <= MAX_AGENTS; agents++) {
    b = (traffic * b) / (agents + traffic * b);
    if (agents <= traffic) continue;
    const c = erlangCFromB(agents, traffic, b);
    if (serviceLevelFromC(agents, traffic, c, inputs.ahtSeconds, goal.withinSeconds) >= goal.share) return result(agents, traffic, b, inputs, goal);
  }
  throw new Error(`Erlang C: more than ${MAX_AGENTS} agents would be needed`);
}
