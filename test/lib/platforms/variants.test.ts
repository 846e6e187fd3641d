// Every page variant a reader declares is proved by a fixture page, and every fixture page reads cleanly.
// (1) Each `name` in the adapters' variant tables (inbox rows; thread bubbles / containers), and the other
//     variants a read reports in health.variant ('empty' lists, Amazon's 'compose' page, Etsy's embedded
//     'context'), is selected by at least one fixture page under test/fixtures/<platform>/, read at the URL
//     and clock test/fuzz/fixture-pages.ts gives it. A variant no page selects is selector code no test
//     reads: add a hand-written fixture that models the layout (header comment: what it models, which
//     variant it proves), register it in fixture-pages.ts, and check that no earlier variant matches it.
// (2) Each fixture page reads with no health problem as every page kind its URL is (inbox and/or thread),
//     with a declared variant and at least one row / message, except the pages empty by design: an
//     'empty' list, and a 'compose' page (a new message to one order, no messages yet).
import { describe, expect, it } from 'vitest';
import { AMAZON_BUBBLE_VARIANTS, AMAZON_ROW_VARIANTS } from '@/lib/platforms/amazon';
import { EBAY_BUBBLE_VARIANTS, EBAY_ROW_VARIANTS } from '@/lib/platforms/ebay';
import { ETSY_ROW_VARIANTS, ETSY_THREAD_VARIANTS } from '@/lib/platforms/etsy';
import { readInbox, readThread } from '@/lib/tracker/interpret-read';
import { adapterFor } from '@/lib/platforms/registry';
import type { PageKind, Platform, ReadHealth } from '@/lib/model';
import { loadFixture } from '../../fixtures/load-fixture';
import { fixturePages, type FixturePage } from '../../fuzz/fixture-pages';

const KINDS: readonly PageKind[] = ['inbox', 'thread'];

const names = (table: readonly { name: string }[]): string[] => table.map((variant) => variant.name);

/**
 * Every variant a read of each platform and page kind can report: the tables' names, in the tables' order,
 * then the variants the readers name outside them. (Etsy's internal 'stale' is not here: a read that finds
 * only another conversation's messages reports variant null and a 'no-messages' problem.)
 */
const DECLARED: Record<Platform, Record<PageKind, string[]>> = {
  amazon: { inbox: [...names(AMAZON_ROW_VARIANTS), 'empty'], thread: [...names(AMAZON_BUBBLE_VARIANTS), 'compose'] },
  ebay: { inbox: [...names(EBAY_ROW_VARIANTS), 'empty'], thread: names(EBAY_BUBBLE_VARIANTS) },
  etsy: { inbox: [...names(ETSY_ROW_VARIANTS), 'empty'], thread: [...names(ETSY_THREAD_VARIANTS), 'context'] },
};

/** Variants whose read shows no row / message by design. */
const EMPTY_BY_DESIGN: Record<PageKind, readonly string[]> = { inbox: ['empty'], thread: ['compose'] };

interface PageRead {
  page: FixturePage;
  platform: Platform;
  kind: PageKind;
  health: ReadHealth;
  /** Rows of an inbox read, messages of a thread read (-1: no thread at all). */
  count: number;
}

let cached: PageRead[] | null = null;
/** Every fixture page read as each page kind its URL is, once for the whole file. */
function pageReads(): PageRead[] {
  cached ??= fixturePages().flatMap((page) => {
    const url = new URL(page.url);
    const adapter = adapterFor(url);
    if (!adapter) throw new Error(`${page.fixture}: no adapter serves ${page.url}`);
    const reads: PageRead[] = [];
    if (adapter.isInbox(url)) {
      const result = readInbox(adapter, loadFixture(page.fixture, page.clock), url, page.clock.now);
      reads.push({ page, platform: adapter.platform, kind: 'inbox', health: result.health, count: result.snapshots.length });
    }
    if (adapter.isThread(url)) {
      const result = readThread(adapter, loadFixture(page.fixture, page.clock), url, page.clock.now);
      const count = result.thread ? result.thread.messages.length : -1;
      reads.push({ page, platform: adapter.platform, kind: 'thread', health: result.health, count });
    }
    return reads;
  });
  return cached;
}

/** What every page of a platform reads as: the failure message when a variant has no page. */
function readsTable(platform: Platform, kind: PageKind): string {
  return pageReads()
    .filter((read) => read.platform === platform && read.kind === kind)
    .map((read) => `  ${read.page.fixture}: ${read.health.variant ?? 'null'} (${read.count})`)
    .join('\n');
}

describe('every declared page variant is selected by a fixture page', () => {
  for (const platform of Object.keys(DECLARED) as Platform[]) {
    for (const kind of KINDS) {
      for (const variant of DECLARED[platform][kind]) {
        it(`${platform} ${kind}: '${variant}'`, () => {
          const selecting = pageReads()
            .filter((read) => read.platform === platform && read.kind === kind && read.health.variant === variant)
            .map((read) => read.page.fixture);
          expect(
            selecting.filter((fixture) => fixture.startsWith(`${platform}/`)),
            `no fixture page under test/fixtures/${platform}/ reads as ${kind} variant '${variant}'; they read as:\n${readsTable(platform, kind)}`,
          ).not.toEqual([]);
        });
      }
    }
  }
});

describe('every fixture page reads with no health problem', () => {
  for (const page of fixturePages()) {
    it(page.fixture, () => {
      const reads = pageReads().filter((read) => read.page.fixture === page.fixture);
      expect(reads.length, `${page.url} is neither an inbox nor a thread page`).toBeGreaterThan(0);
      for (const { platform, kind, health, count } of reads) {
        const what = `${page.fixture} read as ${kind}`;
        expect(page.fixture.startsWith(`${platform}/`), `${what}: ${page.url} is a ${platform} page`).toBe(true);
        expect(health.problems, `${what}: health problems`).toEqual([]);
        expect(DECLARED[platform][kind], `${what}: variant ${health.variant} is not a declared ${platform} ${kind} variant`).toContain(
          health.variant,
        );
        if (EMPTY_BY_DESIGN[kind].includes(health.variant!)) {
          expect(count, `${what}: a '${health.variant}' page shows nothing`).toBe(0);
          expect(health.rows, `${what}: health.rows`).toBe(0);
        } else {
          expect(count, `${what}: ${kind === 'inbox' ? 'rows' : 'messages'}`).toBeGreaterThan(0);
          expect(health.rows, `${what}: health.rows`).toBeGreaterThan(0);
        }
      }
    });
  }
});
