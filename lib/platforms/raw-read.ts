// What a content script reads off a seller page: raw strings, ids and markers, never interpreted. Times stay
// the text (and `datetime` attribute) the page showed, with the page's locale and zone; the background turns
// them into instants (lib/tracker/interpret-read.ts), so Luxon never loads in the page's process.
import type { ConversationSnapshot, ReadHealth, ThreadSnapshot } from '../model';

/** A time as the page showed it. Exactly one of `text`/`datetime`/`epochMs` may be enough to read it. */
export interface RawTime {
  /** The visible text ("Sep 4, 2026 10:42 AM", "3h", "Gestern 22:42"). */
  text: string;
  /** A machine-readable attribute beside it (`<time datetime>`), tried first. */
  datetime?: string;
  /** An instant the page's own data carried (Etsy's embedded create_date). */
  epochMs?: number;
}

export interface RawSnapshot extends Omit<ConversationSnapshot, 'lastMessageAt'> {
  lastMessageAt: RawTime | null;
}

export interface RawMessage {
  from: 'buyer' | 'seller';
  at: RawTime | null;
  text: string;
}

export interface RawThread extends Omit<ThreadSnapshot, 'messages'> {
  /** In the order the page showed them; the background puts them oldest first. */
  messages: RawMessage[];
}

export interface RawReadResult {
  snapshots: RawSnapshot[];
  health: ReadHealth;
}

export interface RawThreadReadResult {
  thread: RawThread | null;
  health: ReadHealth;
}
