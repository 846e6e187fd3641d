// A list of dates off: a date field with Add, and each date with its Remove button. Used for the team's own
// days off and for each marketplace country's extra days off in the reply-clock policies.
import { useState } from 'react';
import { t } from '../../i18n';
import { FieldError } from './Field';
import { checkDate } from './field-checks';

interface DaysOffEditorProps {
  idPrefix: string;
  label: string;
  days: string[];
  onChange: (days: string[]) => void;
}

export function DaysOffEditor({ idPrefix, label, days, onChange }: DaysOffEditorProps) {
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | undefined>();

  function add() {
    const checked = checkDate(date);
    setError(checked.error);
    if (checked.value === undefined) return;
    onChange([...new Set([...days, checked.value])].sort());
    setDate('');
  }

  return (
    <fieldset className="settings-fieldset">
      <legend>{label}</legend>
      <div className="settings-actions">
        <input
          id={`${idPrefix}-new`}
          type="date"
          aria-label={t('settingsDayOffNew')}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${idPrefix}-error` : undefined}
        />
        <button type="button" className="button" onClick={add}>
          {t('settingsDayOffAdd')}
        </button>
      </div>
      <FieldError id={`${idPrefix}-error`} error={error} />
      {days.length === 0 ? (
        <p className="field__hint">{t('settingsDaysOffNone')}</p>
      ) : (
        <ul className="settings-days-off">
          {days.map((day) => (
            <li key={day}>
              <span>{day}</span>
              <button type="button" className="button button--danger" onClick={() => onChange(days.filter((d) => d !== day))}>
                {t('settingsRemove')}
                <span className="visually-hidden"> {day}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
