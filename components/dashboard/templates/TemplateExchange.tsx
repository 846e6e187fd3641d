// Sharing the library across a team: import an exported JSON file (checked whole first; a bad file is
// rejected with its message and nothing stored changes), export all or the templates the filters show as a
// download (a Blob, no network), and put back the default pack's missing templates.
import { useRef } from 'react';
import { templatesFileName } from '../../../lib/backup/export-backup';
import type { ReplyclockDb } from '../../../lib/db';
import type { Template } from '../../../lib/model';
import { exportTemplates } from '../../../lib/templates/exchange';
import { importTemplates, restoreDefaultPack } from '../../../lib/templates/library';
import { t } from '../../i18n';
import { saveFile } from '../backup/save-file';
import type { EditorNotice } from './TemplateEditor';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function TemplateExchange({
  db,
  templates,
  shown,
  onNotice,
}: {
  db: ReplyclockDb;
  templates: readonly Template[];
  shown: readonly Template[];
  onNotice: (notice: EditorNotice) => void;
}) {
  const fileInput = useRef<HTMLInputElement>(null);

  async function importFile(file: File) {
    try {
      const outcome = await importTemplates(db, await file.text(), Date.now());
      onNotice({ kind: 'ok', text: t('editorImported', outcome.added, outcome.replaced, file.name) });
    } catch (error) {
      onNotice({ kind: 'error', text: t('editorImportFailed', file.name, errorText(error)) });
    } finally {
      // The same file again (fixed and re-chosen) must fire a change.
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  function download(list: readonly Template[]) {
    const name = templatesFileName(Date.now());
    saveFile(new Blob([exportTemplates(list)], { type: 'application/json' }), name);
    onNotice({ kind: 'ok', text: t('editorExported', list.length, name) });
  }

  async function restore() {
    try {
      onNotice({ kind: 'ok', text: t('editorRestored', await restoreDefaultPack(db, Date.now())) });
    } catch (error) {
      onNotice({ kind: 'error', text: t('editorSaveFailed', errorText(error)) });
    }
  }

  return (
    <section className="panel templates__exchange" aria-labelledby="templates-exchange-heading">
      <h2 id="templates-exchange-heading">{t('editorExchangeHeading')}</h2>
      <div className="templates__actions">
        <label className="button templates__file">
          {t('editorImport')}
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void importFile(file);
            }}
          />
        </label>
        <button type="button" className="button" onClick={() => download(templates)} disabled={templates.length === 0}>
          {t('editorExportAll', templates.length)}
        </button>
        <button type="button" className="button" onClick={() => download(shown)} disabled={shown.length === 0 || shown.length === templates.length}>
          {t('editorExportShown', shown.length)}
        </button>
        <button type="button" className="button" onClick={() => void restore()}>
          {t('editorRestoreDefaults')}
        </button>
      </div>
      <p className="field__hint">{t('editorImportHint')}</p>
    </section>
  );
}
