// The popup's "Keep this inbox fresh" checkbox for the active tab (night watch, lib/tracker/night-watch.ts).
// The popup has no "tabs" permission, so it cannot read the tab's address: the background asks the tab's
// own content script what it shows, and answers with that, the team's settings and the tab's schedule.
import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../lib/messaging';
import { toggleView, type NightWatchStatus, type ToggleBlock } from '../lib/night-watch/status';
import { t, uiLanguage } from './i18n';

export type NightWatchSend = (
  type: 'nightWatchStatus' | 'setNightWatchTab',
  data: { tabId: number; watched?: boolean },
) => Promise<NightWatchStatus>;

export interface NightWatchToggleProps {
  /** The tab the popup was opened over; null when there is none. */
  findTab?: () => Promise<number | null>;
  send?: NightWatchSend;
}

function blockText(block: ToggleBlock): string {
  if (block === 'off') return t('nightWatchBlockedOff');
  if (block === 'no-page') return t('nightWatchBlockedNoPage');
  return t('nightWatchBlockedNotMessaging');
}

/** The active tab of the popup's window: its id only (that needs no permission; its address would). */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const sendNightWatch: NightWatchSend = (type, data) =>
  type === 'nightWatchStatus'
    ? sendMessage('nightWatchStatus', { tabId: data.tabId })
    : sendMessage('setNightWatchTab', { tabId: data.tabId, watched: data.watched === true });

type Loaded = { tabId: number | null; status: NightWatchStatus | null; failed: boolean };

export function NightWatchToggle({ findTab = activeTabId, send = sendNightWatch }: NightWatchToggleProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const hintId = useId();

  useEffect(() => {
    let live = true;
    void (async () => {
      const tabId = await findTab().catch(() => null);
      if (tabId === null) return { tabId, status: null, failed: false };
      return send('nightWatchStatus', { tabId }).then(
        (status) => ({ tabId, status, failed: false }),
        () => ({ tabId, status: null, failed: true }),
      );
    })().then((next) => {
      if (live) setLoaded(next);
    });
    return () => {
      live = false;
    };
  }, [findTab, send]);

  if (loaded === null) return null;
  const { tabId, status } = loaded;
  if (loaded.failed) {
    return (
      <section className="night-watch" aria-label={t('nightWatchHeading')}>
        <p className="night-watch__note" role="status">{t('nightWatchUnavailable')}</p>
      </section>
    );
  }
  // No tab, or no page in it that answered: the same to the agent.
  const view = status ? toggleView(status) : { checked: false, blockedBy: 'no-page' as const };

  const change = async (watched: boolean) => {
    if (tabId === null) return;
    setSaving(true);
    setSaveError(null);
    try {
      const next = await send('setNightWatchTab', { tabId, watched });
      setLoaded({ tabId, status: next, failed: false });
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="night-watch" aria-label={t('nightWatchHeading')}>
      <label className="night-watch__toggle">
        <input
          type="checkbox"
          checked={view.checked}
          disabled={view.blockedBy !== null || saving}
          aria-describedby={hintId}
          onChange={(event) => void change(event.currentTarget.checked)}
        />{' '}
        {t('nightWatchToggleLabel')}
      </label>
      <p id={hintId} className="night-watch__note">
        {view.blockedBy !== null
          ? blockText(view.blockedBy)
          : t('nightWatchToggleHint', status?.intervalMinutes ?? 0)}
      </p>
      {status?.watched && <p className="night-watch__state" role="status">{stateText(status)}</p>}
      {saveError !== null && (
        <p className="night-watch__error" role="alert">
          {t('nightWatchSaveFailed', saveError)}
        </p>
      )}
    </section>
  );
}

/** A watched tab: why its due reload waits, else when it comes (or that night watch is off). */
function stateText(status: NightWatchStatus): string {
  if (!status.enabled) return t('nightWatchBlockedOff');
  if (status.heldBy === 'draft') return t('nightWatchHeldDraft');
  if (status.heldBy === 'typing') return t('nightWatchHeldTyping');
  if (status.heldBy === 'no-page' || status.heldBy === 'not-messaging') return t('nightWatchHeldNoPage');
  if (status.nextReloadAt === null) return '';
  const time = new Intl.DateTimeFormat(uiLanguage(), { hour: '2-digit', minute: '2-digit' }).format(status.nextReloadAt);
  return t('nightWatchNext', time);
}
