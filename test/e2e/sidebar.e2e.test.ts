// The sidebar in real Chromium: an eBay return request served at its real URL on www.ebay.de → the eBay
// content script mounts the sidebar iframe (an extension page) over the page → it shows the conversation the
// background stored, with its clocks; an action in it changes the toolbar badge; text sent from the sidebar
// frame lands in the page's own reply box, as an input event the page sees; the keyboard command's message
// focuses the sidebar's search; a template found by typing in the sidebar's search goes in, filled in, on Enter.
//
// Why the badge reads 1 first: thread-return-request.html is a return request (a case: triage's category is
// "return", team target 1 h) whose buyer last wrote 2 h ago, unanswered → overdue from the moment it is read.
// Marking it replied ends the wait: nothing is overdue, the badge empties.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchWithExtension, serveSellerPages, waitFor, type ExtensionBrowser } from '../../scripts/extension-browser';
import { fixtureHtml } from '../fixtures/load-fixture';
import { renderFixture } from '../fixtures/render-fixture';

const DE = { zone: 'Europe/Berlin', locale: 'de-DE' };
const RETURN_REQUEST =
  'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&reference_id=5098765432&other_user_id=rheinland_retro';
const CONVERSATION = 'ebay:DE:5098765432-rheinland_retro';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
  await serveSellerPages(browser.context, {
    [RETURN_REQUEST]: () => renderFixture(fixtureHtml('ebay/thread-return-request.html'), { now: Date.now(), ...DE }),
  });
});

afterAll(async () => {
  await browser?.close();
});

/** The sidebar's frame in `page` (inside a closed shadow root: found as a frame, not by selector). */
async function sidebarFrame(page: Page): Promise<Frame> {
  const prefix = browser.extensionUrl('sidebar.html');
  return waitFor(
    async () => page.frames().find((frame) => frame.url().startsWith(prefix)) ?? null,
    (frame) => frame !== null,
  ) as Promise<Frame>;
}

/** Whether the expanded panel is over the middle of the window's right-hand strip (the closed root hides the panel itself). */
function sidebarCovers(page: Page): Promise<boolean> {
  return page.evaluate(() => document.elementFromPoint(window.innerWidth - 150, 300)?.tagName === 'REPLYCLOCK-SIDEBAR');
}

/** Sends a message from inside the sidebar frame, exactly as the sidebar page does (lib/messaging.ts's envelope). */
function sendFromSidebar(frame: Frame, type: string, data: unknown): Promise<unknown> {
  return frame.evaluate(
    ([messageType, payload]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        replyclock: 1,
        type: messageType,
        data: payload,
      }),
    [type, data] as const,
  );
}

