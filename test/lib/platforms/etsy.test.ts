// The Etsy adapter: URL predicates, match patterns and marketplaces; the inbox reader on both list variants;
// the thread reader on embedded data (Etsy.Context), stale embedded data, a DOM-only page and a redesign;
// the reply box; pages it cannot read; and embedded scripts that must be read as JSON, never run.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { etsy } from '@/lib/platforms/etsy';
import { ETSY_DEFAULT_MARKETPLACE, ETSY_MATCHES, ETSY_PATH_MARKETPLACES } from '@/lib/platforms/etsy-marketplaces';
import { marketplaceCalendarInfo } from '@/lib/sla/business-calendar';
import { loadFixture } from '../../fixtures/load-fixture';
import { readInbox, readThread } from '@/lib/tracker/interpret-read';

// 2026-11-22 17:00 UTC: 12:00 in New York (EST), 18:00 in Berlin (CET), 17:00 in London (GMT).
const NOW = Date.UTC(2026, 10, 22, 17, 0);
const US = { now: NOW, zone: 'America/New_York', locale: 'en-US' };
const DE = { now: NOW, zone: 'Europe/Berlin', locale: 'de-DE' };
const UK = { now: NOW, zone: 'Europe/London', locale: 'en-GB' };
const MINUTE = 60_000;
const HOUR = 3600_000;
const exact = (at: number) => ({ at, precision: 'exact' as const });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const SAMPLES = {
  isInbox: [
    'https://www.etsy.com/messages',
    'https://www.etsy.com/messages?ref=hdr_user_menu-messages',
    'https://www.etsy.com/messages/all',
    'https://www.etsy.com/messages/unread',
    'https://www.etsy.com/de/messages',
    'https://www.etsy.com/uk/messages/sent/',
    'https://www.etsy.com/your/conversations', // legacy
  ],
  isThread: [
    'https://www.etsy.com/messages/1582034471',
    'https://www.etsy.com/messages/1582034471?ref=convo_list',
    'https://www.etsy.com/de/messages/1582034490',
    'https://www.etsy.com/ca-fr/messages/1582034471/',
    'https://www.etsy.com/your/conversations/987654321', // legacy
  ],
  neither: [
    'https://www.etsy.com/',
    'https://www.etsy.com/your/shops/me/dashboard',
    'https://www.etsy.com/your/orders/sold?order_id=3456789012',
    'https://www.etsy.com/people/mayathornton',
    'https://www.etsy.com/shop/messages', // a shop named "messages"
    'https://www.etsy.com/messages/new', // not a folder, not a conversation
    'https://www.etsy.com/messages/1582034471/attachments',
    'http://www.etsy.com/messages', // never over plain http
    'https://www.etsy.com.evil.example/messages/1582034471',
    'https://etsy.example/messages',
  ],
} as const;

/** Chrome's match-pattern rule for a fixed scheme and host: "*" in the path matches any characters. */
function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(https):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  const path = new RegExp(`^${m[3]!.split('*').map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, '\\$&')).join('.*')}$`);
  return u.protocol === `${m[1]}:` && u.hostname === m[2] && path.test(u.pathname + u.search);
}

