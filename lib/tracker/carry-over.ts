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

/**
 * The events of one reading or action, as stored: each carries the category the conversation settled on in that
 * same step (triage runs after a merge logs its events, so eventOf cannot know it yet), and seller-side events
 * (replied, resolved, no response needed) carry this machine's agent name when one is set. A reply noticed on a
 * page read here is credited to this machine's agent: the page does not say who wrote it.
 */
export function attributeEvents(events: readonly ConversationEvent[], conversation: Conversation, agentName: string): ConversationEvent[] {
  return events.map((event) => ({
    ...event,
    category: conversation.category,
    ...(event.type !== 'received' && agentName ? { agent: agentName } : {}),
  }));
}
