// The review after a promotion: a period next to its baseline — volume, the multiplier that really happened,
// response times, late rate and resolution — so the next plan can use what was learned.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { datePeriod, DAY_MS } from '../../../lib/analytics/period';
import { promotionReview, type PeriodFigures } from '../../../lib/analytics/staffing-plan';
import { timelinesOf, waitsOf } from '../../../lib/analytics/waits';
import { zoneClock } from '../../../lib/analytics/zone-clock';
import { t, type MessageKey } from '../../i18n';
import { formatDuration, formatNumber, formatShare, isoDateInZone, NO_FIGURE } from '../analytics/format-figures';

interface Dates {
  promotionFirst: string;
  promotionLast: string;
  baselineFirst: string;
  baselineLast: string;
}

const ROWS: { key: keyof PeriodFigures; label: MessageKey; show: (value: number | null) => string }[] = [
  { key: 'contacts', label: 'staffingReviewContacts', show: (v) => formatNumber(v, 0) },
  { key: 'contactsPerDay', label: 'staffingReviewPerDay', show: (v) => formatNumber(v, 1) },
  { key: 'medianResponseMs', label: 'analyticsMedian', show: formatDuration },
  { key: 'p90ResponseMs', label: 'analyticsP90', show: formatDuration },
  { key: 'lateRate', label: 'staffingReviewLate', show: (v) => formatShare(v) },
  { key: 'resolutionRate', label: 'analyticsResolutionRate', show: (v) => formatShare(v) },
];

function change(promotion: number | null, baseline: number | null): string {
  if (promotion === null || baseline === null || baseline === 0) return NO_FIGURE;
  const ratio = (promotion - baseline) / baseline;
  return `${ratio > 0 ? '+' : ''}${formatShare(ratio, 0)}`;
}

export function PromotionReviewPanel({ db, zone, now }: { db: ReplyclockDb; zone: string; now: number }) {
  const [dates, setDates] = useState<Dates>(() => ({
    promotionFirst: isoDateInZone(now - 7 * DAY_MS, zone),
    promotionLast: isoDateInZone(now - DAY_MS, zone),
    baselineFirst: isoDateInZone(now - 35 * DAY_MS, zone),
    baselineLast: isoDateInZone(now - 8 * DAY_MS, zone),
  }));
  const periods = useMemo(() => {
    try {
      return { promotion: datePeriod(dates.promotionFirst, dates.promotionLast, zone), baseline: datePeriod(dates.baselineFirst, dates.baselineLast, zone) };
    } catch {
      return null;
    }
  }, [dates, zone]);
  const review = useLiveQuery(async () => {
    if (!periods) return null;
    const events = await db.events.where('at').between(Math.min(periods.promotion.from, periods.baseline.from), now, true, true).toArray();
    const timelines = timelinesOf(events);
    return promotionReview(waitsOf(timelines, new Map()), timelines, periods.promotion, periods.baseline, now, zoneClock(zone));
  }, [db, periods?.promotion.from, periods?.promotion.to, periods?.baseline.from, periods?.baseline.to, now, zone]);
  const field = (name: keyof Dates, label: MessageKey) => (
    <label className="field">
      <span className="field__label">{t(label)}</span>
      <input type="date" value={dates[name]} onChange={(event) => setDates({ ...dates, [name]: event.target.value })} />
    </label>
  );
  return (
    <section className="panel" aria-labelledby="staffing-review">
      <h2 id="staffing-review">{t('staffingReview')}</h2>
      <div className="staffing__form">
        {field('promotionFirst', 'staffingReviewPromotionFirst')}
        {field('promotionLast', 'staffingReviewPromotionLast')}
        {field('baselineFirst', 'staffingReviewBaselineFirst')}
        {field('baselineLast', 'staffingReviewBaselineLast')}
      </div>
      {!periods && (
        <p className="message--error" role="alert">
          {t('analyticsPeriodInvalid')}
        </p>
      )}
      {review && (
        <>
          <p data-testid="observed-multiplier">
            {t('staffingReviewMultiplier', review.observedMultiplier === null ? NO_FIGURE : `×${formatNumber(review.observedMultiplier, 2)}`)}
          </p>
          <table className="data-table" aria-label={t('staffingReview')}>
            <thead>
              <tr>
                <th scope="col">{t('analyticsMeasure')}</th>
                <th scope="col">{t('staffingReviewPromotion')}</th>
                <th scope="col">{t('staffingReviewBaseline')}</th>
                <th scope="col">{t('analyticsChange')}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{t(row.label)}</th>
                  <td>{row.show(review.promotion[row.key])}</td>
                  <td>{row.show(review.baseline[row.key])}</td>
                  <td>{change(review.promotion[row.key], review.baseline[row.key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