describe('etsy URL predicates, match patterns and marketplaces', () => {
  for (const predicate of ['isInbox', 'isThread'] as const) {
    it(`${predicate} is true for its own samples and false for every other`, () => {
      for (const [group, urls] of Object.entries(SAMPLES)) {
        for (const url of urls) expect([url, etsy[predicate](new URL(url))]).toEqual([url, group === predicate]);
      }
    });
  }

  it('injects on every messages page and on Shop Manager (single-page navigation to Messages starts there)', () => {
    expect(etsy.matches).toBe(ETSY_MATCHES);
    const injected = (url: string) => ETSY_MATCHES.some((pattern) => matchesPattern(pattern, url));
    for (const url of [...SAMPLES.isInbox, ...SAMPLES.isThread]) expect([url, injected(url)]).toEqual([url, true]);
    expect(injected('https://www.etsy.com/your/shops/me/dashboard')).toBe(true);
    expect(injected('https://www.etsy.com/de/your/shops/me/dashboard')).toBe(true);
    expect(injected('https://www.etsy.com/listing/1234567890/birth-flower-necklace')).toBe(false);
    expect(injected('https://www.etsy.com/')).toBe(false);
  });

  it('tells the marketplace by the locale segment, US without one or with one it does not know', () => {
    const market = (url: string) => etsy.marketplaceFor(new URL(url));
    expect(market('https://www.etsy.com/messages')).toEqual({ marketplace: 'US', zone: 'America/New_York', locale: 'en-US' });
    expect(market('https://www.etsy.com/de/messages/1582034490')).toEqual({ marketplace: 'DE', zone: 'Europe/Berlin', locale: 'de-DE' });
    expect(market('https://www.etsy.com/uk/messages')).toEqual({ marketplace: 'UK', zone: 'Europe/London', locale: 'en-GB' });
    expect(market('https://www.etsy.com/ca-fr/messages')).toEqual({ marketplace: 'CA', zone: 'America/Toronto', locale: 'fr-CA' });
    expect(market('https://www.etsy.com/it/messages')).toEqual({ marketplace: 'US', zone: 'America/New_York', locale: 'it-IT' });
    expect(market('https://www.etsy.com/xx/messages')).toEqual({ marketplace: 'US', zone: 'America/New_York', locale: 'en-US' });
    expect(market('https://www.etsy.com/constructor/messages')).toEqual({ marketplace: 'US', zone: 'America/New_York', locale: 'en-US' });
    expect(market('http://www.etsy.com/messages')).toBeNull();
    expect(market('https://sellercentral.amazon.com/messaging/inbox')).toBeNull();
  });

  it('uses only marketplace codes and zones the business calendar knows for Etsy', () => {
    for (const info of [ETSY_DEFAULT_MARKETPLACE, ...ETSY_PATH_MARKETPLACES.values()]) {
      expect([info.marketplace, marketplaceCalendarInfo('etsy', info.marketplace)?.zone]).toEqual([info.marketplace, info.zone]);
    }
  });
});

describe('etsy.readInbox on the Messages list (wt-* list items, screen-reader "Unread")', () => {
  const url = new URL('https://www.etsy.com/messages?ref=hdr_user_menu-messages');
  const result = readInbox(etsy, loadFixture('etsy/inbox.html', US), url, NOW);

  it('reads every conversation and none of the header or folder links', () => {
    expect(result.health).toEqual({ platform: 'etsy', marketplace: 'US', page: 'inbox', variant: 'list-item', rows: 4, problems: [] });
    expect(result.snapshots.map((s) => [s.threadId, s.buyer, s.url])).toEqual([
      ['1582034471', 'Maya Thornton', 'https://www.etsy.com/messages/1582034471'],
      ['1582034480', 'Jonas Adeyemi', 'https://www.etsy.com/messages/1582034480'],
      ['1582034455', 'Priya Raman', 'https://www.etsy.com/messages/1582034455'],
      ['1582034430', 'Elena Sokolova', 'https://www.etsy.com/messages/1582034430'],
    ]);
  });

  it('takes the unread badge as needing a reply; bold text and a "Mark as unread" button are not', () => {
    expect(result.snapshots.map((s) => s.needsResponse)).toEqual([true, true, null, null]);
  });

  it('reads the snippet as the preview, the order number, and a help request as a case', () => {
    expect(result.snapshots[0]).toMatchObject({
      platform: 'etsy',
      marketplace: 'US',
      orderId: null,
      kind: 'message',
      preview: 'Hi! Could the birth-flower necklace ship by Friday?',
    });
    expect(result.snapshots[1]).toMatchObject({
      orderId: '3456789013',
      kind: 'case',
      preview: "My order #3456789013 still hasn't arrived.",
    });
    expect(result.snapshots[2]!.preview).toBe("Thank you so much, it's lovely!");
    expect(result.snapshots.every((s) => s.firstInThread === undefined)).toBe(true);
  });

  it('reads times of day, dates, day-only dates and relative hours on New York time', () => {
    expect(result.snapshots.map((s) => s.lastMessageAt)).toEqual([
      exact(NOW - 10 * MINUTE), // "11:50 AM"
      exact(Date.UTC(2026, 10, 21, 11, 0)), // "Nov 21, 2026 6:00 AM"
      { at: Date.UTC(2026, 10, 19, 5, 0), precision: 'day' }, // "Nov 19, 2026": midnight EST
      { at: NOW - 4 * HOUR, precision: 'hour' }, // "3 hours ago": at the earliest 4 hours ago
    ]);
  });
});

