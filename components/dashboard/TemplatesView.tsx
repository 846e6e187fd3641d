// The dashboard's Templates section: the library (search and filters), the editor for one template (or a new
// one), import / export for sharing across a team, and a restore of the default pack. Reads Dexie live; writes
// through lib/templates/library.ts. The sidebar fetches the library afresh whenever it comes into view, so an
// edit here reaches it without reloading anything.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { filterLibrary, NO_FILTER, type LibraryFilter } from '../../lib/templates/library-list';
import { loadTemplateContext } from '../../lib/templates/sidebar-context';
import { t } from '../i18n';
import { useNow } from '../use-now';
import type { DashboardSectionProps } from './DashboardApp';
import { TemplateEditor, type EditorNotice } from './templates/TemplateEditor';
import { TemplateExchange } from './templates/TemplateExchange';
import { TemplateList } from './templates/TemplateList';
import './templates.css';

export function TemplatesView({ db, initialNow }: DashboardSectionProps) {
  const now = useNow(60_000, initialNow);
  const templates = useLiveQuery(() => db.templates.toArray(), [db]);
  // The team's names and shifts fill the preview as they fill the sidebar (read again each hour: days off).
  const hour = Math.floor(now / 3_600_000);
  const context = useLiveQuery(() => loadTemplateContext(db, hour * 3_600_000), [db, hour]);
  const [filter, setFilter] = useState<LibraryFilter>(NO_FILTER);
  const [selection, setSelection] = useState<number | 'new' | null>(null);
  const [notice, setNotice] = useState<EditorNotice | null>(null);
  const shown = useMemo(() => filterLibrary(templates ?? [], filter), [templates, filter]);

  if (templates === undefined) return <p>{t('popupLoading')}</p>;
  const selected = typeof selection === 'number' ? templates.find((tpl) => tpl.id === selection) : undefined;

  return (
    <div className="templates">
      <div className="templates__side">
        <section className="panel" aria-labelledby="templates-library-heading">
          <div className="templates__heading">
            <h2 id="templates-library-heading">{t('editorLibraryHeading')}</h2>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setSelection('new');
                setNotice(null);
              }}
            >
              {t('editorNew')}
            </button>
          </div>
          <TemplateList templates={templates} shown={shown} filter={filter} onFilter={setFilter} selectedId={selected?.id ?? null} onSelect={setSelection} />
        </section>
        <TemplateExchange db={db} templates={templates} shown={shown} onNotice={setNotice} />
      </div>
      <div className="templates__main">
        <div role="status" className="templates__notice">
          {notice?.kind === 'ok' && <p className="message--ok">{notice.text}</p>}
        </div>
        {notice?.kind === 'error' && (
          <p className="message--error" role="alert" data-testid="templates-error">
            {notice.text}
          </p>
        )}
        {selection === 'new' || selected ? (
          <TemplateEditor
            key={selected?.id ?? 'new'}
            db={db}
            template={selected ?? null}
            templates={templates}
            now={now}
            context={context}
            onSaved={setSelection}
            onDeleted={() => setSelection(null)}
            onNotice={setNotice}
          />
        ) : (
          <p className="panel field__hint">{t('editorChoose')}</p>
        )}
      </div>
    </div>
  );
}
