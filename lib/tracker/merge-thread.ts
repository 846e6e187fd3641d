// Folds an open thread into what we know of its conversation. A thread is the best evidence there is: it
// shows every message with its exact time, so it settles whether the buyer is waiting, since when, whether
// that message opened the thread, and when the seller answered (the response time analytics reads).
import type { Conversation, ConversationEvent, ThreadMessage, ThreadSnapshot } from '../model';
import { DEFAULT_POLICIES, type SlaPolicies } from '../sla/policies';
import { applyTriage } from './apply-triage';
import { carryOver, eventOf } from './carry-over';
import type { MergeResult } from './merge-snapshot';
import { withDeadlines } from './reply-clock';

export function mergeThread(
  existing: Conversation | undefined,
  thread: ThreadSnapshot,
  now: number,
  policies: SlaPolicies = DEFAULT_POLICIES,
): MergeResult {
  const conversation = carryOver(existing, thread, now);
  const events: ConversationEvent[] = [];
  const log = (type: ConversationEvent['type'], at: number, approx: boolean) => events.push(eventOf(conversation, type, at, approx));
  const messages = thread.messages;
  const lastSellerIndex = findLastIndex(messages, (m) => m.from === 'seller');
  const unanswered = messages.slice(lastSellerIndex + 1).filter((m) => m.from === 'buyer');
  const latestBuyer = findLast(messages, (m) => m.from === 'buyer' && m.at !== null);
  if (latestBuyer?.at) conversation.lastBuyerAt = Math.max(conversation.lastBuyerAt ?? 0, clamp(latestBuyer.at.at, now));

  // Not waiting (answered, or marked replied / resolved / no response needed by the agent): only buyer
  // messages newer than anything we knew of reopen it — a thread that does not show the agent's reply yet
  // must not undo the mark — and the new wait starts at the first of those.
  const closed = existing !== undefined && existing.status !== 'awaiting';
  const answeredAt = Math.max(existing?.lastBuyerAt ?? -Infinity, existing?.lastSellerAt ?? -Infinity);
  const waiting = closed ? unanswered.filter((m) => m.at !== null && m.at.at > answeredAt) : unanswered;
  const firstWaiting = waiting[0];
  if (firstWaiting) {
    const since = firstWaiting.at ? clamp(firstWaiting.at.at, now) : (existing?.awaitingSince ?? now);
    const exact = firstWaiting.at?.precision === 'exact';
    const waitStarts = existing?.status !== 'awaiting';
    conversation.status = 'awaiting';
    conversation.awaitingSince = since;
    conversation.awaitingSinceApprox = !exact;
    conversation.firstInThread = messages.indexOf(firstWaiting) === 0;
    if (waitStarts) log('received', since, !exact);
  } else if (lastSellerIndex >= 0 && !endsWaitWithoutEvidence(existing, messages[lastSellerIndex]!)) {
    const reply = messages[lastSellerIndex]!;
    const repliedAt = reply.at ? clamp(reply.at.at, now) : now;
    if (existing?.status === 'awaiting') log('replied', repliedAt, reply.at?.precision !== 'exact');
    if (existing?.status !== 'resolved' && existing?.status !== 'no-response-needed') conversation.status = 'replied';
    conversation.lastSellerAt = Math.max(conversation.lastSellerAt ?? 0, repliedAt);
    conversation.awaitingSince = null;
    conversation.awaitingSinceApprox = false;
  }
  // A thread with no messages (a compose page) changes nothing about the wait.
  const triaged =
    conversation.status === 'awaiting'
      ? applyTriage(conversation, { texts: waiting.map((m) => m.text), unansweredInARow: waiting.length }, policies)
      : conversation;
  return { conversation: withDeadlines(triaged, policies), events };
}

/**
 * A wait ends only on positive evidence: a seller message the thread dates after the buyer's latest
 * message we know of. An undated reply, or one older than what the buyer last wrote (the thread lost that
 * bubble, or has not loaded it), proves nothing: the clock keeps running.
 */
function endsWaitWithoutEvidence(existing: Conversation | undefined, reply: ThreadMessage): boolean {
  if (existing?.status !== 'awaiting') return false;
  if (!reply.at) return true;
  const buyerAt = existing.lastBuyerAt ?? existing.awaitingSince;
  // Strictly newer: a "reply" at the buyer's own minute is as likely the buyer's message read as the seller's.
  return buyerAt !== null && reply.at.at <= buyerAt && !(reply.at.precision !== 'exact' && sameDay(reply.at.at, buyerAt));
}

/** Within a day of each other: a day-precision reply may be the same day's, later than it reads. */
function sameDay(a: number, b: number): boolean {
  return Math.abs(a - b) < 24 * 3_600_000;
}

/** The unanswered buyer messages' text, oldest first: what triage reads. */
export function unansweredText(messages: readonly ThreadMessage[]): string[] {
  const lastSellerIndex = findLastIndex(messages, (m) => m.from === 'seller');
  return messages.slice(lastSellerIndex + 1).filter((m) => m.from === 'buyer').map((m) => m.text);
}

/** A page clock ahead of ours must not put a message in the future. */
function clamp(at: number, now: number): number {
  return Math.min(at, now);
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  const index = findLastIndex(items, test);
  return index < 0 ? undefined : items[index];
}