describe('the sidebar, end to end', () => {
  it('shows the open conversation with its clocks, and marking it replied clears the badge', async () => {
    const page = await browser.context.newPage();
    await page.goto(RETURN_REQUEST);
    const frame = await sidebarFrame(page);
    expect(new URL(frame.url()).searchParams.get('conversation')).toBe(CONVERSATION);

    // The host adds nothing to the page's layout: one fixed, zero-sized element.
    const host = await page.evaluate(() => {
      const element = document.querySelector('replyclock-sidebar') as HTMLElement;
      const style = getComputedStyle(element);
      return { position: style.position, width: element.getBoundingClientRect().width, shadowRoot: element.shadowRoot };
    });
    expect(host).toEqual({ position: 'fixed', width: 0, shadowRoot: null });

    await frame.waitForSelector('[data-testid="buyer"]');
    expect(await frame.textContent('[data-testid="buyer"]')).toBe('rheinland_retro');
    expect(await frame.textContent('[data-testid="marketplace"]')).toBe('eBay · DE');
    expect(await frame.textContent('[data-testid="order"]')).toBe('Order 03-13579-24680');
    expect(await frame.textContent('.countdown')).toMatch(/^overdue /);
    expect(await frame.textContent('[data-testid="team-target"]')).toMatch(/^Team target /);
    expect(await frame.textContent('[data-testid="platform-deadline"]')).toMatch(/^eBay deadline /);
    expect(await frame.textContent('[data-testid="waiting"]')).toMatch(/^Buyer waiting 2h \dm$/);
    expect(await frame.inputValue('select')).toBe('return');
    // eBay has no "no response needed".
    expect(await frame.$('[data-action="no-response-needed"]')).toBeNull();

    expect(await waitFor(() => browser.badgeText(), (text) => text === '1')).toBe('1');
    await frame.click('[data-action="replied"]');
    expect(await waitFor(() => browser.badgeText(), (text) => text === '')).toBe('');
    // The sidebar follows the stored conversation: the wait is over, so no clock and no "replied" button.
    expect(await waitFor(() => frame.textContent('[data-testid="status"]'), (text) => text === 'Replied')).toBe('Replied');
    expect(await frame.$('.countdown')).toBeNull();
    expect(await frame.$$eval('[data-action]', (buttons) => buttons.map((b) => b.getAttribute('data-action')))).toEqual(['resolved', 'escalate']);
    await page.close();
  });

  it('inserts text sent from the sidebar into the page’s reply box, as an input event the page sees', async () => {
    const page = await browser.context.newPage();
    await page.goto(RETURN_REQUEST);
    const frame = await sidebarFrame(page);
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seenInputs: string[] }).seenInputs = seen;
      document.addEventListener('input', (event) => seen.push((event.target as HTMLTextAreaElement).value));
    });

    const text = 'Hallo, <b>danke</b> für Ihre Nachricht.\nViele Grüße';
    const answer = await sendFromSidebar(frame, 'insertReply', { text, conversationId: CONVERSATION });
    expect(answer).toEqual({ ok: true, value: { inserted: true } });
    expect(await page.inputValue('#imageupload__sendmessage--textbox')).toBe(text);
    expect(await page.evaluate(() => (window as unknown as { seenInputs: string[] }).seenInputs)).toEqual([text]);

    // Another conversation than the page shows: refused, nothing inserted.
    expect(await sendFromSidebar(frame, 'insertReply', { text: 'x', conversationId: 'ebay:DE:other' })).toEqual({
      ok: true,
      value: { inserted: false, reason: 'conversation-changed' },
    });
    // No reply box on the page any more: a clear failure.
    await page.evaluate(() => document.querySelector('#imageupload__sendmessage--textbox')!.remove());
    expect(await sendFromSidebar(frame, 'insertReply', { text: 'x', conversationId: CONVERSATION })).toEqual({
      ok: true,
      value: { inserted: false, reason: 'no-reply-box' },
    });
    await page.close();
  });

  it('finds a template by typing in the sidebar’s search, and Enter puts it, filled in, into the page’s reply box', async () => {
    const page = await browser.context.newPage();
    await page.goto(RETURN_REQUEST);
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('[data-testid="buyer"]'); // the conversation is there to fill the template from
    await frame.fill('.sidebar__search', 'holding');
    await frame.waitForSelector('[data-testid="template"]');
    // What the top match will insert: its preview is the rendered text (highlights are inline marks).
    const preview = await frame.textContent('[data-testid="template"][aria-selected="true"] [data-testid="template-preview"]');
    await frame.press('.sidebar__search', 'Enter');
    const box = '#imageupload__sendmessage--textbox';
    const value = await waitFor(() => page.inputValue(box), (text) => text !== '');
    // The buyer is a user id ("rheinland_retro"): greeted by it in full; the order id filled in.
    expect(value).toContain('rheinland_retro');
    expect(value).toContain('03-13579-24680');
    expect(value).not.toContain('{{');
    expect(value).not.toContain('[replyBy]'); // the holding reply's promise is filled from the default shifts
    expect(value).toBe(preview);
    expect(await frame.textContent('[data-testid="insert-status"]')).toMatch(/^Inserted/);
    await page.close();
  });

  it('collapses to its tab and opens again with the search focused when the keyboard command arrives', async () => {
    const page = await browser.context.newPage();
    await page.goto(RETURN_REQUEST);
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('.sidebar__search');
    await frame.press('.sidebar__search', 'Escape'); // Esc collapses
    // The sidebar's own tab, as the sidebar sees it.
    const tabId = await frame.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome;
      return (await chrome.tabs.getCurrent()).id;
    });
    // Collapsed: the page under where the panel was is the page's own again.
    await waitFor(() => sidebarCovers(page), (covers) => covers === false);

    const historyBefore = await page.evaluate(() => history.length);
    // What the background does on the command: the tab's content script expands the sidebar and focuses search.
    await browser.worker.evaluate(async (id) => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).chrome;
      await chrome.tabs.sendMessage(id, { replyclockTab: 1, type: 'sidebar', data: { action: 'focus-search' } }, { frameId: 0 });
    }, tabId!);
    const focused = await waitFor(
      () => frame.evaluate(() => document.hasFocus() && document.activeElement?.classList.contains('sidebar__search')),
      (value) => value === true,
    );
    expect(focused).toBe(true);
    expect(await sidebarCovers(page)).toBe(true);
    // The sidebar was asked by a fragment change with location.replace: the page's Back button is untouched.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await page.close();
  });
});
