// The background's "on duty" notifications, run after every ingest and on the one-minute tick: urgent messages,
// reply clocks about to run out, and level 1 / level 2 escalation alerts, as the team's notification settings
// allow. The decisions are lib/alerts' pure functions; what was announced is kept in Dexie, so a worker that
// was stopped and started again neither repeats a notification nor forgets one.
import { browser } from 'wxt/browser';
import { dueSoonHorizon, parseAnnounced, planDueSoon, type DueSoonNotice } from '../alerts/due-soon';
import {
  escalationCounts,
  isOpen,
  parseEscalationState,
  stepEscalation,
  type AlertLevel,
  type EscalationCounts,
  type EscalationStep,
} from '../alerts/escalation';
import { holdsRoutine, mayNotify, type NotifyContext } from '../alerts/quiet-hours';
import type { ReplyclockDb } from '../db';
import type { Conversation } from '../model';
import { loadSettings, type NotificationSettings, type TeamSettings } from '../settings/team-settings';
import { teamDayOffPredicate } from '../shifts/team-days-off';
import { buyerLabel, notificationIcon, notifyUrgent, whereLabel } from './urgent-notifications';

export const DUE_SOON_PREFIXES = ['replyclock:due-team:', 'replyclock:due-platform:'] as const;
export const DUE_SOON_SUMMARY = 'replyclock:due-soon';
export const ALERT_PREFIX = 'replyclock:alert:';

/** Dexie settings keys of the announced state (not team settings: nothing here is edited by a person). */
export const DUE_SOON_STATE_KEY = 'onDuty.dueSoonAnnounced';
export const ALERT_STATE_KEY = 'onDuty.alerts';

/** More crossings than this in one run are announced as one summary, not a burst of notifications. */
const MAX_SEPARATE_DUE_SOON = 3;
const MINUTE = 60_000;

/** The settings the notification mode needs; team days off are only looked up when the mode uses them. */
export function notifyContext(settings: TeamSettings, now: number): NotifyContext {
  return {
    notifications: settings.notifications,
    teamZone: settings.team.teamZone,
    shifts: settings.shifts,
    isDayOff:
      settings.notifications.mode === 'on-duty-only' ? teamDayOffPredicate(settings.teamHolidays, settings.team.teamZone, now, 2) : undefined,
  };
}

/** One run: announce `newlyUrgent`, then whatever due-soon crossings and alert changes `now` brings. */
export async function runOnDutyNotifications(db: ReplyclockDb, now: number, newlyUrgent: readonly Conversation[] = []): Promise<void> {
  const settings = await loadSettings(db);
  const context = notifyContext(settings, now);
  if (newlyUrgent.length > 0 && mayNotify('urgent', context, now)) await notifyUrgent(newlyUrgent);
  const hold = holdsRoutine(context, now);
  const { notifications } = settings;
  const leads = { teamMinutes: notifications.dueSoonTeamMinutes, platformMinutes: notifications.dueSoonPlatformMinutes };

  // Read outside the transaction (a write lock over conversations would stall ingests); the announced state
  // is then read and written in one transaction, so two runs at once (an ingest during a tick) never both
  // announce the same crossing.
  const horizon = dueSoonHorizon(leads);
  const soon = horizon > 0 ? await db.conversations.where('dueAt').belowOrEqual(now + horizon).toArray() : [];
  // Level 2 counts answered-but-unresolved conversations, which carry no dueAt: no index selects them.
  const counts = escalationCounts(await db.conversations.filter(isOpen).toArray(), notifications, now);

  const decided = await db.transaction('rw', db.settings, async () => {
    const before = (await db.settings.get(DUE_SOON_STATE_KEY))?.value;
    const plan = planDueSoon(soon, parseAnnounced(before), leads, now, hold);
    if (JSON.stringify(plan.announced) !== JSON.stringify(before ?? [])) await db.settings.put({ key: DUE_SOON_STATE_KEY, value: plan.announced });
    const previous = parseEscalationState((await db.settings.get(ALERT_STATE_KEY))?.value);
    const step = stepEscalation(previous, counts, notifications, now, hold);
    if (step.raise.length > 0 || step.clear.length > 0) await db.settings.put({ key: ALERT_STATE_KEY, value: step.state });
    return { due: plan.announce, step };
  });

  await showDueSoon(decided.due, now);
  await showAlerts(decided.step, counts, notifications);
}

async function showDueSoon(notices: readonly DueSoonNotice[], now: number): Promise<void> {
  if (notices.length > MAX_SEPARATE_DUE_SOON) {
    const names = [...new Set(notices.map((notice) => buyerLabel(notice.conversation)))];
    await browser.notifications.create(DUE_SOON_SUMMARY, {
      type: 'basic',
      iconUrl: notificationIcon(),
      title: browser.i18n.getMessage('ondutyDueSoonSummaryTitle', [String(notices.length)]),
      message: names.slice(0, 6).join(', ') + (names.length > 6 ? ', …' : ''),
      priority: 1,
    });
    return;
  }
  for (const notice of notices) {
    const { conversation } = notice;
    const minutes = String(Math.max(1, Math.ceil((notice.dueAt - now) / MINUTE)));
    const prefix = notice.clock === 'team' ? DUE_SOON_PREFIXES[0] : DUE_SOON_PREFIXES[1];
    await browser.notifications.create(`${prefix}${conversation.id}`, {
      type: 'basic',
      iconUrl: notificationIcon(),
      title: browser.i18n.getMessage(notice.clock === 'team' ? 'ondutyDueTeamTitle' : 'ondutyDuePlatformTitle', [
        minutes,
        buyerLabel(conversation),
        whereLabel(conversation),
      ]),
      message: conversation.subject,
      priority: notice.clock === 'platform' ? 2 : 1,
    });
  }
}

async function showAlerts(step: EscalationStep, counts: EscalationCounts, notifications: NotificationSettings): Promise<void> {
  for (const level of step.clear) await browser.notifications.clear(`${ALERT_PREFIX}${level}`);
  for (const level of step.raise) {
    await browser.notifications.create(`${ALERT_PREFIX}${level}`, {
      type: 'basic',
      iconUrl: notificationIcon(),
      title: alertTitle(level, counts, notifications),
      message: alertMessage(level, notifications),
      priority: 2,
    });
  }
}

function alertTitle(level: AlertLevel, counts: EscalationCounts, notifications: NotificationSettings): string {
  return level === 1
    ? browser.i18n.getMessage('ondutyAlertLevel1Title', [String(counts.level1), String(notifications.level1.waitedHours)])
    : browser.i18n.getMessage('ondutyAlertLevel2Title', [String(counts.level2), String(notifications.level2.waitedHours)]);
}

function alertMessage(level: AlertLevel, notifications: NotificationSettings): string {
  if (level === 1) return browser.i18n.getMessage('ondutyAlertLevel1Message');
  const names = notifications.level2Categories.map((category) => browser.i18n.getMessage(`category_${category}`));
  const categories = new Intl.ListFormat(browser.i18n.getUILanguage() || 'en', { type: 'conjunction' }).format(names);
  return browser.i18n.getMessage('ondutyAlertLevel2Message', [categories]);
}
