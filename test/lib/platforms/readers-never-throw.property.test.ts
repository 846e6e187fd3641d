// No page can make a reader throw: every fixture of every platform, cut short at random points or with
// random elements, classes and attributes taken away, still reads to a result with a health report.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '@/lib/platforms/registry';
import { fixtureHtml } from '../../fixtures/load-fixture';
import { renderFixture } from '../../fixtures/render-fixture';
import { readInbox, readThread } from '@/lib/tracker/interpret-read';

const NOW = Date.UTC(2026, 10, 22, 20, 0);
const FIXTURES = path.join(import.meta.dirname, '..', '..', 'fixtures');

/** A URL each reader accepts as its own, per platform: the readers are handed the page they would run on. */
const PAGE_URLS: Record<string, string[]> = {
  amazon: ['https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded', 'https://sellercentral.amazon.de/messaging/thread/T1'],
  ebay: ['https://www.ebay.com/cnt/ViewMessage?group_type=CORE', 'https://www.ebay.co.uk/cnt/ViewMessage?group_type=CORE&question_id=1'],
  etsy: ['https://www.etsy.com/messages', 'https://www.etsy.com/messages/123456789'],
};

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('rename-class' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('strip-attributes' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('empty-text' as const), pick: fc.nat() }),
);

function mutate(doc: Document, change: { kind: string; pick: number }): void {
  const elements = Array.from(doc.body?.querySelectorAll('*') ?? []);
  const element = elements[change.pick % Math.max(elements.length, 1)];
  if (!element) return;
  if (change.kind === 'remove') element.remove();
  else if (change.kind === 'rename-class') element.className = `x${change.pick}`;
  else if (change.kind === 'strip-attributes') for (const name of element.getAttributeNames()) element.removeAttribute(name);
  else element.textContent = '';
}

for (const adapter of ADAPTERS) {
  const dir = path.join(FIXTURES, adapter.platform);
  const files = readdirSync(dir).filter((file) => file.endsWith('.html'));
  describe(`${adapter.platform} readers never throw`, () => {
    for (const file of files) {
      const html = renderFixture(fixtureHtml(`${adapter.platform}/${file}`), { now: NOW, zone: 'UTC', locale: 'en-US' });
      const read = (doc: Document) => {
        for (const url of PAGE_URLS[adapter.platform]!.map((u) => new URL(u))) {
          const inbox = readInbox(adapter, doc, url, NOW);
          const thread = readThread(adapter, doc, url, NOW);
          adapter.replyBox(doc);
          expect(Array.isArray(inbox.snapshots) && Array.isArray(inbox.health.problems)).toBe(true);
          expect(thread.health.page).toBe('thread');
        }
      };

      it(`${file}: truncated anywhere`, () => {
        fc.assert(fc.property(fc.nat({ max: html.length }), (cut) => read(parse(html.slice(0, cut)))), { numRuns: 60 });
      }, 30_000); // 60 whole-page parses and reads: slow on a loaded 2-core CI machine, not a speed test

      it(`${file}: elements, classes, attributes and text taken away`, () => {
        fc.assert(
          fc.property(fc.array(mutation, { minLength: 1, maxLength: 12 }), (changes) => {
            const doc = parse(html);
            for (const change of changes) mutate(doc, change);
            read(doc);
          }),
          { numRuns: 60 },
        );
      }, 30_000);
    }
  });
}
