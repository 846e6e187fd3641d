// The sidebar's actions on a conversation: mark replied, no response needed (Amazon only: only Amazon takes a
// message out of its metric), resolved, and escalate with a note (or withdraw it). Each is one message to the
// background; the result shows as a status line, a failure as an alert.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AgentStatus } from '../lib/messaging';
import type { Conversation } from '../lib/model';
import { availableStatuses } from '../lib/inbox/available-statuses';
import { MAX_NOTE_CHARS, type SidebarActions } from '../lib/sidebar-protocol';
import { t, type MessageKey } from './i18n';
import { errorText } from './SidebarTriage';

const DONE: Record<AgentStatus | 'escalated' | 'unescalated', MessageKey> = {
  replied: 'sidebarDone_replied',
  'no-response-needed': 'sidebarDone_no_response_needed',
  resolved: 'sidebarDone_resolved',
  escalated: 'sidebarDone_escalated',
  unescalated: 'sidebarDone_unescalated',
};

const LABELS: Record<AgentStatus, MessageKey> = {
  replied: 'sidebarMarkReplied',
  'no-response-needed': 'sidebarMarkNoResponseNeeded',
  resolved: 'sidebarMarkResolved',
};

export function SidebarActionsPanel({
  conversation,
  actions,
  onEscalationOpen,
}: {
  conversation: Conversation;
  actions: SidebarActions;
  /** Tells the sidebar that Esc belongs to the open note (closing it) rather than collapsing the sidebar. */
  onEscalationOpen?: (open: boolean) => void;
}) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [noteOpen, setNoteOpen] = useState(false);
  const [note, setNote] = useState('');
  const noteId = useId();
  const noteField = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    onEscalationOpen?.(noteOpen);
    if (noteOpen) noteField.current?.focus();
  }, [noteOpen, onEscalationOpen]);

  const run = (work: () => Promise<unknown>, done: MessageKey, after?: () => void) => {
    setPending(true);
    setOutcome(null);
    work().then(
      () => {
        setOutcome({ ok: true, text: t(done) });
        after?.();
      },
      (error: unknown) => setOutcome({ ok: false, text: t('sidebarActionFailed', errorText(error)) }),
    ).finally(() => setPending(false));
  };

  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) return;
    run(() => actions.escalate(conversation.id, note), DONE.escalated, () => {
      setNote('');
      setNoteOpen(false);
    });
  };

  const closeNoteOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setNoteOpen(false);
  };

  return (
    <section className="sidebar__section sidebar__actions" aria-labelledby="sidebar-actions-heading">
      <h2 id="sidebar-actions-heading">{t('sidebarActionsHeading')}</h2>
      <div className="sidebar__buttons">
        {availableStatuses(conversation).map((status) => (
          <button
            key={status}
            type="button"
            disabled={pending}
            data-action={status}
            title={status === 'no-response-needed' ? t('sidebarNoResponseNeededHint') : undefined}
            className={status === 'no-response-needed' && conversation.triage?.noResponseNeeded ? 'is-suggested' : undefined}
            onClick={() => run(() => actions.mark(conversation.id, status), DONE[status])}
          >
            {t(LABELS[status])}
          </button>
        ))}
        {conversation.escalation ? (
          <button type="button" disabled={pending} data-action="unescalate" onClick={() => run(() => actions.escalate(conversation.id, null), DONE.unescalated)}>
            {t('sidebarWithdrawEscalation')}
          </button>
        ) : (
          !noteOpen && (
            <button type="button" disabled={pending} data-action="escalate" onClick={() => setNoteOpen(true)}>
              {t('sidebarEscalate')}
            </button>
          )
        )}
      </div>
      {noteOpen && !conversation.escalation && (
        <form className="sidebar__note" onSubmit={submitNote} onKeyDown={closeNoteOnEscape}>
          <label htmlFor={noteId}>{t('sidebarEscalationNote')}</label>
          <textarea id={noteId} ref={noteField} value={note} maxLength={MAX_NOTE_CHARS} rows={3} onChange={(event) => setNote(event.target.value)} />
          <div className="sidebar__buttons">
            <button type="submit" disabled={pending || !note.trim()}>
              {t('sidebarEscalateSubmit')}
            </button>
            <button type="button" onClick={() => setNoteOpen(false)}>
              {t('sidebarCancel')}
            </button>
          </div>
        </form>
      )}
      {outcome && (
        <p className={outcome.ok ? 'sidebar__done' : 'sidebar__error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}
