// Etsy in real Chromium: the Messages inbox served at https://www.etsy.com/messages, single-page navigation
// from it to a conversation on the UK site (history.pushState and a new body, no page load), and a German
// conversation served at its own URL → the Etsy content script reads each → the background stores it → the
// popup's rows and the toolbar badge. Fixture times are rendered relative to the real clock.
//
// Which conversations are overdue, by hand from the fixtures. A waiting conversation is due at the earlier of
// Etsy's deadline (24 h, for the first message of a conversation only) and the team's first-response target
// T for its category (lib/sla/policies.ts: 12 h for "other"; triage may pick another category from the
// buyer's words, so T is read off the row's category tag and looked up in TEAM_TARGET_HOURS). T is 24 h at
// most, so T decides: a wait A hours old is overdue once T <= A, and "soon" once T - A <= 2 h. A only grows
// while the test runs (and tokens are shown to the minute, so a wait reads a little older, never younger):
//   inbox.html (unread rows wait; a list cannot tell a follow-up, so a new conversation counts as a first message)
//     Maya Thornton   {{time -10m}}, first message → Etsy deadline 24 h after            A = 10 min  never overdue
//     Jonas Adeyemi   {{datetime -30h}}, a help request, first message → Etsy's 24 h passed 6 h ago
//                                                                                       A = 30 h    always overdue
//     Priya Raman, Elena Sokolova: read rows, needsResponse null → tracked, not waiting
//   thread-redesigned.html (/uk/): buyer −26 h, seller −25 h, buyer −2 h → a follow-up: no Etsy deadline  A = 2 h
//   thread-dom-only.html (/de/): buyer −2 d, seller −1 d 23 h, buyer −10 min → a follow-up             A = 10 min
// With every category "other" (T = 12 h) only Jonas is overdue: badge 1.
//
// Time of day: thread-dom-only.html dates its messages by day separators, and puts the seller's {{time -1d23h}}
// under the {{date -2d}} separator. From 23:00 to 23:59 Berlin time that reply is really on the next day, so
// the page (as rendered) dates it 24 h too early, before the buyer's first message: the page then reads as two
// unanswered buyer messages, waiting since the first, 2 days ago (A = 48 h). The test expects that in that hour.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findChromium,
  launchWithExtension,
  serveSellerPages,
  waitFor,
  type ExtensionBrowser,
} from '../../scripts/extension-browser';
import { fixtureHtml } from '../fixtures/load-fixture';
import { badgeFor, byBuyer, expectedState, rowsWhen, teamHours, type Row } from './popup-rows';
import { renderFixture } from '../fixtures/render-fixture';

// The clocks test/lib/platforms/etsy.test.ts reads these fixtures with.
const US = { zone: 'America/New_York', locale: 'en-US' };
const UK = { zone: 'Europe/London', locale: 'en-GB' };
const DE = { zone: 'Europe/Berlin', locale: 'de-DE' };
const INBOX = 'https://www.etsy.com/messages';
/** Reached only by single-page navigation: not served, so a page load there would fail. */
const UK_THREAD = 'https://www.etsy.com/uk/messages/1582034500';
const DE_THREAD = 'https://www.etsy.com/de/messages/1582034490';

const MINUTE = 60_000;
const HOUR = 3600_000;
/** The team's first-response targets by the category name the popup shows: lib/sla/policies.ts's defaults. */

let browser: ExtensionBrowser;
/** When each page was last rendered: the "now" its time tokens are relative to. */
const renderedAt: Record<string, number> = {};
/** When each wait started, to the minute as the pages show it, and how old it was then (see the top of the file). */
const waits: Record<string, { since: number; ageHours: number }> = {};

function render(url: string, fixture: string, clock: { zone: string; locale: string }): string {
  renderedAt[url] = Date.now();
  return renderFixture(fixtureHtml(fixture), { now: renderedAt[url], ...clock });
}

/** Records a wait that started `ageHours` before `now`, as a page showing minutes dates it. */
function waitOf(buyer: string, now: number, ageHours: number): void {
  waits[buyer] = { since: Math.floor((now - ageHours * HOUR) / MINUTE) * MINUTE, ageHours };
}

