// The popup's shift lines: the shift(s) on duty and how long each still runs, or that nobody is; the next shift;
// and the marketplaces whose buyers are busy now (flagged when nobody covers them). Words only: the decision is
// lib/shifts/shift-status.ts's.
import type { ShiftStatus } from '../../lib/shifts/shift-status';
import type { ClockDisplay } from '../DeadlineDetails';
import { t } from '../i18n';
import { formatClock, formatSpan } from './format-time';

export function ShiftStatusPanel({ status, now, display }: { status: ShiftStatus; now: number; display: ClockDisplay }) {
  const clock = (at: number) => formatClock(at, now, display);
  const lastShiftEnd = Math.max(...status.onDuty.map((run) => run.endsAt));
  const busy = status.busy.map((market) => t('popupBusyUntil', market.marketplace, clock(market.until))).join(', ');
  return (
    <section className="popup__section popup__shifts" aria-labelledby="popup-shifts-heading" data-testid="shift-status">
      <h2 id="popup-shifts-heading">{t('popupShiftHeading')}</h2>
      {status.noSchedule ? (
        <p className="popup__warning">{t('popupShiftNoSchedule')}</p>
      ) : (
        <>
          {status.nobodyOnDuty ? (
            <p className="popup__warning" data-testid="shift-nobody">
              {t('popupShiftNobody')}
            </p>
          ) : (
            <ul className="popup__shift-list">
              {status.onDuty.map((run) => (
                <li key={`${run.shift.id}:${run.startedAt}`} className="popup__shift-on">
                  {t('popupShiftOnDuty', run.shift.name, clock(run.endsAt), formatSpan(run.endsAt - now))}
                </li>
              ))}
            </ul>
          )}
          {status.coverageEndsAt !== null && status.coverageEndsAt > lastShiftEnd && (
            <p className="popup__muted">{t('popupShiftCoverageEnds', clock(status.coverageEndsAt))}</p>
          )}
          <p data-testid="shift-next">
            {status.next
              ? t('popupShiftNext', status.next.shift.name, clock(status.next.startsAt), formatSpan(status.next.startsAt - now))
              : t('popupShiftNoNext')}
          </p>
        </>
      )}
      {status.busy.length > 0 ? (
        <p className={status.nobodyOnDuty ? 'popup__busy popup__busy--uncovered' : 'popup__busy'} data-testid="busy-now">
          {t('popupBusyNow', busy)}
          {status.nobodyOnDuty && <strong className="popup__busy-warning"> {t('popupBusyUncovered')}</strong>}
        </p>
      ) : (
        <p className="popup__muted" data-testid="busy-now">
          {t('popupBusyNone')}
        </p>
      )}
    </section>
  );
}
