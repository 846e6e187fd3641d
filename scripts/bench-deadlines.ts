// Prints the reply-clock throughput as a table: deadlines per second on the business-day path (100,000 eBay
// cases) and the time to recompute 10,000 open conversations. Run: `npm run bench`. Median of 7 runs.
import { performance } from 'node:perf_hooks';
import { deadlinesFor } from '../lib/sla/deadlines';
import { DEFAULT_POLICIES } from '../lib/sla/policies';
import { withDeadlines } from '../lib/tracker/reply-clock';
import { ebayCases, openConversations } from '../test/bench/deadline-inputs';

const RUNS = 7;
const cases = ebayCases(100_000);
const open = openConversations(10_000);

function medianMs(work: () => void): number {
  work(); // warm-up: holiday tables and zone caches
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

let sink = 0;
const deadlinesMs = medianMs(() => {
  for (const input of cases) sink += deadlinesFor(input).due.at;
});
const recomputeMs = medianMs(() => {
  for (const conversation of open) sink += withDeadlines(conversation, DEFAULT_POLICIES).dueAt ?? 0;
});

console.table([
  { benchmark: 'deadlinesFor, 100,000 eBay cases (business days)', 'median ms': deadlinesMs.toFixed(1), 'conversations / s': Math.round(100_000 / (deadlinesMs / 1000)).toLocaleString('en-US'), target: '> 100,000' },
  { benchmark: 'recompute 10,000 open conversations', 'median ms': recomputeMs.toFixed(1), 'conversations / s': Math.round(10_000 / (recomputeMs / 1000)).toLocaleString('en-US'), target: '' },
]);
if (sink === 42) console.log(''); // keep the results alive
