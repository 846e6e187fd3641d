// The platforms' own yardsticks: Amazon's late-response rate over 7, 30 and 90 days (and the same rule across
// every platform), and Etsy's Star Seller share of first messages answered within 24 hours.
import type { AnalyticsReport } from '../../../lib/analytics/analytics-report';
import { AMAZON_LATE_TARGET, type LateRate } from '../../../lib/analytics/late-response';
import { t } from '../../i18n';
import { formatDate, formatShare } from './format-figures';

function verdict(rate: number | null, meets: (rate: number) => boolean): string {
  if (rate === null) return t('analyticsNoVerdict');
  return meets(rate) ? t('analyticsTargetMet') : t('analyticsTargetMissed');
}

function LateCells({ rate }: { rate: LateRate }) {
  return (
    <>
      <td>{formatShare(rate.rate)}</td>
      <td>{t('analyticsLateOf', rate.late, rate.counted)}</td>
    </>
  );
}

export function LateResponsePanel({ report, zone }: { report: AnalyticsReport; zone: string }) {
  const star = report.starSeller;
  return (
    <section className="panel" aria-labelledby="analytics-late">
      <h2 id="analytics-late">{t('analyticsLateResponse')}</h2>
      <p className="field__hint">{t('analyticsLateRule')}</p>
      <table className="data-table" aria-label={t('analyticsLateTable')}>
        <thead>
          <tr>
            <th scope="col">{t('analyticsWindow')}</th>
            <th scope="col">{t('analyticsAmazonLate')}</th>
            <th scope="col">{t('analyticsLateCount')}</th>
            <th scope="col">{t('analyticsAmazonTarget', formatShare(AMAZON_LATE_TARGET, 0))}</th>
            <th scope="col">{t('analyticsPendingExcluded')}</th>
            <th scope="col">{t('analyticsAllPlatformsLate')}</th>
            <th scope="col">{t('analyticsLateCount')}</th>
          </tr>
        </thead>
        <tbody>
          {report.late.map((row) => (
            <tr key={row.days}>
              <th scope="row">{t('analyticsLastDays', row.days)}</th>
              <LateCells rate={row.amazon} />
              <td>{verdict(row.amazon.rate, (rate) => rate < AMAZON_LATE_TARGET)}</td>
              <td>{t('analyticsPendingExcludedCounts', row.amazon.pending, row.amazon.excluded)}</td>
              <LateCells rate={row.all} />
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('analyticsStarSeller')}</h3>
      <p className="field__hint">{t('analyticsStarSellerRule', formatDate(star.since, zone))}</p>
      <table className="data-table" aria-label={t('analyticsStarSeller')}>
        <thead>
          <tr>
            <th scope="col">{t('analyticsFirstMessages')}</th>
            <th scope="col">{t('analyticsWithin24h')}</th>
            <th scope="col">{t('analyticsShare')}</th>
            <th scope="col">{t('analyticsTarget')}</th>
            <th scope="col">{t('analyticsVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{star.counted}</td>
            <td>{star.onTime}</td>
            <td>{formatShare(star.share)}</td>
            <td>{formatShare(star.target, 0)}</td>
            <td>{verdict(star.share, (share) => share >= star.target)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
