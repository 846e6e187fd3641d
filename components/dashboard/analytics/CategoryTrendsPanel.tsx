// What buyers write about: the period's top categories with share and change from the period before, and
// the busiest categories over time as a chart (readable as a table).
import { useMemo } from 'react';
import type { CategoryTrends } from '../../../lib/analytics/category-trends';
import { t } from '../../i18n';
import { CATEGORY_NAMES } from '../../platform-names';
import { formatNumber, formatShare, NO_FIGURE } from './format-figures';
import { TimeSeriesChart, WHOLE_TICKS } from './TimeSeriesChart';

const COLORS = ['#0969da', '#cf222e', '#1a7f37', '#8250df', '#bf8700'];
/** How many categories the chart draws (the table lists them all). */
const CHARTED = 5;
const count = (value: number) => formatNumber(value, 0);

function change(value: number | null): string {
  if (value === null) return NO_FIGURE;
  return `${value > 0 ? '+' : ''}${formatShare(value, 0)}`;
}

export function CategoryTrendsPanel({ trends }: { trends: CategoryTrends }) {
  const chart = useMemo(
    () => ({
      x: trends.buckets.map((date) => Date.parse(`${date}T12:00:00Z`)),
      series: trends.rows.slice(0, CHARTED).map((row, i) => ({ label: t(CATEGORY_NAMES[row.category]), values: trends.series[row.category], color: COLORS[i]! })),
    }),
    [trends],
  );
  return (
    <section className="panel" aria-labelledby="analytics-categories">
      <h2 id="analytics-categories">{t('analyticsCategories')}</h2>
      <table className="data-table" aria-label={t('analyticsTopCategories')}>
        <thead>
          <tr>
            <th scope="col">{t('analyticsCategory')}</th>
            <th scope="col">{t('analyticsWaits')}</th>
            <th scope="col">{t('analyticsShare')}</th>
            <th scope="col">{t('analyticsPreviousPeriod')}</th>
            <th scope="col">{t('analyticsChange')}</th>
          </tr>
        </thead>
        <tbody>
          {trends.rows.length === 0 && (
            <tr>
              <td colSpan={5}>{t('analyticsNoVolume')}</td>
            </tr>
          )}
          {trends.rows.map((row) => (
            <tr key={row.category}>
              <th scope="row">{t(CATEGORY_NAMES[row.category])}</th>
              <td>{row.count}</td>
              <td>{formatShare(row.share)}</td>
              <td>{row.previousCount}</td>
              <td>{change(row.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {chart.series.length > 0 && (
        <>
          <h3>{t(trends.bucket === 'day' ? 'analyticsCategoriesPerDay' : 'analyticsCategoriesPerWeek')}</h3>
          <TimeSeriesChart
            title={t(trends.bucket === 'day' ? 'analyticsCategoriesPerDay' : 'analyticsCategoriesPerWeek')}
            x={chart.x}
            xLabels={trends.buckets}
            xHeading={t(trends.bucket === 'day' ? 'analyticsDate' : 'analyticsWeekOf')}
            series={chart.series}
            format={count}
            ticks={WHOLE_TICKS}
            zone="UTC"
          />
        </>
      )}
    </section>
  );
}
