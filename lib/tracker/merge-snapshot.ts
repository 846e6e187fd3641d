// Folds what a page shows about one conversation into what we already know of it: whether a new wait for a
// reply starts, continues or ends, and which events that adds to the log. Pure; `now` is an argument.
import type { Conversation, ConversationEvent, ConversationSnapshot } from '../model';
import { DEFAULT_POLICIES, type SlaPolicies } from '../sla/policies';
import { applyTriage } from './apply-triage';
import { carryOver, eventOf } from './carry-over';
import { withDeadlines } from './reply-clock';

export interface MergeResult {
  conversation: Conversation;
  /** Events this reading witnessed (a wait starting, a reply); empty when nothing changed. */
  events: ConversationEvent[];
}

export function mergeSnapshot(
  existing: Conversation | undefined,
  snapshot: ConversationSnapshot,
  now: number,
  policies: SlaPolicies = DEFAULT_POLICIES,
): MergeResult {
  const shown = snapshot.lastMessageAt;
  // A page clock ahead of ours must not put a message in the future.
  const shownAt = shown ? Math.min(shown.at, now) : null;
  const shownExact = shown?.precision === 'exact';
  const conversation = carryOver(existing, snapshot, now);
  const events: ConversationEvent[] = [];
  const log = (type: ConversationEvent['type'], at: number, approx: boolean) => events.push(eventOf(conversation, type, at, approx));

  if (snapshot.needsResponse === true) {
    if (shownAt !== null) conversation.lastBuyerAt = Math.max(conversation.lastBuyerAt ?? shownAt, shownAt);
    if (existing?.status === 'awaiting') {
      // The same wait goes on: the clock keeps running from the oldest unanswered message. A reading replaces
      // it only when it is earlier and at least as precise (an exact time is never traded for a day).
      const since = existing.awaitingSince ?? now;
      if (shownAt !== null && shownAt < since && (shownExact || existing.awaitingSinceApprox)) {
        conversation.awaitingSince = shownAt;
        conversation.awaitingSinceApprox = !shownExact;
      }
    } else if (!existing || isNewerThanLastAnswer(existing, shownAt)) {
      // A new wait starts (a new conversation, or a buyer writing again after our answer).
      conversation.status = 'awaiting';
      conversation.firstInThread = snapshot.firstInThread ?? !existing;
      conversation.awaitingSince = shownAt ?? now;
      conversation.awaitingSinceApprox = !shownExact;
      log('received', conversation.awaitingSince, conversation.awaitingSinceApprox);
    }
    // Otherwise the page still marks a message we already answered: a stale list, not a new wait.
  } else if (snapshot.needsResponse === null) {
    // The list cannot tell whether it was answered: keep what we know; the open thread will settle it.
  } else if (existing?.status === 'awaiting') {
    // Answered since we last looked. The row's time is the reply's only if it is not older than the buyer's.
    const replyShown = shownAt !== null && shownAt >= (existing.lastBuyerAt ?? existing.awaitingSince ?? 0);
    const repliedAt = replyShown ? shownAt : now;
    conversation.status = 'replied';
    conversation.lastSellerAt = repliedAt;
    conversation.awaitingSince = null;
    conversation.awaitingSinceApprox = false;
    log('replied', repliedAt, !(replyShown && shownExact));
  } else if (!existing) {
    // First seen already answered: the row's time is the latest activity, the seller's.
    conversation.status = 'replied';
    conversation.lastSellerAt = shownAt;
  }

  // The list's subject and preview are thin evidence: they classify a new wait, never a thread's reading.
  const triaged =
    conversation.status === 'awaiting' && (conversation.triage === null || events.some((e) => e.type === 'received'))
      ? applyTriage(conversation, { texts: [snapshot.preview || snapshot.subject] }, policies)
      : conversation;
  return { conversation: withDeadlines(triaged, policies), events };
}

/** The buyer wrote after our last answer (or we cannot tell when they wrote, and the page says they did). */
function isNewerThanLastAnswer(existing: Conversation, shownAt: number | null): boolean {
  if (shownAt === null) return true;
  const answeredAt = Math.max(existing.lastSellerAt ?? -Infinity, existing.lastBuyerAt ?? -Infinity);
  return shownAt > answeredAt;
}
