// The dashboard in real Chromium with 10,000 invented conversations in the extension's own IndexedDB: the
// inbox counts them all, shows them most urgent first, keeps only a window of rows in the page while
// scrolling (virtualised), narrows by platform, resolves a whole filtered selection through the background in
// one go, and opens a conversation's page on a click. Screenshot: demo-output/dashboard-inbox.png. Then the
// events of 3,000 of them: Analytics counts exactly those answers, draws its chart on a canvas and gives it as a
// table; Settings shows the coverage chart (demo-output/dashboard-analytics.png, dashboard-settings-10k.png).
//
// The conversations are written with the raw IndexedDB API into the 'replyclock' database after the dashboard
// has opened it once (so Dexie has created the schema), then the page is reloaded: the page's Dexie is bundled
// and not reachable from here, and a raw write is what an old version's data would look like anyway.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SORT, inboxRows, NO_FILTERS } from '../../lib/inbox/filter-conversations';
import type { Conversation, ConversationEvent } from '../../lib/model';
import { findChromium, launchWithExtension, serveSellerPages, waitFor, type ExtensionBrowser } from '../../scripts/extension-browser';
import { addRows, allRows, putRows } from './extension-db';
import { generateConversations } from './generate-conversations';
import { seriousViolations } from './axe-check';

const COUNT = 10_000;
const ANSWERED = 3_000;
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ROW_HEIGHT = 40; // components/dashboard/inbox/InboxTable.tsx
const SCREENSHOT = path.resolve(import.meta.dirname, '..', '..', 'demo-output', 'dashboard-inbox.png');

let browser: ExtensionBrowser;
let conversations: Conversation[];
/** The inbox's expected order with no filter: by due time, the rest in stored (primary key) order. */
let expected: Conversation[];
/** The first row once the eBay conversations are resolved (closed ones have no due time: they sort last). */
let firstAfterBulk: Conversation;

