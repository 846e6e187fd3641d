// The team's settings as typed sections stored in the Dexie `settings` table: who the team is, its shifts
// and days off, when the browser may speak up, night watch and data retention. Each section has defaults
// and a parser that validates a stored or edited value whole (a bad value throws a message naming the field;
// nothing is written). The reply-clock policies keep their own key and parser (lib/tracker/reply-clock.ts).
import type { ReplyclockDb } from '../db';
import { CATEGORIES, type Category } from '../model';
import { DEFAULT_SHIFTS, DEFAULT_TEAM_ZONE, isValidZone, parseShifts, type Shift } from '../shifts/schedule';

export interface TeamProfile {
  /** Fills {{agentName}} in templates. */
  agentName: string;
  /** Fills {{shopName}} in templates. */
  shopName: string;
  /** IANA zone the team works in: shifts, heatmaps and the coverage chart are drawn in it. */
  teamZone: string;
}

export interface TeamHolidaySettings {
  /** ISO 3166 country whose public holidays are team days off ('' for none). China's by default. */
  country: string;
  /** Extra team days off, ISO dates 'YYYY-MM-DD' in the team's zone (make-up days, company outings). */
  customDaysOff: string[];
}

/** 'always': notify at any hour. 'quiet-hours': hold non-urgent notifications between start and end.
 *  'on-duty-only': notify only while a shift is on duty. */
export type NotifyMode = 'always' | 'quiet-hours' | 'on-duty-only';

export interface AlertThreshold {
  /** How many conversations must be waiting... */
  count: number;
  /** ...for longer than this. */
  waitedHours: number;
}

export interface NotificationSettings {
  urgent: boolean;
  /** Notify this long before the team target (0: off). */
  dueSoonTeamMinutes: number;
  /** Notify this long before the platform deadline (0: off). */
  dueSoonPlatformMinutes: number;
  /** Level 1: this many conversations unanswered for longer than waitedHours. */
  level1: AlertThreshold;
  /** Level 2: this many conversations in `level2Categories` unresolved for longer than waitedHours. */
  level2: AlertThreshold;
  level2Categories: Category[];
  mode: NotifyMode;
  /** 'HH:mm' in the team zone; used when mode is 'quiet-hours'. */
  quietStart: string;
  quietEnd: string;
}

export interface NightWatchSettings {
  enabled: boolean;
  /** Minutes between reloads of a watched inbox tab; never under NIGHT_WATCH_MIN_MINUTES. */
  intervalMinutes: number;
}

export interface RetentionSettings {
  /** Resolved (and no-response-needed) conversations older than this many days are purged. */
  resolvedDays: number;
}

export interface TeamSettings {
  team: TeamProfile;
  shifts: Shift[];
  teamHolidays: TeamHolidaySettings;
  notifications: NotificationSettings;
  nightWatch: NightWatchSettings;
  retention: RetentionSettings;
}

export type SettingsSection = keyof TeamSettings;

export const NIGHT_WATCH_MIN_MINUTES = 2;

export const DEFAULT_SETTINGS: TeamSettings = {
  team: { agentName: '', shopName: '', teamZone: DEFAULT_TEAM_ZONE },
  shifts: DEFAULT_SHIFTS,
  teamHolidays: { country: 'CN', customDaysOff: [] },
  notifications: {
    urgent: true,
    dueSoonTeamMinutes: 30,
    dueSoonPlatformMinutes: 120,
    level1: { count: 10, waitedHours: 2 },
    level2: { count: 5, waitedHours: 4 },
    level2Categories: ['order', 'return', 'dispute'],
    mode: 'always',
    quietStart: '23:00',
    quietEnd: '07:00',
  },
  nightWatch: { enabled: false, intervalMinutes: 5 },
  retention: { resolvedDays: 180 },
};

/** The Dexie settings key of each section. */
export const SETTINGS_KEYS: Record<SettingsSection, string> = {
  team: 'team',
  shifts: 'shifts',
  teamHolidays: 'teamHolidays',
  notifications: 'notifications',
  nightWatch: 'nightWatch',
  retention: 'retention',
};

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^([A-Z]{2})?$/;

