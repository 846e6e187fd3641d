// Settings › Team holidays: whose public holidays the team takes off (China's by default, or none), the team's
// own days off, and the ones in the next 60 days with what they cost: the shifts that do not run and the
// hours nobody covers.
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { saveSetting, type TeamHolidaySettings } from '../../../lib/settings/team-settings';
import { upcomingTeamHolidays } from '../../../lib/shifts/coverage';
import { DAY, isoDateIn, type Shift } from '../../../lib/shifts/schedule';
import { teamDaysOff } from '../../../lib/shifts/team-days-off';
import { t, uiLanguage } from '../../i18n';
import { DaysOffEditor } from './DaysOffEditor';
import { Field } from './Field';
import type { FieldErrors } from './field-checks';
import { SaveStatus, reason, type Status } from './SaveStatus';

const AHEAD_DAYS = 60;

interface TeamHolidaysSectionProps {
  db: ReplyclockDb;
  /** The stored settings: the draft starts from them, the upcoming list shows them. */
  saved: TeamHolidaySettings;
  shifts: Shift[];
  teamZone: string;
  now: number;
}

export function TeamHolidaysSection({ db, saved, shifts, teamZone, now }: TeamHolidaysSectionProps) {
  const [country, setCountry] = useState(saved.country);
  const [days, setDays] = useState(saved.customDaysOff);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const today = isoDateIn(now, teamZone);

  const upcoming = useMemo(() => {
    try {
      const holidays = teamDaysOff(saved, teamZone, now, now + (AHEAD_DAYS + 1) * DAY);
      return upcomingTeamHolidays(holidays, shifts, teamZone, now, AHEAD_DAYS);
    } catch {
      return []; // a country date-holidays does not know: nothing to list, the settings stay editable
    }
    // `now` moves every minute but the list only changes with the date; the inputs are compared by content.
  }, [JSON.stringify(saved), JSON.stringify(shifts), teamZone, today]); // eslint-disable-line react-hooks/exhaustive-deps

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const code = country.trim().toUpperCase();
    const found: FieldErrors = {};
    if (!/^([A-Z]{2})?$/.test(code)) found.teamCountry = t('settingsErrorCountry');
    setErrors(found);
    if (Object.keys(found).length > 0) return setStatus({ kind: 'error', text: t('settingsFixErrors') });
    try {
      const stored = await saveSetting(db, 'teamHolidays', { country: code, customDaysOff: days });
      setCountry(stored.country);
      setDays(stored.customDaysOff);
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(error)) });
    }
  }

  const formatDate = (date: string) => DateTime.fromISO(date).setLocale(uiLanguage()).toLocaleString({ weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

  return (
    <section className="panel" aria-labelledby="settings-holidays">
      <h2 id="settings-holidays">{t('settingsHolidaysTitle')}</h2>
      <form onSubmit={save} noValidate className="settings-form">
        <Field id="teamCountry" label={t('settingsHolidaysCountry')} value={country} onChange={setCountry} maxLength={2} size={4} hint={t('settingsHolidaysCountryHint')} error={errors.teamCountry} />
        <DaysOffEditor idPrefix="team-day-off" label={t('settingsCustomDaysOff')} days={days} onChange={setDays} />
        <button type="submit" className="button button--primary">
          {t('settingsSave')}
        </button>
        <SaveStatus status={status} />
      </form>
      <h3>{t('settingsUpcomingTitle', AHEAD_DAYS)}</h3>
      {upcoming.length === 0 ? (
        <p>{t('settingsUpcomingNone')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('settingsUpcomingDate')}</th>
              <th scope="col">{t('settingsUpcomingName')}</th>
              <th scope="col">{t('settingsUpcomingShiftsOff')}</th>
              <th scope="col">{t('settingsUpcomingUncovered')}</th>
            </tr>
          </thead>
          <tbody>
            {upcoming.map((holiday) => (
              <tr key={holiday.date}>
                <td>{formatDate(holiday.date)}</td>
                <td>{holiday.name}</td>
                <td>{holiday.shiftsOff.length === 0 ? '—' : holiday.shiftsOff.map((shift) => shift.name).join(', ')}</td>
                <td>
                  {holiday.uncoveredHours === 0
                    ? t('settingsUpcomingCovered')
                    : t('settingsUpcomingHours', Math.round(holiday.uncoveredHours * 10) / 10, holiday.uncovered.map((span) => span.teamClock).join(', '))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
