// Settings › Adapter health: the latest read of each kind of page on each marketplace (which selector variant
// matched, how many rows, what failed), so a page that silently stopped being read is seen.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReplyclockDb } from '../../../lib/db';
import { blockingProblem } from '../../../lib/tracker/page-health';
import { t, uiLanguage } from '../../i18n';
import { PAGE_NAMES, PLATFORM_NAMES, PROBLEM_NAMES } from '../../platform-names';

export function AdapterHealthSection({ db }: { db: ReplyclockDb }) {
  const pages = useLiveQuery(() => db.pageHealth.toArray(), [db]);
  const when = new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' });
  const sorted = (pages ?? []).slice().sort((a, b) => a.key.localeCompare(b.key));
  return (
    <section className="panel" aria-labelledby="settings-health">
      <h2 id="settings-health">{t('settingsHealthTitle')}</h2>
      {pages && sorted.length === 0 && <p>{t('settingsHealthEmpty')}</p>}
      {sorted.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('settingsHealthPlatform')}</th>
              <th scope="col">{t('settingsHealthMarketplace')}</th>
              <th scope="col">{t('settingsHealthPage')}</th>
              <th scope="col">{t('settingsHealthLastRead')}</th>
              <th scope="col">{t('settingsHealthRows')}</th>
              <th scope="col">{t('settingsHealthVariant')}</th>
              <th scope="col">{t('settingsHealthProblems')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((page) => {
              const blocking = blockingProblem(page);
              return (
                <tr key={page.key} className={blocking ? 'settings-health--blocked' : undefined}>
                  <td>{t(PLATFORM_NAMES[page.platform])}</td>
                  <td>{page.marketplace}</td>
                  <td>{t(PAGE_NAMES[page.page])}</td>
                  <td>{when.format(page.readAt)}</td>
                  <td>{page.rows}</td>
                  <td>
                    <code>{page.variant ?? '—'}</code>
                  </td>
                  <td>
                    {page.problems.length === 0 ? (
                      t('settingsHealthOk')
                    ) : (
                      <ul className="settings-problems">
                        {[...new Set(page.problems.map((problem) => problem.code))].map((code) => (
                          <li key={code}>
                            {t(PROBLEM_NAMES[code])}
                            {code === blocking && <strong> {t('settingsHealthNotClocked')}</strong>}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
