// What the per-platform sidebar insertion tests share: finding the sidebar's frame in a seller page, storing
// the team's names the way the dashboard's settings do (straight into the extension's IndexedDB, from the
// background's worker), and reading a popup row's buyer as the agent sees it.
import type { Frame, Page } from 'playwright-core';
import { waitFor, type ExtensionBrowser } from '../../scripts/extension-browser';
import { storeSetting } from './extension-db';

/** The sidebar's frame in `page` (inside a closed shadow root: found as a frame, not by selector). */
export async function sidebarFrame(browser: ExtensionBrowser, page: Page): Promise<Frame> {
  const prefix = browser.extensionUrl('sidebar.html');
  return waitFor(
    async () => page.frames().find((frame) => frame.url().startsWith(prefix)) ?? null,
    (frame) => frame !== null,
  ) as Promise<Frame>;
}

/**
 * Stores the team profile setting ({ key: 'team', value }) as lib/settings/team-settings.ts saveSetting does,
 * once the background has created the database.
 */
export async function storeTeamProfile(browser: ExtensionBrowser, team: { agentName: string; shopName: string; teamZone: string }): Promise<void> {
  await storeSetting(browser.worker, 'team', team);
}

/** Whether anything in this page or frame ran the buyer name's onerror. */
export function pwned(target: Page | Frame): Promise<unknown> {
  return target.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

/** The popup's rows' buyers, and whether any row holds an element where text belongs, once `buyer` is listed. */
export async function popupBuyer(browser: ExtensionBrowser, popup: Page, buyer: string): Promise<{ text: string; elements: number }> {
  await popup.goto(browser.extensionUrl('popup.html'));
  return waitFor(
    async () => {
      await popup.waitForSelector('.popup__list, .popup__empty');
      const rows = await popup.$$eval('.conversation__buyer', (cells) => cells.map((cell) => ({ text: cell.textContent ?? '', elements: cell.querySelectorAll('img').length })));
      const row = rows.find((r) => r.text === buyer);
      if (!row) await popup.reload();
      return row ?? { text: '', elements: 0 };
    },
    (row) => row.text === buyer,
  );
}
