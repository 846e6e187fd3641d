// One template in the editor: its fields, what is wrong while typing (syntax, shortcut format, a shortcut
// another template has, each platform's compliance rules by name), the preview, the read-only use history,
// and save / duplicate / delete (delete asks first). Writes go through lib/templates/library.ts.
import { useMemo, useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { CATEGORIES, PLATFORMS, type Category, type Platform, type Template } from '../../../lib/model';
import { previewDraft, SAMPLE_MARKETS, type SampleMarket } from '../../../lib/templates/editor-preview';
import { createTemplate, deleteTemplate, duplicateTemplate, updateTemplate } from '../../../lib/templates/library';
import type { TemplateContext } from '../../../lib/templates/offer';
import { TEMPLATE_VARIABLE_NAMES } from '../../../lib/templates/render';
import { t, uiLanguage } from '../../i18n';
import { CATEGORY_NAMES, PLATFORM_NAMES } from '../../platform-names';
import { RULE_NAMES } from '../../SidebarTemplates';
import { checkShortcut, draftOf, EMPTY_DRAFT, seedOfDraft, type Draft } from './draft';
import { TemplatePreview } from './TemplatePreview';

export type EditorNotice = { kind: 'ok' | 'error'; text: string };

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

function when(at: number | null): string {
  if (at === null) return t('editorNever');
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function TemplateEditor({
  db,
  template,
  templates,
  now,
  context,
  onSaved,
  onDeleted,
  onNotice,
}: {
  db: ReplyclockDb;
  /** null: a new template. */
  template: Template | null;
  templates: readonly Template[];
  now: number;
  context: TemplateContext | undefined;
  onSaved: (id: number) => void;
  onDeleted: () => void;
  onNotice: (notice: EditorNotice) => void;
}) {
  const [draft, setDraft] = useState<Draft>(() => (template ? draftOf(template) : EMPTY_DRAFT));
  const [market, setMarket] = useState<SampleMarket>(() => SAMPLE_MARKETS.find((m) => m.platform === (template?.platforms[0] ?? 'amazon'))!);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const id = template?.id;
  const minute = Math.floor(now / 60_000) * 60_000;

  const preview = useMemo(() => previewDraft(draft.body, draft.platforms, market, minute, context), [draft.body, draft.platforms, market, minute, context]);
  const shortcut = checkShortcut(draft, templates, id);
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setFailure(null);
  };
  const togglePlatform = (platform: Platform, on: boolean) =>
    set({ platforms: on ? PLATFORMS.filter((p) => p === platform || draft.platforms.includes(p)) : draft.platforms.filter((p) => p !== platform) });

  async function save() {
    try {
      const seed = seedOfDraft(draft);
      if (id === undefined) {
        const created = await createTemplate(db, seed, Date.now());
        onNotice({ kind: 'ok', text: t('editorCreated', seed.name.trim()) });
        onSaved(created);
      } else {
        await updateTemplate(db, id, seed, Date.now());
        onNotice({ kind: 'ok', text: t('editorSaved', seed.name.trim()) });
        onSaved(id);
      }
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  async function duplicate() {
    if (id === undefined) return;
    try {
      const copy = await duplicateTemplate(db, id, Date.now());
      onNotice({ kind: 'ok', text: t('editorDuplicated', template!.name) });
      onSaved(copy);
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  async function remove() {
    if (id === undefined) return;
    try {
      await deleteTemplate(db, id);
      onNotice({ kind: 'ok', text: t('editorDeleted', template!.name) });
      onDeleted();
    } catch (error) {
      setFailure(errorText(error));
    }
  }

  return (
    <section className="panel templates__editor" aria-labelledby="templates-editor-heading">
      <h2 id="templates-editor-heading">{template ? t('editorEditHeading', template.name) : t('editorNewHeading')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor="template-name">{t('editorName')}</label>
          <input id="template-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={200} required />
        </div>
        <div className="field">
          <label htmlFor="template-body">{t('editorBody')}</label>
          <textarea id="template-body" rows={10} value={draft.body} onChange={(e) => set({ body: e.target.value })} aria-describedby="template-body-hint" />
          <span id="template-body-hint" className="field__hint">
            {t('editorBodyHint', TEMPLATE_VARIABLE_NAMES.map((name) => `{{${name}}}`).join(' '))}
          </span>
        </div>
        <div className="templates__checks" aria-live="polite">
          {preview.syntaxProblems.map((problem) => (
            <p key={problem} className="message--error" data-testid="editor-syntax">
              {t('editorSyntaxProblem', problem)}
            </p>
          ))}
          {preview.compliance.flatMap(({ platform, warnings }) =>
            warnings.map((warning) => (
              <p key={`${platform}:${warning.rule}:${warning.index}`} className="message--warning" data-testid="editor-compliance" data-rule={warning.rule}>
                {t('editorComplianceWarning', t(PLATFORM_NAMES[platform]), t(RULE_NAMES[warning.rule]), warning.match)}
              </p>
            )),
          )}
        </div>

        <fieldset className="field templates__platforms">
          <legend className="field__label">{t('editorPlatforms')}</legend>
          <label>
            <input type="checkbox" checked={draft.platforms.length === 0} onChange={(e) => e.target.checked && set({ platforms: [] })} /> {t('editorPlatformsAny')}
          </label>
          {PLATFORMS.map((platform) => (
            <label key={platform}>
              <input type="checkbox" checked={draft.platforms.includes(platform)} onChange={(e) => togglePlatform(platform, e.target.checked)} />{' '}
              {t(PLATFORM_NAMES[platform])}
            </label>
          ))}
        </fieldset>
        <div className="templates__row-fields">
          <div className="field">
            <label htmlFor="template-language">{t('editorLanguage')}</label>
            <input id="template-language" value={draft.language} onChange={(e) => set({ language: e.target.value })} size={4} aria-describedby="template-language-hint" />
            <span id="template-language-hint" className="field__hint">
              {t('editorLanguageHint')}
            </span>
          </div>
          <div className="field">
            <label htmlFor="template-category">{t('editorCategory')}</label>
            <select id="template-category" value={draft.category ?? ''} onChange={(e) => set({ category: e.target.value === '' ? null : (e.target.value as Category) })}>
              <option value="">{t('editorCategoryNone')}</option>
              {CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {t(CATEGORY_NAMES[c])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="template-shortcut">{t('editorShortcut')}</label>
            <input id="template-shortcut" value={draft.shortcut} onChange={(e) => set({ shortcut: e.target.value })} placeholder="alt+1" size={12} aria-describedby="template-shortcut-hint" />
            <span id="template-shortcut-hint" className="field__hint">
              {t('editorShortcutHint')}
            </span>
          </div>
        </div>
        {shortcut.problem !== null && (
          <p className="message--error" data-testid="editor-shortcut-problem">
            {t('editorShortcutProblem', shortcut.problem)}
          </p>
        )}
        {shortcut.owners.length > 0 && (
          <p className="message--warning" data-testid="editor-shortcut-taken">
            {t('editorShortcutTaken', shortcut.owners.map((o) => o.name).join(', '))}
          </p>
        )}
        <div className="field">
          <label htmlFor="template-tags">{t('editorTags')}</label>
          <input id="template-tags" value={draft.tags} onChange={(e) => set({ tags: e.target.value })} aria-describedby="template-tags-hint" />
          <span id="template-tags-hint" className="field__hint">
            {t('editorTagsHint')}
          </span>
        </div>

        {template && (
          <dl className="templates__stats">
            <dt>{t('editorUseCount')}</dt>
            <dd data-testid="editor-use-count">{template.useCount}</dd>
            <dt>{t('editorLastUsed')}</dt>
            <dd>{when(template.lastUsedAt)}</dd>
            <dt>{t('editorUpdatedAt')}</dt>
            <dd>{when(template.updatedAt)}</dd>
          </dl>
        )}

        {failure !== null && (
          <p className="message--error" role="alert">
            {t('editorSaveFailed', failure)}
          </p>
        )}
        <div className="templates__actions">
          <button type="submit" className="button button--primary">
            {template ? t('editorSave') : t('editorCreate')}
          </button>
          {template && (
            <>
              <button type="button" className="button" onClick={() => void duplicate()}>
                {t('editorDuplicate')}
              </button>
              <button type="button" className="button button--danger" onClick={() => setConfirmingDelete(true)} aria-expanded={confirmingDelete}>
                {t('editorDelete')}
              </button>
            </>
          )}
        </div>
        {template && confirmingDelete && (
          <div className="message--warning templates__confirm" role="alertdialog" aria-labelledby="templates-confirm-text">
            <p id="templates-confirm-text">{t('editorDeleteConfirm', template.name)}</p>
            <button type="button" className="button button--danger" onClick={() => void remove()}>
              {t('editorDeleteYes')}
            </button>{' '}
            <button type="button" className="button" onClick={() => setConfirmingDelete(false)} autoFocus>
              {t('editorDeleteNo')}
            </button>
          </div>
        )}
      </form>
      <TemplatePreview preview={preview} market={market} onMarket={setMarket} />
    </section>
  );
}
