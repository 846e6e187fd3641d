// Settings › Reply-clock policies: each platform rule's window (elapsed hours or business days), each
// category's first-response and resolution targets and tier, and extra marketplace days off per country.
// Saved whole through savePolicies; the background is told at once (announceRulesChanged) and recomputes open
// conversations' due times and the badge, as its next tick would; "Reset to defaults" removes the stored policies so the published defaults apply again.
import { useState } from 'react';
import type { ReplyclockDb } from '../../../lib/db';
import { announceRulesChanged } from '../../../lib/messaging';
import { CATEGORIES, type Category, type Priority } from '../../../lib/model';
import { DEFAULT_POLICIES, type PlatformRule, type ReplyWindow, type SlaPolicies } from '../../../lib/sla/policies';
import { POLICIES_KEY, savePolicies } from '../../../lib/tracker/reply-clock';
import { t } from '../../i18n';
import { CATEGORY_NAMES, PLATFORM_NAMES } from '../../platform-names';
import { DaysOffEditor } from './DaysOffEditor';
import { FieldError } from './Field';
import { checkHours, checkWhole, type FieldErrors } from './field-checks';
import { SaveStatus, reason, type Status } from './SaveStatus';

const MAX_HOURS = 24 * 366;
const MAX_BUSINESS_DAYS = 60;
const TIERS: readonly Priority[] = ['A', 'B', 'C'];
/** The marketplaces' countries (ISO codes; the UK is GB), for the extra days off. */
const MARKETPLACE_COUNTRIES = ['US', 'CA', 'MX', 'GB', 'DE', 'FR', 'IT', 'ES', 'JP', 'AU'] as const;

interface Draft {
  windows: { kind: ReplyWindow['kind']; amount: string }[];
  targets: Record<Category, { first: string; resolution: string; tier: Priority }>;
  daysOff: Record<string, string[]>;
}

function toDraft(policies: SlaPolicies): Draft {
  return {
    windows: policies.platformRules.map((rule) => ({ kind: rule.window.kind, amount: String(rule.window.kind === 'elapsed' ? rule.window.hours : rule.window.days) })),
    targets: Object.fromEntries(
      CATEGORIES.map((category) => {
        const target = policies.categoryTargets[category];
        return [category, { first: String(target.firstResponseHours), resolution: String(target.resolutionHours), tier: target.tier }];
      }),
    ) as Draft['targets'],
    daysOff: Object.fromEntries(Object.entries(policies.customDaysOff).map(([country, dates]) => [country, [...dates]])),
  };
}

/** The policies the draft describes (rules keep their platform, kinds and source), or every field's message. */
function fromDraft(draft: Draft, base: SlaPolicies): { value: SlaPolicies; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const platformRules = base.platformRules.map((rule, index): PlatformRule => {
    const window = draft.windows[index] ?? { kind: rule.window.kind, amount: '' };
    const id = `rule-${index}-amount`;
    if (window.kind === 'elapsed') {
      const hours = checkHours(window.amount, MAX_HOURS);
      if (hours.error !== undefined) errors[id] = hours.error;
      return { ...rule, window: { kind: 'elapsed', hours: hours.value ?? 1 } };
    }
    const days = checkWhole(window.amount, 1, MAX_BUSINESS_DAYS);
    if (days.error !== undefined) errors[id] = days.error;
    return { ...rule, window: { kind: 'business-days', days: days.value ?? 1 } };
  });
  const categoryTargets = Object.fromEntries(
    CATEGORIES.map((category) => {
      const target = draft.targets[category];
      const first = checkHours(target.first, MAX_HOURS);
      const resolution = checkHours(target.resolution, MAX_HOURS);
      if (first.error !== undefined) errors[`target-${category}-first`] = first.error;
      if (resolution.error !== undefined) errors[`target-${category}-resolution`] = resolution.error;
      else if (first.value !== undefined && resolution.value < first.value) errors[`target-${category}-resolution`] = t('settingsErrorResolution');
      return [category, { firstResponseHours: first.value ?? 1, resolutionHours: resolution.value ?? 1, tier: target.tier }];
    }),
  ) as SlaPolicies['categoryTargets'];
  const customDaysOff = Object.fromEntries(Object.entries(draft.daysOff).filter(([, dates]) => dates.length > 0));
  return { value: { platformRules, categoryTargets, customDaysOff }, errors };
}

