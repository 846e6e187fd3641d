// The Amazon thread reader and reply box: v3's two-pane thread (KAT shadow roots, newest first, an
// auto-reply), the legacy German thread page, a redesign with meaningless classes, an A-to-z claim thread,
// the compose page, and pages it cannot read. Expected instants are written out in UTC, for a fixed now.
import { describe, expect, it } from 'vitest';
import { amazon } from '@/lib/platforms/amazon';
import { loadFixture } from '../../fixtures/load-fixture';
import { readInbox, readThread } from '@/lib/tracker/interpret-read';

// 2026-11-22 20:00 UTC: 12:00 in Los Angeles (PST), 21:00 in Berlin (CET), 20:00 in London (GMT).
const NOW = Date.UTC(2026, 10, 22, 20, 0);
const US = { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' };
const DE = { now: NOW, zone: 'Europe/Berlin', locale: 'de-DE' };
const UK = { now: NOW, zone: 'Europe/London', locale: 'en-GB' };
const exact = (at: number) => ({ at, precision: 'exact' as const });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('amazon.readThread on the v3 two-pane inbox with a thread open', () => {
  const url = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&threadId=amzn1.thread.FX0001');
  const doc = loadFixture('amazon/thread-v3.html', US);
  const result = readThread(amazon, doc, url, NOW);

  it('is both an inbox and a thread page', () => {
    expect(amazon.isInbox(url)).toBe(true);
    expect(amazon.isThread(url)).toBe(true);
    expect(amazon.isThread(new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=all&t=amzn1.thread.RD0002'))).toBe(true);
  });

  it('reads the header through the shadow roots, not the list beside it', () => {
    expect(result.health).toMatchObject({ platform: 'amazon', marketplace: 'US', page: 'thread', variant: 'testid-bubble', rows: 4, problems: [] });
    expect(result.thread).toMatchObject({
      platform: 'amazon',
      marketplace: 'US',
      threadId: 'amzn1.thread.FX0001',
      buyer: 'Emma Whitfield',
      orderId: '111-2223334-4445556',
      subject: 'Where is my order?',
      url: url.href,
    });
  });

  it('returns the messages oldest first, the auto-reply left out', () => {
    expect(result.thread!.messages).toEqual([
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 20, 18, 0)), // "Nov 20, 2026 10:00 AM" PST
        text: 'Hello, my order was due on Monday and tracking has not moved for four days. Where is it?',
      },
      {
        from: 'seller',
        at: exact(Date.UTC(2026, 10, 21, 18, 0)), // "Nov 21, 2026 10:00 AM", inside a kat-label's shadow root
        text: 'Hi Emma, sorry for the wait. The carrier shows it in transit; it should arrive by Thursday.',
      },
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 22, 18, 0)), // "10:00 AM": today in Los Angeles
        text: "It still hasn't arrived. If it is not here by Friday I will open an A-to-z claim.",
      },
    ]);
  });

  it('does not make a case of a buyer only threatening an A-to-z claim', () => {
    expect(result.thread!.kind).toBeUndefined();
  });

  it('takes the thread id from the pane when the URL does not name it, and links to the order search', () => {
    const inboxUrl = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded');
    const thread = readThread(amazon, doc, inboxUrl, NOW).thread!;
    expect(thread.threadId).toBe('amzn1.thread.FX0001');
    expect(thread.url).toBe('https://sellercentral.amazon.com/messaging/inbox-v3?fi=search&ss=111-2223334-4445556');
  });

  it('finds the reply box: the textarea inside kat-textarea’s shadow root', () => {
    const box = amazon.replyBox(doc);
    expect(box).not.toBeNull();
    expect(box).toBe(doc.querySelector('.contact-buyer-text-area kat-textarea')!.shadowRoot!.querySelector('textarea'));
  });
});

