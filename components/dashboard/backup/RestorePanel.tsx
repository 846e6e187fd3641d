// "Restore from a file": choose a backup, see what it holds, confirm, and it replaces all current data.
// The file is checked whole before the summary appears; a refused file shows why and changes nothing.
import { useState, type ChangeEvent } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { announceRulesChanged } from '../../../lib/messaging';
import { BACKUP_TABLES, BackupError, type CheckedBackup } from '../../../lib/backup/backup-format';
import { checkBackup } from '../../../lib/backup/check-backup';
import { restoreBackup } from '../../../lib/backup/restore-backup';
import { t } from '../../i18n';
import { refusalLines, TABLE_NAMES } from './backup-messages';
import { formatBackupTime } from './format-date';

type RestoreState =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'refused'; lines: string[] }
  | { step: 'ready'; backup: CheckedBackup }
  | { step: 'restoring'; backup: CheckedBackup }
  | { step: 'restored'; exportedAt: number }
  | { step: 'failed'; detail: string };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function RestorePanel({ db }: { db: ReplyclockDb }) {
  const [state, setState] = useState<RestoreState>({ step: 'idle' });
  // A new input after each outcome, so choosing the same file again is a change.
  const [inputKey, setInputKey] = useState(0);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ step: 'checking' });
    try {
      setState({ step: 'ready', backup: await checkBackup(db, file) });
    } catch (error) {
      setState({ step: 'refused', lines: error instanceof BackupError ? refusalLines(error) : [t('backupErrorUnreadable'), t('backupErrorDetail', message(error))] });
      setInputKey((key) => key + 1);
    }
  }

  async function restore(backup: CheckedBackup) {
    setState({ step: 'restoring', backup });
    try {
      await restoreBackup(db, backup);
      announceRulesChanged();
      setState({ step: 'restored', exportedAt: backup.exportedAt });
    } catch (error) {
      setState({ step: 'failed', detail: message(error) });
    }
    setInputKey((key) => key + 1);
  }

  function cancel() {
    setState({ step: 'idle' });
    setInputKey((key) => key + 1);
  }

  const busy = state.step === 'checking' || state.step === 'restoring';
  return (
    <section className="panel backup__panel" aria-labelledby="backup-restore-heading">
      <h2 id="backup-restore-heading">{t('backupRestoreHeading')}</h2>
      <p className="field__hint">{t('backupRestoreHint')}</p>
      <div className="field">
        <label htmlFor="backup-file">{t('backupChooseFile')}</label>
        <input key={inputKey} id="backup-file" type="file" accept="application/json,.json" onChange={choose} disabled={busy} />
      </div>
      <div className="backup__status" role="status">
        {state.step === 'checking' && t('backupChecking')}
        {state.step === 'restoring' && t('backupRestoring')}
        {state.step === 'restored' && <p className="message--ok">{t('backupRestored', formatBackupTime(state.exportedAt))}</p>}
      </div>
      {state.step === 'refused' && (
        <div className="message--error backup__refusal" role="alert">
          {state.lines.map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      )}
      {state.step === 'failed' && (
        <p className="message--error" role="alert">
          {t('backupRestoreFailed', state.detail)}
        </p>
      )}
      {(state.step === 'ready' || state.step === 'restoring') && (
        <BackupSummary backup={state.backup} currentVersion={db.verno} busy={busy} onConfirm={() => restore(state.backup)} onCancel={cancel} />
      )}
    </section>
  );
}

interface SummaryProps {
  backup: CheckedBackup;
  currentVersion: number;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

function BackupSummary({ backup, currentVersion, busy, onConfirm, onCancel }: SummaryProps) {
  return (
    <div className="backup__summary">
      <h3 id="backup-summary-heading">{t('backupSummaryHeading')}</h3>
      <table className="data-table backup__counts" aria-labelledby="backup-summary-heading">
        <thead>
          <tr>
            <th scope="col">{t('backupColumnWhat')}</th>
            <th scope="col">{t('backupColumnCount')}</th>
          </tr>
        </thead>
        <tbody>
          {BACKUP_TABLES.map((table) => (
            <tr key={table}>
              <th scope="row">{TABLE_NAMES[table]()}</th>
              <td>{backup.counts[table]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('backupSummaryExportedAt', formatBackupTime(backup.exportedAt))}</p>
      <p>{t('backupSummaryVersion', backup.schemaVersion, currentVersion)}</p>
      {backup.schemaVersion < currentVersion && <p className="message--warning">{t('backupSummaryOlder')}</p>}
      <div className="backup__actions">
        <button type="button" className="button button--primary backup__replace" onClick={onConfirm} disabled={busy}>
          {t('backupConfirm')}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('backupCancel')}
        </button>
      </div>
    </div>
  );
}
