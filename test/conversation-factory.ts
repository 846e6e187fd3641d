// A stored conversation for tests, with only what each test cares about given (the rest a plain Amazon US
// message awaiting a reply since `awaitingSince`, 0 unless given).
import type { Conversation } from '@/lib/model';

export function conversation(id: string, fields: Partial<Conversation> = {}): Conversation {
  const awaitingSince = fields.awaitingSince ?? 0;
  return {
    id,
    platform: 'amazon',
    marketplace: 'US',
    threadId: id,
    buyer: `Buyer ${id}`,
    orderId: null,
    subject: `Subject ${id}`,
    url: `https://sellercentral.amazon.com/messaging/thread/${id}`,
    lastBuyerAt: awaitingSince,
    awaitingSince,
    awaitingSinceApprox: false,
    lastSellerAt: null,
    status: 'awaiting',
    kind: 'message',
    caseSignal: null,
    firstInThread: true,
    category: 'other',
    priority: 'B',
    dueAt: null,
    platformDueAt: null,
    teamDueAt: null,
    resolveBy: null,
    triage: null,
    categoryByAgent: false,
    escalation: null,
    firstSeenAt: awaitingSince,
    updatedAt: awaitingSince,
    ...fields,
  };
}
