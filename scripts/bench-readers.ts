// Prints how fast each platform's inbox reader reads a 500-row inbox, as a table: rows per millisecond.
// The pages are scripts/large-inbox.ts's (the fixture's rows cloned, each with its own thread id), parsed by
// happy-dom in Node with Amazon's declarative shadow roots attached (test/fixtures/load-fixture.ts). Timed is
// readInbox alone (the page is parsed once, outside the timing). Median of 7 runs after a warm-up.
// Run: `npx tsx scripts/bench-readers.ts` (or `npm run bench`). The same measurement as a Vitest bench:
// test/bench/readers.bench.ts.
import { performance } from 'node:perf_hooks';
import { Window } from 'happy-dom';
import { ADAPTERS } from '../lib/platforms/registry';
import { INBOX_ROWS, LARGE_INBOXES, loadLargeInbox } from './large-inbox';
import { readInbox } from '../lib/tracker/interpret-read';

const RUNS = 7;
const WARMUPS = 1;

// The DOM globals the readers and loadFixture use outside a page (Vitest's happy-dom environment sets all of
// them; here only these are needed): DOMParser to parse, and the classes deep-query.ts tests with instanceof.
const window = new Window({ url: 'https://localhost/' });
Object.assign(globalThis, {
  DOMParser: window.DOMParser,
  HTMLIFrameElement: window.HTMLIFrameElement,
  ShadowRoot: window.ShadowRoot,
});

function medianMs(work: () => void): number {
  for (let i = 0; i < WARMUPS; i++) work();
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

const now = Date.now();
let sink = 0;
const table = LARGE_INBOXES.map(({ platform, url }) => {
  const adapter = ADAPTERS.find((candidate) => candidate.platform === platform);
  if (!adapter) throw new Error(`no adapter for ${platform}`);
  const parseStart = performance.now();
  const doc = loadLargeInbox(platform, now);
  const parseMs = performance.now() - parseStart;
  const pageUrl = new URL(url);
  // A benchmark of a reader that misses rows would flatter it: every row must come back, or stop here.
  const check = readInbox(adapter, doc, pageUrl, now);
  if (check.snapshots.length !== INBOX_ROWS) {
    throw new Error(
      `${platform}: readInbox returned ${check.snapshots.length} snapshots from a ${INBOX_ROWS}-row inbox ` +
        `(variant ${check.health.variant}, ${check.health.rows} rows found; problems: ` +
        `${JSON.stringify(check.health.problems.slice(0, 3))})`,
    );
  }
  const ms = medianMs(() => {
    sink += readInbox(adapter, doc, pageUrl, now).snapshots.length;
  });
  return {
    platform,
    rows: check.snapshots.length,
    variant: check.health.variant,
    problems: check.health.problems.length,
    'median ms': ms.toFixed(2),
    'rows / ms': (INBOX_ROWS / ms).toFixed(2),
    'parse + load ms (once)': parseMs.toFixed(0),
  };
});

console.table(table);
window.close();
if (sink === 42) console.log(''); // keep the results alive
