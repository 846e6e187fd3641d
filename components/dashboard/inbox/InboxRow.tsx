// One row of the dashboard inbox: a checkbox for bulk actions, the conversation's platform, marketplace,
// buyer (the button that opens it), subject, category, priority, status, live countdown and wait. Buyer and
// subject are page text, rendered as text nodes only.
import { memo, type MouseEvent } from 'react';
import { waitedMs } from '../../../lib/inbox/filter-conversations';
import type { Conversation } from '../../../lib/model';
import { Countdown } from '../../Countdown';
import { t } from '../../i18n';
import { CATEGORY_NAMES, PLATFORM_NAMES } from '../../platform-names';
import { formatDuration, STATUS_NAMES } from '../../SidebarConversation';

/** Nothing to count (not awaiting): a dash on screen, words for a screen reader. */
function NoClock() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('inboxNoClock')}</span>
    </>
  );
}

export interface InboxRowProps {
  conversation: Conversation;
  /** Position among the shown rows (0-based), for aria-rowindex and shift-click ranges. */
  index: number;
  /** The one shared clock: every row's countdown ticks from the same re-render. */
  now: number;
  selected: boolean;
  /** Pixels from the top of the scrolled list (the virtualiser's placement). */
  top: number;
  onSelect: (index: number, checked: boolean, range: boolean) => void;
  onOpen: (conversation: Conversation) => void;
}

export const InboxRow = memo(function InboxRow({ conversation, index, now, selected, top, onSelect, onOpen }: InboxRowProps) {
  const buyer = conversation.buyer || t('unknownBuyer');
  const waited = waitedMs(conversation, now);
  // A click anywhere on the row opens the conversation, except on its own controls (checkbox, buttons).
  const openFromRow = (event: MouseEvent<HTMLDivElement>) => {
    if ((event.target as Element).closest('input, button, label, a, select')) return;
    onOpen(conversation);
  };
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`inbox-row${selected ? ' is-selected' : ''}`}
      data-id={conversation.id}
      style={{ transform: `translateY(${top}px)` }}
      onClick={openFromRow}
    >
      <span role="cell" className="inbox-cell inbox-cell--select">
        <input
          type="checkbox"
          checked={selected}
          aria-label={t('inboxSelectRow', buyer)}
          onClick={(event) => onSelect(index, event.currentTarget.checked, event.shiftKey)}
          onChange={() => undefined /* handled on click, which carries the shift key */}
        />
      </span>
      <span role="cell" className="inbox-cell" data-column="platform">
        {t(PLATFORM_NAMES[conversation.platform])}
      </span>
      <span role="cell" className="inbox-cell" data-column="marketplace">
        {conversation.marketplace}
      </span>
      <span role="cell" className="inbox-cell" data-column="buyer">
        <button type="button" className="inbox-row__open" onClick={() => onOpen(conversation)} title={t('openConversation', buyer)}>
          {buyer}
        </button>
      </span>
      <span role="cell" className="inbox-cell inbox-cell--subject" data-column="subject" title={conversation.subject}>
        {conversation.subject || t('noSubject')}
      </span>
      <span role="cell" className="inbox-cell" data-column="category">
        {t(CATEGORY_NAMES[conversation.category])}
      </span>
      <span role="cell" className="inbox-cell" data-column="priority">
        <span className={`inbox-tier inbox-tier--${conversation.priority}`} title={t('priorityLabel', conversation.priority)}>
          {conversation.priority}
        </span>
        {conversation.triage?.urgent && <span className="inbox-urgent">{t('urgentLabel')}</span>}
      </span>
      <span role="cell" className="inbox-cell" data-column="status" data-status={conversation.status}>
        {t(STATUS_NAMES[conversation.status])}
      </span>
      <span role="cell" className="inbox-cell" data-column="due">
        {conversation.dueAt !== null ? <Countdown dueAt={conversation.dueAt} now={now} approximate={conversation.awaitingSinceApprox} /> : <NoClock />}
      </span>
      <span role="cell" className="inbox-cell" data-column="waited">
        {waited !== null ? `${conversation.awaitingSinceApprox ? '≈ ' : ''}${formatDuration(conversation.awaitingSince!, now)}` : <NoClock />}
      </span>
    </div>
  );
});
