// The template panel: a search the keyboard command focuses, the best templates for the open conversation
// (ranked and rendered by lib/templates/offer.ts) with their gaps highlighted and their policy problems named,
// and the insertion path: text to the page's reply box through the background and the content script, with
// the outcome said in the agent's language. Keyboard first: type, ↑/↓, Enter; or a template's own shortcut.
import { useCallback, useEffect, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent, type Ref } from 'react';
import type { Conversation, Template } from '../lib/model';
import type { InsertFailure, InsertOutcome, SidebarActions } from '../lib/sidebar-protocol';
import type { ComplianceRule } from '../lib/templates/compliance';
import {
  DEFAULT_TEMPLATE_CONTEXT,
  OFFER_LIMIT,
  offerFor,
  templateForShortcut,
  templateOffers,
  variablesFor,
  type TemplateContext,
  type TemplateOffer,
} from '../lib/templates/offer';
import { placeholder } from '../lib/templates/render';
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

/** Each compliance rule's name for the agent (the dashboard's template editor names them too). */
export const RULE_NAMES: Record<ComplianceRule, MessageKey> = {
  'amazon-external-link': 'compliance_amazon_external_link',
  'amazon-contact-details': 'compliance_amazon_contact_details',
  'amazon-marketing': 'compliance_amazon_marketing',
  'amazon-review-incentive': 'compliance_amazon_review_incentive',
  'ebay-offsite-trade': 'compliance_ebay_offsite_trade',
  'ebay-contact-details': 'compliance_ebay_contact_details',
  'etsy-offsite-payment': 'compliance_etsy_offsite_payment',
};

/**
 * The library and the team's template settings, fetched from the background (the framed sidebar cannot open
 * the database); [] and the defaults until it answers. Fetched again whenever the sidebar comes back into
 * view or focus: the dashboard edits templates and settings in another tab, and the agent who just saved a
 * template there sees it here without reloading the seller page.
 */
function useTemplates(actions: SidebarActions, getContext?: () => Promise<TemplateContext>): [Template[], TemplateContext, () => void] {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [context, setContext] = useState<TemplateContext>(DEFAULT_TEMPLATE_CONTEXT);
  const [version, setVersion] = useState(0);
  const refetch = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    actions.getTemplates().then(
      (list) => live && setTemplates(list),
      () => undefined, // no templates is still a working sidebar: the search simply finds nothing
    );
    getContext?.().then(
      (value) => live && value && setContext(value),
      () => undefined, // without the settings the defaults fill in (shifts) or leave visible gaps (names)
    );
    return () => {
      live = false;
    };
  }, [actions, getContext, version]);
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') refetch();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refetch);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refetch);
    };
  }, [refetch]);
  return [templates, context, refetch];
}

/** The rendered text with unfilled variables and unknown tags marked, as React text (never markup). */
function Preview({ offer }: { offer: TemplateOffer }) {
  return (
    <p className="sidebar__template-preview" data-testid="template-preview">
      {offer.rendered.parts.map((part, i) =>
        part.missing !== undefined || part.unknown ? (
          <mark key={i} className="sidebar__template-gap">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}

export function SidebarTemplates({
  ref,
  conversationId,
  conversation,
  now,
  actions,
  getContext,
}: {
  ref?: Ref<HTMLInputElement>;
  conversationId: string | null;
  /** The conversation the templates are filled for; none (not tracked yet) means nothing to offer. */
  conversation?: Conversation;
  now: number;
  actions: SidebarActions;
  /** The team's names, shifts and days off for {{agentName}}, {{shopName}} and {{replyBy}} (from the background). */
  getContext?: () => Promise<TemplateContext>;
}) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const [templates, context, refetch] = useTemplates(actions, getContext);
  const { insert, status } = useInsertion(actions, conversationId);
  // Dates in templates change by the day: re-rendering on every clock second would only cost.
  const minute = Math.floor(now / 60_000) * 60_000;
  const offers = useMemo(
    () => (conversation ? templateOffers(templates, query, conversation, minute, OFFER_LIMIT, context) : []),
    [templates, query, conversation, minute, context],
  );
  const current = Math.min(selected, Math.max(0, offers.length - 1));

  const choose = useCallback(
    async (offer: TemplateOffer | undefined) => {
      if (!offer) return;
      const outcome = await insert(offer.rendered.text);
      // Counted only when it reached the reply box: a failed insert is not a use.
      if (outcome?.inserted && offer.template.id !== undefined) {
        await actions.templateUsed(offer.template.id).then(refetch, () => undefined);
      }
    },
    [actions, insert, refetch],
  );

  useEffect(() => {
    // A template's own shortcut (alt+1 …) inserts it from anywhere in the sidebar, without searching.
    if (!conversation) return;
    const onKey = (event: KeyboardEvent) => {
      const template = templateForShortcut(templates, event, conversation.platform);
      if (!template || event.defaultPrevented) return;
      event.preventDefault();
      const at = Date.now();
      void choose(offerFor(template, conversation, at, variablesFor(conversation, at, context)) ?? undefined);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [templates, conversation, choose, context]);

  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setSelected(Math.min(Math.max(current + step, 0), Math.max(0, offers.length - 1)));
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      // isComposing: Enter that ends a Chinese/Japanese IME composition must not insert a reply.
      event.preventDefault();
      void choose(offers[current]);
    }
  };

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
        aria-controls="sidebar-template-list"
        aria-activedescendant={offers[current] ? `sidebar-template-${current}` : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setSelected(0); // a new query: the top match is the one Enter takes
        }}
        onKeyDown={onKeyDown}
      />
      <p className="sidebar__hint">{t('sidebarTemplatesHint')}</p>
      {conversation && offers.length === 0 && templates.length > 0 ? <p className="sidebar__empty">{t('sidebarTemplatesNone')}</p> : null}
      <ul id="sidebar-template-list" className="sidebar__template-list" role="listbox" aria-label={t('sidebarTemplatesLabel')}>
        {offers.map((offer, i) => (
          <li
            key={offer.template.id ?? offer.template.name}
            id={`sidebar-template-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'sidebar__template sidebar__template--selected' : 'sidebar__template'}
            data-testid="template"
            onMouseDown={(event) => event.preventDefault()} // keep focus in the search
            onClick={() => {
              setSelected(i);
              void choose(offer);
            }}
          >
            <strong className="sidebar__template-name">{offer.template.name}</strong>
            {offer.template.shortcut ? <span className="sidebar__hint"> {t('sidebarTemplateShortcut', offer.template.shortcut)}</span> : null}
            <Preview offer={offer} />
            {offer.rendered.missing.length > 0 ? (
              <p className="sidebar__hint" data-testid="template-missing">
                {t('sidebarTemplateMissing', offer.rendered.missing.map(placeholder).join(', '))}
              </p>
            ) : null}
            {offer.warnings.map((warning) => (
              <p key={`${warning.rule}:${warning.index}`} className="sidebar__error" data-testid="template-warning" data-rule={warning.rule}>
                {t('sidebarComplianceWarning', t(RULE_NAMES[warning.rule]), warning.match)}
              </p>
            ))}
          </li>
        ))}
      </ul>
      <InsertStatus status={status} />
    </section>
  );
}
