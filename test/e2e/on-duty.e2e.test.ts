// "On duty" in real Chromium: an eBay and an Amazon inbox served at their real URLs → the content scripts read
// them → the background stores them → the toolbar badge (count, colour, tooltip) and the notifications, and
// the popup's counts and list, and the same badge rebuilt from IndexedDB after the MV3 service worker is stopped.
//
// What the fixtures hold (rendered relative to the real clock; categories from triage, targets the defaults):
//   ebay/inbox-on-duty.html, member messages (no eBay deadline, team targets only), waits as read ("6h" = 7 h):
//     sunny.loft 7 h, brook_and_fern 8 h: shipping, 4 h target → overdue   (2 overdue: AMBER)
//     quiet.harbor 9 h, tinker-bee 8 h, north_wind_22 5 h: product, 12 h → later; marlow.goods 45 min
//   amazon/inbox-on-duty.html (Amazon: 24 elapsed hours):
//     Kai 30 h         shipping  → past Amazon's deadline                   (overdue: RED)
//     Lena 22 h 30 min product   → team target missed; Amazon's in 1 h 30   (overdue; platform due-soon notice)
//     Omar 3 h         quality   → 2 h target missed                        (overdue)
//     Tomás 11 h 45    product   → team target in 15 min                    (due soon; team due-soon notice)
//     Priya 20 min     order, URGENT → team target in 1 h 40                (due soon; urgent notice)
//     Mei 5 h          product   → later
//   Waiting over 2 hours: 5 on eBay + 5 on Amazon = 10 → the level 1 alert, raised by the Amazon read.
//
// Stopping the worker: a CDP session on an ordinary tab sends ServiceWorker.stopAllWorkers, which stops the
// extension's worker (its target leaves Target.getTargets). chrome.alarms cannot be fired on demand, and the
// one-minute period would make the test slow, so just before the stop the test re-creates the badge alarm
// with a 3-second first delay (keeping its one-minute period), and blanks the badge, its colour and the tooltip
// so that only a rebuild can restore them. The alarm wakes the stopped worker, whose start and alarm tick rebuild the badge
// from IndexedDB alone. Playwright keeps its Worker handle across the restart, so the badge is read as before.
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchWithExtension, serveSellerPages, waitFor, type ExtensionBrowser } from '../../scripts/extension-browser';
import { fixtureHtml } from '../fixtures/load-fixture';
import { renderFixture } from '../fixtures/render-fixture';

const US = { zone: 'America/Los_Angeles', locale: 'en-US' };
const EBAY = 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE';
const AMAZON = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';
const RED = [197, 34, 31, 255]; // #c5221f
const AMBER = [179, 89, 0, 255]; // #b35900

const EXPECTED_NOTIFICATIONS = [
  'replyclock:alert:1',
  'replyclock:due-platform:amazon:US:amzn1.thread.OD0002', // Lena: Amazon's deadline in 1 h 30 min
  'replyclock:due-team:amazon:US:amzn1.thread.OD0003', // Tomás: team target in 15 min
  'replyclock:urgent:amazon:US:amzn1.thread.OD0004', // Priya: "URGENT: wrong address…"
];
const FULL_TITLE = 'Replyclock — Amazon: 3 overdue (1 past the platform deadline), 2 due soon · eBay: 2 overdue, 0 due soon';

/** The extension APIs read inside the worker (Playwright runs these functions there, not here). */
interface Chrome {
  action: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<number[]>;
    getTitle(details: object): Promise<string>;
    setBadgeText(details: { text: string }): Promise<void>;
    setTitle(details: { title: string }): Promise<void>;
    setBadgeBackgroundColor(details: { color: string }): Promise<void>;
  };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  alarms: { create(name: string, info: { delayInMinutes: number; periodInMinutes: number }): Promise<void> };
}

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
  await serveSellerPages(browser.context, {
    [EBAY]: () => renderFixture(fixtureHtml('ebay/inbox-on-duty.html'), { now: Date.now(), ...US }),
    [AMAZON]: () => renderFixture(fixtureHtml('amazon/inbox-on-duty.html'), { now: Date.now(), ...US }),
  });
});

afterAll(async () => {
  await browser?.close();
});

async function badge(): Promise<{ text: string; color: number[]; title: string }> {
  return browser.worker.evaluate(async () => {
    const { action } = (globalThis as unknown as { chrome: Chrome }).chrome;
    return { text: await action.getBadgeText({}), color: await action.getBadgeBackgroundColor({}), title: await action.getTitle({}) };
  });
}

