// Test snapshots as a content script sends them: exact times as the ISO `datetime` a page's <time> carries,
// so tests written with instants go through the background's real reading of raw times.
import type { ConversationSnapshot, MarketplaceTime, ReadResult, ThreadMessage, ThreadReadResult } from '../lib/model';
import type { RawMessage, RawReadResult, RawSnapshot, RawThreadReadResult, RawTime } from '../lib/platforms/raw-read';

export function rawTime(time: MarketplaceTime | null): RawTime | null {
  if (!time) return null;
  if (time.precision !== 'exact') throw new Error('rawTime: only exact test times have an ISO form');
  const iso = new Date(time.at).toISOString();
  return { text: iso, datetime: iso };
}

export function rawSnapshot(snapshot: ConversationSnapshot): RawSnapshot {
  return { ...snapshot, lastMessageAt: rawTime(snapshot.lastMessageAt) };
}

export function rawResult(result: ReadResult): RawReadResult {
  return { ...result, snapshots: result.snapshots.map(rawSnapshot) };
}

export function rawMessage(message: ThreadMessage): RawMessage {
  return { ...message, at: rawTime(message.at) };
}

export function rawThreadResult(result: ThreadReadResult): RawThreadReadResult {
  return { ...result, thread: result.thread && { ...result.thread, messages: result.thread.messages.map(rawMessage) } };
}