describe('amazon.readThread on the legacy thread page, amazon.de', () => {
  const url = new URL('https://sellercentral.amazon.de/messaging/thread/amzn1.thread.DE0001');
  const doc = loadFixture('amazon/thread-de.html', DE);
  const result = readThread(amazon, doc, url, NOW);

  it('reads the German header and the thread id from the path', () => {
    expect(amazon.isThread(url)).toBe(true);
    expect(result.health).toMatchObject({ marketplace: 'DE', variant: 'class-bubble', rows: 4, problems: [] });
    expect(result.thread).toMatchObject({
      marketplace: 'DE',
      threadId: 'amzn1.thread.DE0001',
      buyer: 'Jonas Albrecht',
      orderId: '302-1234567-7654321',
      subject: 'Lampenschirm gebrochen',
      url: url.href,
    });
  });

  it('finds no list on the thread page: its message bubbles are not conversations', () => {
    const inbox = readInbox(amazon, doc, url, NOW);
    expect(inbox.snapshots).toEqual([]);
    expect(inbox.health).toMatchObject({ marketplace: 'DE', rows: 0, problems: [] });
  });

  it('tells buyer from seller by the sender line, reads German dates on Berlin time, drops the auto-reply', () => {
    expect(result.thread!.messages).toEqual([
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 20, 9, 0)), // "20. Nov. 2026, 10:00" CET
        text: 'Guten Tag, die Lampe kam mit einem gebrochenen Schirm an. Können Sie Ersatz schicken?',
      },
      {
        from: 'seller',
        at: exact(Date.UTC(2026, 10, 21, 17, 0)), // "21. Nov. 2026, 18:00"
        text: 'Das tut uns leid! Ein Ersatzschirm ist heute verschickt worden.',
      },
      {
        from: 'buyer',
        at: exact(Date.UTC(2026, 10, 22, 19, 0)), // "20:00": today in Berlin
        text: 'Danke, aber die Sendungsnummer funktioniert nicht.',
      },
    ]);
  });

  it('reads a September date written out ("4. Sept. 2026, 22:42", summer time)', () => {
    const page = parse(`<div class="message-thread"><div class="message-item"><div class="message-sender">Sie</div>
      <div class="message-date">4. Sept. 2026, 22:42</div><div class="message-content">Gern geschehen.</div></div></div>`);
    expect(readThread(amazon, page, url, NOW).thread!.messages).toEqual([
      { from: 'seller', at: exact(Date.UTC(2026, 8, 4, 20, 42)), text: 'Gern geschehen.' },
    ]);
  });
});

describe('amazon.readThread on a redesigned two-pane inbox (meaningless classes, alignment only)', () => {
  const url = new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=all&t=amzn1.thread.RD0002');
  const doc = loadFixture('amazon/thread-redesigned.html', US);
  const result = readThread(amazon, doc, url, NOW);

  it('reads the pane through the app’s shadow root and ignores the list rows and the day divider', () => {
    expect(result.health).toMatchObject({ variant: 'log-child', rows: 3, problems: [] });
    expect(result.thread).toMatchObject({
      threadId: 'amzn1.thread.RD0002',
      buyer: 'Mateo Rossi',
      subject: 'Can you ship to Canada?',
      orderId: null,
    });
  });

  it('tells the seller by right alignment and keeps markup in a message as text', () => {
    expect(result.thread!.messages).toEqual([
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 22, 17, 0)), text: 'Hi, do you ship to Toronto? I need it before the 30th.' },
      { from: 'seller', at: exact(Date.UTC(2026, 10, 22, 19, 20)), text: 'Yes, we ship to Canada; standard delivery takes 5–7 business days.' },
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 22, 19, 50)), text: 'Great, ordering now. Can you gift-wrap it? <b>Thanks</b>' },
    ]);
  });

  it('takes the selected list row’s id when neither the URL nor the pane names the thread', () => {
    const thread = readThread(amazon, doc, new URL('https://sellercentral.amazon.com/messaging/inbox-v3?fi=all'), NOW).thread!;
    expect(thread.threadId).toBe('amzn1.thread.RD0002');
  });

  it('finds the contenteditable reply box inside the shadow root', () => {
    const box = amazon.replyBox(doc);
    expect(box?.getAttribute('contenteditable')).toBe('true');
    expect(box?.getAttribute('aria-label')).toBe('Write a reply');
  });
});

