// The 7×24 coverage chart: one row per day, one cell per hour of the team's zone, showing how many shifts are
// on, where nobody is (gaps), and which of those gaps fall in a marketplace's busy hours. A real table, so it
// reads row by row with a screen reader; each cell also says in words what it shows.
import { Info } from 'luxon';
import { useMemo, useState } from 'react';
import { MARKETPLACE_BUSY_HOURS } from '../../../lib/shifts/coverage';
import { coverageGrid, type CoverageCell } from '../../../lib/shifts/coverage-grid';
import { DAY, isoDateIn, isoWeekday, type IsDayOff, type Shift } from '../../../lib/shifts/schedule';
import { t, uiLanguage } from '../../i18n';

interface CoverageChartProps {
  shifts: readonly Shift[];
  teamZone: string;
  /** Team days off for the week shown; built per week, since the chart can move weeks ahead. */
  dayOffFor: (weekStart: number) => IsDayOff;
  now: number;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function hourLabel(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}

function describe(cell: CoverageCell, dayName: string): string {
  const when = `${dayName} ${hourLabel(cell.hour)}`;
  if (cell.state === 'busy-gap') return t('settingsCellBusyGap', when, cell.busyUncovered.join(', '));
  if (cell.state === 'gap') return t('settingsCellGap', when);
  if (cell.busy.length > 0) return t('settingsCellCoveredBusy', when, cell.onDuty, cell.busy.join(', '));
  return t('settingsCellCovered', when, cell.onDuty);
}

export function CoverageChart({ shifts, teamZone, dayOffFor, now }: CoverageChartProps) {
  const [weekOffset, setWeekOffset] = useState(0);
  // Busy hours of all five marketplaces together cover the whole day: the overlay is useful per marketplace.
  const [shown, setShown] = useState<readonly string[]>(() => MARKETPLACE_BUSY_HOURS.map((m) => m.marketplace));
  const weekStart = now + weekOffset * 7 * DAY;
  const grid = useMemo(
    () => coverageGrid(shifts, teamZone, weekStart, dayOffFor(weekStart), MARKETPLACE_BUSY_HOURS.filter((m) => shown.includes(m.marketplace))),
    [shifts, teamZone, weekStart, dayOffFor, shown],
  );
  const dayNames = Info.weekdays('short', { locale: uiLanguage() });
  const dayName = (date: string) => `${dayNames[isoWeekday(date) - 1] ?? ''} ${date.slice(5)}`;
  const busyMissed = Object.entries(grid.busyUncoveredHours).filter(([, hours]) => hours > 0);

  return (
    <div className="coverage">
      <div className="settings-actions">
        <button type="button" className="button" onClick={() => setWeekOffset(weekOffset - 1)} disabled={weekOffset <= -4}>
          {t('settingsWeekPrevious')}
        </button>
        <button type="button" className="button" onClick={() => setWeekOffset(0)} disabled={weekOffset === 0}>
          {t('settingsWeekThis')}
        </button>
        <button type="button" className="button" onClick={() => setWeekOffset(weekOffset + 1)} disabled={weekOffset >= 12}>
          {t('settingsWeekNext')}
        </button>
      </div>
      <fieldset className="settings-fieldset settings-fieldset--inline">
        <legend>{t('settingsBusyOverlay')}</legend>
        {MARKETPLACE_BUSY_HOURS.map((busy) => (
          <label key={busy.marketplace} className="settings-check" title={busy.note}>
            <input
              type="checkbox"
              checked={shown.includes(busy.marketplace)}
              onChange={(event) => setShown(event.target.checked ? [...shown, busy.marketplace] : shown.filter((m) => m !== busy.marketplace))}
            />
            {t('settingsBusyOverlayMarket', busy.marketplace, `${busy.start}–${busy.end}`, busy.zone)}
          </label>
        ))}
      </fieldset>
      <div className="coverage__scroll">
        <table className="coverage-grid" aria-describedby="coverage-legend">
          <caption>{t('settingsCoverageCaption', grid.dates[0] ?? '', grid.dates[6] ?? '', teamZone)}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t('settingsCoverageDay')}</span>
              </th>
              {HOURS.map((hour) => (
                <th key={hour} scope="col" className="coverage-grid__hour">
                  {String(hour).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.cells.map((row, day) => (
              <tr key={grid.dates[day]}>
                <th scope="row" className="coverage-grid__day">
                  {dayName(grid.dates[day] ?? '')}
                </th>
                {row.map((cell) => {
                  const text = describe(cell, dayName(cell.date));
                  return (
                    <td
                      key={cell.hour}
                      className={`coverage-cell coverage-cell--${cell.state}${cell.busy.length > 0 ? ' coverage-cell--busy' : ''}`}
                      data-date={cell.date}
                      data-hour={cell.hour}
                      data-state={cell.state}
                      data-on-duty={Math.min(cell.onDuty, 3)}
                      title={text}
                    >
                      <span aria-hidden="true">{cell.state === 'covered' ? cell.onDuty : cell.state === 'busy-gap' ? '!' : '×'}</span>
                      <span className="visually-hidden">{text}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul id="coverage-legend" className="coverage-legend" aria-label={t('settingsLegend')}>
        <li>
          <span className="coverage-swatch coverage-cell--covered" data-on-duty="1" aria-hidden="true">1</span> {t('settingsLegendCovered')}
        </li>
        <li>
          <span className="coverage-swatch coverage-cell--covered coverage-cell--busy" data-on-duty="1" aria-hidden="true">1</span> {t('settingsLegendBusy')}
        </li>
        <li>
          <span className="coverage-swatch coverage-cell--gap" aria-hidden="true">×</span> {t('settingsLegendGap')}
        </li>
        <li>
          <span className="coverage-swatch coverage-cell--busy-gap" aria-hidden="true">!</span> {t('settingsLegendBusyGap')}
        </li>
      </ul>
      <h3>{t('settingsGapsTitle')}</h3>
      {grid.gaps.length === 0 ? (
        <p>{t('settingsNoGaps')}</p>
      ) : (
        <ul className="coverage-gaps">
          {grid.gaps.map((gap) => (
            <li key={gap.start}>
              {dayName(isoDateIn(gap.start, teamZone))} {gap.teamClock}
            </li>
          ))}
        </ul>
      )}
      {busyMissed.length > 0 && (
        <ul className="coverage-busy-missed">
          {busyMissed.map(([marketplace, hours]) => (
            <li key={marketplace}>{t('settingsBusyUncovered', marketplace, Math.round(hours * 10) / 10)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