export function PoliciesSection({ db, saved }: { db: ReplyclockDb; saved: SlaPolicies }) {
  const [draft, setDraft] = useState(() => toDraft(saved));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<Status>(null);
  const [country, setCountry] = useState<string>(MARKETPLACE_COUNTRIES[0]);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    const { value, errors: found } = fromDraft(draft, saved);
    setErrors(found);
    if (Object.keys(found).length > 0) return setStatus({ kind: 'error', text: t('settingsFixErrors') });
    try {
      await savePolicies(db, value);
      announceRulesChanged();
      setStatus({ kind: 'ok', text: t('settingsPoliciesSaved') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(error)) });
    }
  }

  async function reset() {
    try {
      await db.settings.delete(POLICIES_KEY);
      announceRulesChanged();
      setDraft(toDraft(DEFAULT_POLICIES));
      setErrors({});
      setStatus({ kind: 'ok', text: t('settingsPoliciesReset') });
    } catch (error) {
      setStatus({ kind: 'error', text: t('settingsSaveFailed', reason(error)) });
    }
  }

  const setWindow = (index: number, change: Partial<Draft['windows'][number]>) =>
    setDraft((old) => ({ ...old, windows: old.windows.map((window, i) => (i === index ? { ...window, ...change } : window)) }));
  const setTarget = (category: Category, change: Partial<Draft['targets'][Category]>) =>
    setDraft((old) => ({ ...old, targets: { ...old.targets, [category]: { ...old.targets[category], ...change } } }));

  const numberCell = (id: string, label: string, value: string, onChange: (value: string) => void) => (
    <td>
      <input
        id={id}
        aria-label={label}
        value={value}
        inputMode="decimal"
        size={6}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors[id] ? true : undefined}
        aria-describedby={errors[id] ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} error={errors[id]} />
    </td>
  );

  return (
    <section className="panel" aria-labelledby="settings-policies">
      <h2 id="settings-policies">{t('settingsPoliciesTitle')}</h2>
      <p className="field__hint">{t('settingsPoliciesHint')}</p>
      <form onSubmit={save} noValidate className="settings-form">
        <h3>{t('settingsPlatformRules')}</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('settingsRulePlatform')}</th>
              <th scope="col">{t('settingsRuleApplies')}</th>
              <th scope="col">{t('settingsRuleWindowKind')}</th>
              <th scope="col">{t('settingsRuleWindow')}</th>
            </tr>
          </thead>
          <tbody>
            {saved.platformRules.map((rule, index) => {
              const window = draft.windows[index] ?? { kind: rule.window.kind, amount: '' };
              const platform = t(PLATFORM_NAMES[rule.platform]);
              return (
                <tr key={`${rule.platform}-${index}`}>
                  <th scope="row">{platform}</th>
                  <td>
                    {rule.kinds.map((kind) => (kind === 'case' ? t('settingsKindCase') : t('settingsKindMessage'))).join(', ')}
                    {rule.firstInThreadOnly && <span className="field__hint"> {t('settingsFirstInThreadOnly')}</span>}
                  </td>
                  <td>
                    <select aria-label={t('settingsRuleWindowKindOf', platform)} value={window.kind} onChange={(event) => setWindow(index, { kind: event.target.value as ReplyWindow['kind'] })}>
                      <option value="elapsed">{t('settingsWindowElapsed')}</option>
                      <option value="business-days">{t('settingsWindowBusinessDays')}</option>
                    </select>
                  </td>
                  {numberCell(
                    `rule-${index}-amount`,
                    window.kind === 'elapsed' ? t('settingsRuleHoursOf', platform) : t('settingsRuleDaysOf', platform),
                    window.amount,
                    (amount) => setWindow(index, { amount }),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
        <h3>{t('settingsCategoryTargets')}</h3>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('settingsCategory')}</th>
              <th scope="col">{t('settingsFirstResponseHours')}</th>
              <th scope="col">{t('settingsResolutionHours')}</th>
              <th scope="col">{t('settingsTier')}</th>
            </tr>
          </thead>
          <tbody>
            {CATEGORIES.map((category) => {
              const name = t(CATEGORY_NAMES[category]);
              const target = draft.targets[category];
              return (
                <tr key={category}>
                  <th scope="row">{name}</th>
                  {numberCell(`target-${category}-first`, t('settingsFirstResponseOf', name), target.first, (first) => setTarget(category, { first }))}
                  {numberCell(`target-${category}-resolution`, t('settingsResolutionOf', name), target.resolution, (resolution) => setTarget(category, { resolution }))}
                  <td>
                    <select aria-label={t('settingsTierOf', name)} value={target.tier} onChange={(event) => setTarget(category, { tier: event.target.value as Priority })}>
                      {TIERS.map((tier) => (
                        <option key={tier} value={tier}>
                          {tier}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h3>{t('settingsMarketplaceDaysOff')}</h3>
        <p className="field__hint">{t('settingsMarketplaceDaysOffHint')}</p>
        <div className="field">
          <label htmlFor="policy-country">{t('settingsCountry')}</label>
          <select id="policy-country" value={country} onChange={(event) => setCountry(event.target.value)}>
            {[...new Set([...MARKETPLACE_COUNTRIES, ...Object.keys(draft.daysOff)])].map((code) => (
              <option key={code} value={code}>
                {code}
                {(draft.daysOff[code]?.length ?? 0) > 0 ? ` (${draft.daysOff[code]!.length})` : ''}
              </option>
            ))}
          </select>
        </div>
        <DaysOffEditor
          key={country}
          idPrefix={`policy-days-off-${country}`}
          label={t('settingsCountryDaysOff', country)}
          days={draft.daysOff[country] ?? []}
          onChange={(dates) => setDraft((old) => ({ ...old, daysOff: { ...old.daysOff, [country]: dates } }))}
        />
        <div className="settings-actions">
          <button type="submit" className="button button--primary">
            {t('settingsSave')}
          </button>
          <button type="button" className="button" onClick={() => void reset()}>
            {t('settingsResetDefaults')}
          </button>
        </div>
        <SaveStatus status={status} />
      </form>
    </section>
  );
}
