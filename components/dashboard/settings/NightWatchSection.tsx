// Settings › Night watch: whether a watched inbox tab is reloaded overnight so new messages are read with
// nobody at the keyboard, and how often (never more often than every NIGHT_WATCH_MIN_MINUTES minutes).
import { useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { NIGHT_WATCH_MIN_MINUTES, saveSetting, type NightWatchSettings } from '../../../lib/settings/team-settings';
import { t } from '../../i18n';
import { Field } from './Field';
import { checkWhole } from './field-checks';
import { SaveStatus, reason, type Status } from './SaveStatus';

export function NightWatchSection({ db, initial }: { db: ReplyclockDb; initial: NightWatchSettings }) {
  const [enabled, setEnabled] = useState(initial.enabled);
  const [interval, setIntervalText] = useState(String(initial.intervalMinutes));
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const minutes = checkWhole(interval, NIGHT_WATCH_MIN_MINUTES, 24 * 60);
    setError(minutes.error);
    if (minutes.error !== undefined) return setStatus({ kind: 'error', text: t('settingsFixErrors') });
    try {
      await saveSetting(db, 'nightWatch', { enabled, intervalMinutes: minutes.value });
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch (failure) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(failure)) });
    }
  }

  return (
    <section className="panel" aria-labelledby="settings-night-watch">
      <h2 id="settings-night-watch">{t('settingsNightWatchTitle')}</h2>
      <p className="field__hint">{t('settingsNightWatchHint')}</p>
      <form onSubmit={save} noValidate className="settings-form">
        <label className="settings-check">
          <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} />
          {t('settingsNightWatchEnabled')}
        </label>
        <Field
          id="nightWatchInterval"
          label={t('settingsNightWatchInterval')}
          value={interval}
          onChange={setIntervalText}
          inputMode="numeric"
          hint={t('settingsNightWatchIntervalHint', NIGHT_WATCH_MIN_MINUTES)}
          error={error}
        />
        <button type="submit" className="button button--primary">
          {t('settingsSave')}
        </button>
        <SaveStatus status={status} />
      </form>
    </section>
  );
}
