// Escalation alerts, decided without a browser. Level 1: at least level1.count conversations unanswered for
// over level1.waitedHours; level 2: at least level2.count conversations of the level-2 categories unresolved
// for over level2.waitedHours. An alert is raised once when its count crosses its threshold, cleared when
// the count falls back below, and raised again at the next crossing; the state is stored, so a restarted
// worker neither repeats an alert nor misses a clearing.
import type { Conversation } from '../model';
import type { NotificationSettings } from '../settings/team-settings';

export type AlertLevel = 1 | 2;
export const ALERT_LEVELS: readonly AlertLevel[] = [1, 2];

export interface EscalationCounts {
  level1: number;
  level2: number;
}

/** Per level: when the alert standing now was raised, or null when none stands. */
export type EscalationState = Record<`level${AlertLevel}`, number | null>;

export const NO_ALERTS: EscalationState = { level1: null, level2: null };

export type EscalationThresholds = Pick<NotificationSettings, 'level1' | 'level2' | 'level2Categories'>;

export interface EscalationStep {
  state: EscalationState;
  /** Levels whose count just crossed up to the threshold: announce these. */
  raise: AlertLevel[];
  /** Levels whose standing alert fell back below: take their notifications down. */
  clear: AlertLevel[];
}

const HOUR = 3600_000;

export type EscalationConversation = Pick<Conversation, 'status' | 'category' | 'awaitingSince' | 'firstSeenAt' | 'lastBuyerAt'>;

/**
 * An answered case nobody marked resolved stops counting once its buyer has been silent this long: otherwise
 * every answered return piles up for good and level 2, raised once, could never clear and be raised again.
 * Three days is past every level-2 category's default resolution target (4–24 h).
 */
export const LIVE_CASE_HOURS = 72;

/**
 * Level 1 counts conversations awaiting a reply since at least waitedHours ago. Level 2 counts those of the
 * level-2 categories not yet closed (anything but resolved and no-response-needed: an answered return is still
 * open until it is resolved), waiting since awaitingSince, or since the conversation was first seen when it
 * is not awaiting a reply (awaitingSince is null then) — an answered one only while its buyer last wrote
 * within LIVE_CASE_HOURS.
 */
export function escalationCounts(conversations: readonly EscalationConversation[], thresholds: EscalationThresholds, now: number): EscalationCounts {
  const level1Since = now - thresholds.level1.waitedHours * HOUR;
  const level2Since = now - thresholds.level2.waitedHours * HOUR;
  const liveSince = now - LIVE_CASE_HOURS * HOUR;
  const level2Categories = new Set(thresholds.level2Categories);
  let level1 = 0;
  let level2 = 0;
  for (const conversation of conversations) {
    if (conversation.status === 'awaiting' && conversation.awaitingSince !== null && conversation.awaitingSince <= level1Since) level1 += 1;
    if (!isOpen(conversation) || !level2Categories.has(conversation.category)) continue;
    if (conversation.status !== 'awaiting' && (conversation.lastBuyerAt ?? conversation.firstSeenAt) < liveSince) continue;
    if ((conversation.awaitingSince ?? conversation.firstSeenAt) <= level2Since) level2 += 1;
  }
  return { level1, level2 };
}

/** Not closed: the level-2 count's notion of "unresolved". */
export function isOpen(conversation: Pick<Conversation, 'status'>): boolean {
  return conversation.status !== 'resolved' && conversation.status !== 'no-response-needed';
}

/**
 * One step of the alert states at `now`. A level at or above its threshold with no standing alert is raised;
 * a standing alert whose count fell below is cleared. `hold` (quiet hours, off duty) raises nothing and
 * leaves such a level unraised, so a count still at the threshold when the quiet time ends raises it then;
 * clearing is never held.
 */
export function stepEscalation(
  previous: EscalationState,
  counts: EscalationCounts,
  thresholds: EscalationThresholds,
  now: number,
  hold = false,
): EscalationStep {
  const state: EscalationState = { ...previous };
  const raise: AlertLevel[] = [];
  const clear: AlertLevel[] = [];
  for (const level of ALERT_LEVELS) {
    const key = `level${level}` as const;
    const reached = counts[key] >= thresholds[key].count;
    if (reached && previous[key] === null && !hold) {
      state[key] = now;
      raise.push(level);
    } else if (!reached && previous[key] !== null) {
      state[key] = null;
      clear.push(level);
    }
  }
  return { state, raise, clear };
}

/** A stored state, or no standing alerts when it is unreadable. */
export function parseEscalationState(value: unknown): EscalationState {
  if (typeof value !== 'object' || value === null) return NO_ALERTS;
  const raw = value as Record<string, unknown>;
  const at = (field: unknown) => (typeof field === 'number' && Number.isFinite(field) ? field : null);
  return { level1: at(raw.level1), level2: at(raw.level2) };
}
