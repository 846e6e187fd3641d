// The background's work, wired: answer ingest messages, keep the badge true after every ingest and on a
// one-minute alarm (recomputing due times when the rules changed), and rebuild it whenever the worker
// starts. No state lives only in memory: MV3 stops the worker at will; everything is read back from Dexie.
import { browser, type Browser } from 'wxt/browser';
import { openDatabase, type ReplyclockDb } from '../db';
import { handleMessages } from '../messaging';
import { refreshBadge } from './badge';
import { ingest, ingestThread } from './ingest';
import { recomputeIfRulesChanged } from './reply-clock';

export const BADGE_ALARM = 'replyclock:badge';

export interface TrackerOptions {
  db?: ReplyclockDb;
  now?: () => number;
}

export function startTracker({ db = openDatabase(), now = Date.now }: TrackerOptions = {}): { db: ReplyclockDb } {
  // Listeners first and synchronously: an event that woke the worker is delivered only to listeners
  // registered in its first turn.
  handleMessages({
    ingest: async (data, sender) => {
      assertOwnContentScript(sender);
      const result = await ingest(db, data, now());
      await refreshBadge(db, now());
      return result;
    },
    ingestThread: async (data, sender) => {
      assertOwnContentScript(sender);
      const result = await ingestThread(db, data, now());
      await refreshBadge(db, now());
      return result;
    },
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void tick(db, now()).catch(reportError);
  });
  void ensureBadgeAlarm().catch(reportError);
  void tick(db, now()).catch(reportError);
  return { db };
}

/** Every minute and at every start: due times follow changed rules, then the badge follows the clock. */
async function tick(db: ReplyclockDb, now: number): Promise<void> {
  await recomputeIfRulesChanged(db);
  await refreshBadge(db, now);
}

async function ensureBadgeAlarm(): Promise<void> {
  // Re-creating an existing alarm would restart its period on every wake; create it only when missing.
  if (!(await browser.alarms.get(BADGE_ALARM))) await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
}

function assertOwnContentScript(sender: Browser.runtime.MessageSender): void {
  if (sender.id !== undefined && sender.id !== browser.runtime.id) throw new Error('ingest: not from Replyclock');
}

function reportError(error: unknown): void {
  console.error('[Replyclock]', error);
}
