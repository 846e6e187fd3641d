// Settings › Data retention: how many days resolved conversations are kept (the background purges daily), and
// "Purge now", which first says how many conversations it will delete and asks to confirm.
import { useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { saveSetting, type RetentionSettings } from '../../../lib/settings/team-settings';
import { countPurgeable, purgeResolved } from '../../../lib/tracker/retention';
import { t } from '../../i18n';
import { Field } from './Field';
import { checkWhole } from './field-checks';
import { SaveStatus, reason, type Status } from './SaveStatus';

export function RetentionSection({ db, initial, now }: { db: ReplyclockDb; initial: RetentionSettings; now: number }) {
  const [days, setDays] = useState(String(initial.resolvedDays));
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ days: number; count: number } | null>(null);

  function checkedDays(): number | null {
    const checked = checkWhole(days, 1, 3650);
    setError(checked.error);
    if (checked.error !== undefined) {
      setStatus({ kind: 'error', text: t('settingsFixErrors') });
      return null;
    }
    return checked.value;
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const resolvedDays = checkedDays();
    if (resolvedDays === null) return;
    try {
      await saveSetting(db, 'retention', { resolvedDays });
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch (failure) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(failure)) });
    }
  }

  async function askToPurge() {
    const resolvedDays = checkedDays();
    if (resolvedDays === null) return;
    setStatus(null);
    setPending({ days: resolvedDays, count: await countPurgeable(db, now, resolvedDays) });
  }

  async function purge() {
    if (!pending) return;
    try {
      const deleted = await purgeResolved(db, now, pending.days);
      setStatus({ kind: 'ok', text: t('settingsPurged', deleted) });
    } catch (failure) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(failure)) });
    }
    setPending(null);
  }

  return (
    <section className="panel" aria-labelledby="settings-retention">
      <h2 id="settings-retention">{t('settingsRetentionTitle')}</h2>
      <form onSubmit={save} noValidate className="settings-form">
        <Field id="resolvedDays" label={t('settingsRetentionDays')} value={days} onChange={setDays} inputMode="numeric" hint={t('settingsRetentionHint')} error={error} />
        <div className="settings-actions">
          <button type="submit" className="button button--primary">
            {t('settingsSave')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void askToPurge()}>
            {t('settingsPurgeNow')}
          </button>
        </div>
      </form>
      {pending && (
        <div className="message--warning settings-confirm" role="alertdialog" aria-labelledby="settings-purge-question">
          <p id="settings-purge-question">
            {pending.count === 0 ? t('settingsPurgeNothing', pending.days) : t('settingsPurgeConfirm', pending.count, pending.days)}
          </p>
          <div className="settings-actions">
            {pending.count > 0 && (
              <button type="button" className="button button--danger" onClick={() => void purge()} autoFocus>
                {t('settingsPurgeConfirmButton', pending.count)}
              </button>
            )}
            <button type="button" className="button" onClick={() => setPending(null)} autoFocus={pending.count === 0}>
              {t('settingsCancel')}
            </button>
          </div>
        </div>
      )}
      <SaveStatus status={status} />
    </section>
  );
}
