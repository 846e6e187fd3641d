// Analytics benchmarks (`npx vitest bench --run test/bench/analytics.bench.ts`; `vitest run` ignores them):
// the whole Analytics section (response times by four groupings, Amazon and Etsy rates, resolution, heatmap,
// category trends) over 100,000 generated events and their conversations, and a Black Friday staffing plan.
// The table's mean is the time to compute it; target: well under a second, so the section feels immediate.
import { bench, describe } from 'vitest';
import { analyticsReport } from '@/lib/analytics/analytics-report';
import { agentsNeeded } from '@/lib/analytics/erlang-c';
import { datePeriod, lastDays } from '@/lib/analytics/period';
import { hourlyHistory, staffingPlan } from '@/lib/analytics/staffing-plan';
import { timelinesOf, waitsOf } from '@/lib/analytics/waits';
import { zoneClock } from '@/lib/analytics/zone-clock';
import { CATEGORIES, type Category, type ConversationEvent, type Platform } from '@/lib/model';
import { DEFAULT_SHIFTS } from '@/lib/shifts/schedule';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 10, 20, 4, 0);
const ZONE = 'Asia/Shanghai';
const EVENTS = 100_000;
const MARKETS: [Platform, string][] = [['amazon', 'US'], ['amazon', 'UK'], ['amazon', 'DE'], ['ebay', 'US'], ['ebay', 'UK'], ['etsy', 'US']];
const AGENTS = ['Lin', 'Mei', 'Wang', 'Zhao', ''];
const SHIFTS = DEFAULT_SHIFTS.map((shift, i) => ({ ...shift, agents: AGENTS.slice(i, i + 2).filter(Boolean) }));

/** A deterministic log: conversations with one to three waits each over 120 days, answered mostly within a day. */
function generate(): { events: ConversationEvent[]; conversations: { id: string; category: Category }[] } {
  let seed = 42;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
  const events: ConversationEvent[] = [];
  const conversations: { id: string; category: Category }[] = [];
  for (let n = 0; events.length < EVENTS; n++) {
    const [platform, marketplace] = MARKETS[n % MARKETS.length]!;
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
    const id = `${platform}:${marketplace}:T${n}`;
    conversations.push({ id, category });
    const base = { conversationId: id, platform, marketplace, approx: false, category: n % 10 === 0 ? undefined : category };
    let at = NOW - random() * 120 * 24 * HOUR;
    for (let wait = 0, waits = 1 + Math.floor(random() * 3); wait < waits && at < NOW; wait++) {
      events.push({ ...base, type: 'received', at });
      const reply = at + random() ** 3 * 40 * HOUR;
      if (reply >= NOW) break;
      const agent = AGENTS[Math.floor(random() * AGENTS.length)]!;
      const ending = platform === 'amazon' && random() < 0.05 ? 'no-response-needed' : random() < 0.3 ? 'resolved' : 'replied';
      events.push({ ...base, type: ending, at: reply, agent });
      if (ending === 'replied' && random() < 0.6 && reply + HOUR < NOW) events.push({ ...base, type: 'resolved', at: reply + HOUR, agent });
      at = reply + random() * 72 * HOUR;
    }
  }
  return { events: events.slice(0, EVENTS).sort((a, b) => a.at - b.at), conversations };
}

const LOG = generate();
let sink = 0; // keeps results alive so nothing is optimised away

describe(`analytics over ${EVENTS.toLocaleString('en')} events (${LOG.conversations.length.toLocaleString('en')} conversations)`, () => {
  bench('full Analytics section, last 90 days', () => {
    const report = analyticsReport({ ...LOG, period: lastDays(90, NOW), now: NOW, teamZone: ZONE, shifts: SHIFTS });
    sink += report.firstResponse.overall.count + report.heatmap.total;
  }, { iterations: 5, warmupIterations: 1 });

  bench('full Analytics section, last 7 days (same log loaded)', () => {
    const report = analyticsReport({ ...LOG, period: lastDays(7, NOW), now: NOW, teamZone: ZONE, shifts: SHIFTS });
    sink += report.firstResponse.overall.count;
  }, { iterations: 5, warmupIterations: 1 });

  bench('staffing: 12 weeks of history → Black Friday weekend plan (96 hours, Erlang C)', () => {
    const clock = zoneClock(ZONE);
    const waits = waitsOf(timelinesOf(LOG.events), new Map());
    const history = hourlyHistory(waits, NOW, 12, clock, LOG.events[0]!.at);
    const plan = staffingPlan(history, { promotion: datePeriod('2026-11-27', '2026-11-30', ZONE), multiplier: 3, ahtSeconds: 360, goal: { share: 0.9, withinSeconds: 7200 } }, SHIFTS, clock);
    sink += plan.peakAgents;
  }, { iterations: 5, warmupIterations: 1 });

  bench('Erlang C: agents for 1,000 erlangs (recursive Erlang B)', () => {
    sink += agentsNeeded({ contactsPerHour: 20_000, ahtSeconds: 180 }, { share: 0.8, withinSeconds: 20 }).agents;
  });
});

export { sink };
