// "Templates only": the template library alone, for sharing with another agent or team, in the template
// exchange format; export through lib/templates/exchange.ts, import through lib/templates/library.ts (the
// same code the Templates section uses, so both accept and refuse the same files).
import { useState, type ChangeEvent } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { templatesFileName } from '../../../lib/backup/export-backup';
import { exportTemplates } from '../../../lib/templates/exchange';
import { importTemplates } from '../../../lib/templates/library';
import { t } from '../../i18n';
import { saveFile } from './save-file';

type Outcome =
  | { kind: 'exported'; count: number; file: string }
  | { kind: 'imported'; added: number; replaced: number }
  | { kind: 'export-failed'; detail: string }
  | { kind: 'refused'; detail: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function TemplatesPanel({ db, now }: { db: ReplyclockDb; now: () => number }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function exportAll() {
    try {
      const templates = await db.templates.toArray();
      const file = templatesFileName(now());
      saveFile(new Blob([exportTemplates(templates)], { type: 'application/json' }), file);
      setOutcome({ kind: 'exported', count: templates.length, file });
    } catch (error) {
      setOutcome({ kind: 'export-failed', detail: message(error) });
    }
  }

  async function importFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const { added, replaced } = await importTemplates(db, await file.text(), now());
      setOutcome({ kind: 'imported', added, replaced });
    } catch (error) {
      setOutcome({ kind: 'refused', detail: message(error) });
    }
    setInputKey((key) => key + 1);
  }

  return (
    <section className="panel backup__panel" aria-labelledby="backup-templates-heading">
      <h2 id="backup-templates-heading">{t('backupTemplatesHeading')}</h2>
      <p className="field__hint">{t('backupTemplatesHint')}</p>
      <div className="backup__actions">
        <button type="button" className="button" onClick={exportAll}>
          {t('backupTemplatesExport')}
        </button>
        <a className="backup__link" href="#templates">
          {t('backupTemplatesImportLink')}
        </a>
      </div>
      <div className="field backup__import">
        <label htmlFor="backup-templates-file">{t('backupTemplatesImport')}</label>
        <input key={inputKey} id="backup-templates-file" type="file" accept="application/json,.json" onChange={importFile} aria-describedby="backup-templates-import-hint" />
        <span id="backup-templates-import-hint" className="field__hint">
          {t('backupTemplatesImportHint')}
        </span>
      </div>
      <div className="backup__status" role="status">
        {outcome?.kind === 'exported' && <p className="message--ok">{t('backupTemplatesExported', outcome.count, outcome.file)}</p>}
        {outcome?.kind === 'imported' && <p className="message--ok">{t('backupTemplatesImported', outcome.added, outcome.replaced)}</p>}
      </div>
      {outcome?.kind === 'export-failed' && (
        <p className="message--error" role="alert">
          {t('backupExportFailed', outcome.detail)}
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div className="message--error backup__refusal" role="alert">
          <p>{t('backupTemplatesRefused')}</p>
          <p>{t('backupErrorDetail', outcome.detail)}</p>
        </div>
      )}
    </section>
  );
}
