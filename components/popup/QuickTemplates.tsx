// The popup's quick templates: search the library, copy a template filled with the agent's name, shop and date
// (buyer and order details left as [placeholders]). "Copied" is announced in a live region; when the clipboard
// refuses, the text appears selected in a box for Ctrl+C, so nothing is lost.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ReplyclockDb } from '../../lib/db';
import type { Template } from '../../lib/model';
import type { TeamProfile } from '../../lib/settings/team-settings';
import { searchTemplates, type SearchContext } from '../../lib/templates/search';
import { t } from '../i18n';
import { PLATFORM_NAMES } from '../platform-names';
import { quickTemplateText } from './quick-template-text';

/** How many templates the popup lists: enough to pick from, few enough to stay small. */
export const QUICK_TEMPLATE_LIMIT = 5;

/**
 * The popup serves no one conversation, so no platform is ruled out: every template is searched as if it fitted
 * any platform (its own platforms are shown beside it), and the buyer's language is unknown ('und': English first).
 */
const ANY_CONVERSATION: SearchContext = { platform: 'amazon', language: 'und', category: null };

type CopyState = { state: 'idle' } | { state: 'copied'; name: string } | { state: 'failed'; text: string };

export function QuickTemplates({
  db,
  team,
  now,
  copyText,
}: {
  db: ReplyclockDb;
  team: TeamProfile;
  now: number;
  copyText: (text: string) => Promise<void>;
}) {
  const stored = useLiveQuery(() => db.templates.toArray(), [db]);
  // One stable list per load, so the search's index is built once, not on every keystroke.
  const searchable = useMemo(() => (stored ?? []).map((template): Template => ({ ...template, platforms: [] })), [stored]);
  const [query, setQuery] = useState('');
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });
  const fallback = useRef<HTMLTextAreaElement>(null);
  // Dates change by the day: re-filling the list on every clock second would only cost.
  const minute = Math.floor(now / 60_000) * 60_000;

  const offers = useMemo(() => {
    const byId = new Map((stored ?? []).map((template) => [template.id, template]));
    return searchTemplates(searchable, query, ANY_CONVERSATION, QUICK_TEMPLATE_LIMIT).map((found) => {
      const template = byId.get(found.id) ?? found;
      return { template, rendered: quickTemplateText(template, team, minute) };
    });
  }, [stored, searchable, query, team, minute]);

  useEffect(() => {
    if (copy.state === 'failed') fallback.current?.select();
  }, [copy]);

  const copyOne = async (template: Template, text: string) => {
    try {
      await copyText(text);
      setCopy({ state: 'copied', name: template.name });
    } catch {
      setCopy({ state: 'failed', text });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter copies the best match; not the Enter that ends a Chinese IME composition.
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    const first = offers.find((offer) => offer.rendered !== null);
    if (!first) return;
    event.preventDefault();
    void copyOne(first.template, first.rendered!.text);
  };

  return (
    <section className="popup__section popup__templates" aria-labelledby="popup-templates-heading">
      <h2 id="popup-templates-heading">{t('popupTemplatesHeading')}</h2>
      <input
        type="search"
        className="popup__search"
        value={query}
        placeholder={t('popupTemplatesSearch')}
        aria-label={t('popupTemplatesSearch')}
        aria-describedby="popup-templates-hint"
        onChange={(event) => {
          setQuery(event.target.value);
          setCopy({ state: 'idle' });
        }}
        onKeyDown={onKeyDown}
      />
      <p id="popup-templates-hint" className="popup__muted">
        {t('popupTemplatesHint')}
      </p>
      {stored !== undefined && stored.length === 0 && <p className="popup__muted">{t('popupTemplatesEmpty')}</p>}
      {stored !== undefined && stored.length > 0 && offers.length === 0 && (
        <p className="popup__muted">{t('popupTemplatesNoMatch', query.trim())}</p>
      )}
      {offers.length > 0 && (
        <ul className="popup__template-list" aria-labelledby="popup-templates-heading">
          {offers.map(({ template, rendered }) => (
            <li key={template.id ?? template.name} className="popup__template">
              <span className="popup__template-text">
                <span className="popup__template-name">{template.name}</span>
                {template.platforms.length > 0 && (
                  <span className="popup__template-platforms">{template.platforms.map((p) => t(PLATFORM_NAMES[p])).join(' · ')}</span>
                )}
                <span className="popup__template-preview">{rendered ? rendered.text : t('popupTemplateBroken', template.name)}</span>
              </span>
              {rendered && (
                <button
                  type="button"
                  className="popup__button"
                  aria-label={t('popupCopyTemplate', template.name)}
                  onClick={() => void copyOne(template, rendered.text)}
                >
                  {t('popupCopy')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Always in the page, so screen readers hear the change when it is filled. */}
      <p className={copy.state === 'failed' ? 'popup__copy-status popup__copy-status--failed' : 'popup__copy-status'} role="status" aria-live="polite" data-testid="copy-status">
        {copy.state === 'copied' ? t('popupCopied', copy.name) : copy.state === 'failed' ? t('popupCopyFailed') : ''}
      </p>
      {copy.state === 'failed' && (
        <textarea
          ref={fallback}
          className="popup__copy-fallback"
          aria-label={t('popupCopyText')}
          readOnly
          rows={5}
          value={copy.text}
        />
      )}
    </section>
  );
}
