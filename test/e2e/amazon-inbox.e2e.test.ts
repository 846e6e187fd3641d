// The whole path in real Chromium: a Seller Central inbox served at its real URL → the content script reads
// it → the background stores it in IndexedDB → the toolbar badge and the popup's rows. Fixture times are
// rendered relative to the real clock, so overdue and not-yet-overdue conversations are both present.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findChromium,
  launchWithExtension,
  popupRows,
  serveSellerPages,
  waitFor,
  type ExtensionBrowser,
} from '../../scripts/extension-browser';
import { fixtureHtml } from '../fixtures/load-fixture';
import { renderFixture } from '../fixtures/render-fixture';

const LA = { zone: 'America/Los_Angeles', locale: 'en-US' };
const V3 = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';
const OLDER = 'https://sellercentral.amazon.com/messaging/inbox?fi=all';
const DE = 'https://sellercentral.amazon.de/messaging/inbox-v3';
const THREAD = 'https://sellercentral.amazon.com/messaging/thread/amzn1.thread.FX0002';
const DE_THREAD = 'https://sellercentral.amazon.de/messaging/thread/amzn1.thread.DE0001';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
  await serveSellerPages(browser.context, {
    [V3]: () => renderFixture(fixtureHtml('amazon/inbox-v3.html'), { now: Date.now(), ...LA }),
    [OLDER]: () => renderFixture(fixtureHtml('amazon/inbox-v3-redesigned.html'), { now: Date.now(), ...LA }),
    [DE_THREAD]: () =>
      renderFixture(fixtureHtml('amazon/thread-de.html'), { now: Date.now(), zone: 'Europe/Berlin', locale: 'de-DE' }),
    [THREAD]: () => '<!doctype html><title>Conversation</title><p>Lukas Brenner</p>',
    [DE]: () => '<!doctype html><html><body><div id="sc-navbar">Seller Central</div><p>Wird geladen…</p></body></html>',
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('Amazon inbox, end to end', () => {
  it('badges the overdue conversations of the v3 inbox', async () => {
    const page = await browser.context.newPage();
    await page.goto(V3);
    // Five rows need a response; triage sets each one's team target, which comes before Amazon's 24 hours:
    //   Emma      3 days ago (day only)  shipping  4 h  → overdue
    //   Lukas     30 h ago               quality   2 h  → overdue
    //   Sophie    23 h ago               order     2 h  → overdue
    //   Olivia    3 h ago                quality   2 h  → overdue
    //   Noah      40 min ago             product  12 h  → due in 11 h 20 min
    expect(await waitFor(() => browser.badgeText(), (text) => text !== '')).toBe('4');
    await page.close();
  });

  it('lists them in the popup, overdue first, with countdowns, categories and both clocks', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const rows = await popupRows(popup);
    expect(rows.map((row) => row.buyer)).toEqual(['Emma Whitfield', 'Lukas Brenner', 'Sophie Laurent', 'Olivia Grant', 'Noah Castillo']);
    expect(rows.map((row) => row.state)).toEqual(['overdue', 'overdue', 'overdue', 'overdue', 'later']);
    expect(await popup.$$eval('.conversation__triage', (tags) => tags.map((tag) => tag.textContent))).toEqual([
      'B · Shipping',
      'A · Quality',
      'A · Order change',
      'A · Quality',
      'B · Product question',
    ]);
    expect(rows[0]!.countdown).toMatch(/^≈ overdue [23]d \d+h$/); // day-only date: approximate, clocked from that day's start
    expect(rows[1]!.countdown).toMatch(/^overdue (27h 59m|1d 4h)$/);
    expect(rows[4]!.countdown).toMatch(/^due in (11h 19m|11h 20m)$/);
    expect(await popup.textContent('[data-testid="summary"]')).toBe('4 overdue · 5 waiting for a reply');
    // Both clocks are shown: Amazon's deadline 24 h after Noah wrote, the team's 12-hour target for a product question.
    const noah = popup.locator('.conversation', { hasText: 'Noah Castillo' });
    expect(await noah.getByTestId('platform-deadline').textContent()).toMatch(/^Amazon deadline \w{3} \d\d:\d\d( [AP]M)?$/);
    expect(await noah.getByTestId('team-target').textContent()).toMatch(/^Team target \w{3} \d\d:\d\d( [AP]M)?$/);
    expect(await popup.locator('.conversation', { hasText: 'Emma Whitfield' }).getByTestId('platform-deadline').textContent()).toContain('≈');
    await popup.close();
  });

  it('reads the older inbox path with the redesigned layout, and counts what it adds', async () => {
    const page = await browser.context.newPage();
    await page.goto(OLDER);
    // Adds Hannah (26 h, a refund: return, 1 h, overdue) and Mateo (10 min, a product question); Grace's
    // conversation is answered and not counted.
    expect(await waitFor(() => browser.badgeText(), (text) => text === '5')).toBe('5');
    await page.close();
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const rows = await popupRows(popup);
    expect(rows.map((row) => row.buyer)).toContain('Hannah Okafor');
    expect(rows.map((row) => row.buyer)).not.toContain('Grace Lindqvist');
    expect(await popup.textContent('.popup__footer')).toBe('1 answered conversations tracked');
    await popup.close();
  });

  it('says in the popup when a seller page could not be read', async () => {
    const page = await browser.context.newPage();
    await page.goto(DE);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const alert = await waitFor(
      async () => (await popup.$('[role="alert"] li')) ? popup.textContent('[role="alert"] li') : popup.reload().then(() => null),
      (text) => text !== null,
    );
    expect(alert).toBe('Amazon DE inbox: no conversation rows found on the page');
    expect(await browser.badgeText()).toBe('5');
    await Promise.all([page.close(), popup.close()]);
  });

  it('reads an open thread on amazon.de: the buyer wrote again an hour ago, after the seller’s answer', async () => {
    const page = await browser.context.newPage();
    await page.goto(DE_THREAD);
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    const jonas = popup.locator('.conversation', { hasText: 'Jonas Albrecht' });
    await waitFor(
      async () => (await jonas.count()) > 0 || (await popup.reload(), false),
      (found) => found,
    );
    expect(await jonas.locator('.conversation__platform').textContent()).toBe('Amazon · DE');
    expect(await jonas.locator('.conversation__order').textContent()).toBe('Order 302-1234567-7654321');
    // Clocked from the buyer's latest message (exact: the thread shows it), not the older, answered one.
    expect(await jonas.getByTestId('platform-deadline').textContent()).toMatch(/^Amazon deadline \w{3} \d\d:\d\d( [AP]M)?$/);
    expect(await jonas.locator('.countdown').getAttribute('data-state')).not.toBe('overdue');
    await Promise.all([page.close(), popup.close()]);
  });

  it('opens the clicked conversation at its Seller Central address', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(browser.extensionUrl('popup.html'));
    await popupRows(popup);
    // The tab is opened by the extension, before Playwright can route it: watch the navigation it asks for.
    const requested = browser.context.waitForEvent('request', (request) => request.isNavigationRequest() && request.url().includes('/messaging/thread/'));
    await popup.click('button[aria-label="Open the conversation with Lukas Brenner"]');
    expect((await requested).url()).toBe(THREAD);
  });
});