/** Text, colour and tooltip are set one after another: compare all three, so a half-updated badge is not taken. */
function sameBadge(a: { text: string; color: number[]; title: string }, b: typeof a): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function notificationIds(): Promise<string[]> {
  return browser.worker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll()).sort());
}

async function serviceWorkerTargets(cdp: CDPSession): Promise<number> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.filter((target) => target.type === 'service_worker' && target.url.startsWith(browser.extensionUrl(''))).length;
}

describe('on duty: badge and notifications, end to end', () => {
  const pages: Page[] = [];

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.close()));
  });

  it('badges eBay’s missed team targets in amber, with a tooltip per platform, and notifies nothing yet', async () => {
    const page = await browser.context.newPage();
    pages.push(page);
    await page.goto(EBAY);
    const expected = { text: '2', color: AMBER, title: 'Replyclock — eBay: 2 overdue, 0 due soon' };
    expect(await waitFor(badge, (state) => sameBadge(state, expected))).toEqual(expected);
    expect(await notificationIds()).toEqual([]);
  });

  it('turns red once Amazon has a conversation past its 24-hour deadline, and counts due-soon ones per platform', async () => {
    const page = await browser.context.newPage();
    pages.push(page);
    await page.goto(AMAZON);
    const expected = { text: '5', color: RED, title: FULL_TITLE };
    expect(await waitFor(badge, (state) => sameBadge(state, expected))).toEqual(expected);
  });

  it('notifies the urgent message, both due-soon clocks and the level 1 alert, each once', async () => {
    expect(await waitFor(notificationIds, (ids) => ids.length >= EXPECTED_NOTIFICATIONS.length)).toEqual(EXPECTED_NOTIFICATIONS);
  });

  it('shows the same picture in the popup: counts per platform, the most urgent first, shift status (screenshot)', async () => {
    const popup = await browser.context.newPage();
    pages.push(popup);
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(browser.extensionUrl('popup.html'));
    await popup.waitForSelector('[data-testid="shift-status"]');
    // Overdue / due within 2 h / waiting, per platform, as the badge's tooltip counts them (Amazon 3 + 2 of 6, eBay 2 + 0 of 6).
    const table = popup.getByRole('table', { name: 'Waiting by platform' });
    await waitFor(async () => (await table.locator('tbody tr').allTextContents()).join('|'), (rows) => rows === 'Amazon326|eBay206');
    // The ten most urgent: Kai (past Amazon's deadline, 6 h overdue) heads the list; 12 wait, 10 are shown.
    const urgent = popup.getByRole('list', { name: 'Conversations waiting for a reply, most urgent first' }).getByRole('listitem');
    expect(await urgent.count()).toBe(10);
    expect(await urgent.first().locator('.conversation__buyer').textContent()).toMatch(/^Kai /);
    expect(await popup.locator('[data-testid="summary"]').textContent()).toBe('5 overdue · 12 waiting for a reply');
    await popup.screenshot({ path: path.resolve(import.meta.dirname, '..', '..', 'demo-output', 'popup-on-duty.png'), fullPage: true });
  });

  it('rebuilds the same badge from IndexedDB when an alarm wakes the stopped worker, without repeating a notification', async () => {
    const before = await badge();
    const blank = await browser.context.newPage();
    pages.push(blank);
    const cdp = await browser.context.newCDPSession(blank);
    expect(await serviceWorkerTargets(cdp)).toBe(1);
    await browser.worker.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Chrome }).chrome;
      await api.action.setBadgeText({ text: '' });
      await api.action.setTitle({ title: 'stale' });
      await api.action.setBadgeBackgroundColor({ color: '#000000' });
      for (const id of Object.keys(await api.notifications.getAll())) await api.notifications.clear(id);
      await api.alarms.create('replyclock:badge', { delayInMinutes: 0.05, periodInMinutes: 1 });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    expect(await serviceWorkerTargets(cdp)).toBe(0); // stopped: nothing of it runs until the alarm
    await waitFor(() => serviceWorkerTargets(cdp), (count) => count === 1, 20_000);
    expect(before).toEqual({ text: '5', color: RED, title: FULL_TITLE });
    expect(await waitFor(badge, (state) => sameBadge(state, before), 10_000)).toEqual(before);
    // The restarted worker's ticks have run the notification checks again: what was announced is remembered in
    // IndexedDB, not in memory, so nothing comes back (a repeat would show within these seconds).
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await notificationIds()).toEqual([]);
    await cdp.detach();
  });
});
