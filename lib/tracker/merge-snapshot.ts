// Folds what a page shows about one conversation into what we already know of it: whether a new wait for a
// reply starts, continues or ends, and which events that adds to the log. Pure; `now` is an argument.
import {
  conversationId,
  type Conversation,
  type ConversationEvent,
  type ConversationSnapshot,
} from '../model';
import { DEFAULT_POLICIES, type SlaPolicies } from '../sla/policies';
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
  const id = conversationId(snapshot.platform, snapshot.marketplace, snapshot.threadId);
  const shown = snapshot.lastMessageAt;
  // A page clock ahead of ours must not put a message in the future.
  const shownAt = shown ? Math.min(shown.at, now) : null;
  const shownExact = shown?.precision === 'exact';
  const conversation: Conversation = {
    id,
    platform: snapshot.platform,
    marketplace: snapshot.marketplace,
    threadId: snapshot.threadId,
    buyer: snapshot.buyer || existing?.buyer || '',
    orderId: snapshot.orderId ?? existing?.orderId ?? null,
    subject: snapshot.subject || existing?.subject || '',
    url: snapshot.url || existing?.url || '',
    lastBuyerAt: existing?.lastBuyerAt ?? null,
    awaitingSince: existing?.awaitingSince ?? null,
    awaitingSinceApprox: existing?.awaitingSinceApprox ?? false,
    lastSellerAt: existing?.lastSellerAt ?? null,
    status: existing?.status ?? 'replied',
    kind: snapshot.kind ?? existing?.kind ?? 'message',
    firstInThread: existing?.firstInThread ?? true,
    category: existing?.category ?? 'other',
    priority: existing?.priority ?? 'B',
    dueAt: null,
    platformDueAt: null,
    teamDueAt: null,
    resolveBy: null,
    firstSeenAt: existing?.firstSeenAt ?? now,
    updatedAt: now,
  };
  const events: ConversationEvent[] = [];
  const log = (type: ConversationEvent['type'], at: number, approx: boolean) =>
    events.push({ conversationId: id, platform: snapshot.platform, marketplace: snapshot.marketplace, type, at, approx });

  if (snapshot.needsResponse) {
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

  return { conversation: withDeadlines(conversation, policies), events };
}

/** The buyer wrote after our last answer (or we cannot tell when they wrote, and the page says they did). */
function isNewerThanLastAnswer(existing: Conversation, shownAt: number | null): boolean {
  if (shownAt === null) return true;
  const answeredAt = Math.max(existing.lastSellerAt ?? -Infinity, existing.lastBuyerAt ?? -Infinity);
  return shownAt > answeredAt;
}
