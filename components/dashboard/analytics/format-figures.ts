// How analytics figures read on screen: durations as "1h 45m", shares as localised percentages, weekday names
// in the extension's language, dates and hours on the team's clocks. Missing figures show as a dash.
import { t, uiLanguage } from '../../i18n';

export const NO_FIGURE = '—';

export function formatDuration(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return NO_FIGURE;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('analyticsDurationM', minutes);
  if (minutes < 48 * 60) return t('analyticsDurationHm', Math.floor(minutes / 60), minutes % 60);
  const hours = Math.round(minutes / 60);
  return t('analyticsDurationDh', Math.floor(hours / 24), hours % 24);
}

export function formatShare(share: number | null, digits = 1): string {
  if (share === null || !Number.isFinite(share)) return NO_FIGURE;
  return new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function formatNumber(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return NO_FIGURE;
  return new Intl.NumberFormat(uiLanguage(), { maximumFractionDigits: digits }).format(value);
}

/** Monday … Sunday, short, in the UI language (index 0 = Monday). */
export function weekdayNames(): string[] {
  const format = new Intl.DateTimeFormat(uiLanguage(), { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, day) => format.format(Date.UTC(2024, 0, 1 + day))); // 1 Jan 2024 was a Monday
}

/** 'YYYY-MM-DD' of `at` on the team's clocks, for date inputs. */
export function isoDateInZone(at: number, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function formatDateTime(at: number, zone: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { timeZone: zone, weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}

export function formatDate(at: number, zone: string): string {
  return new Intl.DateTimeFormat(uiLanguage(), { timeZone: zone, year: 'numeric', month: 'short', day: 'numeric' }).format(at);
}

export function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