describe('etsy.readInbox on a redesigned list (cards as links, data-unread, German /de/ page)', () => {
  const url = new URL('https://www.etsy.com/de/messages');
  const result = readInbox(etsy, loadFixture('etsy/inbox-redesigned.html', DE), url, NOW);

  it('finds the cards through the link fallback', () => {
    expect(result.health).toEqual({ platform: 'etsy', marketplace: 'DE', page: 'inbox', variant: 'thread-link', rows: 3, problems: [] });
    expect(result.snapshots.map((s) => [s.threadId, s.buyer, s.orderId, s.kind, s.needsResponse, s.url])).toEqual([
      ['1582034490', 'Lena Fischer', '3456789014', 'message', true, 'https://www.etsy.com/de/messages/1582034490'],
      ['1582034491', 'Tobias Wagner', null, 'case', true, 'https://www.etsy.com/de/messages/1582034491'],
      ['1582034492', 'Sophie Becker', null, 'message', null, 'https://www.etsy.com/de/messages/1582034492'],
    ]);
    expect(result.snapshots.map((s) => s.preview)).toEqual([
      'Könnten Sie noch eine zweite Tasse mit Gravur machen?',
      'Die Lieferung ist beschädigt angekommen.',
      'Vielen Dank, alles angekommen!',
    ]);
  });

  it('reads German dates on Berlin time', () => {
    expect(result.snapshots.map((s) => s.lastMessageAt)).toEqual([
      exact(NOW - 10 * MINUTE), // "17:50"
      exact(Date.UTC(2026, 10, 21, 11, 0)), // "21. Nov. 2026, 12:00"
      { at: Date.UTC(2026, 10, 18, 23, 0), precision: 'day' }, // "19. Nov. 2026": midnight CET
    ]);
  });
});

describe('etsy.readThread', () => {
  it('reads the embedded data when it names the URL’s conversation (oldest first, notices skipped)', () => {
    const url = new URL('https://www.etsy.com/messages/1582034471?ref=convo_list');
    const result = readThread(etsy, loadFixture('etsy/thread-context.html', US), url, NOW);
    expect(result.health).toEqual({ platform: 'etsy', marketplace: 'US', page: 'thread', variant: 'context', rows: 3, problems: [] });
    expect(result.thread).toEqual({
      platform: 'etsy',
      marketplace: 'US',
      threadId: '1582034471',
      buyer: 'Maya Thornton',
      orderId: '3456789012',
      subject: '',
      url: 'https://www.etsy.com/messages/1582034471',
      kind: 'message',
      messages: [
        { from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 11, 0)), text: 'Hi! Could the birth-flower necklace ship by Friday?' },
        { from: 'seller', at: exact(Date.UTC(2026, 10, 21, 13, 30)), text: 'Hi Maya, yes: it ships tomorrow morning.' },
        { from: 'buyer', at: exact(Date.UTC(2026, 10, 22, 16, 50)), text: 'Also, could you gift-wrap it? Thank you!' },
      ],
    });
  });

  it('ignores embedded data of another conversation and reads the DOM (a help request, its order)', () => {
    const url = new URL('https://www.etsy.com/messages/1582034480');
    const result = readThread(etsy, loadFixture('etsy/thread-stale-context.html', US), url, NOW);
    expect(result.health).toMatchObject({ variant: 'scrolling-message-list', rows: 3, problems: [] });
    expect(result.thread).toEqual({
      platform: 'etsy',
      marketplace: 'US',
      threadId: '1582034480',
      buyer: 'Jonas Adeyemi',
      orderId: '3456789013',
      subject: '',
      url: 'https://www.etsy.com/messages/1582034480',
      kind: 'case',
      messages: [
        { from: 'buyer', at: exact(Date.UTC(2026, 10, 20, 17, 0)), text: "My order #3456789013 still hasn't arrived. It was due last week." },
        { from: 'seller', at: exact(Date.UTC(2026, 10, 20, 19, 0)), text: "I'm sorry! I've asked the carrier to trace it." },
        { from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 11, 0)), text: 'Any news? I need it for a birthday on Saturday.' },
      ],
    });
  });

  it('reads wt-* bubbles without data: right-aligned ones are the seller’s, day separators date the times', () => {
    const url = new URL('https://www.etsy.com/de/messages/1582034490');
    const result = readThread(etsy, loadFixture('etsy/thread-dom-only.html', DE), url, NOW);
    expect(result.health).toEqual({
      platform: 'etsy',
      marketplace: 'DE',
      page: 'thread',
      variant: 'scrolling-message-list',
      rows: 3,
      problems: [],
    });
    expect(result.thread).toMatchObject({
      threadId: '1582034490',
      buyer: 'Lena Fischer', // not the shop's own profile link in the site header
      orderId: '3456789014',
      url: 'https://www.etsy.com/de/messages/1582034490',
      kind: 'message',
    });
    expect(result.thread!.messages).toEqual([
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 20, 17, 0)), text: 'Hallo! Ist die Tasse spülmaschinenfest?' },
      { from: 'seller', at: exact(Date.UTC(2026, 10, 20, 18, 0)), text: 'Ja, bis 60 °C. Viele Grüße, Willow Lane Studio' },
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 22, 16, 50)), text: 'Könnten Sie noch eine zweite Tasse mit Gravur machen?' },
    ]);
  });

  it('reads a redesigned log rendered newest first, oldest first', () => {
    const url = new URL('https://www.etsy.com/uk/messages/1582034500');
    const result = readThread(etsy, loadFixture('etsy/thread-redesigned.html', UK), url, NOW);
    expect(result.health).toMatchObject({ marketplace: 'UK', variant: 'log', rows: 3, problems: [] });
    expect(result.thread).toMatchObject({ threadId: '1582034500', buyer: 'Oliver Bennett', orderId: null, kind: 'message' });
    expect(result.thread!.messages).toEqual([
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 15, 0)), text: 'Hello, do you ship to Ireland?' },
      { from: 'seller', at: exact(Date.UTC(2026, 10, 21, 16, 0)), text: 'Yes, tracked shipping takes 3–5 days.' },
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 22, 15, 0)), text: "Lovely, I'll order tonight." },
    ]);
  });
});

