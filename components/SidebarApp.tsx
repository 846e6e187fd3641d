// The sidebar shown beside a seller's open conversation (an extension page in an iframe the content script
// mounts): who and which order, the live reply clock, why triage chose its category (with a correction), the
// agent's actions, and the template search. Reads the conversation live (SidebarFeed: Dexie, or the
// background where the browser refuses the database to a framed page); asks the background only to act.
import { useEffect, useRef } from 'react';
import type { SidebarActions } from '../lib/sidebar-protocol';
import type { TemplateContext } from '../lib/templates/offer';
import type { ClockDisplay } from './DeadlineDetails';
import { t, uiLanguage } from './i18n';
import { SidebarActionsPanel } from './SidebarActionsPanel';
import { SidebarConversation } from './SidebarConversation';
import { useConversation, type ConversationFeed } from './SidebarFeed';
import { SidebarTemplates } from './SidebarTemplates';
import { SidebarTriage } from './SidebarTriage';
import { useNow } from './use-now';
import './sidebar.css';

export interface SidebarAppProps {
  /** Where the conversation is read from: dexieFeed(db), or backgroundFeed where the frame has no database. */
  feed: ConversationFeed;
  /** platform:marketplace:threadId of the conversation the page shows; null on a page that shows none. */
  conversationId: string | null;
  actions: SidebarActions;
  /** Changes (a new "#search-n" fragment) when the keyboard command asks for the search input. */
  searchRequest?: string;
  /** Fixed clock for tests; the live one otherwise. */
  initialNow?: number;
  display?: ClockDisplay;
  /** The team's names, shifts and days off for templates (the background reads them from the settings). */
  getTemplateContext?: () => Promise<TemplateContext>;
}

export function SidebarApp({
  feed,
  conversationId,
  actions,
  searchRequest = '',
  initialNow,
  display = defaultDisplay(),
  getTemplateContext,
}: SidebarAppProps) {
  const now = useNow(1000, initialNow);
  // [conversation] so "not stored yet" (undefined inside) differs from "still loading" (undefined outside).
  const found = useConversation(feed, conversationId);
  const searchInput = useRef<HTMLInputElement>(null);
  const escalationOpen = useRef(false);

  useEffect(() => {
    if (searchRequest.startsWith('#search')) searchInput.current?.focus();
  }, [searchRequest]);

  useEffect(() => {
    // Esc anywhere in the sidebar collapses it (an open escalation note closes first: its own handler).
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || escalationOpen.current) return;
      event.preventDefault();
      void actions.layout('collapse').catch(() => undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [actions]);

  const conversation = found?.[0];
  return (
    <main className="sidebar">
      <header className="sidebar__header">
        <h1>{t('extName')}</h1>
        <div className="sidebar__window">
          <button type="button" onClick={() => void actions.layout('toggle-side').catch(() => undefined)} aria-label={t('sidebarMoveSide')} title={t('sidebarMoveSide')}>
            ⇄
          </button>
          <button type="button" onClick={() => void actions.layout('collapse').catch(() => undefined)} aria-label={t('sidebarCollapse')} title={t('sidebarCollapse')}>
            ⟩
          </button>
        </div>
      </header>

      {conversationId === null ? (
        <p className="sidebar__empty">{t('sidebarNoConversation')}</p>
      ) : found === undefined ? (
        <p className="sidebar__empty">{t('popupLoading')}</p>
      ) : conversation === undefined ? (
        <p className="sidebar__empty">{t('sidebarNotTracked')}</p>
      ) : (
        <>
          <SidebarConversation conversation={conversation} now={now} display={display} />
          <SidebarTriage conversation={conversation} actions={actions} />
          <SidebarActionsPanel
            conversation={conversation}
            actions={actions}
            onEscalationOpen={(open) => {
              escalationOpen.current = open;
            }}
          />
        </>
      )}

      <SidebarTemplates
        ref={searchInput}
        conversationId={conversationId}
        conversation={conversation}
        now={now}
        actions={actions}
        getContext={getTemplateContext}
      />
    </main>
  );
}

function defaultDisplay(): ClockDisplay {
  return { locale: uiLanguage(), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
