// The eBay adapter: its URL predicates and match patterns against sample URLs, marketplaces per host, the list
// reader on the card UI, a redesign with renamed classes and the older mesgweb table, the thread reader on
// three threads (ebay.com, a German return request, a redesign), the reply box, and pages it cannot read.
// Every expected instant is written out by hand (Date.UTC with the zone's offset noted), never computed by
// the code under test.
import { describe, expect, it } from 'vitest';
import { ebay } from '@/lib/platforms/ebay';
import { EBAY_MATCHES } from '@/lib/platforms/ebay-marketplaces';
import { loadFixture } from '../../fixtures/load-fixture';
import { readInbox, readThread } from '@/lib/tracker/interpret-read';

// Sunday 2026-11-22 20:00 UTC: 12:00 PST in Los Angeles, 20:00 GMT in London, 21:00 CET in Berlin,
// and already Monday 2026-11-23 07:00 AEDT in Sydney.
const NOW = Date.UTC(2026, 10, 22, 20, 0);
const US = { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' };
const UK = { now: NOW, zone: 'Europe/London', locale: 'en-GB' };
const DE = { now: NOW, zone: 'Europe/Berlin', locale: 'de-DE' };
const AU = { now: NOW, zone: 'Australia/Sydney', locale: 'en-GB' }; // render-fixture has no en-AU; ebay.com.au writes the same

const exact = (at: number) => ({ at, precision: 'exact' });
const hour = (at: number) => ({ at, precision: 'hour' });
const day = (at: number) => ({ at, precision: 'day' });

const SAMPLES = {
  isInbox: [
    'https://www.ebay.com/cnt/ViewMessage?group_type=CORE',
    'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&conversation_type=FROM_MEMBERS',
    'https://www.ebay.co.uk/cnt/ViewMessage?group_type=CORE&status=UNREAD',
    'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&reference_id=5098765432', // no other member: the list
    'https://www.ebay.com.au/cnt/ViewMessage',
    'https://mesg.ebay.com/mesgweb/ViewMessages/0',
    'https://mesg.ebay.fr/mesgweb/ViewMessages/0/m2m',
  ],
  isThread: [
    'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561',
    'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&reference_id=5098765432&other_user_id=rheinland_retro',
    'https://www.ebay.ca/cnt/ViewMessage?group_type=CORE&conversation_type=FROM_MEMBERS&question_id=3100000001',
    'https://www.ebay.it/cnt/ViewMessage?group_type=CORE&question_id=3100000002',
  ],
  neither: [
    'https://www.ebay.com/mesh/ord/details?orderid=14-12345-67890', // the order page, not messaging
    'https://www.ebay.com/sh/ord',
    'https://www.ebay.com/itm/226104518837',
    'https://mesg.ebay.com/mesgweb/ViewMessageDetail/0/m2m/81234501',
    'https://mesg.ebay.com/mesgweb/ViewMessages/1',
    'http://www.ebay.com/cnt/ViewMessage?group_type=CORE', // never over plain http
    'https://ebay.com/cnt/ViewMessage?group_type=CORE', // eBay redirects the bare host; not served
    'https://www.ebay.nl/cnt/ViewMessage?group_type=CORE', // a site we do not serve
    'https://www.ebay.com.evil.example/cnt/ViewMessage?group_type=CORE&question_id=1',
  ],
} as const;

/** A manifest match pattern (scheme://host/path*) as a test: enough for the patterns this adapter uses. */
function matchesPattern(pattern: string, url: string): boolean {
  const [, scheme, host, path] = /^(\w+):\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const u = new URL(url);
  const pathRegex = new RegExp(`^${path!.replace(/[.?+^$()[\]{}|\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return u.protocol === `${scheme}:` && u.hostname === host && pathRegex.test(u.pathname + u.search);
}

describe('ebay URL predicates and match patterns', () => {
  for (const predicate of ['isInbox', 'isThread'] as const) {
    it(`${predicate} is true for its own samples and false for every other`, () => {
      for (const [group, urls] of Object.entries(SAMPLES)) {
        for (const url of urls) expect([url, ebay[predicate](new URL(url))]).toEqual([url, group === predicate]);
      }
    });
  }

  it('injects on every message page, list and thread, and on nothing else listed above', () => {
    expect(ebay.matches).toBe(EBAY_MATCHES);
    expect(EBAY_MATCHES).toHaveLength(16); // 8 sites x (www /cnt/, mesg /mesgweb/)
    for (const url of [...SAMPLES.isInbox, ...SAMPLES.isThread]) {
      expect([url, EBAY_MATCHES.some((pattern) => matchesPattern(pattern, url))]).toEqual([url, true]);
    }
    for (const url of ['https://www.ebay.com/mesh/ord/details?orderid=1', 'https://www.ebay.com/itm/226104518837']) {
      expect([url, EBAY_MATCHES.some((pattern) => matchesPattern(pattern, url))]).toEqual([url, false]);
    }
  });

  it.each([
    ['www.ebay.com', 'US', 'America/Los_Angeles', 'en-US'],
    ['mesg.ebay.com', 'US', 'America/Los_Angeles', 'en-US'],
    ['www.ebay.co.uk', 'UK', 'Europe/London', 'en-GB'],
    ['mesg.ebay.co.uk', 'UK', 'Europe/London', 'en-GB'],
    ['www.ebay.de', 'DE', 'Europe/Berlin', 'de-DE'],
    ['www.ebay.fr', 'FR', 'Europe/Paris', 'fr-FR'],
    ['www.ebay.it', 'IT', 'Europe/Rome', 'it-IT'],
    ['www.ebay.es', 'ES', 'Europe/Madrid', 'es-ES'],
    ['www.ebay.com.au', 'AU', 'Australia/Sydney', 'en-AU'],
    ['www.ebay.ca', 'CA', 'America/Toronto', 'en-CA'],
    ['mesg.ebay.ca', 'CA', 'America/Toronto', 'en-CA'],
  ])('marketplaceFor %s is %s (%s, %s)', (host, marketplace, zone, locale) => {
    expect(ebay.marketplaceFor(new URL(`https://${host}/cnt/ViewMessage?group_type=CORE`))).toEqual({
      marketplace,
      zone,
      locale,
    });
  });

  it('serves no other host', () => {
    for (const url of ['https://www.ebay.nl/', 'https://ebay.com/', 'http://www.ebay.com/', 'https://constructor/']) {
      expect([url, ebay.marketplaceFor(new URL(url))]).toEqual([url, null]);
    }
  });
});

