// First response time: median and 90th percentile by platform, category, shift or agent, and the daily
// median as a chart (readable as a table).
import { useMemo, useState } from 'react';
import type { FirstResponseReport, ResponseRow } from '../../../lib/analytics/first-response';
import { OFF_SHIFT } from '../../../lib/analytics/shift-attribution';
import type { Category, Platform } from '../../../lib/model';
import { t, type MessageKey } from '../../i18n';
import { CATEGORY_NAMES, PLATFORM_NAMES } from '../../platform-names';
import { formatDuration } from './format-figures';
import { DURATION_TICKS, TimeSeriesChart } from './TimeSeriesChart';

type GroupBy = 'byPlatform' | 'byCategory' | 'byShift' | 'byAgent';
const GROUPS: Record<GroupBy, MessageKey> = {
  byPlatform: 'analyticsByPlatform',
  byCategory: 'analyticsByCategory',
  byShift: 'analyticsByShift',
  byAgent: 'analyticsByAgent',
};

function rowName(group: GroupBy, row: ResponseRow): string {
  if (group === 'byPlatform') return t(PLATFORM_NAMES[row.key as Platform]);
  if (group === 'byCategory') return t(CATEGORY_NAMES[row.key as Category]);
  if (group === 'byShift') return row.key === OFF_SHIFT ? t('analyticsOffShift') : (row.label ?? row.key);
  return row.key || t('analyticsAgentNotRecorded');
}

const hours = (ms: number) => formatDuration(ms);

export function ResponseTimesPanel({ report }: { report: FirstResponseReport }) {
  const [group, setGroup] = useState<GroupBy>('byPlatform');
  const rows = report[group];
  const chart = useMemo(
    () => ({
      x: report.daily.map((day) => Date.parse(`${day.date}T12:00:00Z`)),
      labels: report.daily.map((day) => day.date),
      series: [{ label: t('analyticsMedian'), values: report.daily.map((day) => day.median), color: '#0969da' }],
    }),
    [report.daily],
  );
  return (
    <section className="panel" aria-labelledby="analytics-response">
      <h2 id="analytics-response">{t('analyticsFirstResponse')}</h2>
      <p className="field__hint">{t('analyticsFirstResponseRule')}</p>
      <p data-testid="response-overall">
        {t('analyticsResponseOverall', report.overall.count, formatDuration(report.overall.median), formatDuration(report.overall.p90))}
      </p>
      <label className="field analytics__group">
        <span className="field__label">{t('analyticsGroupBy')}</span>
        <select value={group} onChange={(event) => setGroup(event.target.value as GroupBy)}>
          {(Object.keys(GROUPS) as GroupBy[]).map((key) => (
            <option key={key} value={key}>
              {t(GROUPS[key])}
            </option>
          ))}
        </select>
      </label>
      {group === 'byShift' && <p className="field__hint">{t('analyticsShiftRule')}</p>}
      <table className="data-table" aria-label={t('analyticsResponseTable', t(GROUPS[group]))}>
        <thead>
          <tr>
            <th scope="col">{t(GROUPS[group])}</th>
            <th scope="col">{t('analyticsAnswered')}</th>
            <th scope="col">{t('analyticsMedian')}</th>
            <th scope="col">{t('analyticsP90')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={4}>{t('analyticsNoAnswers')}</td>
            </tr>
          )}
          {rows.map((row) => (
            <tr key={row.key || '-'}>
              <th scope="row">{rowName(group, row)}</th>
              <td>{row.count}</td>
              <td>{formatDuration(row.median)}</td>
              <td>{formatDuration(row.p90)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('analyticsDailyMedian')}</h3>
      <TimeSeriesChart
        title={t('analyticsDailyMedian')}
        x={chart.x}
        xLabels={chart.labels}
        xHeading={t('analyticsDate')}
        series={chart.series}
        format={hours}
        ticks={DURATION_TICKS}
        zone="UTC"
      />
    </section>
  );
}
