// A due time shown as a live, localised countdown: "due in 3h 12m" / "overdue 1d 2h", marked when approximate.
import { DUE_SOON_MS } from '../lib/sla/overdue';
import { countdown, type CountdownUnits } from '../lib/time/countdown';
import { t, type MessageKey } from './i18n';

const UNIT_MESSAGES: Record<CountdownUnits, MessageKey> = {
  'days-hours': 'durationDaysHours',
  'hours-minutes': 'durationHoursMinutes',
  'minutes-seconds': 'durationMinutesSeconds',
};

export function Countdown({ dueAt, now, approximate }: { dueAt: number; now: number; approximate: boolean }) {
  const { overdue, units, values } = countdown(dueAt, now);
  const [first, second] = values;
  const time = t(UNIT_MESSAGES[units], first, units === 'minutes-seconds' ? String(second).padStart(2, '0') : second);
  const state = overdue ? 'overdue' : dueAt - now <= DUE_SOON_MS ? 'soon' : 'later';
  return (
    <span className={`countdown countdown--${state}`} data-state={state} title={approximate ? t('approximateDue') : undefined}>
      {approximate ? '≈ ' : ''}
      {overdue ? t('overdueBy', time) : t('dueIn', time)}
    </span>
  );
}
