// Chooses the period the analytics look at: the last 7, 30 or 90 days, or two dates on the team's clocks.
import { useState } from 'react';
import { datePeriod, lastDays, type Period } from '../../../lib/analytics/period';
import { t } from '../../i18n';
import { isoDateInZone } from './format-figures';

export type PeriodChoice = { kind: 'last'; days: number } | { kind: 'dates'; first: string; last: string };

export const PRESET_DAYS = [7, 30, 90] as const;

export function periodOf(choice: PeriodChoice, now: number, zone: string): Period {
  return choice.kind === 'last' ? lastDays(choice.days, now) : datePeriod(choice.first, choice.last, zone);
}

export function PeriodPicker({ choice, onChange, now, zone }: { choice: PeriodChoice; onChange: (choice: PeriodChoice) => void; now: number; zone: string }) {
  const [first, setFirst] = useState(choice.kind === 'dates' ? choice.first : isoDateInZone(now - 29 * 86_400_000, zone));
  const [last, setLast] = useState(choice.kind === 'dates' ? choice.last : isoDateInZone(now, zone));
  const [error, setError] = useState<string | null>(null);
  const apply = (event: React.FormEvent) => {
    event.preventDefault();
    try {
      datePeriod(first, last, zone);
      setError(null);
      onChange({ kind: 'dates', first, last });
    } catch {
      setError(t('analyticsPeriodInvalid'));
    }
  };
  return (
    <form className="period-picker" onSubmit={apply} aria-label={t('analyticsPeriod')}>
      <fieldset className="period-picker__presets">
        <legend>{t('analyticsPeriod')}</legend>
        {PRESET_DAYS.map((days) => (
          <button
            key={days}
            type="button"
            className="button"
            aria-pressed={choice.kind === 'last' && choice.days === days}
            onClick={() => onChange({ kind: 'last', days })}
          >
            {t('analyticsLastDays', days)}
          </button>
        ))}
      </fieldset>
      <div className="period-picker__dates">
        <label className="field">
          <span className="field__label">{t('analyticsFrom')}</span>
          <input type="date" value={first} onChange={(e) => setFirst(e.target.value)} />
        </label>
        <label className="field">
          <span className="field__label">{t('analyticsTo')}</span>
          <input type="date" value={last} onChange={(e) => setLast(e.target.value)} />
        </label>
        <button type="submit" className="button" aria-pressed={choice.kind === 'dates'}>
          {t('analyticsApplyDates')}
        </button>
      </div>
      {error && (
        <p className="message--error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
