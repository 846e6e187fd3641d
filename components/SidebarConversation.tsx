// The sidebar's conversation card: buyer, subject, order, platform and marketplace, status, and the reply
// clock (live countdown, team target and platform deadline, how long the buyer has waited). Buyer and page
// text is rendered as text nodes only.
import type { Conversation, ConversationStatus } from '../lib/model';
import { countdown, type CountdownUnits } from '../lib/time/countdown';
import { Countdown } from './Countdown';
import { DeadlineDetails, formatDeadline, type ClockDisplay } from './DeadlineDetails';
import { t, type MessageKey } from './i18n';
import { PLATFORM_NAMES } from './platform-names';

export const STATUS_NAMES: Record<ConversationStatus, MessageKey> = {
  awaiting: 'status_awaiting',
  replied: 'status_replied',
  'no-response-needed': 'status_no_response_needed',
  resolved: 'status_resolved',
};

const DURATION_MESSAGES: Record<CountdownUnits, MessageKey> = {
  'days-hours': 'durationDaysHours',
  'hours-minutes': 'durationHoursMinutes',
  'minutes-seconds': 'durationMinutesSeconds',
};

/** A span of time in the same two units the countdowns use ("5h 12m"). */
export function formatDuration(from: number, to: number): string {
  const { units, values } = countdown(from, to);
  const [first, second] = values;
  return t(DURATION_MESSAGES[units], first, units === 'minutes-seconds' ? String(second).padStart(2, '0') : second);
}

export function SidebarConversation({ conversation, now, display }: { conversation: Conversation; now: number; display: ClockDisplay }) {
  const approx = conversation.awaitingSinceApprox ? '≈ ' : '';
  return (
    <section className="sidebar__section sidebar__conversation" aria-label={t('sidebarConversationHeading')}>
      <p className="sidebar__buyer" data-testid="buyer">
        {conversation.buyer || t('unknownBuyer')}
      </p>
      <p className="sidebar__subject">{conversation.subject || t('noSubject')}</p>
      <p className="sidebar__meta">
        <span data-testid="marketplace">
          {t(PLATFORM_NAMES[conversation.platform])} · {conversation.marketplace}
        </span>
        {conversation.orderId && <span data-testid="order">{t('orderLabel', conversation.orderId)}</span>}
      </p>
      <p className={`sidebar__status sidebar__status--${conversation.status}`} data-testid="status">
        {t(STATUS_NAMES[conversation.status])}
      </p>
      {conversation.escalation && (
        <div className="sidebar__escalation" data-testid="escalation">
          <strong>{t('sidebarEscalatedAt', formatDeadline(conversation.escalation.at, display))}</strong>
          <p>{conversation.escalation.note}</p>
        </div>
      )}

      {conversation.status === 'awaiting' && (
        <div className="sidebar__clocks" aria-label={t('sidebarClocksHeading')}>
          {conversation.dueAt !== null && (
            <Countdown dueAt={conversation.dueAt} now={now} approximate={conversation.awaitingSinceApprox} />
          )}
          <DeadlineDetails conversation={conversation} display={display} />
          {conversation.awaitingSince !== null && (
            <span className="sidebar__waiting" data-testid="waiting">
              {t('sidebarWaiting', approx + formatDuration(conversation.awaitingSince, now))}
            </span>
          )}
        </div>
      )}
    </section>
  );
}
