// The plan hour by hour: usual and forecast contacts, Erlang C's traffic and agents with the service level
// they reach, the agents rostered, and the hours that need more people marked in words (not only colour).
import { useMemo } from 'react';
import type { StaffingPlan } from '../../../lib/analytics/staffing-plan';
import { t } from '../../i18n';
import { formatDateTime, formatNumber, formatShare } from '../analytics/format-figures';
import { TimeSeriesChart, WHOLE_TICKS } from '../analytics/TimeSeriesChart';

const whole = (value: number) => formatNumber(value, 0);

export function StaffingTable({ plan, zone }: { plan: StaffingPlan; zone: string }) {
  const chart = useMemo(
    () => ({
      x: plan.hours.map((hour) => hour.start),
      labels: plan.hours.map((hour) => formatDateTime(hour.start, zone)),
      series: [
        { label: t('staffingAgentsNeeded'), values: plan.hours.map((hour) => hour.agents), color: '#cf222e', stepped: true },
        { label: t('staffingRostered'), values: plan.hours.map((hour) => hour.roster), color: '#1a7f37', stepped: true },
      ],
    }),
    [plan, zone],
  );
  return (
    <>
      <TimeSeriesChart title={t('staffingChart')} x={chart.x} xLabels={chart.labels} xHeading={t('staffingHour')} series={chart.series} format={whole} zone={zone} ticks={WHOLE_TICKS} />
      <div className="staffing__table-scroll">
        <table className="data-table" aria-label={t('staffingTable')}>
          <thead>
            <tr>
              <th scope="col">{t('staffingHour')}</th>
              <th scope="col">{t('staffingUsual')}</th>
              <th scope="col">{t('staffingForecast')}</th>
              <th scope="col">{t('staffingTraffic')}</th>
              <th scope="col">{t('staffingAgentsNeeded')}</th>
              <th scope="col">{t('staffingServiceLevel')}</th>
              <th scope="col">{t('staffingRostered')}</th>
              <th scope="col">{t('staffingStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.hours.map((hour) => (
              <tr key={hour.start} className={hour.short > 0 ? 'staffing__row--short' : undefined}>
                <th scope="row">{formatDateTime(hour.start, zone)}</th>
                <td>{formatNumber(hour.usual, 2)}</td>
                <td>{formatNumber(hour.forecast, 2)}</td>
                <td>{formatNumber(hour.traffic, 2)}</td>
                <td>{hour.agents}</td>
                <td>{formatShare(hour.serviceLevel)}</td>
                <td>{hour.roster}</td>
                <td>{hour.short > 0 ? t('staffingShortBy', hour.short) : t('staffingCovered')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
