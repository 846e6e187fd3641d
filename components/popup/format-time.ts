// How the popup writes a span of time ("3h 12m") and a clock time ("02:00", or "Tue 09:00" beyond a day) in the
// agent's language and zone, for the shift lines. Countdowns to deadlines have their own component (Countdown).
import { countdown, type CountdownUnits } from '../../lib/time/countdown';
import type { ClockDisplay } from '../DeadlineDetails';
import { t, type MessageKey } from '../i18n';

const UNIT_MESSAGES: Record<CountdownUnits, MessageKey> = {
  'days-hours': 'durationDaysHours',
  'hours-minutes': 'durationHoursMinutes',
  'minutes-seconds': 'durationMinutesSeconds',
};

/** A span of `ms` (>= 0) in the two largest units worth showing. */
export function formatSpan(ms: number): string {
  const { units, values } = countdown(Math.max(0, ms), 0);
  const [first, second] = values;
  return t(UNIT_MESSAGES[units], first, units === 'minutes-seconds' ? String(second).padStart(2, '0') : second);
}

/** A moment as a wall-clock time; with the weekday when it is more than 20 hours from now (not "today's" 09:00). */
export function formatClock(at: number, now: number, { locale, timeZone }: ClockDisplay): string {
  const withDay = Math.abs(at - now) > 20 * 60 * 60 * 1000;
  return new Intl.DateTimeFormat(locale, {
    ...(withDay ? { weekday: 'short' as const } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(at);
}