function object(value: unknown, label: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${label} must be an object.`);
  return value as Record<string, unknown>;
}

function text(value: unknown, label: string, max = 200): string {
  if (typeof value !== 'string') throw new Error(`${label} must be text.`);
  if (value.length > max) throw new Error(`${label} is longer than ${max} characters.`);
  return value;
}

function whole(value: unknown, label: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${label} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

function amount(value: unknown, label: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new Error(`${label} must be a number from ${min} to ${max}.`);
  }
  return value;
}

function wallTime(value: unknown, label: string): string {
  if (typeof value !== 'string' || !WALL_TIME.test(value)) throw new Error(`${label} must be a time 'HH:mm'.`);
  return value;
}

function threshold(value: unknown, label: string): AlertThreshold {
  const raw = object(value, label);
  return { count: whole(raw.count, `${label}.count`, 1, 10_000), waitedHours: amount(raw.waitedHours, `${label}.waitedHours`, 0.25, 24 * 30) };
}

export const SETTINGS_PARSERS: { [K in SettingsSection]: (value: unknown) => TeamSettings[K] } = {
  team(value) {
    const raw = object(value, 'team');
    const teamZone = text(raw.teamZone, 'team.teamZone', 64);
    if (!isValidZone(teamZone)) throw new Error(`team.teamZone: "${teamZone}" is not a time zone.`);
    return { agentName: text(raw.agentName, 'team.agentName', 80).trim(), shopName: text(raw.shopName, 'team.shopName', 120).trim(), teamZone };
  },
  shifts: parseShifts,
  teamHolidays(value) {
    const raw = object(value, 'teamHolidays');
    const country = text(raw.country, 'teamHolidays.country', 2).toUpperCase();
    if (!COUNTRY.test(country)) throw new Error('teamHolidays.country must be a two-letter country code or empty.');
    if (!Array.isArray(raw.customDaysOff)) throw new Error('teamHolidays.customDaysOff must be a list of dates.');
    if (raw.customDaysOff.length > 366) throw new Error('teamHolidays.customDaysOff has more than 366 dates.');
    const days = raw.customDaysOff.map((day, index) => {
      if (typeof day !== 'string' || !ISO_DATE.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
        throw new Error(`teamHolidays.customDaysOff[${index}] must be a date 'YYYY-MM-DD'.`);
      }
      return day;
    });
    return { country, customDaysOff: [...new Set(days)].sort() };
  },
  notifications(value) {
    const raw = object(value, 'notifications');
    if (typeof raw.urgent !== 'boolean') throw new Error('notifications.urgent must be true or false.');
    const mode = raw.mode;
    if (mode !== 'always' && mode !== 'quiet-hours' && mode !== 'on-duty-only') {
      throw new Error("notifications.mode must be 'always', 'quiet-hours' or 'on-duty-only'.");
    }
    if (!Array.isArray(raw.level2Categories) || raw.level2Categories.some((c) => !CATEGORIES.includes(c as Category))) {
      throw new Error(`notifications.level2Categories must be a list of categories (${CATEGORIES.join(', ')}).`);
    }
    return {
      urgent: raw.urgent,
      dueSoonTeamMinutes: whole(raw.dueSoonTeamMinutes, 'notifications.dueSoonTeamMinutes', 0, 24 * 60),
      dueSoonPlatformMinutes: whole(raw.dueSoonPlatformMinutes, 'notifications.dueSoonPlatformMinutes', 0, 72 * 60),
      level1: threshold(raw.level1, 'notifications.level1'),
      level2: threshold(raw.level2, 'notifications.level2'),
      level2Categories: [...new Set(raw.level2Categories as Category[])],
      mode,
      quietStart: wallTime(raw.quietStart, 'notifications.quietStart'),
      quietEnd: wallTime(raw.quietEnd, 'notifications.quietEnd'),
    };
  },
  nightWatch(value) {
    const raw = object(value, 'nightWatch');
    if (typeof raw.enabled !== 'boolean') throw new Error('nightWatch.enabled must be true or false.');
    return { enabled: raw.enabled, intervalMinutes: whole(raw.intervalMinutes, 'nightWatch.intervalMinutes', NIGHT_WATCH_MIN_MINUTES, 24 * 60) };
  },
  retention(value) {
    const raw = object(value, 'retention');
    return { resolvedDays: whole(raw.resolvedDays, 'retention.resolvedDays', 1, 3650) };
  },
};

/** One section as stored, or its defaults when nothing (or something unreadable) is stored. */
export async function loadSetting<K extends SettingsSection>(db: ReplyclockDb, section: K): Promise<TeamSettings[K]> {
  const stored = await db.settings.get(SETTINGS_KEYS[section]);
  if (!stored) return DEFAULT_SETTINGS[section];
  try {
    return SETTINGS_PARSERS[section](stored.value);
  } catch (error) {
    console.warn(`[Replyclock] stored ${section} settings are unreadable; using the defaults:`, error);
    return DEFAULT_SETTINGS[section];
  }
}

/** Every section at once (one read of the settings table). */
export async function loadSettings(db: ReplyclockDb): Promise<TeamSettings> {
  const entries = await Promise.all(
    (Object.keys(SETTINGS_KEYS) as SettingsSection[]).map(async (section) => [section, await loadSetting(db, section)] as const),
  );
  return Object.fromEntries(entries) as unknown as TeamSettings;
}

/** Validates the value whole and stores it; a bad value throws (its message names the field) and nothing changes. */
export async function saveSetting<K extends SettingsSection>(db: ReplyclockDb, section: K, value: unknown): Promise<TeamSettings[K]> {
  const parsed = SETTINGS_PARSERS[section](value);
  await db.settings.put({ key: SETTINGS_KEYS[section], value: parsed });
  return parsed;
}

/** Back to the defaults: the stored value is removed, so later default changes apply too. */
export async function resetSetting(db: ReplyclockDb, section: SettingsSection): Promise<void> {
  await db.settings.delete(SETTINGS_KEYS[section]);
}
