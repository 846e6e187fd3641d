// Checks of the settings forms' text fields, with the message shown next to the field (in the agent's
// language). The lib parsers validate again on save; these catch a bad value before anything is stored.
import { t } from '../../i18n';

export type Checked<T> = { value: T; error?: undefined } | { value?: undefined; error: string };

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A whole number from min to max ("2", not "2.5" or "two"). */
export function checkWhole(text: string, min: number, max: number): Checked<number> {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(value) || value < min || value > max) {
    return { error: t('settingsErrorWhole', min, max) };
  }
  return { value };
}

/** A number of hours above 0 and at most max (half hours allowed). */
export function checkHours(text: string, max: number): Checked<number> {
  const value = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value > max) return { error: t('settingsErrorHours', max) };
  return { value };
}

/** A 24-hour wall time 'HH:mm'. */
export function checkTime(text: string): Checked<string> {
  const trimmed = text.trim();
  return WALL_TIME.test(trimmed) ? { value: trimmed } : { error: t('settingsErrorTime') };
}

/** A calendar date 'YYYY-MM-DD' that exists (no 30 February). */
export function checkDate(text: string): Checked<string> {
  const trimmed = text.trim();
  const date = new Date(`${trimmed}T00:00:00Z`);
  if (!ISO_DATE.test(trimmed) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== trimmed) {
    return { error: t('settingsErrorDate') };
  }
  return { value: trimmed };
}

/** Field id -> message, for the fields that failed. */
export type FieldErrors = Record<string, string>;