beforeAll(async () => {
  conversations = generateConversations(COUNT, Date.now());
  const stored = [...conversations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Sorting by due time does not depend on the moment, so Node's order is the page's.
  expected = inboxRows(stored, NO_FILTERS, DEFAULT_SORT, Date.now());
  firstAfterBulk = expected.find((conversation) => conversation.platform !== 'ebay')!;
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
  // That row's own page, for the click that opens it; every other request is refused (no network).
  await serveSellerPages(browser.context, { [firstAfterBulk.url]: () => '<!doctype html><title>Conversation</title><p>Conversation page</p>' });
});

afterAll(async () => {
  await browser?.close();
});

const countText = (page: Page) => page.textContent('[data-testid="inbox-count"]');

/** The rows in the page right now, as an agent reads them. */
function renderedRows(page: Page): Promise<{ index: number; buyer: string; platform: string; status: string }[]> {
  return page.$$eval('[data-testid="inbox-scroller"] [role="row"]', (rows) =>
    rows.map((row) => ({
      index: Number(row.getAttribute('aria-rowindex')) - 2,
      buyer: row.querySelector('[data-column="buyer"]')?.textContent ?? '',
      platform: row.querySelector('[data-column="platform"]')?.textContent ?? '',
      status: row.querySelector('[data-column="status"]')?.getAttribute('data-status') ?? '',
    })),
  );
}

describe('the dashboard inbox, end to end', () => {
  it('shows 10,000 conversations most urgent first, virtualised, filters by platform, bulk-resolves and opens one', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(browser.extensionUrl('dashboard.html#inbox'));
    // Empty at first: the dashboard has opened (and Dexie created) the database.
    await page.getByText('No conversation is tracked yet', { exact: false }).waitFor();
    await putRows(page, 'conversations', conversations);

    const started = Date.now();
    await page.reload();
    await page.waitForFunction((text) => document.querySelector('[data-testid="inbox-count"]')?.textContent === text, '10,000 of 10,000 conversations', {
      timeout: 30_000,
    });
    console.log(`dashboard inbox: reload to ${COUNT} conversations shown in ${Date.now() - started} ms`);

    // Most urgent first, and only a window of the 10,000 rows is in the page.
    let rows = await renderedRows(page);
    expect(rows[0]).toMatchObject({ index: 0, buyer: expected[0]!.buyer });
    expect(rows.map((row) => row.buyer)).toEqual(expected.slice(0, rows.length).map((c) => c.buyer));
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(100);

    // Scrolled far down: the rows there are rendered (the right ones), still only a window.
    const target = 6_000;
    await page.$eval('[data-testid="inbox-scroller"]', (element, top) => element.scrollTo({ top }), target * ROW_HEIGHT);
    await page.waitForSelector(`[data-testid="inbox-scroller"] [aria-rowindex="${target + 2}"]`);
    rows = await renderedRows(page);
    expect(rows.find((row) => row.index === target)!.buyer).toBe(expected[target]!.buyer);
    expect(rows.every((row) => row.buyer === expected[row.index]!.buyer)).toBe(true);
    expect(rows.length).toBeLessThan(100);
    await page.$eval('[data-testid="inbox-scroller"]', (element) => element.scrollTo({ top: 0 }));
    await page.waitForSelector('[data-testid="inbox-scroller"] [aria-rowindex="2"]');

    // The screenshot: the top of the inbox with two rows selected for a bulk action.
    await page.getByRole('checkbox', { name: `Select the conversation with ${expected[1]!.buyer}` }).first().check();
    await page.getByRole('checkbox', { name: `Select the conversation with ${expected[2]!.buyer}` }).first().check();
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Clear selection' }).click();

    // Narrowed to eBay: the count and every rendered row say so.
    const ebay = expected.filter((conversation) => conversation.platform === 'ebay');
    await page.getByRole('group', { name: 'Platform' }).getByLabel('eBay').check();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="inbox-count"]')?.textContent === text,
      `${ebay.length.toLocaleString('en-US')} of 10,000 conversations`,
    );
    expect(page.url()).toMatch(/#inbox\?platform=ebay$/);
    rows = await renderedRows(page);
    expect(rows.map((row) => row.buyer)).toEqual(ebay.slice(0, rows.length).map((c) => c.buyer));
    expect(new Set(rows.map((row) => row.platform))).toEqual(new Set(['eBay']));

    // Select all (only the eBay rows) and resolve them: one message, one transaction in the background.
    await page.getByRole('checkbox', { name: `Select all ${ebay.length} shown conversations` }).check();
    expect(await page.textContent('[data-testid="inbox-selected"]')).toBe(`${ebay.length} selected`);
    const closable = ebay.filter((conversation) => conversation.status === 'awaiting' || conversation.status === 'replied').length;
    const bulkStarted = Date.now();
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await page.getByText(`${closable} updated, ${ebay.length - closable} skipped`, { exact: false }).waitFor({ timeout: 30_000 });
    console.log(`dashboard inbox: ${closable} eBay conversations resolved in one bulk action in ${Date.now() - bulkStarted} ms`);
    const statuses = Object.fromEntries((await allRows<Conversation>(page, 'conversations')).map((stored) => [stored.id, stored.status]));
    for (const conversation of conversations) {
      expect(statuses[conversation.id], conversation.id).toBe(conversation.platform === 'ebay' ? 'resolved' : conversation.status);
    }
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="inbox-scroller"] [data-column="status"]')].every((cell) => cell.getAttribute('data-status') === 'resolved'),
    );

    // Clear the filters: the resolved eBay rows have left the top; a click on the first row opens its page in a new tab.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="inbox-count"]')?.textContent === '10,000 of 10,000 conversations');
    expect((await renderedRows(page))[0]).toMatchObject({ index: 0, buyer: firstAfterBulk.buyer });
    const opened = browser.context.waitForEvent('page');
    await page.click('[data-testid="inbox-scroller"] [aria-rowindex="2"] [data-column="subject"]');
    const tab = await opened;
    expect(await waitFor(async () => tab.url(), (url) => url === firstAfterBulk.url)).toBe(firstAfterBulk.url);
    expect(await countText(page)).toBe('10,000 of 10,000 conversations');
    await tab.close();

    // The keyboard does the same: Enter on the row's buyer (a real button).
    await page.bringToFront();
    await page.focus('[data-testid="inbox-scroller"] [aria-rowindex="2"] [data-column="buyer"] button');
    const openedByKey = browser.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const keyTab = await openedByKey;
    expect(await waitFor(async () => keyTab.url(), (url) => url === firstAfterBulk.url)).toBe(firstAfterBulk.url);
    await keyTab.close();
    await page.close();
  });

  it('charts the events of those conversations in Analytics (canvas and table) and shows their settings', async () => {
    // One wait per conversation for the first 3,000: received over the last four days, answered 10 minutes to
    // 4 hours later. The page must count exactly these (the default period is the last 30 days).
    const now = Date.now();
    const events: ConversationEvent[] = conversations.slice(0, ANSWERED).flatMap((conversation, i) => {
      const received = now - HOUR - i * 2 * MINUTE;
      const base = { conversationId: conversation.id, platform: conversation.platform, marketplace: conversation.marketplace, approx: false };
      return [
        { ...base, type: 'received' as const, at: received, category: conversation.category },
        { ...base, type: 'replied' as const, at: received + (10 + (i % 230)) * MINUTE, category: conversation.category, agent: 'Mei Chen' },
      ];
    });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(browser.extensionUrl('dashboard.html#analytics'));
    await page.waitForSelector('[data-testid="analytics-period"]');
    await addRows(page, 'events', events);
    await page.reload();
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="response-overall"]')?.textContent?.startsWith(text) ?? false,
      `${ANSWERED} answered`,
      { timeout: 30_000 },
    );
    // Drawn by uPlot on a canvas, and readable as a table: one row per day of the period with a median.
    const chart = page.locator('figure.chart').first();
    await chart.locator('canvas').first().waitFor();
    expect(await chart.locator('canvas').count()).toBeGreaterThan(0);
    await chart.locator('summary').click();
    const medians = await chart.locator('tbody td').allTextContents();
    expect(medians.filter((cell) => /\d/.test(cell)).length).toBeGreaterThanOrEqual(4); // the four days with replies
    await page.screenshot({ path: path.join(path.dirname(SCREENSHOT), 'dashboard-analytics.png'), fullPage: false });

    // The settings that drive those clocks: the 7×24 coverage chart with the default 07:00–09:00 gap.
    await page.goto(browser.extensionUrl('dashboard.html#settings'));
    await page.waitForSelector('table.coverage-grid td');
    expect(await page.locator('table.coverage-grid td').count()).toBe(7 * 24);
    expect(await page.locator('table.coverage-grid td[data-hour="8"]').evaluateAll((cells) => cells.every((cell) => cell.getAttribute('data-state') !== 'covered'))).toBe(true);
    await page.screenshot({ path: path.join(path.dirname(SCREENSHOT), 'dashboard-settings-10k.png'), fullPage: false });
    await page.close();
  });
});
