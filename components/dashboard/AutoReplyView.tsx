// The dashboard's Auto-reply section: the out-of-hours text to paste into a platform's own auto-reply or
// vacation settings, written from the shifts and team holidays in the buyer's zone and language
// (lib/shifts/auto-reply-text.ts), with a copy button and what each platform does with such a text.
import { useLiveQuery } from 'dexie-react-hooks';
import { DateTime } from 'luxon';
import { useMemo, useState } from 'react';
import type { Platform } from '../../lib/model';
import { loadSettings } from '../../lib/settings/team-settings';
import { autoReplyText } from '../../lib/shifts/auto-reply-text';
import { DAY, isValidZone, isoDateIn } from '../../lib/shifts/schedule';
import { teamDaysOff } from '../../lib/shifts/team-days-off';
import { t, uiLanguage } from '../i18n';
import { PLATFORM_NAMES } from '../platform-names';
import { useNow } from '../use-now';
import type { DashboardSectionProps } from './DashboardApp';
import { BUYER_MARKETS } from './settings/auto-reply-markets';
import { Field } from './settings/Field';
import { SaveStatus, type Status } from './settings/SaveStatus';
import { TIME_ZONES } from './settings/TeamSection';
import './settings.css';

const PLATFORMS: readonly Platform[] = ['ebay', 'etsy', 'amazon'];
const AHEAD_DAYS = 60;

function languageName(language: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

function platformNote(platform: Platform): string {
  if (platform === 'ebay') return t('autoReplyWhereEbay');
  if (platform === 'etsy') return t('autoReplyWhereEtsy');
  return t('autoReplyAmazonWarning');
}

export function AutoReplyView({ db, initialNow }: DashboardSectionProps) {
  const now = useNow(60_000, initialNow);
  const settings = useLiveQuery(() => loadSettings(db), [db]);
  const [platform, setPlatform] = useState<Platform>('ebay');
  const [marketIndex, setMarketIndex] = useState(0);
  const [zoneText, setZoneText] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const markets = BUYER_MARKETS[platform];
  const market = markets[marketIndex] ?? markets[0]!;
  const zone = (zoneText ?? market.zone).trim();
  const zoneError = isValidZone(zone) ? undefined : t('settingsErrorZone');
  const today = settings ? isoDateIn(now, settings.team.teamZone) : '';

  const reply = useMemo(() => {
    if (!settings || zoneError) return null;
    const { teamZone } = settings.team;
    let daysOff: ReturnType<typeof teamDaysOff> = [];
    try {
      daysOff = teamDaysOff(settings.teamHolidays, teamZone, now, now + (AHEAD_DAYS + 1) * DAY);
    } catch {
      daysOff = []; // a country without a holiday calendar: the regular hours are still honest
    }
    return autoReplyText({ now, shifts: settings.shifts, teamZone, daysOff, buyerZone: zone, buyerLocale: market.locale, horizonDays: AHEAD_DAYS });
    // Regenerated when the inputs or the date change, not every minute.
  }, [settings, zone, zoneError, market.locale, today]);

  async function copy() {
    if (!reply) return;
    try {
      await navigator.clipboard.writeText(reply.text);
      setStatus({ kind: 'ok', text: t('autoReplyCopied') });
    } catch {
      setStatus({ kind: 'error', text: t('autoReplyCopyFailed') });
    }
  }

  if (!settings) return <p role="status">{t('settingsLoading')}</p>;
  return (
    <section className="panel autoreply" aria-labelledby="autoreply-title">
      <h2 id="autoreply-title">{t('autoReplyTitle')}</h2>
      <p className="field__hint">{t('autoReplyIntro')}</p>
      <fieldset className="autoreply__platforms">
        <legend className="visually-hidden">{t('autoReplyPlatform')}</legend>
        {PLATFORMS.map((name) => (
          <label key={name} className="settings-check">
            <input
              type="radio"
              name="autoreply-platform"
              value={name}
              checked={platform === name}
              onChange={() => {
                setPlatform(name);
                setMarketIndex(0);
                setZoneText(null);
                setStatus(null);
              }}
            />
            {t(PLATFORM_NAMES[name])}
          </label>
        ))}
      </fieldset>
      <p className={platform === 'amazon' ? 'message--warning' : 'field__hint'} data-testid="autoreply-note">
        {platformNote(platform)}
      </p>
      <div className="settings-row">
        <div className="field">
          <label htmlFor="autoreply-market">{t('autoReplyMarketplace')}</label>
          <select
            id="autoreply-market"
            value={marketIndex}
            onChange={(event) => {
              setMarketIndex(Number(event.target.value));
              setZoneText(null);
              setStatus(null);
            }}
          >
            {markets.map((option, index) => (
              <option key={`${option.marketplace}-${option.locale}`} value={index}>
                {t('autoReplyMarketOption', option.marketplace, languageName(option.locale))}
              </option>
            ))}
          </select>
        </div>
        <Field id="autoreply-zone" label={t('autoReplyBuyerZone')} value={zoneText ?? market.zone} onChange={setZoneText} list="autoreply-zones" hint={t('autoReplyBuyerZoneHint')} error={zoneError} />
        <datalist id="autoreply-zones">
          {TIME_ZONES.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      {reply && (
        <>
          {reply.coverage === 'never' && <p className="message--warning">{t('autoReplyNoShifts')}</p>}
          {reply.clockChangeAt !== null && (
            <p className="message--warning">
              {t('autoReplyClockChange', DateTime.fromMillis(reply.clockChangeAt, { zone }).setLocale(uiLanguage()).toLocaleString(DateTime.DATE_MED))}
            </p>
          )}
          <div className="field">
            <label htmlFor="autoreply-text">{t('autoReplyTextLabel', languageName(reply.language))}</label>
            <textarea id="autoreply-text" className="autoreply__text" readOnly value={reply.text} aria-describedby="autoreply-length" />
            <span id="autoreply-length" className="field__hint">
              {t('autoReplyLength', reply.text.length, reply.closures.length)}
            </span>
          </div>
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            {t('autoReplyCopy')}
          </button>
          <SaveStatus status={status} />
        </>
      )}
    </section>
  );
}
