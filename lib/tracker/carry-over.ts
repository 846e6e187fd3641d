// What every reading of a page starts from: the conversation as we knew it, with the identity fields the page
// shows now (buyer, order, subject, link) and the due times cleared for withDeadlines to set again.
import { conversationId, type Conversation, type ConversationEvent, type ConversationSnapshot, type ThreadSnapshot } from '../model';

type Identity = Pick<
  ConversationSnapshot | ThreadSnapshot,
  'platform' | 'marketplace' | 'threadId' | 'buyer' | 'orderId' | 'subject' | 'url' | 'kind' | 'caseSignal'
>;

export function carryOver(existing: Conversation | undefined, page: Identity, now: number): Conversation {
  return {
    id: conversationId(page.platform, page.marketplace, page.threadId),
    platform: page.platform,
    marketplace: page.marketplace,
    threadId: page.threadId,
    buyer: page.buyer || existing?.buyer || '',
    orderId: page.orderId ?? existing?.orderId ?? null,
    subject: page.subject || existing?.subject || '',
    url: page.url || existing?.url || '',
    lastBuyerAt: existing?.lastBuyerAt ?? null,
    awaitingSince: existing?.awaitingSince ?? null,
    awaitingSinceApprox: existing?.awaitingSinceApprox ?? false,
    lastSellerAt: existing?.lastSellerAt ?? null,
    status: existing?.status ?? 'replied',
    kind: page.kind ?? existing?.kind ?? 'message',
    caseSignal: page.caseSignal ?? existing?.caseSignal ?? null,
    firstInThread: existing?.firstInThread ?? true,
    category: existing?.category ?? 'other',
    priority: existing?.priority ?? 'B',
    dueAt: null,
    platformDueAt: null,
    teamDueAt: null,
    resolveBy: null,
    triage: existing?.triage ?? null,
    categoryByAgent: existing?.categoryByAgent ?? false,
    escalation: existing?.escalation ?? null,
    firstSeenAt: existing?.firstSeenAt ?? now,
    updatedAt: now,
  };
}

/** An event of this conversation, for the append-only log. */
export function eventOf(conversation: Conversation, type: ConversationEvent['type'], at: number, approx: boolean): ConversationEvent {
  return { conversationId: conversation.id, platform: conversation.platform, marketplace: conversation.marketplace, type, at, approx };
}
