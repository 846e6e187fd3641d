// "Export everything": the whole database to one backup file in the agent's downloads.
import { useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { backupFileName, exportBackup } from '../../../lib/backup/export-backup';
import { t } from '../../i18n';
import { saveFile } from './save-file';

type ExportState = { step: 'idle' } | { step: 'working' } | { step: 'done'; file: string } | { step: 'failed'; detail: string };

export function ExportPanel({ db, now }: { db: ReplyclockDb; now: () => number }) {
  const [state, setState] = useState<ExportState>({ step: 'idle' });
  async function exportAll() {
    setState({ step: 'working' });
    try {
      const at = now();
      const file = backupFileName(at);
      saveFile(await exportBackup(db, at), file);
      setState({ step: 'done', file });
    } catch (error) {
      setState({ step: 'failed', detail: error instanceof Error ? error.message : String(error) });
    }
  }
  return (
    <section className="panel backup__panel" aria-labelledby="backup-export-heading">
      <h2 id="backup-export-heading">{t('backupExportHeading')}</h2>
      <p className="field__hint">{t('backupExportHint')}</p>
      <button type="button" className="button button--primary" onClick={exportAll} disabled={state.step === 'working'}>
        {t('backupExportButton')}
      </button>
      <div className="backup__status" role="status">
        {state.step === 'working' && t('backupExporting')}
        {state.step === 'done' && <p className="message--ok">{t('backupExportDone', state.file)}</p>}
      </div>
      {state.step === 'failed' && (
        <p className="message--error" role="alert">
          {t('backupExportFailed', state.detail)}
        </p>
      )}
    </section>
  );
}
