// The dashboard's unified inbox: every tracked conversation from every platform and marketplace, filtered,
// searched and sorted (lib/inbox), with live countdowns from one shared clock, bulk actions through the
// background, and a click that focuses or opens the conversation. Filters and sort live in the URL hash.
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { inboxRows } from '../../lib/inbox/filter-conversations';
import { inboxViewFromHash, inboxViewToHash, type InboxView as InboxViewState } from '../../lib/inbox/filters-in-hash';
import { selectedShown, toggleAllShown, toggleRows, type Selection } from '../../lib/inbox/selection';
import { sendMessage, type BulkAction } from '../../lib/messaging';
import type { Conversation } from '../../lib/model';
import { t, uiLanguage } from '../i18n';
import { errorText } from '../SidebarTriage';
import { useNow } from '../use-now';
import type { DashboardSectionProps } from './DashboardApp';
import { BulkActionBar } from './inbox/BulkActionBar';
import { InboxFilterBar } from './inbox/InboxFilterBar';
import { InboxTable } from './inbox/InboxTable';
import './inbox.css';

const MINUTE = 60_000;

/** Whether the page's hash belongs to the inbox (the dashboard's default section when it has none). */
function hashIsInbox(hash: string): boolean {
  return hash === '' || hash === '#' || hash === '#inbox' || hash.startsWith('#inbox?');
}

export function InboxView({ db, initialNow }: DashboardSectionProps) {
  // One clock for the whole table: every row's countdown moves on the same re-render, no timer per row.
  const now = useNow(1000, initialNow);
  const conversations = useLiveQuery(() => db.conversations.toArray(), [db]);
  const [view, setView] = useState<InboxViewState>(() => inboxViewFromHash(location.hash));
  // Typing in the search box stays responsive while 10,000 rows are filtered behind it.
  const shownView = useDeferredValue(view);
  const [selection, setSelection] = useState<Selection>(() => new Set());
  const lastChecked = useRef<number | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (hashIsInbox(location.hash)) history.replaceState(history.state, '', inboxViewToHash(view));
  }, [view]);
  useEffect(() => {
    // A link or the Inbox tab changing the hash: follow it (replaceState above fires no hashchange).
    const follow = () => {
      if (hashIsInbox(location.hash)) setView(inboxViewFromHash(location.hash));
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  // Only the overdue filter needs the second; the sort's order does not move as time passes (waits all grow
  // alike), so otherwise the rows are worked out again at most once a minute, not on every tick.
  const rowsNow = shownView.filters.overdueOnly ? now : Math.floor(now / MINUTE) * MINUTE;
  const language = uiLanguage();
  const rows = useMemo(
    () => (conversations ? inboxRows(conversations, shownView.filters, shownView.sort, rowsNow, language) : []),
    [conversations, shownView, rowsNow, language],
  );
  const selected = useMemo(() => selectedShown(rows, selection), [rows, selection]);

  const onSelect = useCallback(
    (index: number, checked: boolean, range: boolean) => {
      // Read the anchor now: the state updater runs later, after it has moved to this row.
      const from = range ? lastChecked.current : null;
      setSelection((current) => toggleRows(rows, current, index, checked, from));
      lastChecked.current = index;
    },
    [rows],
  );

  const onOpen = useCallback((conversation: Conversation) => {
    sendMessage('openConversation', { id: conversation.id }).then(
      (result) => setOutcome(result === 'unknown' ? { ok: false, text: t('inboxOpenUnknown') } : null),
      (error: unknown) => setOutcome({ ok: false, text: t('inboxOpenFailed', errorText(error)) }),
    );
  }, []);

  const runBulk = (action: BulkAction) => {
    setPending(true);
    setOutcome(null);
    sendMessage('bulkUpdate', { ids: selected.map((conversation) => conversation.id), action })
      .then(
        ({ updated, skipped }) => {
          setOutcome({ ok: true, text: t('inboxBulkDone', updated, skipped) });
          setSelection(new Set());
        },
        (error: unknown) => setOutcome({ ok: false, text: t('inboxBulkFailed', errorText(error)) }),
      )
      .finally(() => setPending(false));
  };

  const number = new Intl.NumberFormat(language);
  return (
    <section className="panel inbox" aria-labelledby="inbox-heading">
      <header className="inbox__header">
        <h2 id="inbox-heading">{t('inboxHeading')}</h2>
        {conversations !== undefined && (
          <p className="inbox__count" data-testid="inbox-count" aria-live="polite">
            {t('inboxCount', number.format(rows.length), number.format(conversations.length))}
          </p>
        )}
      </header>
      <InboxFilterBar filters={view.filters} onChange={(filters) => setView((current) => ({ ...current, filters }))} />
      <BulkActionBar selected={selected} pending={pending} onRun={runBulk} onClear={() => setSelection(new Set())} />
      {outcome && (
        <p className={outcome.ok ? 'message--ok' : 'message--error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      {conversations === undefined ? (
        <p>{t('inboxLoading')}</p>
      ) : conversations.length === 0 ? (
        <p className="inbox__empty">{t('inboxEmpty')}</p>
      ) : (
        <>
          <InboxTable
            rows={rows}
            now={now}
            sort={view.sort}
            onSort={(sort) => setView((current) => ({ ...current, sort }))}
            selection={selection}
            selectedCount={selected.length}
            onSelectAll={() => setSelection((current) => toggleAllShown(rows, current))}
            onSelect={onSelect}
            onOpen={onOpen}
          />
          {rows.length === 0 && <p className="inbox__empty">{t('inboxNoMatch')}</p>}
        </>
      )}
    </section>
  );
}
