// Which tab shows which conversation, so a click in the popup, the dashboard or a notification focuses the
// tab the agent already has open instead of opening a duplicate. Kept in storage.session (survives the MV3
// worker being stopped, gone with the browser session); learnt from each thread a content script reports.
import { browser } from 'wxt/browser';
import type { ReplyclockDb } from '../db';
import { adapterFor, isSellerPageUrl } from '../platforms/registry';

const SESSION_KEY = 'replyclock:conversationTabs';

/** conversation id → the tab that last reported that thread, and the page URL it reported it from. */
type TabMap = Record<string, { tabId: number; url: string }>;

// storage.session exists in Chromium 102+ and Firefox 115+; local storage is the fallback (and the fake browser's).
function sessionArea() {
  return browser.storage.session ?? browser.storage.local;
}

async function readMap(): Promise<TabMap> {
  const stored = await sessionArea().get(SESSION_KEY);
  return (stored[SESSION_KEY] as TabMap | undefined) ?? {};
}

/** A tab reported that it shows this conversation's thread; whatever it showed before is forgotten. */
export async function rememberConversationTab(conversationId: string, tabId: number, url: string): Promise<void> {
  const map = await readMap();
  for (const [id, entry] of Object.entries(map)) if (entry.tabId === tabId) delete map[id];
  map[conversationId] = { tabId, url };
  await sessionArea().set({ [SESSION_KEY]: map });
}

/**
 * A tab reported a list page: if that page shows no thread beside the list (a pure inbox), the tab no longer
 * shows the conversation it reported before, so a click must not focus it for that one.
 */
export async function noteListPage(tabId: number, pageUrl: string): Promise<void> {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return;
  }
  const adapter = adapterFor(url);
  if (adapter && !adapter.isThread(url)) await forgetTab(tabId);
}

export async function forgetTab(tabId: number): Promise<void> {
  const map = await readMap();
  const kept = Object.fromEntries(Object.entries(map).filter(([, entry]) => entry.tabId !== tabId));
  if (Object.keys(kept).length !== Object.keys(map).length) await sessionArea().set({ [SESSION_KEY]: kept });
}

export type OpenOutcome = 'focused' | 'opened' | 'unknown';

/**
 * Focuses the tab showing the conversation (bringing its window forward), or opens its page in a new tab.
 * Only ever a seller page we know: a stored URL that is not one is never opened.
 */
export async function openConversation(db: ReplyclockDb, id: string): Promise<OpenOutcome> {
  const conversation = await db.conversations.get(id);
  const known = (await readMap())[id];
  if (known) {
    const tab = await browser.tabs.get(known.tabId).catch(() => undefined);
    if (tab?.id !== undefined) {
      await browser.tabs.update(tab.id, { active: true });
      if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
      return 'focused';
    }
    await forgetTab(known.tabId);
  }
  if (!conversation || !isSellerPageUrl(conversation.url)) return 'unknown';
  await browser.tabs.create({ url: conversation.url });
  return 'opened';
}

/** Tabs that close take their entries with them. Registered in the worker's first turn. */
export function forgetClosedTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch((error: unknown) => console.error('[Replyclock]', error)));
}