beforeAll(async () => {
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
  await serveSellerPages(browser.context, {
    [INBOX]: () => {
      const html = render(INBOX, 'etsy/inbox.html', US);
      waitOf('Maya Thornton', renderedAt[INBOX]!, 10 / 60);
      waitOf('Jonas Adeyemi', renderedAt[INBOX]!, 30);
      return html;
    },
    [DE_THREAD]: () => {
      const html = render(DE_THREAD, 'etsy/thread-dom-only.html', DE);
      // Her question, the shop's answer 47 h ago, then her follow-up 10 minutes ago ("Heute"): waiting 10 minutes,
      // at any hour (the answer's date header is the day after her first message's at 23:xx, the same day otherwise).
      waitOf('Lena Fischer', renderedAt[DE_THREAD]!, 10 / 60);
      return html;
    },
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Etsy's 24 h and the team's T are both at most 24 h from the start of the wait, so T decides. */
function overdueCount(rows: Row[]): number {
  return rows.filter((row) => expectedState(teamHours(row), waits[row.buyer]!.ageHours) === 'overdue').length;
}

/** An instant as the popup writes deadlines: short weekday and time, in the popup's language and zone. */
function shown(popup: Page, at: number): Promise<string> {
  return popup.evaluate(
    (instant) =>
      new Intl.DateTimeFormat(document.documentElement.lang, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(instant),
    at,
  );
}

/** What a waiting row shows, from the start of its wait and its category. */
async function expectWaiting(popup: Page, row: Row, firstMessage: boolean): Promise<void> {
  const { since, ageHours } = waits[row.buyer]!;
  expect(row.team, row.buyer).toBe(`Team target ${await shown(popup, since + teamHours(row) * HOUR)}`);
  expect(row.platform, row.buyer).toBe(firstMessage ? `Etsy deadline ${await shown(popup, since + 24 * HOUR)}` : 'no Etsy deadline');
  expect(row.countdown, row.buyer).toMatch(/^(due in|overdue) /);
  expect(row.state, row.buyer).toBe(expectedState(teamHours(row), ageHours));
}

describe('Etsy, end to end', () => {
  it('reads the Messages inbox: the two unread rows wait, with Etsy’s 24 h on a first message', async () => {
    const page = await browser.context.newPage();
    await page.goto(INBOX);
    const popup = await browser.context.newPage();
    const rows = await rowsWhen(popup, browser.extensionUrl('popup.html'), (found) => found.length >= 2);

    expect(rows.map((row) => row.buyer).sort()).toEqual(['Jonas Adeyemi', 'Maya Thornton']);
    const jonas = byBuyer(rows, 'Jonas Adeyemi');
    const maya = byBuyer(rows, 'Maya Thornton');
    await expectWaiting(popup, maya, true);
    await expectWaiting(popup, jonas, true);
    expect(jonas.state).toBe('overdue'); // Etsy's own 24 h passed 6 h ago, whatever the category
    expect(rows[0]!.buyer).toBe('Jonas Adeyemi'); // overdue first
    expect(jonas).toMatchObject({ order: 'Order 3456789013', market: 'Etsy · US' });
    expect(maya).toMatchObject({ order: null, market: 'Etsy · US' });

    const overdue = overdueCount(rows);
    expect(await popup.textContent('[data-testid="summary"]')).toBe(`${overdue} overdue · 2 waiting for a reply`);
    expect(await popup.textContent('.popup__footer')).toBe('2 answered conversations tracked');
    expect(await waitFor(() => browser.badgeText(), (text) => text === badgeFor(overdue), 5_000)).toBe(badgeFor(overdue));
    await popup.close();

    // Single-page navigation from the inbox to a conversation on the UK site: the URL changes by pushState and
    // the page swaps its content, as Etsy's app does. No page load: the UK address is not even served, and a
    // marker set on the inbox page's window must survive.
    const html = render(UK_THREAD, 'etsy/thread-redesigned.html', UK);
    waitOf('Oliver Bennett', renderedAt[UK_THREAD]!, 2);
    await page.evaluate(
      ({ url, html }) => {
        (window as unknown as { replyclockSamePage: boolean }).replyclockSamePage = true;
        history.pushState(null, '', url);
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        document.title = parsed.title;
        document.documentElement.lang = parsed.documentElement.lang;
        document.body.replaceChildren(...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)));
      },
      { url: UK_THREAD, html },
    );

    const after = await browser.context.newPage();
    const withThread = await rowsWhen(after, browser.extensionUrl('popup.html'), (found) => found.some((row) => row.buyer === 'Oliver Bennett'));
    expect(page.url()).toBe(UK_THREAD);
    expect(await page.evaluate(() => (window as unknown as { replyclockSamePage?: boolean }).replyclockSamePage)).toBe(true);

    const oliver = byBuyer(withThread, 'Oliver Bennett');
    // The buyer wrote again after the seller's answer: a follow-up, so the team's target alone sets the due time.
    await expectWaiting(after, oliver, false);
    expect(oliver).toMatchObject({ order: null, market: 'Etsy · UK', binding: 'team-target' });
    expect(withThread.map((row) => row.buyer).sort()).toEqual(['Jonas Adeyemi', 'Maya Thornton', 'Oliver Bennett']);
    expect(await after.$('[role="alert"]')).toBeNull(); // the conversation page read cleanly

    const overdueNow = overdueCount(withThread);
    expect(await after.textContent('[data-testid="summary"]')).toBe(`${overdueNow} overdue · 3 waiting for a reply`);
    expect(await waitFor(() => browser.badgeText(), (text) => text === badgeFor(overdueNow), 5_000)).toBe(badgeFor(overdueNow));
    await Promise.all([page.close(), after.close()]);
  });

  it('reads a German conversation served at its own /de/ address', async () => {
    const page = await browser.context.newPage();
    await page.goto(DE_THREAD);
    const popup = await browser.context.newPage();
    const rows = await rowsWhen(popup, browser.extensionUrl('popup.html'), (found) => found.some((row) => row.buyer === 'Lena Fischer'));

    const lena = byBuyer(rows, 'Lena Fischer');
    // A follow-up (the seller answered her first question): no Etsy deadline; the order named in the header.
    await expectWaiting(popup, lena, false);
    expect(lena).toMatchObject({ order: 'Order 3456789014', market: 'Etsy · DE', binding: 'team-target' });
    expect(rows.map((row) => row.buyer).sort()).toEqual(['Jonas Adeyemi', 'Lena Fischer', 'Maya Thornton', 'Oliver Bennett']);

    const overdue = overdueCount(rows);
    expect(await popup.textContent('[data-testid="summary"]')).toBe(`${overdue} overdue · 4 waiting for a reply`);
    expect(await waitFor(() => browser.badgeText(), (text) => text === badgeFor(overdue), 5_000)).toBe(badgeFor(overdue));
    await Promise.all([page.close(), popup.close()]);
  });
});
