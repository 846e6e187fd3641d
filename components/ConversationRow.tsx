// One conversation waiting for a reply: who, about what, on which marketplace, and its live countdown.
// The buyer's name is the row's button (its accessible name says what it does and contains the visible name, as
// WCAG 2.5.3 asks); CSS stretches its click area over the whole row, and the rest of the row stays plain text.
import type { Conversation } from '../lib/model';
import { Countdown } from './Countdown';
import { DeadlineDetails, type ClockDisplay } from './DeadlineDetails';
import { t } from './i18n';
import { CATEGORY_NAMES, PLATFORM_NAMES } from './platform-names';

export function ConversationRow({
  conversation,
  now,
  display,
  onOpen,
}: {
  conversation: Conversation;
  now: number;
  display: ClockDisplay;
  onOpen: (conversation: Conversation) => void;
}) {
  const buyer = conversation.buyer || t('unknownBuyer');
  return (
    <li className="conversation">
      <span className="conversation__line">
        <button
          type="button"
          className="conversation__open conversation__buyer"
          onClick={() => onOpen(conversation)}
          aria-label={t('openConversation', buyer)}
        >
          {buyer}
        </button>
        {conversation.dueAt !== null && (
          <Countdown dueAt={conversation.dueAt} now={now} approximate={conversation.awaitingSinceApprox} />
        )}
      </span>
      <span className="conversation__subject">{conversation.subject || t('noSubject')}</span>
      {conversation.status === 'awaiting' && <DeadlineDetails conversation={conversation} display={display} />}
      <span className="conversation__meta">
        <span className="conversation__platform">
          {t(PLATFORM_NAMES[conversation.platform])} · {conversation.marketplace}
        </span>
        {conversation.orderId && <span className="conversation__order">{t('orderLabel', conversation.orderId)}</span>}
      </span>
      <span className="conversation__triage">
        {conversation.triage?.urgent && <span className="tag tag--urgent">{t('urgentLabel')}</span>}
        <span className={`tag tag--tier-${conversation.priority}`} title={t('priorityLabel', conversation.priority)}>
          {conversation.priority} · {t(CATEGORY_NAMES[conversation.category])}
        </span>
        {conversation.triage?.noResponseNeeded && <span className="tag">{t('noResponseSuggested')}</span>}
      </span>
    </li>
  );
}
