// The background's work, wired: answer the content scripts' and extension pages' messages; after every ingest
// and on a one-minute alarm keep the badge true (recomputing due times when the rules changed) and raise what
// is due soon or past an alert threshold; run night watch and the daily retention purge on their own alarms.
// No state lives only in memory: MV3 stops the worker at will; everything is read back from Dexie or storage.
import { browser, type Browser } from 'wxt/browser';
import { openDatabase, type ReplyclockDb } from '../db';
import { handleMessages, type IngestResponse } from '../messaging';
import { conversationId } from '../model';
import { refreshBadge } from './badge';
import { bulkUpdate } from './bulk-update';
import { escalateConversation, getConversation, markConversation, relayInsert, relaySidebarAction } from './conversation-actions';
import { forgetClosedTabs, noteListPage, openConversation, rememberConversationTab } from './conversation-tabs';
import { ingest, ingestThread, type IngestOutcome } from './ingest';
import { browserNightWatchDeps, nightWatchStatus, setNightWatchTab, startNightWatch } from './night-watch';
import { listTemplates, markTemplateUsed, seedTemplatesIfEmpty } from './templates';
import { loadTemplateContext } from '../templates/sidebar-context';
import { recomputeIfRulesChanged, setCategoryByAgent } from './reply-clock';
import { RETENTION_ALARM, purgeWithSettings } from './retention';
import { openOnNotificationClick } from './on-duty-clicks';
import { runOnDutyNotifications } from './on-duty-notifications';

export const BADGE_ALARM = 'replyclock:badge';

export interface TrackerOptions {
  db?: ReplyclockDb;
  now?: () => number;
}

export function startTracker({ db = openDatabase(), now = Date.now }: TrackerOptions = {}): { db: ReplyclockDb } {
  // Every start, not only onInstalled: a worker whose install event was missed (or a cleared library) still
  // gets the default pack; the seeding itself does nothing once any template exists. getTemplates waits for
  // it, so a sidebar opened right after install does not see an empty library.
  let seeded: Promise<unknown> | null = null;
  const seeding = () => (seeded ??= seedTemplatesIfEmpty(db, now()).catch(reportError));
  const nightWatchDeps = browserNightWatchDeps(now);
  // Listeners first and synchronously: an event that woke the worker is delivered only to listeners
  // registered in its first turn.
  handleMessages({
    ingest: async (data, sender) => {
      assertOwnContentScript(sender);
      const outcome = await ingest(db, data, now());
      if (sender.tab?.id !== undefined) await noteListPage(sender.tab.id, data.url);
      return afterIngest(db, outcome, now());
    },
    ingestThread: async (data, sender) => {
      assertOwnContentScript(sender);
      const outcome = await ingestThread(db, data, now());
      const thread = data.result.thread;
      if (thread && sender.tab?.id !== undefined) {
        await rememberConversationTab(conversationId(thread.platform, thread.marketplace, thread.threadId), sender.tab.id, data.url);
      }
      return afterIngest(db, outcome, now());
    },
    setCategory: async (data, sender) => {
      assertOwnExtension(sender);
      const conversation = await setCategoryByAgent(db, data.id, data.category);
      await refreshBadge(db, now());
      return conversation;
    },
    // The sidebar's actions (lib/tracker/conversation-actions.ts): only the extension's own pages may send them.
    markConversation: async (data, sender) => {
      assertOwnExtension(sender, 'markConversation');
      const conversation = await markConversation(db, data?.id, data?.status, now());
      await refreshBadge(db, now());
      return conversation;
    },
    escalate: async (data, sender) => {
      assertOwnExtension(sender, 'escalate');
      return escalateConversation(db, data?.id, data?.note, now());
    },
    insertReply: async (data, sender) => {
      assertOwnExtension(sender, 'insertReply');
      return relayInsert(data, sender);
    },
    sidebarAction: async (data, sender) => {
      assertOwnExtension(sender, 'sidebarAction');
      return relaySidebarAction(data, sender);
    },
    getConversation: async (data, sender) => {
      assertOwnExtension(sender, 'getConversation');
      return getConversation(db, data?.id);
    },
    getTemplates: async (_data, sender) => {
      assertOwnExtension(sender, 'getTemplates');
      await seeding();
      return listTemplates(db);
    },
    templateUsed: async (data, sender) => {
      assertOwnExtension(sender, 'templateUsed');
      return markTemplateUsed(db, data?.id, now());
    },
    hostStrings: async (_data, sender) => {
      assertOwnExtension(sender, 'hostStrings');
      const message = (key: 'sidebarTabLabel' | 'sidebarTabTitle' | 'sidebarFrameTitle') => browser.i18n.getMessage(key) || key;
      return { tabLabel: message('sidebarTabLabel'), tabTitle: message('sidebarTabTitle'), frameTitle: message('sidebarFrameTitle') };
    },
    getSidebarContext: async (_data, sender) => {
      assertOwnExtension(sender, 'getSidebarContext');
      return loadTemplateContext(db, now());
    },
    rulesChanged: async (_data, sender) => {
      assertOwnExtension(sender, 'rulesChanged');
      await tick(db, now());
      return null;
    },
    openConversation: async (data, sender) => {
      assertOwnExtension(sender, 'openConversation');
      if (typeof data?.id !== 'string') throw new Error('openConversation: no conversation id');
      return openConversation(db, data.id);
    },
    // Night watch (lib/tracker/night-watch.ts): the popup's toggle for its active tab.
    nightWatchStatus: async (data, sender) => {
      assertOwnExtension(sender, 'nightWatchStatus');
      return nightWatchStatus(db, data?.tabId, nightWatchDeps);
    },
    setNightWatchTab: async (data, sender) => {
      assertOwnExtension(sender, 'setNightWatchTab');
      return setNightWatchTab(db, data?.tabId, data?.watched, nightWatchDeps);
    },
    // The dashboard inbox's bulk actions (lib/tracker/bulk-update.ts): one transaction, then the badge follows.
    bulkUpdate: async (data, sender) => {
      assertOwnExtension(sender, 'bulkUpdate');
      const outcome = await bulkUpdate(db, data?.ids, data?.action, now());
      await refreshBadge(db, now());
      return outcome;
    },
  });
  forgetClosedTabs();
  startNightWatch(db, nightWatchDeps);
  openOnNotificationClick(db);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void tick(db, now()).catch(reportError);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void purgeWithSettings(db, now()).catch(reportError);
  });
  void ensureBadgeAlarm().catch(reportError);
  void ensureRetentionAlarm().catch(reportError);
  void tick(db, now()).catch(reportError);
  void seeding();
  return { db };
}

