// The popup: every conversation waiting for a reply, most urgent first, with live countdowns; pages that
// could not be read, so silence is never mistaken for "all answered". Reads Dexie directly.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReplyclockDb } from '../lib/db';
import type { Conversation } from '../lib/model';
import { isOverdue } from '../lib/sla/overdue';
import { blockingProblem } from '../lib/tracker/page-health';
import { ConversationRow } from './ConversationRow';
import type { ClockDisplay } from './DeadlineDetails';
import { t, uiLanguage } from './i18n';
import { PAGE_NAMES, PLATFORM_NAMES, PROBLEM_NAMES } from './platform-names';
import { useNow } from './use-now';
import './popup.css';

export interface PopupAppProps {
  db: ReplyclockDb;
  openConversation: (conversation: Conversation) => void;
  /** Fixed clock for tests; the live one otherwise. */
  initialNow?: number;
  /** How deadlines are written: the UI language and the agent's zone (the browser's, unless given). */
  display?: ClockDisplay;
}

export function PopupApp({ db, openConversation, initialNow, display = defaultDisplay() }: PopupAppProps) {
  const now = useNow(1000, initialNow);
  // Only awaiting conversations carry a dueAt, so the index gives them in due order, overdue first.
  const waiting = useLiveQuery(() => db.conversations.orderBy('dueAt').toArray(), [db]);
  const total = useLiveQuery(() => db.conversations.count(), [db]);
  const unreadable = useLiveQuery(
    async () => (await db.pageHealth.toArray()).filter((health) => blockingProblem(health) !== null),
    [db],
  );

  if (waiting === undefined || total === undefined) return <main className="popup">{t('popupLoading')}</main>;
  const overdue = waiting.filter((c) => isOverdue(c, now)).length;
  const answered = total - waiting.length;

  return (
    <main className="popup">
      <header className="popup__header">
        <h1>{t('extName')}</h1>
        <p className="popup__summary" data-testid="summary">
          {t('popupSummary', overdue, waiting.length)}
        </p>
      </header>

      {unreadable && unreadable.length > 0 && (
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
      )}

      {waiting.length === 0 ? (
        <p className="popup__empty">{t('popupEmpty')}</p>
      ) : (
        <ol className="popup__list" aria-label={t('popupListLabel')}>
          {waiting.map((conversation) => (
            <ConversationRow key={conversation.id} conversation={conversation} now={now} display={display} onOpen={openConversation} />
          ))}
        </ol>
      )}

      {answered > 0 && <footer className="popup__footer">{t('popupAnswered', answered)}</footer>}
    </main>
  );
}

function defaultDisplay(): ClockDisplay {
  return { locale: uiLanguage(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
