// Inbox reader benchmarks (`npm run bench`, or `npx vitest bench --run test/bench`; `vitest run` ignores
// them): readInbox over a 500-row inbox of each platform, the pages scripts/large-inbox.ts builds from the
// fixtures (rows cloned, each with its own thread id) and parses in Vitest's happy-dom environment with
// Amazon's declarative shadow roots attached. Rows per millisecond = the table's hz × 500 / 1000;
// scripts/bench-readers.ts prints it directly. Each page is parsed once, outside the timing.
import { bench, describe } from 'vitest';
import { ADAPTERS } from '@/lib/platforms/registry';
import { INBOX_ROWS, LARGE_INBOXES, loadLargeInbox } from '../../scripts/large-inbox';
import { readInbox } from '@/lib/tracker/interpret-read';

const NOW = Date.now();
let sink = 0; // keeps results alive so nothing is optimised away

const PAGES = LARGE_INBOXES.map(({ platform, url }) => {
  const adapter = ADAPTERS.find((candidate) => candidate.platform === platform);
  if (!adapter) throw new Error(`no adapter for ${platform}`);
  const doc = loadLargeInbox(platform, NOW);
  const pageUrl = new URL(url);
  // A reader that misses rows would look fast: every row must come back, or the bench does not run.
  const check = readInbox(adapter, doc, pageUrl, NOW);
  if (check.snapshots.length !== INBOX_ROWS) {
    throw new Error(
      `${platform}: readInbox returned ${check.snapshots.length} snapshots from a ${INBOX_ROWS}-row inbox ` +
        `(variant ${check.health.variant}; problems: ${JSON.stringify(check.health.problems.slice(0, 3))})`,
    );
  }
  return { platform, adapter, doc, pageUrl, variant: check.health.variant };
});

describe('inbox readers', () => {
  for (const { platform, adapter, doc, pageUrl, variant } of PAGES) {
    bench(`readInbox: ${INBOX_ROWS}-row ${platform} inbox (${variant})`, () => {
      sink += readInbox(adapter, doc, pageUrl, NOW).snapshots.length;
    }, { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 });
  }
});

export { sink };