describe('etsy.replyBox', () => {
  it('finds the composer by placeholder, by Etsy’s textarea class, or not at all', () => {
    const box = (path: string, clock: typeof US) => etsy.replyBox(loadFixture(path, clock));
    expect(box('etsy/thread-context.html', US)?.getAttribute('placeholder')).toBe('Type your reply');
    expect(box('etsy/thread-dom-only.html', DE)?.getAttribute('placeholder')).toBe('Antwort eingeben');
    expect(box('etsy/thread-redesigned.html', UK)?.className).toBe('msg-composer__input');
    expect(box('etsy/inbox.html', US)).toBeNull();
  });
});

describe('etsy readers on pages they cannot read', () => {
  const inboxUrl = new URL('https://www.etsy.com/messages');
  const threadUrl = new URL('https://www.etsy.com/messages/1582034471');

  it('says so when no row matches, instead of reporting an empty inbox', () => {
    const result = readInbox(etsy, parse('<header role="banner"><a href="/messages">Messages</a></header><p>Loading…</p>'), inboxUrl, NOW);
    expect(result.snapshots).toEqual([]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-rows']);
  });

  it('knows a genuinely empty list from a page it cannot read', () => {
    const result = readInbox(etsy, parse('<ul aria-label="Conversations"></ul><p>You have no messages.</p>'), inboxUrl, NOW);
    expect(result.health).toMatchObject({ variant: 'empty', rows: 0, problems: [] });
  });

  it('reports a row whose time it cannot read, and still tracks the row', () => {
    const html = '<ul><li><a href="/messages/1582034999"><p>Ava Stone</p><p>sometime</p><p>Is this still available?</p></a></li></ul>';
    const result = readInbox(etsy, parse(html), inboxUrl, NOW);
    expect(result.snapshots).toHaveLength(1);
    expect(result.snapshots[0]).toMatchObject({ threadId: '1582034999', buyer: 'Ava Stone', lastMessageAt: null });
    expect(result.health.problems.map((p) => p.code)).toEqual(['unparsed-time']);
  });

  it('returns no thread, page "thread", "no-messages" when nothing is recognised', () => {
    const result = readThread(etsy, parse('<main><p>Loading conversation…</p></main>'), threadUrl, NOW);
    expect(result).toEqual({
      thread: null,
      health: {
        platform: 'etsy',
        marketplace: 'US',
        page: 'thread',
        variant: null,
        rows: 0,
        problems: [{ code: 'no-messages', detail: expect.any(String) }],
      },
    });
  });

  it('reads no thread off the inbox list', () => {
    const result = readThread(etsy, loadFixture('etsy/inbox.html', US), inboxUrl, NOW);
    expect(result.thread).toBeNull();
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-messages']);
  });

  it('does not read a pane that still shows the previous conversation after navigation', () => {
    // The URL has moved on to 1582034499; the pane is 1582034480's and the embedded data 1582034471's.
    const url = new URL('https://www.etsy.com/messages/1582034499');
    const result = readThread(etsy, loadFixture('etsy/thread-stale-context.html', US), url, NOW);
    expect(result.thread).toBeNull();
    expect(result.health.problems).toEqual([{ code: 'no-messages', detail: expect.stringContaining('1582034480') }]);
  });

  it('serves no other host', () => {
    const url = new URL('https://www.etsy.com.evil.example/messages/1582034471');
    expect(readInbox(etsy, loadFixture('etsy/inbox.html', US), url, NOW).health.problems.map((p) => p.code)).toEqual(['read-failed']);
    expect(readThread(etsy, loadFixture('etsy/thread-context.html', US), url, NOW).health.problems.map((p) => p.code)).toEqual([
      'read-failed',
    ]);
  });

  it('never throws into the page, whatever the DOM does', () => {
    const hostile = parse('<ul><li><a href="/messages/1">x</a></li></ul>');
    Object.defineProperty(hostile, 'querySelectorAll', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(readInbox(etsy, hostile, inboxUrl, NOW).health.problems.map((p) => p.code)).toEqual(['read-failed']);
    const thread = readThread(etsy, hostile, threadUrl, NOW);
    expect([thread.thread, thread.health.page, thread.health.problems.map((p) => p.code)]).toEqual([null, 'thread', ['read-failed']]);
    expect(etsy.replyBox(hostile)).toBeNull();
  });
});

describe('etsy embedded data is read as JSON text, never run', () => {
  const url = new URL('https://www.etsy.com/messages/1582034471');
  const flag = '__replyclockEtsyPwned';
  afterEach(() => {
    delete (globalThis as Record<string, unknown>)[flag];
    vi.restoreAllMocks();
  });

  it('keeps markup and script in the data as text, and runs nothing around it', () => {
    const evalSpy = vi.spyOn(globalThis, 'eval');
    const doc = parse(`<script>Etsy.Context = {"initial_data":{"detail":{"conversation_id":"1582034471",
      "other_user":{"display_name":"<img src=x onerror=alert(1)>","user_id":5},
      "messages":[{"sender_user_id":5,"sender_type":"buyer","create_date":1795258800,
      "message_body":"<\\/script><script>globalThis.${flag} = true<\\/script>"}]}}}; globalThis.${flag} = true;</script>`);
    const result = readThread(etsy, doc, url, NOW);
    expect(result.health.variant).toBe('context');
    expect(result.thread).toMatchObject({
      buyer: '<img src=x onerror=alert(1)>',
      messages: [{ from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 11, 0)), text: `</script><script>globalThis.${flag} = true</script>` }],
    });
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
    expect(evalSpy).not.toHaveBeenCalled();
  });

  it('does not read a context that is code rather than JSON', () => {
    for (const script of [
      `Etsy.Context = (function () { globalThis.${flag} = true; return {"initial_data":{"detail":{"conversation_id":1582034471,"messages":[]}}}; })();`,
      `Etsy.Context = {"initial_data":{"detail":{"conversation_id":1582034471,"other_user":{"user_id":5},"messages":[{"sender_user_id":5,"message_body":"hi","create_date":1795258800}],"x":(globalThis.${flag} = true)}}};`,
    ]) {
      const result = readThread(etsy, parse(`<script>${script}</script>`), url, NOW);
      expect(result.thread).toBeNull();
      expect(result.health.problems.map((p) => p.code)).toEqual(['no-messages']);
    }
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
  });

  it('reads the JSON.parse("…") form as a JSON string holding JSON', () => {
    const json = JSON.stringify({
      initial_data: {
        detail: {
          conversation_id: 1582034471,
          other_user: { display_name: 'Maya Thornton', user_id: 5 },
          messages: [{ sender_user_id: 5, message_body: 'Hi!', create_date: 1795258800 }],
        },
      },
    });
    const result = readThread(etsy, parse(`<script>Etsy.Context = JSON.parse(${JSON.stringify(json)});</script>`), url, NOW);
    expect(result.thread?.messages).toEqual([{ from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 11, 0)), text: 'Hi!' }]);
  });

  it('does not guess a sender the data does not name: the DOM is read instead', () => {
    const doc = parse(`<script>Etsy.Context = {"initial_data":{"detail":{"conversation_id":1582034471,
      "messages":[{"message_body":"whose?","create_date":1795258800}]}}};</script>
      <div role="log"><div data-message-id="1" data-sender="buyer"><p>Hello from the page</p><time datetime="2026-11-21T11:00:00Z">Nov 21</time></div></div>`);
    const result = readThread(etsy, doc, url, NOW);
    expect(result.health.variant).toBe('log');
    expect(result.thread?.messages).toEqual([{ from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 11, 0)), text: 'Hello from the page' }]);
  });
});
