// The dashboard's Settings and Auto-reply sections in real Chromium, on the built extension: the coverage
// chart draws the default schedule's 07:00–09:00 Beijing gap, a 1-minute night watch is refused with nothing
// stored and a 10-minute one is stored in the extension's IndexedDB, the auto-reply text is written and
// Amazon's warning shown, and axe-core finds no serious accessibility problem in either section.
// Screenshot: demo-output/dashboard-settings.png.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium, launchWithExtension, type ExtensionBrowser } from '../../scripts/extension-browser';
import { storedSetting } from './extension-db';
import { seriousViolations } from './axe-check';

const SCREENSHOT = path.resolve(import.meta.dirname, '..', '..', 'demo-output', 'dashboard-settings.png');

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ executablePath: findChromium(), headless: true });
});

afterAll(async () => {
  await browser?.close();
});

describe('dashboard settings in Chromium', () => {
  it('draws the coverage gap, refuses a bad value, stores a good one, and passes axe', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html#settings'));
    await page.waitForSelector('table.coverage-grid td');
    expect(await page.locator('table.coverage-grid td').count()).toBe(7 * 24);
    // Team holidays can only add gaps, so 07:00 and 08:00 are open on every day of any week.
    const openAtSevenAndEight = await page.$$eval('table.coverage-grid td[data-hour="7"], table.coverage-grid td[data-hour="8"]', (cells) =>
      cells.map((cell) => cell.getAttribute('data-state')),
    );
    expect(openAtSevenAndEight).toHaveLength(14);
    expect(openAtSevenAndEight.every((state) => state !== 'covered')).toBe(true);

    const watch = page.getByRole('region', { name: 'Night watch' });
    await watch.getByLabel('Reload every (minutes)').fill('1');
    await watch.getByRole('button', { name: 'Save' }).click();
    await watch.getByText('Enter a whole number from 2 to 1440.').waitFor();
    expect(await storedSetting(page, 'nightWatch')).toBeNull();
    await watch.getByLabel('Reload every (minutes)').fill('10');
    await watch.getByRole('button', { name: 'Save' }).click();
    await watch.getByText('Saved.').waitFor();
    expect(await storedSetting(page, 'nightWatch')).toEqual({ enabled: false, intervalMinutes: 10 });

    expect(await seriousViolations(page, '.settings')).toEqual([]);
    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.getByRole('region', { name: 'Shifts' }).screenshot({ path: SCREENSHOT });
    await page.close();
  });

  it('writes the auto-reply text and warns about Amazon', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('dashboard.html#autoreply'));
    const text = page.getByLabel('Auto-reply text (English)');
    await text.waitFor();
    expect(await text.inputValue()).toMatch(/^Thank you for your message\.\n\nOur customer service team answers messages at these times \(your local time, Pacific Time\):\nEvery day: 5:00\sPM–3:00\sPM the next day/);
    await page.getByLabel('Amazon').check();
    await page.getByText('Amazon does not count automatic replies as responses', { exact: false }).waitFor();
    expect(await seriousViolations(page, '.autoreply')).toEqual([]);
    await page.close();
  });
});
