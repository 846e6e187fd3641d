// The sidebar's triage section: priority, category (the agent can correct it: setCategory, which sticks) and
// the reasons triage read in the buyer's own words.
import { useId, useState } from 'react';
import { CATEGORIES, type Category, type Conversation } from '../lib/model';
import type { SidebarActions } from '../lib/sidebar-protocol';
import { t, type MessageKey } from './i18n';
import { CATEGORY_NAMES } from './platform-names';

/** Triage's reason kinds (lib/triage/classify.ts), in words. An unknown kind shows its matched words alone. */
const REASON_NAMES: Record<string, MessageKey> = {
  keyword: 'reason_keyword',
  signal: 'reason_signal',
  'urgency-word': 'reason_urgency_word',
  threat: 'reason_threat',
  shouting: 'reason_shouting',
  'repeated-messages': 'reason_repeated_messages',
  negated: 'reason_negated',
  question: 'reason_question',
  thanks: 'reason_thanks',
};

export function SidebarTriage({ conversation, actions }: { conversation: Conversation; actions: SidebarActions }) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const selectId = useId();
  const triage = conversation.triage;
  const reasons = triage?.reasons ?? [];

  const correct = (category: Category) => {
    setOutcome(null);
    actions.setCategory(conversation.id, category).then(
      () => setOutcome({ ok: true, text: t('sidebarDone_category', t(CATEGORY_NAMES[category])) }),
      (error: unknown) => setOutcome({ ok: false, text: t('sidebarActionFailed', errorText(error)) }),
    );
  };

  return (
    <section className="sidebar__section sidebar__triage" aria-labelledby="sidebar-triage-heading">
      <h2 id="sidebar-triage-heading">{t('sidebarTriageHeading')}</h2>
      <p className="sidebar__tags">
        {triage?.urgent && <span className="tag tag--urgent">{t('urgentLabel')}</span>}
        <span className={`tag tag--tier-${conversation.priority}`} data-testid="priority">
          {t('priorityLabel', conversation.priority)}
        </span>
        {triage?.noResponseNeeded && <span className="tag">{t('noResponseSuggested')}</span>}
      </p>
      <div className="sidebar__category">
        <label htmlFor={selectId}>{t('sidebarCategoryLabel')}</label>
        <select id={selectId} value={conversation.category} onChange={(event) => correct(event.target.value as Category)}>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(CATEGORY_NAMES[category])}
            </option>
          ))}
        </select>
        {conversation.categoryByAgent && <span className="sidebar__by-agent">{t('sidebarCategoryByAgent')}</span>}
      </div>
      {triage && conversation.categoryByAgent && triage.category !== conversation.category && (
        <p className="sidebar__hint">{t('sidebarTriageCategory', t(CATEGORY_NAMES[triage.category]))}</p>
      )}
      {reasons.length > 0 ? (
        <ul className="sidebar__reasons" aria-label={t('sidebarReasonsLabel')}>
          {reasons.map((reason, index) => (
            <li key={`${index}:${reason.kind}:${reason.match}`} data-kind={reason.kind}>
              {REASON_NAMES[reason.kind] && <span className="reason__kind">{t(REASON_NAMES[reason.kind]!)}</span>}
              <q className="reason__match">{reason.match}</q>
              {reason.category && CATEGORY_NAMES[reason.category] && (
                <span className="reason__category">→ {t(CATEGORY_NAMES[reason.category])}</span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        triage && <p className="sidebar__hint">{t('sidebarNoReasons')}</p>
      )}
      {outcome && (
        <p className={outcome.ok ? 'sidebar__done' : 'sidebar__error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