/** After every ingest: the badge follows, and what just became urgent is announced. */
async function afterIngest(db: ReplyclockDb, outcome: IngestOutcome, now: number): Promise<IngestResponse> {
  await refreshBadge(db, now);
  // Urgent at once, then due-soon crossings and alerts (lib/tracker/on-duty-notifications.ts); a notification
  // failing must not fail the ingest.
  await runOnDutyNotifications(db, now, outcome.newlyUrgent).catch(reportError);
  return { tracked: outcome.tracked, overdue: outcome.overdue };
}

/** Every minute and at every start: due times follow changed rules, then the badge follows the clock. */
async function tick(db: ReplyclockDb, now: number): Promise<void> {
  await recomputeIfRulesChanged(db);
  await refreshBadge(db, now);
  await runOnDutyNotifications(db, now).catch(reportError); // due-soon crossings and alerts follow the clock too
}

async function ensureBadgeAlarm(): Promise<void> {
  // Re-creating an existing alarm would restart its period on every wake; create it only when missing.
  if (!(await browser.alarms.get(BADGE_ALARM))) await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
}

/** Once a day: closed conversations older than the retention setting are purged (lib/tracker/retention.ts). */
async function ensureRetentionAlarm(): Promise<void> {
  if (!(await browser.alarms.get(RETENTION_ALARM))) await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
}

/** Agents' actions come from the extension's own pages (sidebar, dashboard), never from a content script. */
function assertOwnExtension(sender: Browser.runtime.MessageSender, type = 'setCategory'): void {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) throw new Error(`${type}: not from Replyclock`);
  if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error(`${type}: not from an extension page`);
}

function assertOwnContentScript(sender: Browser.runtime.MessageSender): void {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) throw new Error('ingest: not from Replyclock');
}

function reportError(error: unknown): void {
  console.error('[Replyclock]', error);
}
