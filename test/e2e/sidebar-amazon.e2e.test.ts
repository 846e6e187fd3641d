// The sidebar on Amazon in real Chromium: a Seller Central thread (test/fixtures/amazon/thread-send-button.html)
// served at its real URL → the Amazon content script mounts the sidebar → a template found by typing in its
// search goes, on Enter, into the kat-textarea's inner <textarea> (inside the web component's shadow root)
// filled in with the buyer's name, the order id and the team's stored names → the page's own script saw the
// input (its Send button is enabled only by an input event with text). The buyer's name holds markup
// (<img src=x onerror=…>): it shows as text in the sidebar, in the popup and in the reply, and never runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchWithExtension, serveSellerPages, waitFor, type ExtensionBrowser } from '../../scripts/extension-browser';
import { fixtureHtml } from '../fixtures/load-fixture';
import { renderFixture } from '../fixtures/render-fixture';
import { popupBuyer, pwned, sidebarFrame, storeTeamProfile } from './sidebar-insert';

const US = { zone: 'America/Los_Angeles', locale: 'en-US' };
const THREAD = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&threadId=amzn1.thread.SB0001';
const CONVERSATION = 'amazon:US:amzn1.thread.SB0001';
const BUYER = 'Mallory <img src=x onerror=window.__pwned=1>';
const ORDER = '113-5550001-7770002';
const REPLY_BOX = 'kat-textarea textarea'; // Playwright's CSS pierces the open shadow root, as the adapter does
const TEAM = { agentName: 'Mei Chen', shopName: 'Harbour Lane Kitchen', teamZone: 'Asia/Shanghai' };

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
  await serveSellerPages(browser.context, {
    [THREAD]: () => renderFixture(fixtureHtml('amazon/thread-send-button.html'), { now: Date.now(), ...US }),
  });
  // The team's names, as the dashboard's settings store them: the sidebar asks the background for them.
  await storeTeamProfile(browser, TEAM);
});

afterAll(async () => {
  await browser?.close();
});

const sendDisabled = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('kat-button')!.shadowRoot!.querySelector('button')!.disabled);

describe('the sidebar on Amazon, end to end', () => {
  it('inserts the chosen template, filled in, into the kat-textarea, and the page’s own Send button wakes up', async () => {
    const page = await browser.context.newPage();
    await page.goto(THREAD);
    const frame = await sidebarFrame(browser, page);
    expect(new URL(frame.url()).searchParams.get('conversation')).toBe(CONVERSATION);
    await frame.waitForSelector('[data-testid="buyer"]');
    expect(await sendDisabled(page)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __inputsSeen: number }).__inputsSeen)).toBe(0);

    await frame.fill('.sidebar__search', 'holding');
    await frame.waitForSelector('[data-testid="template"][aria-selected="true"]');
    const name = await frame.textContent('[data-testid="template"][aria-selected="true"] .sidebar__template-name');
    // The reply-by promise and the signature are filled before Enter: the team's names have arrived.
    const preview = await waitFor(
      () => frame.textContent('[data-testid="template"][aria-selected="true"] [data-testid="template-preview"]'),
      (text) => text?.includes(TEAM.agentName) === true,
    );
    await frame.press('.sidebar__search', 'Enter');

    const value = await waitFor(() => page.inputValue(REPLY_BOX), (text) => text !== '');
    expect(name).toBe('Holding reply · en');
    expect(value).toBe(preview);
    expect(value).toContain(`Hello ${BUYER},`); // the buyer's name, markup and all, as plain text
    expect(value).toContain(ORDER);
    expect(value).toContain(`${TEAM.agentName}\n${TEAM.shopName}`); // from the stored settings, not a gap
    expect(value).not.toMatch(/\[(agentName|shopName|replyBy|orderId|buyerName)\]|\{\{/);

    // The page's own script saw an input event with the text, and enabled its Send button.
    expect(await page.evaluate(() => (window as unknown as { __inputsSeen: number }).__inputsSeen)).toBeGreaterThan(0);
    expect(await sendDisabled(page)).toBe(false);
    expect(await frame.textContent('[data-testid="insert-status"]')).toMatch(/^Inserted/);
    await page.close();
  });

  it('shows a template edited in the dashboard in the open sidebar once the seller page is back in front', async () => {
    const page = await browser.context.newPage();
    await page.goto(THREAD);
    const frame = await sidebarFrame(browser, page);
    await frame.waitForSelector('[data-testid="buyer"]');

    const dashboard = await browser.context.newPage();
    await dashboard.goto(browser.extensionUrl('dashboard.html#templates'));
    await dashboard.fill('#templates-search', 'holding reply');
    await dashboard.click('[data-testid="template-row"]:has(.templates__row-name:text-is("Holding reply · en"))');
    await dashboard.fill('#template-body', 'Dear {{buyerName}}, we are on order {{orderId}} tonight. {{agentName}}');
    await dashboard.click('button[type="submit"]');
    await dashboard.waitForSelector('text=Template “Holding reply · en” saved.');

    await page.bringToFront();
    await frame.fill('.sidebar__search', 'holding');
    const preview = await waitFor(
      () => frame.textContent('[data-testid="template"]:has(.sidebar__template-name:text-is("Holding reply · en")) [data-testid="template-preview"]'),
      (text) => text?.startsWith('Dear ') === true,
    );
    expect(preview).toBe(`Dear ${BUYER}, we are on order ${ORDER} tonight. ${TEAM.agentName}`);
    await dashboard.close();
    await page.close();
  });

  it('shows a buyer name that holds markup as text in the page, the sidebar and the popup, and never runs it', async () => {
    const page = await browser.context.newPage();
    await page.goto(THREAD);
    const frame = await sidebarFrame(browser, page);
    await frame.waitForSelector('[data-testid="buyer"]');
    expect(await frame.textContent('[data-testid="buyer"]')).toBe(BUYER);
    expect(await frame.$$('main img')).toHaveLength(0);
    // Put it into the reply box too (the template carries the name), then look for anything that ran.
    await frame.fill('.sidebar__search', 'holding');
    await frame.press('.sidebar__search', 'Enter');
    await waitFor(() => page.inputValue(REPLY_BOX), (text) => text.includes(BUYER));

    const popup = await browser.context.newPage();
    expect(await popupBuyer(browser, popup, BUYER)).toEqual({ text: BUYER, elements: 0 });

    expect(await pwned(page)).toBeUndefined();
    expect(await pwned(frame)).toBeUndefined();
    expect(await pwned(popup)).toBeUndefined();
    await popup.close();
    await page.close();
  });
});
