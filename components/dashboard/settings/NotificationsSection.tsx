// Settings › Notifications: urgent alerts, "due soon" lead times before the team target and the platform
// deadline, the level 1 / level 2 backlog thresholds, and when the browser may speak up (always, outside
// quiet hours, or only while a shift is on duty).
import { useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { CATEGORIES, type Category } from '../../../lib/model';
import { saveSetting, type NotificationSettings, type NotifyMode } from '../../../lib/settings/team-settings';
import { t } from '../../i18n';
import { CATEGORY_NAMES } from '../../platform-names';
import { Field, FieldError } from './Field';
import { checkHours, checkTime, checkWhole, type FieldErrors } from './field-checks';
import { SaveStatus, reason, type Status } from './SaveStatus';

const MODES: readonly NotifyMode[] = ['always', 'quiet-hours', 'on-duty-only'];

function modeLabel(mode: NotifyMode): string {
  if (mode === 'always') return t('settingsModeAlways');
  return mode === 'quiet-hours' ? t('settingsModeQuiet') : t('settingsModeOnDuty');
}

interface Draft {
  urgent: boolean;
  dueSoonTeam: string;
  dueSoonPlatform: string;
  level1Count: string;
  level1Hours: string;
  level2Count: string;
  level2Hours: string;
  level2Categories: Category[];
  mode: NotifyMode;
  quietStart: string;
  quietEnd: string;
}

function toDraft(settings: NotificationSettings): Draft {
  return {
    urgent: settings.urgent,
    dueSoonTeam: String(settings.dueSoonTeamMinutes),
    dueSoonPlatform: String(settings.dueSoonPlatformMinutes),
    level1Count: String(settings.level1.count),
    level1Hours: String(settings.level1.waitedHours),
    level2Count: String(settings.level2.count),
    level2Hours: String(settings.level2.waitedHours),
    level2Categories: settings.level2Categories,
    mode: settings.mode,
    quietStart: settings.quietStart,
    quietEnd: settings.quietEnd,
  };
}

/** The settings the draft describes, or the message for every field that is wrong. */
function fromDraft(draft: Draft): { value: NotificationSettings; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const take = <T,>(id: string, checked: { value?: T; error?: string }, fallback: T): T => {
    if (checked.error !== undefined) errors[id] = checked.error;
    return checked.value ?? fallback;
  };
  const value: NotificationSettings = {
    urgent: draft.urgent,
    dueSoonTeamMinutes: take('dueSoonTeam', checkWhole(draft.dueSoonTeam, 0, 24 * 60), 0),
    dueSoonPlatformMinutes: take('dueSoonPlatform', checkWhole(draft.dueSoonPlatform, 0, 72 * 60), 0),
    level1: { count: take('level1Count', checkWhole(draft.level1Count, 1, 10_000), 1), waitedHours: take('level1Hours', checkHours(draft.level1Hours, 24 * 30), 1) },
    level2: { count: take('level2Count', checkWhole(draft.level2Count, 1, 10_000), 1), waitedHours: take('level2Hours', checkHours(draft.level2Hours, 24 * 30), 1) },
    level2Categories: draft.level2Categories,
    mode: draft.mode,
    quietStart: take('quietStart', checkTime(draft.quietStart), '00:00'),
    quietEnd: take('quietEnd', checkTime(draft.quietEnd), '00:00'),
  };
  if (draft.level2Categories.length === 0) errors.level2Categories = t('settingsErrorNoCategory');
  return { value, errors };
}

export function NotificationsSection({ db, initial }: { db: ReplyclockDb; initial: NotificationSettings }) {
  const [draft, setDraft] = useState(() => toDraft(initial));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const set = <K extends keyof Draft>(key: K) => (value: Draft[K]) => setDraft((old) => ({ ...old, [key]: value }));

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const { value, errors: found } = fromDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return setStatus({ kind: 'error', text: t('settingsFixErrors') });
    try {
      await saveSetting(db, 'notifications', value);
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(error)) });
    }
  }

  const toggleCategory = (category: Category, on: boolean) =>
    set('level2Categories')(on ? CATEGORIES.filter((c) => c === category || draft.level2Categories.includes(c)) : draft.level2Categories.filter((c) => c !== category));

  return (
    <section className="panel" aria-labelledby="settings-notifications">
      <h2 id="settings-notifications">{t('settingsNotificationsTitle')}</h2>
      <form onSubmit={save} noValidate className="settings-form">
        <label className="settings-check">
          <input type="checkbox" checked={draft.urgent} onChange={(event) => set('urgent')(event.target.checked)} />
          {t('settingsUrgent')}
        </label>
        <div className="settings-row">
          <Field id="dueSoonTeam" label={t('settingsDueSoonTeam')} value={draft.dueSoonTeam} onChange={set('dueSoonTeam')} inputMode="numeric" hint={t('settingsZeroIsOff')} error={errors.dueSoonTeam} />
          <Field id="dueSoonPlatform" label={t('settingsDueSoonPlatform')} value={draft.dueSoonPlatform} onChange={set('dueSoonPlatform')} inputMode="numeric" hint={t('settingsZeroIsOff')} error={errors.dueSoonPlatform} />
        </div>
        <fieldset className="settings-fieldset">
          <legend>{t('settingsLevel1')}</legend>
          <p className="field__hint">{t('settingsLevel1Hint')}</p>
          <div className="settings-row">
            <Field id="level1Count" label={t('settingsAlertCount')} value={draft.level1Count} onChange={set('level1Count')} inputMode="numeric" error={errors.level1Count} />
            <Field id="level1Hours" label={t('settingsAlertHours')} value={draft.level1Hours} onChange={set('level1Hours')} inputMode="decimal" error={errors.level1Hours} />
          </div>
        </fieldset>
        <fieldset className="settings-fieldset">
          <legend>{t('settingsLevel2')}</legend>
          <p className="field__hint">{t('settingsLevel2Hint')}</p>
          <div className="settings-row">
            <Field id="level2Count" label={t('settingsAlertCount')} value={draft.level2Count} onChange={set('level2Count')} inputMode="numeric" error={errors.level2Count} />
            <Field id="level2Hours" label={t('settingsAlertHours')} value={draft.level2Hours} onChange={set('level2Hours')} inputMode="decimal" error={errors.level2Hours} />
          </div>
          <fieldset className="settings-fieldset settings-fieldset--inline" aria-describedby={errors.level2Categories ? 'level2Categories-error' : undefined}>
            <legend>{t('settingsLevel2Categories')}</legend>
            {CATEGORIES.map((category) => (
              <label key={category} className="settings-check">
                <input type="checkbox" checked={draft.level2Categories.includes(category)} onChange={(event) => toggleCategory(category, event.target.checked)} />
                {t(CATEGORY_NAMES[category])}
              </label>
            ))}
            <FieldError id="level2Categories-error" error={errors.level2Categories} />
          </fieldset>
        </fieldset>
        <fieldset className="settings-fieldset">
          <legend>{t('settingsNotifyMode')}</legend>
          {MODES.map((mode) => (
            <label key={mode} className="settings-check">
              <input type="radio" name="notifyMode" value={mode} checked={draft.mode === mode} onChange={() => set('mode')(mode)} />
              {modeLabel(mode)}
            </label>
          ))}
          <div className="settings-row">
            <Field id="quietStart" label={t('settingsQuietStart')} value={draft.quietStart} onChange={set('quietStart')} placeholder="23:00" disabled={draft.mode !== 'quiet-hours'} hint={t('settingsTimeHint')} error={errors.quietStart} />
            <Field id="quietEnd" label={t('settingsQuietEnd')} value={draft.quietEnd} onChange={set('quietEnd')} placeholder="07:00" disabled={draft.mode !== 'quiet-hours'} hint={t('settingsTimeHint')} error={errors.quietEnd} />
          </div>
        </fieldset>
        <button type="submit" className="button button--primary">
          {t('settingsSave')}
        </button>
        <SaveStatus status={status} />
      </form>
    </section>
  );
}
