// Reply-clock benchmarks (`npm run bench`, or `npx vitest bench --run test/bench`; `vitest run` ignores
// them). Throughput = the table's hz × the batch size in the bench name; scripts/bench-deadlines.ts prints it
// directly as conversations per second. Target: comfortably above 100,000 deadlines per second.
import { bench, describe } from 'vitest';
import { deadlinesFor } from '@/lib/sla/deadlines';
import { DEFAULT_POLICIES, parsePolicies } from '@/lib/sla/policies';
import { withDeadlines } from '@/lib/tracker/reply-clock';
import { ebayCases, openConversations } from './deadline-inputs';

const CASES = ebayCases(100_000);
const OPEN = openConversations(10_000);
const STORED_POLICIES = JSON.stringify(DEFAULT_POLICIES);
let sink = 0; // keeps results alive so nothing is optimised away
let edits = 0;

describe('reply clocks', () => {
  bench('deadlinesFor: 100,000 eBay cases (business days, 8 marketplaces, a year)', () => {
    for (const input of CASES) sink += deadlinesFor(input).due.at;
  }, { iterations: 10, warmupIterations: 2 });

  bench('recompute 10,000 open conversations (stored policies parsed, withDeadlines)', () => {
    const policies = parsePolicies(JSON.parse(STORED_POLICIES));
    for (const conversation of OPEN) sink += withDeadlines(conversation, policies).dueAt ?? 0;
  }, { iterations: 30, warmupIterations: 3 });

  bench('recompute 10,000 open conversations after a days-off edit (cold calendars)', () => {
    edits++; // a new custom day off each time: new calendars, empty business-day caches
    const day = new Date(Date.UTC(2026, 0, 1) + (edits % 365) * 86_400_000).toISOString().slice(0, 10);
    const countries = ['GB', 'US', 'DE', 'FR', 'IT', 'ES', 'AU', 'CA'];
    const policies = parsePolicies({ ...JSON.parse(STORED_POLICIES), customDaysOff: Object.fromEntries(countries.map((c) => [c, [day]])) });
    for (const conversation of OPEN) sink += withDeadlines(conversation, policies).dueAt ?? 0;
  }, { iterations: 30, warmupIterations: 3 });
});

export { sink };
