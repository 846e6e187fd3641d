// The popup, opened often and at any hour: the shift on duty and the marketplaces busy now, counts per platform,
// the ten most urgent conversations with live countdowns (a click focuses or opens the conversation's tab), quick
// templates to copy, the seller pages that could not be read, and the night-watch switch for the tab below. Reads
// Dexie directly; asks the browser to act only through PopupActions (and the switch through its own messages).
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { ReplyclockDb } from '../lib/db';
import { platformCounts } from '../lib/inbox/platform-counts';
import type { Conversation } from '../lib/model';
import { loadSetting } from '../lib/settings/team-settings';
import { shiftStatus } from '../lib/shifts/shift-status';
import { blockingProblem } from '../lib/tracker/page-health';
import { ConversationRow } from './ConversationRow';
import type { ClockDisplay } from './DeadlineDetails';
import { t, uiLanguage } from './i18n';
import { NightWatchToggle, type NightWatchToggleProps } from './NightWatchToggle';
import { PageHealthNotice } from './popup/PageHealthNotice';
import { PlatformCountsTable } from './popup/PlatformCountsTable';
import { browserPopupActions, type PopupActions } from './popup/popup-actions';
import { QuickTemplates } from './popup/QuickTemplates';
import { ShiftStatusPanel } from './popup/ShiftStatusPanel';
import { useDayOffPredicate } from './popup/use-day-off';
import { useNow } from './use-now';
import './popup.css';

/** The popup lists this many conversations; the dashboard's inbox has them all. */
export const URGENT_LIMIT = 10;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface PopupAppProps {
  db: ReplyclockDb;
  /** The browser's side of things (tabs, dashboard, clipboard); the real ones unless a test replaces some. */
  actions?: Partial<PopupActions>;
  /** Fixed clock for tests; the live one otherwise. */
  initialNow?: number;
  /** How times are written: the UI language and the agent's zone (the browser's, unless given). */
  display?: ClockDisplay;
  /** The night-watch switch's tab lookup and messaging; the real ones unless a test replaces them. */
  nightWatch?: NightWatchToggleProps;
}

export function PopupApp({ db, actions: given, initialNow, display = defaultDisplay(), nightWatch }: PopupAppProps) {
  const actions: PopupActions = { ...browserPopupActions, ...given };
  const now = useNow(1000, initialNow);
  const [openError, setOpenError] = useState<string | null>(null);
  // Only awaiting conversations carry a dueAt, so the index gives exactly them, in due order, overdue first.
  const waiting = useLiveQuery(() => db.conversations.orderBy('dueAt').toArray(), [db]);
  const total = useLiveQuery(() => db.conversations.count(), [db]);
  const unreadable = useLiveQuery(
    async () => (await db.pageHealth.toArray()).filter((health) => blockingProblem(health) !== null),
    [db],
  );
  const settings = useLiveQuery(
    async () => {
      const [shifts, team, teamHolidays] = await Promise.all([loadSetting(db, 'shifts'), loadSetting(db, 'team'), loadSetting(db, 'teamHolidays')]);
      return { shifts, team, teamHolidays };
    },
    [db],
  );

  // Shift arithmetic once a minute and holiday lookups once a day, not on every second's re-render.
  const minute = Math.floor(now / MINUTE) * MINUTE;
  const day = Math.floor(now / DAY);
  const isDayOff = useDayOffPredicate(settings?.teamHolidays, settings?.team.teamZone, day * DAY);
  const shifts = useMemo(
    () => (settings && isDayOff ? shiftStatus({ shifts: settings.shifts, now: minute, isDayOff }) : null),
    [settings, isDayOff, minute],
  );

  if (waiting === undefined || total === undefined) return <main className="popup">{t('popupLoading')}</main>;
  const counts = platformCounts(waiting, now);
  // "Most urgent" is due order: each due time already weighs the category (a dispute's target is 1 h, a product
  // question's 12 h) against the platform's deadline, so the earliest due is the one to answer first.
  const urgent = waiting.slice(0, URGENT_LIMIT);
  const answered = total - waiting.length;

  const open = (conversation: Conversation) => {
    setOpenError(null);
    actions.openConversation(conversation).then(
      () => actions.close(),
      (error: unknown) => setOpenError(t('popupOpenFailed', error instanceof Error ? error.message : String(error))),
    );
  };

  return (
    <main className="popup">
      <header className="popup__header">
        <h1>{t('extName')}</h1>
        <button type="button" className="popup__button popup__dashboard" onClick={() => void actions.openDashboard().then(() => actions.close())}>
          {t('popupOpenDashboard')}
        </button>
        <p className="popup__summary" data-testid="summary">
          {t('popupSummary', counts.total.overdue, counts.total.waiting)}
        </p>
      </header>

      {unreadable && <PageHealthNotice unreadable={unreadable} />}

      {shifts && <ShiftStatusPanel status={shifts} now={now} display={display} />}

      <PlatformCountsTable counts={counts} />

      <section className="popup__section" aria-labelledby="popup-urgent-heading">
        <h2 id="popup-urgent-heading">{t('popupUrgentHeading')}</h2>
        {openError && (
          <p className="popup__error" role="alert">
            {openError}
          </p>
        )}
        {waiting.length === 0 ? (
          <p className="popup__empty">{t('popupEmpty')}</p>
        ) : (
          <ol className="popup__list" aria-label={t('popupListLabel')}>
            {urgent.map((conversation) => (
              <ConversationRow key={conversation.id} conversation={conversation} now={now} display={display} onOpen={open} />
            ))}
          </ol>
        )}
        {waiting.length > urgent.length && <p className="popup__muted">{t('popupMoreWaiting', waiting.length - urgent.length)}</p>}
      </section>

      {settings && <QuickTemplates db={db} team={settings.team} now={now} copyText={actions.copyText} />}

      <NightWatchToggle {...nightWatch} />

      {answered > 0 && <footer className="popup__footer">{t('popupAnswered', answered)}</footer>}
    </main>
  );
}

function defaultDisplay(): ClockDisplay {
  return { locale: uiLanguage(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
