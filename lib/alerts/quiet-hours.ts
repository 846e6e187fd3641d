// When the browser may speak up: the notification mode ('always', 'quiet-hours' in the team's zone, or
// 'on-duty-only' by the shift schedule and team days off) decides whether routine notifications are held now.
// Pure: settings and `now` in, a decision out.
import { DateTime } from 'luxon';
import type { NotificationSettings } from '../settings/team-settings';
import { onDuty, wallMinutes, type IsDayOff, type Shift } from '../shifts/schedule';

/**
 * urgent: a buyer's urgent message. due-soon: a reply clock about to run out. alert: a level 1 / level 2
 * escalation. Urgent messages are never held by quiet hours or off-duty time (a wrong address must reach
 * whoever is at the machine), only switched off by notifications.urgent; the others are held, not dropped:
 * what is still true when the quiet time ends is announced then.
 */
export type NoticeKind = 'urgent' | 'due-soon' | 'alert';

export interface NotifyContext {
  notifications: Pick<NotificationSettings, 'urgent' | 'mode' | 'quietStart' | 'quietEnd'>;
  /** IANA zone quiet hours are read in (settings.team.teamZone). */
  teamZone: string;
  shifts: readonly Shift[];
  /** Team days off for 'on-duty-only' (lib/shifts/team-days-off.ts teamDayOffPredicate). */
  isDayOff?: IsDayOff;
}

/**
 * Whether `now` falls in the daily window [start, end) read on the clocks of `zone`. A window whose end is
 * earlier than its start crosses midnight (23:00–07:00); start == end is an empty window (no quiet hours).
 */
export function inDailyWindow(start: string, end: string, zone: string, now: number): boolean {
  const local = DateTime.fromMillis(now, { zone });
  const minute = local.hour * 60 + local.minute;
  const from = wallMinutes(start);
  const to = wallMinutes(end);
  if (from === to) return false;
  return from < to ? minute >= from && minute < to : minute >= from || minute < to;
}

/** Routine notifications (due soon, alerts) are held now: inside quiet hours, or off duty in 'on-duty-only'. */
export function holdsRoutine(context: NotifyContext, now: number): boolean {
  const { notifications } = context;
  switch (notifications.mode) {
    case 'always':
      return false;
    case 'quiet-hours':
      return inDailyWindow(notifications.quietStart, notifications.quietEnd, context.teamZone, now);
    case 'on-duty-only':
      return onDuty(context.shifts, now, context.isDayOff).length === 0;
  }
}

/** Whether a notification of this kind may be shown now. */
export function mayNotify(kind: NoticeKind, context: NotifyContext, now: number): boolean {
  if (kind === 'urgent') return context.notifications.urgent;
  return !holdsRoutine(context, now);
}
