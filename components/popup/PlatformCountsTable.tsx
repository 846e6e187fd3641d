// The popup's small per-platform table: overdue, due within two hours and waiting, with a totals row. Only
// platforms with something waiting get a row (a seller on Amazon alone sees no rows of eBay zeros).
import type { PlatformCounts, WaitingCounts } from '../../lib/inbox/platform-counts';
import { t } from '../i18n';
import { PLATFORM_NAMES } from '../platform-names';

function Cells({ counts }: { counts: WaitingCounts }) {
  return (
    <>
      <td className={counts.overdue > 0 ? 'count count--overdue' : 'count'}>{counts.overdue}</td>
      <td className={counts.dueSoon > 0 ? 'count count--soon' : 'count'}>{counts.dueSoon}</td>
      <td className="count">{counts.waiting}</td>
    </>
  );
}

export function PlatformCountsTable({ counts }: { counts: PlatformCounts }) {
  const rows = counts.byPlatform.filter((row) => row.counts.waiting > 0);
  if (rows.length === 0) return null;
  return (
    <section className="popup__section" aria-labelledby="popup-counts-heading">
      <h2 id="popup-counts-heading">{t('popupCountsHeading')}</h2>
      <table className="popup__counts" aria-labelledby="popup-counts-heading" data-testid="platform-counts">
        <thead>
          <tr>
            <th scope="col">{t('popupCountsPlatform')}</th>
            <th scope="col">{t('popupCountsOverdue')}</th>
            <th scope="col">{t('popupCountsDueSoon')}</th>
            <th scope="col">{t('popupCountsWaiting')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ platform, counts: row }) => (
            <tr key={platform}>
              <th scope="row">{t(PLATFORM_NAMES[platform])}</th>
              <Cells counts={row} />
            </tr>
          ))}
        </tbody>
        {rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('popupCountsTotal')}</th>
              <Cells counts={counts.total} />
            </tr>
          </tfoot>
        )}
      </table>
    </section>
  );
}
