// Settings › Team: the agent's and the shop's names (they fill {{agentName}} and {{shopName}} in templates) and
// the team's time zone, which shifts, the coverage chart and the heatmaps are drawn in.
import { useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { saveSetting, type TeamProfile } from '../../../lib/settings/team-settings';
import { isValidZone } from '../../../lib/shifts/schedule';
import { t } from '../../i18n';
import { Field } from './Field';
import type { FieldErrors } from './field-checks';
import { SaveStatus, reason, type Status } from './SaveStatus';

/** Every zone the browser knows, for the zone field's suggestions. */
export const TIME_ZONES: readonly string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

export function TeamSection({ db, initial }: { db: ReplyclockDb; initial: TeamProfile }) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const found: FieldErrors = {};
    if (draft.agentName.length > 80) found.agentName = t('settingsErrorTooLong', 80);
    if (draft.shopName.length > 120) found.shopName = t('settingsErrorTooLong', 120);
    if (!isValidZone(draft.teamZone.trim())) found.teamZone = t('settingsErrorZone');
    setErrors(found);
    if (Object.keys(found).length > 0) return setStatus({ kind: 'error', text: t('settingsFixErrors') });
    try {
      const saved = await saveSetting(db, 'team', { ...draft, teamZone: draft.teamZone.trim() });
      setDraft(saved);
      setStatus({ kind: 'ok', text: t('settingsSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(error)) });
    }
  }

  return (
    <section className="panel" aria-labelledby="settings-team">
      <h2 id="settings-team">{t('settingsTeamTitle')}</h2>
      <form onSubmit={save} noValidate className="settings-form">
        <div className="settings-row">
          <Field id="agentName" label={t('settingsAgentName')} value={draft.agentName} onChange={(agentName) => setDraft({ ...draft, agentName })} hint={t('settingsAgentNameHint')} error={errors.agentName} />
          <Field id="shopName" label={t('settingsShopName')} value={draft.shopName} onChange={(shopName) => setDraft({ ...draft, shopName })} hint={t('settingsShopNameHint')} error={errors.shopName} />
          <Field id="teamZone" label={t('settingsTeamZone')} value={draft.teamZone} onChange={(teamZone) => setDraft({ ...draft, teamZone })} hint={t('settingsTeamZoneHint')} error={errors.teamZone} list="settings-zones" />
        </div>
        <datalist id="settings-zones">
          {TIME_ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <button type="submit" className="button button--primary">
          {t('settingsSave')}
        </button>
        <SaveStatus status={status} />
      </form>
    </section>
  );
}
