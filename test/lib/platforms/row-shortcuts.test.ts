// A layout's shortcut (Amazon v3 rows read from their known cells) must read every row exactly as the
// thorough reader does: on every fixture page and on the 500-row benchmark inboxes, row by row.
import { describe, expect, it } from 'vitest';
import { whileReading } from '@/lib/dom/deep-query';
import type { ReadProblem } from '@/lib/model';
import { adapterFor } from '@/lib/platforms/registry';
import { loadLargeInbox, LARGE_INBOXES } from '../../../scripts/large-inbox';
import { loadFixture } from '../../fixtures/load-fixture';
import { fixturePages } from '../../fuzz/fixture-pages';

function compareRows(doc: Document, pageUrl: string): number {
  const url = new URL(pageUrl);
  const adapter = adapterFor(url)!;
  const list = adapter.listRows(doc, url);
  let compared = 0;
  if (!list.shortcut) return compared;
  for (const row of list.rows) {
    // Separate reads: neither may lean on what the other remembered.
    const quick = whileReading(() => list.shortcut!(row));
    if (quick === null) continue; // the thorough reader reads it
    const problems: ReadProblem[] = [];
    expect(quick).toEqual(whileReading(() => list.readRow(row, problems)));
    expect(problems).toEqual([]); // a row the shortcut reads has nothing wrong with it
    compared++;
  }
  return compared;
}

describe('row shortcuts read what the thorough reader reads', () => {
  it.each(fixturePages().map((page) => [page.fixture, page] as const))('%s', (_name, page) => {
    const compared = compareRows(loadFixture(page.fixture, page.clock), page.url);
    // The layouts the shortcuts are for: every row of their fixtures goes the short way.
    if (page.fixture === 'amazon/inbox-v3.html') expect(compared).toBe(5);
    if (page.fixture === 'etsy/inbox.html') expect(compared).toBeGreaterThanOrEqual(3);
    if (page.fixture === 'ebay/inbox.html') expect(compared).toBeGreaterThanOrEqual(6);
  });

  it.each(LARGE_INBOXES.map((inbox) => [inbox.platform, inbox] as const))('the 500-row %s inbox', (platform, inbox) => {
    const compared = compareRows(loadLargeInbox(platform, Date.UTC(2026, 10, 22, 20, 0)), inbox.url);
    if (platform === 'amazon') expect(compared).toBe(500);
    if (platform === 'etsy') expect(compared).toBeGreaterThanOrEqual(375);
    if (platform === 'ebay') expect(compared).toBeGreaterThanOrEqual(425);
  });
});
