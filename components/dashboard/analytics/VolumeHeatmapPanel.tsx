// When buyers write, on the team's clocks: a weekday × hour grid shaded by volume with the hours a shift covers
// outlined (the grid is itself the table), and each marketplace's volume by hour.
import type { VolumeHeatmap } from '../../../lib/analytics/volume-heatmap';
import { t } from '../../i18n';
import { PLATFORM_NAMES } from '../../platform-names';
import { hourLabel, weekdayNames } from './format-figures';

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

function shade(count: number, max: number): React.CSSProperties {
  const level = max > 0 ? count / max : 0;
  return { backgroundColor: `rgba(9, 105, 218, ${(0.08 + 0.82 * level).toFixed(3)})`, color: level > 0.55 ? '#fff' : undefined };
}

export function VolumeHeatmapPanel({ heatmap, overlay, zone }: { heatmap: VolumeHeatmap; overlay: number[][]; zone: string }) {
  const days = weekdayNames();
  return (
    <section className="panel" aria-labelledby="analytics-volume">
      <h2 id="analytics-volume">{t('analyticsVolume')}</h2>
      <p className="field__hint">{t('analyticsVolumeRule', zone, heatmap.total)}</p>
      <div className="heatmap__scroll">
        <table className="heatmap" aria-label={t('analyticsHeatmap')}>
          <thead>
            <tr>
              <td />
              {HOURS.map((hour) => (
                <th key={hour} scope="col" aria-label={hourLabel(hour)}>
                  {hour}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.cells.map((hours, day) => (
              <tr key={day}>
                <th scope="row">{days[day]}</th>
                {hours.map((count, hour) => {
                  const covered = (overlay[day]?.[hour] ?? 0) > 0;
                  return (
                    <td
                      key={hour}
                      className={covered ? 'heatmap__cell heatmap__cell--on-duty' : 'heatmap__cell'}
                      style={heatmap.max > 0 && count > 0 ? shade(count, heatmap.max) : undefined}
                      title={t(covered ? 'analyticsCellOnDuty' : 'analyticsCellOffDuty', days[day]!, hourLabel(hour), count)}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="heatmap__legend">
        <span className="heatmap__key heatmap__cell--on-duty" aria-hidden="true" /> {t('analyticsOnDutyLegend')}
      </p>
      <h3>{t('analyticsByMarketplace')}</h3>
      <div className="heatmap__scroll">
        <table className="data-table heatmap--markets" aria-label={t('analyticsByMarketplace')}>
          <thead>
            <tr>
              <th scope="col">{t('analyticsMarketplace')}</th>
              <th scope="col">{t('analyticsTotal')}</th>
              {HOURS.map((hour) => (
                <th key={hour} scope="col" aria-label={hourLabel(hour)}>
                  {hour}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {heatmap.byMarketplace.length === 0 && (
              <tr>
                <td colSpan={26}>{t('analyticsNoVolume')}</td>
              </tr>
            )}
            {heatmap.byMarketplace.map((market) => {
              const max = Math.max(...market.hours);
              return (
                <tr key={`${market.platform}:${market.marketplace}`}>
                  <th scope="row">{`${t(PLATFORM_NAMES[market.platform])} ${market.marketplace}`}</th>
                  <td>{market.total}</td>
                  {market.hours.map((count, hour) => (
                    <td key={hour} className="heatmap__cell" style={count > 0 ? shade(count, max) : undefined}>
                      {count}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