describe('amazon.readThread on a thread with an A-to-z Guarantee claim, amazon.co.uk', () => {
  const url = new URL('https://sellercentral.amazon.co.uk/messaging/thread/amzn1.thread.UK0001');
  const doc = loadFixture('amazon/thread-atoz.html', UK);
  const result = readThread(amazon, doc, url, NOW);

  it('makes the thread a case and leaves Amazon’s claim notice out of the messages', () => {
    expect(result.health).toMatchObject({ marketplace: 'UK', variant: 'aria-item', rows: 4, problems: [] });
    expect(result.thread).toMatchObject({
      kind: 'case',
      threadId: 'amzn1.thread.UK0001',
      buyer: 'Priya Raman',
      orderId: '026-1234567-1234567',
      subject: 'Kettle stopped working',
    });
    expect(result.thread!.messages).toEqual([
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 19, 20, 0)), text: 'The kettle stopped working after two days. I would like a refund.' },
      { from: 'seller', at: exact(Date.UTC(2026, 10, 20, 16, 0)), text: 'Sorry to hear that. Could you send us a photo of the base?' },
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 19, 0)), text: 'Photo attached. I have also opened a claim with Amazon.' },
    ]);
  });

  it('is a case from the alert alone, without Amazon’s bubble', () => {
    const withoutNotice = loadFixture('amazon/thread-atoz.html', UK);
    withoutNotice.querySelector('[data-sender="amazon"]')!.remove();
    expect(readThread(amazon, withoutNotice, url, NOW).thread!.kind).toBe('case');
  });

  it('finds the plain textarea reply box', () => {
    expect(amazon.replyBox(doc)).toBe(doc.querySelector('textarea[name="messageBody"]'));
  });
});

describe('amazon.readThread on the compose page', () => {
  const url = new URL('https://sellercentral.amazon.com/messaging/contact?orderID=111-2223334-4445556&marketplaceID=ATVPDKIKX0DER');
  const doc = loadFixture('amazon/contact.html', US);
  const result = readThread(amazon, doc, url, NOW);

  it('is a thread of the order with no messages yet, and no problem', () => {
    expect(result.health).toMatchObject({ variant: 'compose', rows: 0, problems: [] });
    expect(result.thread).toEqual({
      platform: 'amazon',
      marketplace: 'US',
      threadId: 'order-111-2223334-4445556',
      buyer: 'Emma Whitfield',
      orderId: '111-2223334-4445556',
      subject: '',
      url: url.href,
      messages: [],
    });
  });

  it('meets the inbox row of the same order in one conversation id', () => {
    const inbox = parse('<table><tr><td>Emma Whitfield</td><td>Order 111-2223334-4445556 Where is my order?</td><td>Nov 19, 2026</td></tr></table>');
    const row = readInbox(amazon, inbox, new URL('https://sellercentral.amazon.com/messaging/inbox-v3'), NOW).snapshots[0];
    expect(row?.threadId).toBe(result.thread!.threadId);
  });

  it('finds the kat-textarea’s inner textarea, not the topic choices', () => {
    expect(amazon.replyBox(doc)).toBe(doc.querySelector('kat-textarea')!.shadowRoot!.querySelector('textarea'));
  });
});

