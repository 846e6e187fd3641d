// The Amazon adapter: its URL predicates against sample URLs, and the inbox reader on both fixture
// variants (messaging v3 with KAT shadow roots; a redesign with renamed classes), plus pages it cannot read.
import { describe, expect, it } from 'vitest';
import { amazon } from '@/lib/platforms/amazon';
import { AMAZON_MATCHES } from '@/lib/platforms/amazon-marketplaces';
import { loadFixture } from '../../fixtures/load-fixture';
import { readInbox } from '@/lib/tracker/interpret-read';

// 2026-11-22 12:00 in Los Angeles (PST, UTC-8): amazon.com's zone.
const NOW = Date.UTC(2026, 10, 22, 20, 0);
const US = { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' };
const HOUR = 3600_000;

const SAMPLES = {
  isInbox: [
    'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded',
    'https://sellercentral.amazon.com/messaging/inbox-v3',
    'https://sellercentral.amazon.co.uk/messaging/inbox-v3?fi=all',
    'https://sellercentral.amazon.de/messaging/inbox',
    'https://sellercentral-europe.amazon.com/messaging/inbox-v3?fi=sent',
    'https://sellercentral.amazon.co.jp/messaging/inbox/',
  ],
  isThread: [
    'https://sellercentral.amazon.com/messaging/contact?orderID=111-2223334-4445556&marketplaceID=ATVPDKIKX0DER',
    'https://sellercentral.amazon.com/messaging/thread/amzn1.thread.FX0001',
    'https://sellercentral.amazon.fr/messaging/contact?orderID=402-1234567-7654321',
  ],
  neither: [
    'https://sellercentral.amazon.com/home',
    'https://sellercentral.amazon.com/orders-v3/order/111-2223334-4445556',
    'https://sellercentral.amazon.com/messaging/contact', // no order: not a conversation
    'https://www.amazon.com/messaging/inbox-v3', // the shop, not Seller Central
    'http://sellercentral.amazon.com/messaging/inbox-v3', // never over plain http
    'https://sellercentral.amazon.com.evil.example/messaging/inbox-v3',
  ],
} as const;

describe('amazon URL predicates', () => {
  for (const predicate of ['isInbox', 'isThread'] as const) {
    it(`${predicate} is true for its own samples and false for every other`, () => {
      for (const [group, urls] of Object.entries(SAMPLES)) {
        for (const url of urls) expect([url, amazon[predicate](new URL(url))]).toEqual([url, group === predicate]);
      }
    });
  }

  it('matches every Seller Central host and serves each with its marketplace', () => {
    expect(AMAZON_MATCHES).toHaveLength(12);
    expect(amazon.matches).toContain('https://sellercentral.amazon.com.mx/*');
    expect(amazon.matches).toContain('https://sellercentral-japan.amazon.com/*');
    expect(amazon.marketplaceFor(new URL('https://sellercentral.amazon.co.uk/messaging/inbox-v3'))).toMatchObject({
      marketplace: 'UK',
      zone: 'Europe/London',
    });
  });
});

describe('amazon.readInbox on messaging v3 (KAT components, open shadow roots)', () => {
  const url = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded');
  const result = readInbox(amazon, loadFixture('amazon/inbox-v3.html', US), url, NOW);

  it('reads every conversation row and none of the page chrome', () => {
    expect(result.health).toMatchObject({ variant: 'v3-kat-table', rows: 5, problems: [] });
    expect(result.snapshots.map((s) => s.buyer)).toEqual([
      'Emma Whitfield',
      'Lukas Brenner',
      'Olivia Grant',
      'Noah Castillo',
      'Sophie Laurent',
    ]);
  });

  it('reads subject, order id, thread id and link through the shadow roots', () => {
    expect(result.snapshots[0]).toMatchObject({
      platform: 'amazon',
      marketplace: 'US',
      threadId: 'amzn1.thread.FX0001',
      orderId: '111-2223334-4445556',
      subject: 'Where is my order?',
      url: 'https://sellercentral.amazon.com/messaging/thread/amzn1.thread.FX0001',
      needsResponse: true,
    });
    expect(result.snapshots[3]).toMatchObject({ orderId: null, subject: 'Does the lamp work with 230 V?' });
  });

  it('places a day-only date at the start of that day in Los Angeles, marked approximate', () => {
    // {{date -3d}} renders "Nov 19, 2026": midnight PST is 08:00 UTC.
    expect(result.snapshots[0]!.lastMessageAt).toEqual({ at: Date.UTC(2026, 10, 19, 8, 0), precision: 'day' });
  });

  it('reads exact and relative times', () => {
    expect(result.snapshots[1]!.lastMessageAt).toEqual({ at: NOW - 30 * HOUR, precision: 'exact' });
    expect(result.snapshots[3]!.lastMessageAt).toEqual({ at: NOW - 40 * 60_000, precision: 'exact' });
  });
});

describe('amazon.readInbox on a redesigned inbox (renamed classes, rows as cards in a shadow root)', () => {
  const url = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=all');
  const result = readInbox(amazon, loadFixture('amazon/inbox-v3-redesigned.html', US), url, NOW);

  it('finds the rows through the fallback selectors', () => {
    expect(result.health).toMatchObject({ variant: 'testid-row', rows: 3, problems: [] });
    expect(result.snapshots.map((s) => [s.threadId, s.buyer, s.subject, s.orderId])).toEqual([
      ['amzn1.thread.RD0001', 'Hannah Okafor', 'Refund not received yet', '205-1000000-2000000'],
      ['amzn1.thread.RD0002', 'Mateo Rossi', 'Can you ship to Canada?', null],
      ['amzn1.thread.RD0003', 'Grace Lindqvist', 'Thanks, it arrived!', '205-3000000-4000000'],
    ]);
  });

  it('takes the unread class as "needs response"; a read row (bold or not) cannot tell', () => {
    expect(result.snapshots.map((s) => s.needsResponse)).toEqual([true, true, null]);
  });

  it('links a row without a thread link to Seller Central’s search for its order', () => {
    expect(result.snapshots[0]!.url).toBe(
      'https://sellercentral.amazon.com/messaging/inbox-v3?fi=search&ss=205-1000000-2000000',
    );
  });

  it('reads a time of day as today in the marketplace zone', () => {
    expect(result.snapshots[1]!.lastMessageAt).toEqual({ at: NOW - 10 * 60_000, precision: 'exact' });
  });
});

describe('amazon.readInbox on pages it cannot read', () => {
  const url = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded');
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('says so when no row matches, instead of reporting an empty inbox', () => {
    const result = readInbox(amazon, parse('<div id="sc-navbar">Seller Central</div><p>Loading messages…</p>'), url, NOW);
    expect(result.snapshots).toEqual([]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-rows']);
  });

  it('knows a genuinely empty list from a page it cannot read', () => {
    const result = readInbox(amazon, parse('<kat-table></kat-table><p>No messages match this filter.</p>'), url, NOW);
    expect(result.health).toMatchObject({ variant: 'empty', rows: 0, problems: [] });
  });

  it('reports a row whose date it cannot read, and still tracks the row', () => {
    const html = `<table><tbody><tr class="unread"><td>Ava Stone</td><td>Order 111-0000000-0000001 question</td><td>sometime</td></tr></tbody></table>`;
    const result = readInbox(amazon, parse(html), url, NOW);
    expect(result.snapshots).toHaveLength(1);
    expect(result.snapshots[0]).toMatchObject({ buyer: 'Ava Stone', lastMessageAt: null, threadId: 'order-111-0000000-0000001' });
    expect(result.health.problems.map((p) => p.code)).toEqual(['unparsed-time']);
  });

  it('reads a table inside a same-origin iframe (some accounts)', () => {
    const doc = parse('<iframe id="inbox-frame"></iframe>');
    const frameDoc = parse(
      '<table><tr><th>Buyer</th><th>Date</th></tr><tr><td>Ivy Chen</td><td>Order 111-0000000-0000009</td><td>Sep 4, 2026</td><td>Needs response</td></tr></table>',
    );
    Object.defineProperty(doc.getElementById('inbox-frame')!, 'contentDocument', { value: frameDoc });
    const result = readInbox(amazon, doc, url, NOW);
    expect(result.health).toMatchObject({ variant: 'legacy-table', rows: 1 });
    expect(result.snapshots[0]).toMatchObject({ buyer: 'Ivy Chen', needsResponse: true });
  });

  it('never throws into the page, whatever the DOM does', () => {
    const hostile = parse('<table><tr><td>x</td></tr></table>');
    Object.defineProperty(hostile, 'querySelectorAll', {
      value: () => {
        throw new Error('boom');
      },
    });
    const result = readInbox(amazon, hostile, url, NOW);
    expect(result.health.problems.map((p) => p.code)).toEqual(['read-failed']);
  });
});

describe('amazon row status words', () => {
  it('reads "No response needed" (and its translations) as answered, not as "response needed"', () => {
    const url = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=all');
    const row = (status: string, id: string) =>
      `<kat-table-row><kat-table-cell><a href="/messaging/thread/${id}">Ada Quinn</a></kat-table-cell>` +
      `<kat-table-cell>Thanks, all good</kat-table-cell><kat-table-cell>Sep 4, 2026</kat-table-cell>` +
      `<kat-table-cell>${status}</kat-table-cell></kat-table-row>`;
    const doc = new DOMParser().parseFromString(
      `<kat-table><kat-table-body>${row('No response needed', 'T1')}${row('Keine Antwort erforderlich', 'T2')}${row('Needs response', 'T3')}</kat-table-body></kat-table>`,
      'text/html',
    );
    expect(readInbox(amazon, doc, url, NOW).snapshots.map((s) => [s.threadId, s.needsResponse])).toEqual([
      ['T1', false],
      ['T2', false],
      ['T3', true],
    ]);
  });
});
