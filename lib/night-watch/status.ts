// What the popup's "keep this inbox fresh" toggle is told about the active tab, and how the toggle reads it:
// checked or not, and if it cannot be used, why. Pure; the background builds the status (lib/tracker/night-watch.ts).
import type { HoldReason } from './schedule';
import type { PageKind } from './tab-activity';

export interface NightWatchStatus {
  /** Night watch is on in the team's settings. */
  enabled: boolean;
  intervalMinutes: number;
  /** What the tab's content script says it shows; null when none answered (not a seller page). */
  page: PageKind | null;
  watched: boolean;
  nextReloadAt: number | null;
  lastReloadAt: number | null;
  /** Why the tab's last due reload waited (a draft, typing), until it is reloaded. */
  heldBy: HoldReason | null;
}

/** What one night-watch check did with a watched tab. */
export type NightWatchOutcome = 'reloaded' | 'not-due' | 'closed' | HoldReason;

/** Why the toggle cannot be switched on: night watch is off, or the tab shows no seller messaging page. */
export type ToggleBlock = 'off' | 'no-page' | 'not-messaging';

export interface ToggleView {
  checked: boolean;
  /** Null: the agent may switch it. A watched tab can always be switched off. */
  blockedBy: ToggleBlock | null;
}

export function toggleView(status: NightWatchStatus): ToggleView {
  if (status.watched) return { checked: true, blockedBy: null };
  if (!status.enabled) return { checked: false, blockedBy: 'off' };
  if (status.page === null) return { checked: false, blockedBy: 'no-page' };
  if (status.page === 'none') return { checked: false, blockedBy: 'not-messaging' };
  return { checked: false, blockedBy: null };
}

/** Only seller messaging pages may be watched: a reload anywhere else reads nothing. */
export function canWatch(page: PageKind | null): boolean {
  return page === 'inbox' || page === 'thread';
}
