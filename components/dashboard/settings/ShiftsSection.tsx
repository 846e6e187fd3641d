// Settings › Shifts: the list of shifts (name, start, end, the weekdays they start on, agents), added and
// removed in place, and the coverage chart under it, which previews the edited shifts as soon as they are valid.
import { Info } from 'luxon';
import { useCallback, useMemo, useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { saveSetting, type TeamHolidaySettings } from '../../../lib/settings/team-settings';
import { EVERY_DAY, parseShifts, type Shift } from '../../../lib/shifts/schedule';
import { teamDayOffPredicate } from '../../../lib/shifts/team-days-off';
import { t, uiLanguage } from '../../i18n';
import { CoverageChart } from './CoverageChart';
import { FieldError } from './Field';
import { checkTime, type FieldErrors } from './field-checks';
import { SaveStatus, reason, type Status } from './SaveStatus';

interface ShiftDraft {
  id: string;
  name: string;
  start: string;
  end: string;
  days: number[];
  agents: string;
  zone: string;
}

function toDraft(shift: Shift): ShiftDraft {
  return { ...shift, days: [...shift.days], agents: shift.agents.join(', ') };
}

/** The shifts the drafts describe, or the message for every field that is wrong (ids like `shift-0-start`). */
function fromDrafts(drafts: readonly ShiftDraft[]): { shifts: Shift[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const shifts = drafts.map((draft, index): Shift => {
    const start = checkTime(draft.start);
    const end = checkTime(draft.end);
    if (draft.name.trim() === '') errors[`shift-${index}-name`] = t('settingsErrorName');
    if (start.error !== undefined) errors[`shift-${index}-start`] = start.error;
    if (end.error !== undefined) errors[`shift-${index}-end`] = end.error;
    if (draft.days.length === 0) errors[`shift-${index}-days`] = t('settingsErrorDays');
    return {
      id: draft.id,
      name: draft.name.trim(),
      start: start.value ?? draft.start,
      end: end.value ?? draft.end,
      days: [...draft.days].sort((a, b) => a - b),
      zone: draft.zone,
      agents: draft.agents
        .split(/[,，、]/)
        .map((agent) => agent.trim())
        .filter((agent) => agent !== ''),
    };
  });
  return { shifts, errors };
}

interface ShiftsSectionProps {
  db: ReplyclockDb;
  /** The stored shifts (the draft starts from them once). */
  saved: Shift[];
  teamZone: string;
  teamHolidays: TeamHolidaySettings;
  now: number;
}

export function ShiftsSection({ db, saved, teamZone, teamHolidays, now }: ShiftsSectionProps) {
  const [drafts, setDrafts] = useState(() => saved.map(toDraft));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const dayNames = Info.weekdays('short', { locale: uiLanguage() });
  const edit = (index: number, change: Partial<ShiftDraft>) => setDrafts((old) => old.map((draft, i) => (i === index ? { ...draft, ...change } : draft)));

  const built = useMemo(() => fromDrafts(drafts), [drafts]);
  // The chart shows the edit as soon as it is a valid schedule, the stored one until then.
  const previewed = Object.keys(built.errors).length === 0 ? built.shifts : saved;
  // Keyed by content: the live query hands over new objects on every settings change, and the chart's
  // zone arithmetic should rerun only when the schedule or the holidays really changed.
  const previewKey = JSON.stringify(previewed);
  const holidaysKey = JSON.stringify(teamHolidays);
  const preview = useMemo(() => previewed, [previewKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const dayOffFor = useCallback((weekStart: number) => teamDayOffPredicate(teamHolidays, teamZone, weekStart, 14), [holidaysKey, teamZone]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setErrors(built.errors);
    if (Object.keys(built.errors).length > 0) return setStatus({ kind: 'error', text: t('settingsFixErrors') });
    try {
      const stored = await saveSetting(db, 'shifts', parseShifts(built.shifts));
      setDrafts(stored.map(toDraft));
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(error)) });
    }
  }

  function add() {
    const id = `shift-${crypto.randomUUID().slice(0, 8)}`;
    setDrafts((old) => [...old, { id, name: '', start: '09:00', end: '18:00', days: [...EVERY_DAY], agents: '', zone: teamZone }]);
  }

  return (
    <section className="panel" aria-labelledby="settings-shifts">
      <h2 id="settings-shifts">{t('settingsShiftsTitle')}</h2>
      <p className="field__hint">{t('settingsShiftsHint', teamZone)}</p>
      <form onSubmit={save} noValidate className="settings-form">
        <table className="data-table settings-shifts">
          <thead>
            <tr>
              <th scope="col">{t('settingsShiftName')}</th>
              <th scope="col">{t('settingsShiftStart')}</th>
              <th scope="col">{t('settingsShiftEnd')}</th>
              <th scope="col">{t('settingsShiftDays')}</th>
              <th scope="col">{t('settingsShiftAgents')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settingsActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((draft, index) => {
              const id = (field: string) => `shift-${index}-${field}`;
              const rowName = draft.name || t('settingsShiftUnnamed', index + 1);
              const input = (field: 'name' | 'start' | 'end' | 'agents', label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
                <td>
                  <input
                    id={id(field)}
                    aria-label={`${rowName}: ${label}`}
                    value={draft[field]}
                    onChange={(event) => edit(index, { [field]: event.target.value })}
                    aria-invalid={errors[id(field)] ? true : undefined}
                    aria-describedby={errors[id(field)] ? `${id(field)}-error` : undefined}
                    {...extra}
                  />
                  <FieldError id={`${id(field)}-error`} error={errors[id(field)]} />
                </td>
              );
              return (
                <tr key={draft.id}>
                  {input('name', t('settingsShiftName'))}
                  {input('start', t('settingsShiftStart'), { placeholder: '09:00', size: 6 })}
                  {input('end', t('settingsShiftEnd'), { placeholder: '18:00', size: 6 })}
                  <td>
                    <fieldset className="settings-days" aria-describedby={errors[id('days')] ? `${id('days')}-error` : undefined}>
                      <legend className="visually-hidden">{`${rowName}: ${t('settingsShiftDays')}`}</legend>
                      {EVERY_DAY.map((day) => (
                        <label key={day}>
                          <input
                            type="checkbox"
                            checked={draft.days.includes(day)}
                            onChange={(event) => edit(index, { days: event.target.checked ? [...draft.days, day] : draft.days.filter((d) => d !== day) })}
                          />
                          {dayNames[day - 1]}
                        </label>
                      ))}
                    </fieldset>
                    <FieldError id={`${id('days')}-error`} error={errors[id('days')]} />
                  </td>
                  {input('agents', t('settingsShiftAgents'), { placeholder: t('settingsShiftAgentsPlaceholder') })}
                  <td>
                    {draft.zone !== teamZone && <span className="field__hint">{draft.zone} </span>}
                    <button type="button" className="button button--danger" onClick={() => setDrafts((old) => old.filter((_, i) => i !== index))}>
                      {t('settingsRemove')}
                      <span className="visually-hidden"> {rowName}</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="settings-actions">
          <button type="button" className="button" onClick={add}>
            {t('settingsShiftAdd')}
          </button>
          <button type="submit" className="button button--primary">
            {t('settingsSave')}
          </button>
        </div>
        <SaveStatus status={status} />
      </form>
      <h3>{t('settingsCoverageTitle')}</h3>
      <CoverageChart shifts={preview} teamZone={teamZone} dayOffFor={dayOffFor} now={now} />
    </section>
  );
}