describe('amazon.readThread on other variants and pages it cannot read', () => {
  const usThread = new URL('https://sellercentral.amazon.com/messaging/thread/amzn1.thread.X1');

  it('reads Japanese dates on Tokyo time ("2026/09/04 22:42")', () => {
    const page = parse(`<div role="log">
      <div data-sender="customer"><span>2026/09/04 22:42</span><p>商品が届きません。</p></div>
      <div><span class="message-sender">あなた</span><span>2026/09/05 09:15</span><p>確認いたします。</p></div></div>`);
    const result = readThread(amazon, page, new URL('https://sellercentral.amazon.co.jp/messaging/thread/amzn1.thread.JP1'), NOW);
    expect(result.thread!.messages).toEqual([
      { from: 'buyer', at: exact(Date.UTC(2026, 8, 4, 13, 42)), text: '商品が届きません。' },
      { from: 'seller', at: exact(Date.UTC(2026, 8, 5, 0, 15)), text: '確認いたします。' },
    ]);
  });

  it('says "no-messages" on a page with no thread, and never reads list rows as messages', () => {
    for (const [fixture, href] of [
      ['amazon/inbox-v3.html', 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded'],
      ['amazon/inbox-v3-redesigned.html', 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=all'],
    ] as const) {
      const result = readThread(amazon, loadFixture(fixture, US), new URL(href), NOW);
      expect([fixture, result.thread, result.health.problems.map((p) => p.code)]).toEqual([fixture, null, ['no-messages']]);
    }
    const loading = readThread(amazon, parse('<div id="sc-navbar">Seller Central</div><p>Loading…</p>'), usThread, NOW);
    expect(loading).toMatchObject({ thread: null, health: { page: 'thread', variant: null, rows: 0 } });
    expect(loading.health.problems.map((p) => p.code)).toEqual(['no-messages']);
  });

  it('keeps a message whose time it cannot read, and says so', () => {
    const page = parse(`<h2 class="buyer-name">Ava Stone</h2><div role="log">
      <div class="msg-bubble incoming"><span class="message-time">sometime</span><p class="message-body">Hello?</p></div></div>`);
    const result = readThread(amazon, page, usThread, NOW);
    expect(result.thread!.messages).toEqual([{ from: 'buyer', at: null, text: 'Hello?' }]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['unparsed-time']);
  });

  it('counts a bubble that says nothing about its author as the buyer’s (the clock runs), and says when no buyer was read', () => {
    const page = parse('<div role="log"><div><span>Nov 21, 2026 9:00 AM</span><p>Is this still available?</p></div></div>');
    const result = readThread(amazon, page, usThread, NOW);
    expect(result.thread!.messages).toEqual([
      { from: 'buyer', at: exact(Date.UTC(2026, 10, 21, 17, 0)), text: 'Is this still available?' },
    ]);
    expect(result.health.problems.map((p) => p.code)).toEqual(['no-buyer']);
  });

  it('tells the seller by laid-out position when nothing else says (real browsers only)', () => {
    const page = parse(`<span class="buyer-name">Ava Stone</span><div role="log" id="log">
      <div id="a"><span>Nov 21, 2026 9:00 AM</span><p>Hi</p></div><div id="b"><span>Nov 21, 2026 9:30 AM</span><p>Hello Ava</p></div></div>`);
    const rect = (left: number, width: number) => ({ left, right: left + width, width, top: 0, bottom: 10, height: 10, x: left, y: 0, toJSON: () => ({}) });
    page.getElementById('log')!.getBoundingClientRect = () => rect(0, 600) as DOMRect;
    page.getElementById('a')!.getBoundingClientRect = () => rect(0, 300) as DOMRect;
    page.getElementById('b')!.getBoundingClientRect = () => rect(300, 300) as DOMRect;
    expect(readThread(amazon, page, usThread, NOW).thread!.messages.map((m) => m.from)).toEqual(['buyer', 'seller']);
  });

  it('never throws into the page, whatever the DOM does', () => {
    const hostile = parse('<div role="log"><div>x</div></div>');
    Object.defineProperty(hostile, 'querySelectorAll', {
      value: () => {
        throw new Error('boom');
      },
    });
    expect(readThread(amazon, hostile, usThread, NOW).health.problems.map((p) => p.code)).toEqual(['read-failed']);
    expect(amazon.replyBox(hostile)).toBeNull();
    const elsewhere = readThread(amazon, parse('<p>hi</p>'), new URL('https://example.com/messaging/thread/1'), NOW);
    expect(elsewhere).toMatchObject({ thread: null, health: { marketplace: 'unknown', problems: [{ code: 'read-failed' }] } });
  });

  it('has no reply box where the page shows none, or only a disabled one', () => {
    expect(amazon.replyBox(parse('<p>Nothing to type into</p>'))).toBeNull();
    expect(amazon.replyBox(parse('<textarea disabled></textarea>'))).toBeNull();
  });
});
