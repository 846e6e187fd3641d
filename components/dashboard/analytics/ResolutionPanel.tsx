// Resolution and first-contact resolution next to the common benchmarks, with the median first response
// against its 2-hour benchmark.
import type { AnalyticsReport } from '../../../lib/analytics/analytics-report';
import { BENCHMARKS } from '../../../lib/analytics/resolution';
import { t } from '../../i18n';
import { PLATFORM_NAMES } from '../../platform-names';
import { formatDuration, formatShare } from './format-figures';

function verdict(met: boolean | null): string {
  if (met === null) return t('analyticsNoVerdict');
  return met ? t('analyticsTargetMet') : t('analyticsTargetMissed');
}

export function ResolutionPanel({ report }: { report: AnalyticsReport }) {
  const r = report.resolution;
  const median = report.firstResponse.overall.median;
  const rows = [
    { name: t('analyticsMedianFirstResponse'), value: formatDuration(median), benchmark: t('analyticsUnder', formatDuration(BENCHMARKS.firstResponseMs)), met: median === null ? null : median < BENCHMARKS.firstResponseMs },
    { name: t('analyticsResolutionRate'), value: formatShare(r.resolutionRate), benchmark: formatShare(BENCHMARKS.resolutionRate, 0), met: r.resolutionRate === null ? null : r.resolutionRate >= BENCHMARKS.resolutionRate },
    { name: t('analyticsFcrRate'), value: formatShare(r.firstContactRate), benchmark: formatShare(BENCHMARKS.firstContactResolutionRate, 0), met: r.firstContactRate === null ? null : r.firstContactRate >= BENCHMARKS.firstContactResolutionRate },
  ];
  return (
    <section className="panel" aria-labelledby="analytics-resolution">
      <h2 id="analytics-resolution">{t('analyticsResolution')}</h2>
      <p className="field__hint">{t('analyticsResolutionRule', r.conversations, r.resolved, r.firstContact, r.excluded)}</p>
      <table className="data-table" aria-label={t('analyticsBenchmarks')}>
        <thead>
          <tr>
            <th scope="col">{t('analyticsMeasure')}</th>
            <th scope="col">{t('analyticsThisPeriod')}</th>
            <th scope="col">{t('analyticsBenchmark')}</th>
            <th scope="col">{t('analyticsVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">{row.name}</th>
              <td>{row.value}</td>
              <td>{row.benchmark}</td>
              <td>{verdict(row.met)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {r.byPlatform.length > 0 && (
        <table className="data-table" aria-label={t('analyticsResolutionByPlatform')}>
          <thead>
            <tr>
              <th scope="col">{t('analyticsByPlatform')}</th>
              <th scope="col">{t('analyticsConversations')}</th>
              <th scope="col">{t('analyticsResolutionRate')}</th>
              <th scope="col">{t('analyticsFcrRate')}</th>
            </tr>
          </thead>
          <tbody>
            {r.byPlatform.map((row) => (
              <tr key={row.platform}>
                <th scope="row">{t(PLATFORM_NAMES[row.platform])}</th>
                <td>{row.conversations}</td>
                <td>{formatShare(row.resolutionRate)}</td>
                <td>{formatShare(row.firstContactRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
