// Where templates will appear (lib/templates, plugged in later): for now the search input the keyboard command
// focuses, and the insertion path every template will use: text to the page's reply box through the
// background and the content script, with the outcome said in the agent's language.
import { useCallback, useState, type Ref } from 'react';
import type { InsertFailure, InsertOutcome, SidebarActions } from '../lib/sidebar-protocol';
import { t, type MessageKey } from './i18n';
import { errorText } from './SidebarTriage';

const FAILURES: Record<InsertFailure, MessageKey> = {
  'no-reply-box': 'insert_no_reply_box',
  'not-editable': 'insert_not_editable',
  'conversation-changed': 'insert_conversation_changed',
  'no-page': 'insert_no_page',
  'too-long': 'insert_too_long',
};

export type InsertState = { state: 'idle' } | { state: 'pending' } | { state: 'done'; outcome: InsertOutcome } | { state: 'error'; message: string };

/** Inserts plain text into the page's reply box for `conversationId`, keeping the outcome to show. */
export function useInsertion(actions: SidebarActions, conversationId: string | null) {
  const [status, setStatus] = useState<InsertState>({ state: 'idle' });
  const insert = useCallback(
    async (text: string): Promise<InsertOutcome | null> => {
      setStatus({ state: 'pending' });
      try {
        const outcome = await actions.insert(text, conversationId);
        setStatus({ state: 'done', outcome });
        return outcome;
      } catch (error) {
        setStatus({ state: 'error', message: errorText(error) });
        return null;
      }
    },
    [actions, conversationId],
  );
  return { insert, status };
}

export function InsertStatus({ status }: { status: InsertState }) {
  if (status.state === 'done' && status.outcome.inserted) {
    return (
      <p className="sidebar__done" role="status" data-testid="insert-status">
        {t('sidebarInserted')}
      </p>
    );
  }
  if (status.state === 'done' && !status.outcome.inserted) {
    return (
      <p className="sidebar__error" role="alert" data-testid="insert-status">
        {t(FAILURES[status.outcome.reason] ?? 'insert_no_page')}
      </p>
    );
  }
  if (status.state === 'error') {
    return (
      <p className="sidebar__error" role="alert" data-testid="insert-status">
        {t('sidebarActionFailed', status.message)}
      </p>
    );
  }
  return null;
}

export function SidebarTemplates({
  ref,
  conversationId,
  actions,
}: {
  ref?: Ref<HTMLInputElement>;
  conversationId: string | null;
  actions: SidebarActions;
}) {
  const [query, setQuery] = useState('');
  // Templates will call insert(text) for the chosen one; Enter will insert the top match once they land.
  const { status } = useInsertion(actions, conversationId);
  return (
    <section className="sidebar__section sidebar__templates" aria-labelledby="sidebar-templates-heading">
      <h2 id="sidebar-templates-heading">{t('sidebarTemplatesHeading')}</h2>
      <input
        ref={ref}
        type="search"
        className="sidebar__search"
        value={query}
        placeholder={t('sidebarTemplateSearch')}
        aria-label={t('sidebarTemplateSearch')}
        onChange={(event) => setQuery(event.target.value)}
      />
      <p className="sidebar__hint">{t('sidebarTemplatesSoon')}</p>
      <InsertStatus status={status} />
    </section>
  );
}