describe('ebay.readInbox on the card UI (ebay.com)', () => {
  const url = new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE');
  const result = readInbox(ebay, loadFixture('ebay/inbox.html', US), url, NOW);

  it('reads every card and none of the page chrome', () => {
    expect(result.health).toEqual({ platform: 'ebay', marketplace: 'US', page: 'inbox', variant: 'card-list', rows: 7, problems: [] });
    expect(result.snapshots.map((s) => [s.buyer, s.subject])).toEqual([
      ['mira.kettle', 'Vintage brass desk lamp, 1970s'],
      ['dune-rider_77', 'Waterproof Bluetooth speaker, 20 W'],
      ['pollyanna_b', 'Do you combine shipping?'],
      ['ostrich.lane', 'Item not received: Ceramic pour-over set'],
      ['jk_woodworks', 'Walnut cutting board, engraving?'],
      ['tessa_m_1990', 'Gift wrapping'],
      ['hollow.pine.books', 'First edition, dust jacket condition'],
    ]);
  });

  it('takes unread cards (by class) as needing a response', () => {
    expect(result.snapshots.map((s) => s.needsResponse)).toEqual([true, true, null, null, null, null, null]);
  });

  it('marks request cards, by label or by title, as cases', () => {
    expect(result.snapshots.map((s) => s.kind)).toEqual(['message', 'case', 'message', 'case', 'message', 'message', 'message']);
  });

  it('reads thread ids and links from the thread URL, and the conversation id where the card has no link', () => {
    expect(result.snapshots.map((s) => [s.threadId, s.url])).toEqual([
      ['2901234561', 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561'],
      [
        '5091234567-dune-rider_77',
        'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&reference_id=5091234567&other_user_id=dune-rider_77',
      ],
      ['2901234563', 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234563'],
      ['5091234570-ostrich.lane', 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&reference_id=5091234570&other_user_id=ostrich.lane'],
      ['2901234565', 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234565'],
      ['c9a1f0e2-0006', 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE'],
      ['2901234567', 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234567'],
    ]);
  });

  it('reads order numbers and preview lines', () => {
    expect(result.snapshots.map((s) => s.orderId)).toEqual(['14-12345-67890', '23-11234-55678', null, null, null, null, null]);
    expect(result.snapshots[0]!.preview).toBe('My order 14-12345-67890 still says "label created". Has it shipped?');
    expect(result.snapshots[2]!.preview).toBe("Thanks, I'll order both tonight.");
  });

  it('reads relative, yearless and dated list times in Los Angeles time', () => {
    expect(result.snapshots.map((s) => s.lastMessageAt)).toEqual([
      hour(Date.UTC(2026, 10, 22, 16, 0)), // "3h": 3h00m-3h59m ago, so 4 hours before now at the earliest
      exact(Date.UTC(2026, 10, 22, 19, 15)), // "45m"
      day(Date.UTC(2026, 10, 21, 8, 0)), // "yesterday": Nov 21, 00:00 PST
      day(Date.UTC(2026, 10, 20, 8, 0)), // "2d": Nov 20, 00:00 PST
      day(Date.UTC(2026, 8, 4, 7, 0)), // "Sep 4": this year, 00:00 PDT
      day(Date.UTC(2025, 11, 28, 8, 0)), // "Dec 28": not yet this year, so 2025, 00:00 PST
      day(Date.UTC(2025, 9, 18, 7, 0)), // "Oct 18, 2025" (400 days ago), 00:00 PDT
    ]);
  });
});

describe('ebay.readInbox on a redesigned list (ebay.com.au, classes renamed)', () => {
  const url = new URL('https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE');
  const result = readInbox(ebay, loadFixture('ebay/inbox-redesigned.html', AU), url, NOW);

  it('finds the cards by data-testid and the fields by structure', () => {
    expect(result.health).toMatchObject({ marketplace: 'AU', variant: 'testid-conversation', rows: 4, problems: [] });
    expect(result.snapshots.map((s) => [s.threadId, s.buyer, s.subject, s.preview])).toEqual([
      ['au-7001', 'kookaburra_kit', 'Question about postage to Perth', 'Can you send it express? I need it by Friday.'],
      [
        '5101112223-wattle.and.wool',
        'wattle.and.wool',
        'Return request – Merino throw, charcoal',
        'The colour is very different from the photos. Order 19-04567-12345.',
      ],
      ['au-7003', 'bluegum_bazaar', 'Bundle discount?', 'If I buy three, can you do $50 total?'],
      ['3107654324', 'saltbush.sam', 'Canvas camping chair', 'All arrived in one piece, cheers!'],
    ]);
  });

  it('takes the visually hidden "Unread" as needing a response, and the avatar initial as nothing', () => {
    expect(result.snapshots.map((s) => s.needsResponse)).toEqual([true, true, null, null]);
  });

  it('reads the request, order number and links', () => {
    expect(result.snapshots.map((s) => s.kind)).toEqual(['message', 'case', 'message', 'message']);
    expect(result.snapshots[1]!.orderId).toBe('19-04567-12345');
    expect(result.snapshots.map((s) => s.url)).toEqual([
      'https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE',
      'https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE&reference_id=5101112223&other_user_id=wattle.and.wool',
      'https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE',
      'https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE&question_id=3107654324',
    ]);
  });

  it('reads day-first yearless dates in Sydney time', () => {
    expect(result.snapshots.map((s) => s.lastMessageAt)).toEqual([
      exact(NOW), // "just now"
      hour(Date.UTC(2026, 10, 22, 14, 0)), // "5h": 6 hours before now at the earliest
      day(Date.UTC(2026, 10, 1, 13, 0)), // "2 Nov": 00:00 AEDT (UTC+11)
      day(Date.UTC(2026, 8, 23, 14, 0)), // "24 Sept 2026" (60 days ago): 00:00 AEST (UTC+10, before DST)
    ]);
  });
});

describe('ebay.readInbox on the older mesgweb table (mesg.ebay.co.uk)', () => {
  const url = new URL('https://mesg.ebay.co.uk/mesgweb/ViewMessages/0');
  const result = readInbox(ebay, loadFixture('ebay/inbox-legacy-table.html', UK), url, NOW);

  it('reads the rows by their read / unread class and the cells by their ids', () => {
    expect(result.health).toMatchObject({ marketplace: 'UK', variant: 'legacy-table', rows: 5, problems: [] });
    expect(result.snapshots.map((s) => [s.threadId, s.buyer, s.subject, s.needsResponse])).toEqual([
      ['m81234501', 'thistle_and_thorn', 'Question about item 225588990011: Tartan wool scarf', true],
      ['m81234502', 'kestrel_cycles', 'Return request: Leather satchel, tan (order 07-11223-34455)', true],
      ['m81234503', 'moorland.maggie', 'Do you post to Jersey?', null],
      ['m81234504', 'pennine_pete', 'Thanks for the quick dispatch', null],
      ['m81234505', 'harbour_lights_ltd', "Brass ship's lantern: wiring", null],
    ]);
  });

  it('reads requests, orders and links, and shows no preview (the table has none)', () => {
    expect(result.snapshots.map((s) => s.kind)).toEqual(['message', 'case', 'message', 'message', 'message']);
    expect(result.snapshots.map((s) => s.orderId)).toEqual([null, '07-11223-34455', null, null, null]);
    expect(result.snapshots.map((s) => s.preview)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(result.snapshots[0]!.url).toBe('https://mesg.ebay.co.uk/mesgweb/ViewMessageDetail/0/m2m/81234501');
    expect(result.snapshots[3]!.url).toBe('https://www.ebay.co.uk/cnt/ViewMessage?group_type=CORE');
  });

  it('reads "D Mon" dates without a year, times of day and full dates in London time', () => {
    expect(result.snapshots.map((s) => s.lastMessageAt)).toEqual([
      exact(Date.UTC(2026, 10, 22, 18, 0)), // "18:00" today, GMT
      day(Date.UTC(2026, 10, 21, 0, 0)), // "21 Nov"
      day(Date.UTC(2026, 8, 3, 23, 0)), // "4 Sep": 00:00 BST
      day(Date.UTC(2025, 11, 28, 0, 0)), // "28 Dec": last year
      day(Date.UTC(2025, 9, 17, 23, 0)), // "18 Oct 2025": 00:00 BST
    ]);
  });
});

describe('ebay.readThread on a conversation (ebay.com, the list beside it)', () => {
  const url = new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561');
  const doc = loadFixture('ebay/thread.html', US);
  const result = readThread(ebay, doc, url, NOW);

  it('reads the open conversation, not the list beside it', () => {
    expect(result.health).toEqual({ platform: 'ebay', marketplace: 'US', page: 'thread', variant: 'bubble', rows: 4, problems: [] });
    expect(result.thread).toMatchObject({
      platform: 'ebay',
      marketplace: 'US',
      threadId: '2901234561', // the same id the list gave this conversation
      buyer: 'mira.kettle',
      subject: 'Vintage brass desk lamp, 1970s',
      orderId: '14-12345-67890',
      url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561',
      kind: 'message',
    });
  });

  it('returns the messages oldest first, grey bubbles as the buyer, avatar initials stripped', () => {
    expect(result.thread!.messages).toEqual([
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 21, 14, 0)), // Nov 21, 2026 6:00 AM PST
        text: 'My order 14-12345-67890 still says “label created”. Has it shipped?',
      },
      { from: 'seller', at: exact(Date.UTC(2026, 10, 21, 22, 0)), text: 'I am sorry for the wait, let me look into it.' }, // 2:00 PM
      {
        from: 'seller',
        at: exact(Date.UTC(2026, 10, 22, 0, 0)), // Nov 21, 4:00 PM PST
        text: 'I checked with the carrier: it left our depot yesterday and should arrive Tuesday.',
      },
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 22, 17, 0)), // "9:00 AM" today
        text: 'Thanks! Could you send me the tracking number, please?',
      },
    ]);
  });

  it('reads the list shown on the thread page too', () => {
    const inbox = readInbox(ebay, doc, url, NOW);
    expect(inbox.snapshots.map((s) => [s.threadId, s.buyer, s.needsResponse])).toEqual([
      ['2901234561', 'mira.kettle', null],
      ['2901234563', 'pollyanna_b', true],
    ]);
  });

  it('finds the reply box', () => {
    expect(ebay.replyBox(doc)?.id).toBe('imageupload__sendmessage--textbox');
  });
});

describe('ebay.readThread on a return request (ebay.de)', () => {
  const url = new URL(
    'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&reference_id=5098765432&other_user_id=rheinland_retro',
  );
  const result = readThread(ebay, loadFixture('ebay/thread-return-request.html', DE), url, NOW);

  it('is a case, named by the banner', () => {
    expect(result.health).toMatchObject({ marketplace: 'DE', variant: 'bubble', rows: 3, problems: [] });
    expect(result.thread).toMatchObject({
      threadId: '5098765432-rheinland_retro',
      buyer: 'rheinland_retro',
      subject: 'Retro-Telefon W48, grün',
      orderId: '03-13579-24680',
      kind: 'case',
    });
  });

  it('reads German times in Berlin time, oldest first, the buyer last', () => {
    expect(result.thread!.messages).toEqual([
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 20, 18, 0)), // "20. Nov. 2026, 19:00" CET
        text: 'Rückgabe angefordert: Die Wählscheibe klemmt, das Telefon klingelt nicht.',
      },
      {
        from: 'seller',
        at: exact(Date.UTC(2026, 10, 21, 18, 0)),
        text: 'Das tut mir leid! Bitte schicken Sie das Telefon mit dem Rücksendeetikett zurück.',
      },
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 22, 18, 0)),
        text: 'Reicht ein Foto vom Etikett? Ich kann das Paket morgen zur Post bringen.',
      },
    ]);
  });
});

