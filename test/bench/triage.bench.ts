// Triage benchmarks (`npx vitest bench --run test/bench/triage.bench.ts`; `vitest run` ignores them).
// Throughput = the table's hz × the batch size in the bench name; scripts/bench-triage.ts prints messages per
// second directly, plus the bundle size. Target: comfortably above 10,000 messages per second.
import { bench, describe } from 'vitest';
import { classify } from '@/lib/triage/classify';
import { classifyItem, loadCorpus } from '../../scripts/eval-triage';

const ITEMS = [...loadCorpus('corpus'), ...loadCorpus('holdout'), ...loadCorpus('unseen')];
const LONG = ITEMS.map((item, i) => [item, ITEMS[(i + 1) % ITEMS.length]!, ITEMS[(i + 2) % ITEMS.length]!].filter((x) => x.language === item.language).map((x) => x.text).join('\n\n'));
const HUGE = 'Where is my order? I want a refund. '.repeat(30_000);
let sink = 0; // keeps results alive so nothing is optimised away

describe('triage', () => {
  bench(`classify: ${ITEMS.length} labelled messages with their contexts`, () => {
    for (const item of ITEMS) sink += classifyItem(item).reasons.length;
  }, { iterations: 20, warmupIterations: 3 });

  bench(`classify: ${LONG.length} longer messages (several paragraphs, one language)`, () => {
    for (const text of LONG) sink += classify(text).reasons.length;
  }, { iterations: 10, warmupIterations: 2 });

  bench('classify: one 1 MB pasted message (capped)', () => {
    sink += classify(HUGE).reasons.length;
  }, { iterations: 20, warmupIterations: 2 });
});

export { sink };
