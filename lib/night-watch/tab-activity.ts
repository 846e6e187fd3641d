// What a seller page tells night watch about itself right before a reload: which kind of page it is, whether
// a reply draft is unsent, and when the agent last typed there. The background asks with its own envelope
// marker (not lib/sidebar-protocol.ts's), and reads the answer through parseTabActivity: anything malformed
// counts as no answer, and no answer never reloads.

export type PageKind = 'inbox' | 'thread' | 'none';

export interface TabActivity {
  /** A conversation list (a two-pane inbox with a thread open is one too), one conversation, or neither. */
  page: PageKind;
  /** Text the agent has not sent: in the page's reply box, or in any other visible multi-line editor. */
  hasDraft: boolean;
  /** When a key last went into an editor of the page (the page's own clock: the same machine's). */
  lastKeyAt: number | null;
  /** The caret is in an editor of the page (or in our sidebar's frame) and the page's window has focus. */
  editorFocused: boolean;
}

/** The background's question to a tab's content script (top frame). */
export interface ActivityRequest {
  replyclockNightWatch: 1;
}

export const ACTIVITY_REQUEST: ActivityRequest = { replyclockNightWatch: 1 };

export function isActivityRequest(message: unknown): message is ActivityRequest {
  return typeof message === 'object' && message !== null && (message as ActivityRequest).replyclockNightWatch === 1;
}

const PAGE_KINDS: readonly PageKind[] = ['inbox', 'thread', 'none'];

/** The answer as night watch may trust it, or null (read as "no page": never reload) for anything else. */
export function parseTabActivity(value: unknown): TabActivity | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (!PAGE_KINDS.includes(raw.page as PageKind)) return null;
  if (typeof raw.hasDraft !== 'boolean' || typeof raw.editorFocused !== 'boolean') return null;
  if (raw.lastKeyAt !== null && (typeof raw.lastKeyAt !== 'number' || !Number.isFinite(raw.lastKeyAt))) return null;
  return { page: raw.page as PageKind, hasDraft: raw.hasDraft, lastKeyAt: raw.lastKeyAt as number | null, editorFocused: raw.editorFocused };
}

/** Whether an editor's text is a draft: anything but whitespace and the zero-width characters editors leave behind. */
export function isDraftText(text: string): boolean {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '') !== '';
}