describe('ebay.readThread on a redesigned conversation (ebay.com.au, classes renamed)', () => {
  const url = new URL('https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE&question_id=3107654324');
  const doc = loadFixture('ebay/thread-redesigned.html', AU);
  const result = readThread(ebay, doc, url, NOW);

  it('finds the messages by data-testid and the buyer by the profile link', () => {
    expect(result.health).toMatchObject({ marketplace: 'AU', variant: 'testid-message', rows: 3, problems: [] });
    expect(result.thread).toMatchObject({
      threadId: '3107654324',
      buyer: 'saltbush.sam',
      subject: 'Canvas camping chair',
      orderId: '21-98765-43210',
      kind: 'message',
    });
  });

  it('tells buyer from seller by the accessible name, and strips the time and the avatar initial', () => {
    expect(result.thread!.messages).toEqual([
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 19, 20, 0)), // "20 Nov 2026, 07:00" AEDT
        text: 'Sorry to bother you, has my parcel left yet? Order 21-98765-43210.',
      },
      { from: 'seller', at: exact(Date.UTC(2026, 10, 22, 0, 0)), text: 'So glad to hear it, thanks for buying from us!' }, // 11:00 AEDT
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 22, 19, 45)), // "06:45" today
        text: 'All arrived in one piece, cheers! Will leave feedback tonight.',
      },
    ]);
  });

  it('finds a contenteditable reply box', () => {
    expect(ebay.replyBox(doc)?.getAttribute('role')).toBe('textbox');
  });
});

