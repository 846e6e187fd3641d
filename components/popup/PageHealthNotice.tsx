// The seller pages that could not be read, so silence is never mistaken for "all answered".
import type { PageHealth } from '../../lib/model';
import { blockingProblem } from '../../lib/tracker/page-health';
import { t } from '../i18n';
import { PAGE_NAMES, PLATFORM_NAMES, PROBLEM_NAMES } from '../platform-names';

export function PageHealthNotice({ unreadable }: { unreadable: readonly PageHealth[] }) {
  if (unreadable.length === 0) return null;
  return (
    <section className="popup__health" role="alert">
      <h2>{t('healthHeading')}</h2>
      <ul>
        {unreadable.map((health) => (
          <li key={health.key}>
            {t(
              'healthUnreadable',
              t(PLATFORM_NAMES[health.platform]),
              health.marketplace,
              t(PAGE_NAMES[health.page]),
              t(PROBLEM_NAMES[blockingProblem(health)!]),
            )}
          </li>
        ))}
      </ul>
      <p>{t('healthHint')}</p>
    </section>
  );
}
