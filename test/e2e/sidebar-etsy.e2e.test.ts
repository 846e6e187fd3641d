// The sidebar on Etsy in real Chromium: a conversation (test/fixtures/etsy/thread-send-button.html) served at
// its real URL → the Etsy content script mounts the sidebar → a template found by typing in its search goes, when
// clicked, into the composer's textarea filled in with the buyer's name and the order id ("Order shipped": Etsy's
// own holding reply greets by first name, which a name full of markup does not have) → the page's own script
// saw the input (its Send button is enabled only by an input event with text). The buyer's name holds markup
// (<img src=x onerror=…>): it shows as text in the sidebar, in the popup and in the reply, and never runs.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchWithExtension, serveSellerPages, waitFor, type ExtensionBrowser } from '../../scripts/extension-browser';
import { fixtureHtml } from '../fixtures/load-fixture';
import { renderFixture } from '../fixtures/render-fixture';
import { popupBuyer, pwned, sidebarFrame } from './sidebar-insert';

const US = { zone: 'America/New_York', locale: 'en-US' };
const THREAD = 'https://www.etsy.com/messages/1582034599';
const CONVERSATION = 'etsy:US:1582034599';
const BUYER = 'Mallory <img src=x onerror=window.__pwned=1>';
const ORDER = '3456789099';
const REPLY_BOX = 'textarea.wt-textarea';
/** The template chosen by clicking it in the list (the search's ranking is search.ts's business, not this test's). */
const ORDER_SHIPPED = '[data-testid="template"]:has(.sidebar__template-name:text-is("Order shipped · en"))';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
  await serveSellerPages(browser.context, {
    [THREAD]: () => renderFixture(fixtureHtml('etsy/thread-send-button.html'), { now: Date.now(), ...US }),
  });
});

afterAll(async () => {
  await browser?.close();
});

const sendDisabled = (page: Page) => page.evaluate(() => document.querySelector<HTMLButtonElement>('form button[type="submit"]')!.disabled);
const inputsSeen = (page: Page) => page.evaluate(() => (window as unknown as { __inputsSeen: number }).__inputsSeen);

describe('the sidebar on Etsy, end to end', () => {
  it('inserts the chosen template, filled in, into the composer, and the page’s own Send button wakes up', async () => {
    const page = await browser.context.newPage();
    await page.goto(THREAD);
    const frame = await sidebarFrame(browser, page);
    expect(new URL(frame.url()).searchParams.get('conversation')).toBe(CONVERSATION);
    await frame.waitForSelector('[data-testid="buyer"]');
    expect(await sendDisabled(page)).toBe(true);
    expect(await inputsSeen(page)).toBe(0);

    await frame.fill('.sidebar__search', 'order shipped');
    await frame.waitForSelector(ORDER_SHIPPED);
    const preview = await frame.textContent(`${ORDER_SHIPPED} [data-testid="template-preview"]`);
    await frame.click(ORDER_SHIPPED);

    const value = await waitFor(() => page.inputValue(REPLY_BOX), (text) => text !== '');
    expect(value).toBe(preview);
    expect(value).toContain(BUYER); // the buyer's name, markup and all, as plain text
    expect(value).toContain(ORDER);
    expect(value).not.toMatch(/\[(buyerName|orderId)\]|\{\{/);

    expect(await inputsSeen(page)).toBeGreaterThan(0);
    expect(await sendDisabled(page)).toBe(false);
    expect(await frame.textContent('[data-testid="insert-status"]')).toMatch(/^Inserted/);
    await page.close();
  });

  it('shows a buyer name that holds markup as text in the page, the sidebar and the popup, and never runs it', async () => {
    const page = await browser.context.newPage();
    await page.goto(THREAD);
    const frame = await sidebarFrame(browser, page);
    await frame.waitForSelector('[data-testid="buyer"]');
    expect(await frame.textContent('[data-testid="buyer"]')).toBe(BUYER);
    expect(await frame.$$('main img')).toHaveLength(0);
    await frame.fill('.sidebar__search', 'order shipped');
    await frame.click(ORDER_SHIPPED);
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
