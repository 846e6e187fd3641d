// The events analytics reads carry the category triage settled on in the same reading (not the one before it)
// and, for seller-side events, the name of the agent on this machine; the buyer's own events carry no agent.
import { describe, expect, it } from 'vitest';
import { rawThreadResult } from '../../raw-read';
import { openDatabase } from '@/lib/db';
import type { ReadHealth, ThreadSnapshot } from '@/lib/model';
import { saveSetting } from '@/lib/settings/team-settings';
import { markConversation } from '@/lib/tracker/conversation-actions';
import { ingestThread } from '@/lib/tracker/ingest';

const HOUR = 3_600_000;
const NOW = Date.UTC(2026, 2, 16, 4, 0);
const HEALTH: ReadHealth = { platform: 'amazon', marketplace: 'US', page: 'thread', variant: 'test', rows: 1, problems: [] };

function thread(messages: ThreadSnapshot['messages']): ThreadSnapshot {
  return { platform: 'amazon', marketplace: 'US', threadId: 'T1', buyer: 'Maya Ortiz', orderId: null, subject: '', url: 'https://sellercentral.amazon.com/messaging/thread/T1', messages };
}

describe('events for analytics', () => {
  it('stores the triaged category on a new wait and the agent on the reply and the resolution', async () => {
    const db = openDatabase('analytics-attribution');
    await saveSetting(db, 'team', { agentName: 'Lin', shopName: '', teamZone: 'Asia/Shanghai' });
    const url = 'https://sellercentral.amazon.com/messaging/thread/T1';
    const question = { from: 'buyer' as const, at: { at: NOW - 3 * HOUR, precision: 'exact' as const }, text: 'Where is my parcel? The tracking has not moved for a week.' };
    await ingestThread(db, { url, result: rawThreadResult({ thread: thread([question]), health: HEALTH }) }, NOW - 2 * HOUR);
    const answer = { from: 'seller' as const, at: { at: NOW - HOUR, precision: 'exact' as const }, text: 'It is on its way.' };
    await ingestThread(db, { url, result: rawThreadResult({ thread: thread([question, answer]), health: HEALTH }) }, NOW);
    await markConversation(db, 'amazon:US:T1', 'resolved', NOW);
    const events = await db.events.toArray();
    expect(events.map((e) => [e.type, e.category, e.agent])).toEqual([
      ['received', 'shipping', undefined],
      ['replied', 'shipping', 'Lin'],
      ['resolved', 'shipping', 'Lin'],
    ]);
  });

  it('leaves the agent out when no name is set', async () => {
    const db = openDatabase('analytics-attribution-anonymous');
    await db.conversations.put({
      id: 'amazon:US:T2', platform: 'amazon', marketplace: 'US', threadId: 'T2', buyer: 'B', orderId: null, subject: '', url: '',
      lastBuyerAt: NOW - HOUR, awaitingSince: NOW - HOUR, awaitingSinceApprox: false, lastSellerAt: null, status: 'awaiting', kind: 'message',
      caseSignal: null, firstInThread: true, category: 'feedback', priority: 'C', dueAt: NOW, platformDueAt: NOW, teamDueAt: NOW, resolveBy: null,
      triage: null, categoryByAgent: false, escalation: null, firstSeenAt: NOW - HOUR, updatedAt: NOW - HOUR,
    });
    await markConversation(db, 'amazon:US:T2', 'no-response-needed', NOW);
    const [event] = await db.events.toArray();
    expect(event).toMatchObject({ type: 'no-response-needed', category: 'feedback' });
    expect(event).not.toHaveProperty('agent');
  });
});