describe('ebay readers on pages they cannot read', () => {
  const inboxUrl = new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE');
  const threadUrl = new URL('https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561');
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('readThread on the list alone: no thread, "no-messages"', () => {
    const result = readThread(ebay, loadFixture('ebay/inbox.html', US), inboxUrl, NOW);
    expect(result.thread).toBeNull();
    expect(result.health).toMatchObject({ page: 'thread', rows: 0, variant: null });
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-messages']);
  });

  it('readInbox on a page without a list: "no-rows", not an empty inbox', () => {
    const result = readInbox(ebay, loadFixture('ebay/thread-redesigned.html', AU), new URL('https://www.ebay.com.au/cnt/ViewMessage'), NOW);
    expect(result.snapshots).toEqual([]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-rows']);
  });

  it('knows a genuinely empty list', () => {
    const doc = parse('<ul class="msg-inbox-list"></ul><p>You don\'t have any messages.</p>');
    expect(readInbox(ebay, doc, inboxUrl, NOW).health).toMatchObject({ variant: 'empty', rows: 0, problems: [] });
  });

  it('reports a host it does not serve instead of reading', () => {
    const doc = loadFixture('ebay/inbox.html', US);
    expect(readInbox(ebay, doc, new URL('https://www.ebay.nl/cnt/ViewMessage'), NOW).health.problems.map((p) => p.code)).toEqual([
      'read-failed',
    ]);
    expect(readThread(ebay, doc, new URL('https://www.ebay.nl/cnt/ViewMessage'), NOW).health).toMatchObject({
      page: 'thread',
      problems: [{ code: 'read-failed' }],
    });
  });

  it('never throws, even when the DOM does', () => {
    const hostile = {
      querySelectorAll() {
        throw new Error('detached');
      },
    } as unknown as ParentNode;
    expect(readInbox(ebay, hostile, inboxUrl, NOW).health.problems.map((p) => p.code)).toEqual(['read-failed']);
    expect(readThread(ebay, hostile, threadUrl, NOW).health.problems.map((p) => p.code)).toEqual(['read-failed']);
    expect(ebay.replyBox(hostile)).toBeNull();
  });

  it('reports a card without a date or a buyer and still tracks it', () => {
    const doc = parse(
      '<ul class="msg-inbox-list"><li class="card__item" data-conversation-id="c1"><div class="card__content card__content-unread">' +
        '<span class="card__conversation-title">Question</span><span class="card__datetime">sometime</span></div></li></ul>',
    );
    const result = readInbox(ebay, doc, inboxUrl, NOW);
    expect(result.snapshots).toMatchObject([{ threadId: 'c1', subject: 'Question', buyer: '', lastMessageAt: null, needsResponse: true }]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-buyer', 'unparsed-time']);
  });

  it('derives a thread id from the order number when a card names no thread, and says so', () => {
    const doc = parse(
      '<table><tr class="msg-read"><td class="from">ava_stone</td><td>Order 11-22222-33333: question</td><td>2d</td></tr></table>',
    );
    const result = readInbox(ebay, doc, inboxUrl, NOW);
    expect(result.snapshots).toMatchObject([{ threadId: 'order-11-22222-33333', orderId: '11-22222-33333' }]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-thread-id']);
  });

  it('reads a bubble without a time, and says so', () => {
    const doc = parse(
      '<div class="app-conversation"><div class="app-conversation__message-bubble app-conversation__message-bubble--grey">' +
        '<div class="app-conversation__message__content">Hello?</div></div></div>',
    );
    const result = readThread(ebay, doc, threadUrl, NOW);
    expect(result.thread!.messages).toEqual([{ from: 'buyer', at: null, text: 'Hello?' }]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['unparsed-time', 'no-buyer']);
  });

  it('keeps the page order when the times say it is already oldest first', () => {
    const doc = parse(
      '<div class="app-conversation">' +
        '<div class="app-conversation__message-bubble--grey"><p>First</p><span class="app-conversation__posted-time">Nov 20, 2026 9:00 AM</span></div>' +
        '<div class="app-conversation__message-bubble"><p>Second</p><span class="app-conversation__posted-time">Nov 21, 2026 9:00 AM</span></div>' +
        '</div>',
    );
    const result = readThread(ebay, doc, threadUrl, NOW);
    expect(result.thread!.messages.map((m) => [m.from, m.text])).toEqual([
      ['buyer', 'First'],
      ['seller', 'Second'],
    ]);
  });

  it('takes the thread id from the conversation pane when the URL names none', () => {
    const doc = parse(
      '<section class="app-conversation" data-conversation-id="c77"><span class="app-conversation__username">ava_stone</span>' +
        '<div class="app-conversation__message-bubble--grey"><p>Hi</p><span class="app-conversation__posted-time">3h</span></div></section>',
    );
    expect(readThread(ebay, doc, inboxUrl, NOW).thread).toMatchObject({ threadId: 'c77', buyer: 'ava_stone', url: inboxUrl.href });
  });

  it('has no reply box on the list', () => {
    expect(ebay.replyBox(loadFixture('ebay/inbox.html', US))).toBeNull();
  });
});
