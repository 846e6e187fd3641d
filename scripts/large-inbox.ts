// 500-row inbox pages for the benchmarks (scripts/bench-readers.ts, test/bench/readers.bench.ts and
// scripts/bench-page-load.ts), built from each platform's inbox fixture by cloning its conversation rows.
// Each clone gets its own thread id (link, question/reference id, conversation id) and order number, so the
// readers' dedupe keeps every row. Rows cycle through the fixture's rows, so the mix of layouts (unread,
// labels, links or none, date formats) stays the fixture's. Times stay {{…}} tokens until rendered.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixtureHtml, loadFixture } from '../test/fixtures/load-fixture';
import { renderFixture, type FixtureClock } from '../test/fixtures/render-fixture';

export type BenchPlatform = 'amazon' | 'ebay' | 'etsy';

export const INBOX_ROWS = 500;

export interface LargeInboxSpec {
  platform: BenchPlatform;
  /** The real inbox URL the content script matches and the reader is given. */
  url: string;
  /** Under test/fixtures/. */
  fixture: string;
  /** The page's zone and locale (as the unit tests render the same fixture). */
  zone: string;
  locale: string;
  /** Rows are looked for only after this marker (Amazon's head row is not a conversation). */
  after?: string;
  /** One conversation row of the fixture (non-greedy: rows do not nest). */
  row: RegExp;
  /** Makes clone `index` (0-based) distinct from every other clone. */
  distinct(rowHtml: string, index: number): string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const LARGE_INBOXES: readonly LargeInboxSpec[] = [
  {
    platform: 'amazon',
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded',
    fixture: 'amazon/inbox-v3.html',
    zone: 'America/Los_Angeles',
    locale: 'en-US',
    // Body rows only: the head row (kat-table-head) is left as it is.
    after: '<kat-table-body>',
    row: /<kat-table-row>[\s\S]*?<\/kat-table-row>/g,
    // The thread id is read from the kat-link's thread URL; the order id is shown in the subject.
    distinct: (html, i) =>
      html
        .replace(/amzn1\.thread\.[\w.-]+/g, `amzn1.thread.BENCH${pad(i + 1, 4)}`)
        .replace(/\b(\d{3})-\d{7}-(\d{7})\b/g, (_m, a: string, c: string) => `${a}-${pad(i + 1, 7)}-${c}`),
  },
  {
    platform: 'ebay',
    url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE',
    fixture: 'ebay/inbox.html',
    zone: 'America/Los_Angeles',
    locale: 'en-US',
    row: /<li class="card__item">[\s\S]*?<\/li>/g,
    // The thread id is the link's question_id (or reference_id + other_user_id), else data-conversation-id.
    distinct: (html, i) =>
      html
        .replace(/question_id=\d+/g, `question_id=${3_000_000_000 + i}`)
        .replace(/reference_id=\d+/g, `reference_id=${6_000_000_000 + i}`)
        .replace(/data-conversation-id="[^"]*"/g, `data-conversation-id="bench-${pad(i + 1, 4)}"`)
        .replace(/\b(\d{2})-\d{5}-(\d{5})\b/g, (_m, a: string, c: string) => `${a}-${pad(i + 1, 5)}-${c}`),
  },
  {
    platform: 'etsy',
    url: 'https://www.etsy.com/messages',
    fixture: 'etsy/inbox.html',
    zone: 'America/New_York',
    locale: 'en-US',
    row: /<li class="wt-bb-xs wt-p-xs-2">[\s\S]*?<\/li>/g,
    // The thread id is the numeric id in the row's /messages/<id> link.
    distinct: (html, i) =>
      html
        .replace(/\/messages\/\d+/g, `/messages/${1_700_000_000 + i}`)
        .replace(/#\d{10}\b/g, `#${3_500_000_000 + i}`),
  },
];

export function largeInboxSpec(platform: BenchPlatform): LargeInboxSpec {
  const spec = LARGE_INBOXES.find((inbox) => inbox.platform === platform);
  if (!spec) throw new Error(`no large inbox for ${platform}`);
  return spec;
}

/** The page with `rows` conversation rows, its {{…}} time tokens not yet rendered (for loadFixture). */
export function largeInboxTemplate(platform: BenchPlatform, rows = INBOX_ROWS): string {
  const spec = largeInboxSpec(platform);
  const html = fixtureHtml(spec.fixture);
  const from = spec.after ? html.indexOf(spec.after) : 0;
  if (from < 0) throw new Error(`${spec.fixture}: no ${spec.after} to clone rows after`);
  const matches = [...html.matchAll(spec.row)].filter((match) => match.index >= from);
  if (matches.length === 0) throw new Error(`${spec.fixture}: no conversation rows matched ${spec.row}`);
  const templates = matches.map((match) => match[0]);
  const start = matches[0]!.index;
  const last = matches[matches.length - 1]!;
  const end = last.index + last[0].length;
  const clones = Array.from({ length: rows }, (_, i) => spec.distinct(templates[i % templates.length]!, i));
  // Everything from the first row to the last (rows and the comments between them) becomes the clones.
  return `${html.slice(0, start)}${clones.join('\n')}${html.slice(end)}`;
}

/** The clock the page is rendered in: its own zone and locale, at `now`. */
export function clockFor(platform: BenchPlatform, now: number): FixtureClock {
  const { zone, locale } = largeInboxSpec(platform);
  return { now, zone, locale };
}

/** The page as served: times rendered relative to `now` in the page's zone and locale. */
export function largeInboxHtml(platform: BenchPlatform, now: number, rows = INBOX_ROWS): string {
  return renderFixture(largeInboxTemplate(platform, rows), clockFor(platform, now));
}

const FIXTURES_DIR = path.resolve(import.meta.dirname, '..', 'test', 'fixtures');

/**
 * The page parsed into a Document by test/fixtures/load-fixture.ts (which renders the times and attaches
 * the declarative shadow roots happy-dom leaves as templates). Needs a DOM: happy-dom's globals (DOMParser).
 * loadFixture reads a path under test/fixtures/, so the page goes through a temporary file reached from there.
 */
export function loadLargeInbox(platform: BenchPlatform, now: number, rows = INBOX_ROWS): Document {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'replyclock-bench-'));
  try {
    const file = path.join(dir, `${platform}-inbox.html`);
    writeFileSync(file, largeInboxTemplate(platform, rows));
    return loadFixture(path.relative(FIXTURES_DIR, file), clockFor(platform, now));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
