// Every Dexie migration, tested from the previous version's data: a database written by version N-1 opens
// under the current schema with nothing lost and every record in the new shape.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';

/** A conversation exactly as version 1 stored it. */
const V1_CONVERSATION = {
  id: 'amazon:US:T1',
  platform: 'amazon',
  marketplace: 'US',
  threadId: 'T1',
  buyer: 'Emma Whitfield',
  orderId: '111-2223334-4445556',
  subject: 'Where is my order?',
  url: 'https://sellercentral.amazon.com/messaging/thread/T1',
  lastBuyerAt: 1_000,
  awaitingSince: 1_000,
  awaitingSinceApprox: false,
  lastSellerAt: null,
  status: 'awaiting',
  category: 'other',
  priority: 'B',
  dueAt: 86_401_000,
  platformDueAt: 86_401_000,
  firstSeenAt: 1_000,
  updatedAt: 1_000,
};

async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ conversations: 'id, dueAt', events: '++id, at', templates: '++id', settings: 'key', pageHealth: 'key' });
  await v1.table('conversations').bulkPut([V1_CONVERSATION, { ...V1_CONVERSATION, id: 'amazon:US:T2', threadId: 'T2', status: 'replied', dueAt: null, platformDueAt: null, awaitingSince: null }]);
  await v1.table('events').add({ conversationId: 'amazon:US:T1', platform: 'amazon', marketplace: 'US', type: 'received', at: 1_000, approx: false });
  v1.close();
}

describe('migration v1 → v2 → v3 → v4', () => {
  it('keeps every conversation and event and fills the new fields', async () => {
    await writeVersion1('migrate-1-2');
    const db = openDatabase('migrate-1-2');
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.conversations.get('amazon:US:T1')).toEqual({
      ...V1_CONVERSATION,
      kind: 'message',
      firstInThread: true,
      teamDueAt: 86_401_000,
      resolveBy: null,
      triage: null,
      categoryByAgent: false,
      caseSignal: null,
      escalation: null,
    });
    expect(await db.conversations.get('amazon:US:T2')).toMatchObject({ status: 'replied', kind: 'message', teamDueAt: null });
    expect(await db.events.count()).toBe(1);
    // The overdue index still serves the badge after the upgrade.
    expect(await db.conversations.where('dueAt').belowOrEqual(86_401_000).primaryKeys()).toEqual(['amazon:US:T1']);
  });
});

describe('migration v2 → v3', () => {
  it('adds an empty triage and no agent correction to every conversation, keeping the rest', async () => {
    const v2 = new Dexie('migrate-2-3');
    v2.version(2).stores({ conversations: 'id, dueAt', events: '++id, at', templates: '++id', settings: 'key', pageHealth: 'key' });
    const v2Conversation = { ...V1_CONVERSATION, kind: 'case', firstInThread: false, teamDueAt: 5, resolveBy: 6 };
    await v2.table('conversations').put(v2Conversation);
    await v2.table('settings').put({ key: 'clock.fingerprint', value: 'abc' });
    v2.close();
    const db = openDatabase('migrate-2-3');
    expect(await db.conversations.get('amazon:US:T1')).toEqual({ ...v2Conversation, triage: null, categoryByAgent: false, caseSignal: null, escalation: null });
    expect(await db.settings.get('clock.fingerprint')).toEqual({ key: 'clock.fingerprint', value: 'abc' });
  });
});

describe('migration v3 → v4', () => {
  it('adds no escalation to every conversation, keeping triage, the agent’s category, events and settings', async () => {
    const v3 = new Dexie('migrate-3-4');
    v3.version(3).stores({ conversations: 'id, dueAt', events: '++id, at', templates: '++id', settings: 'key', pageHealth: 'key' });
    const triage = { language: 'en', sentiment: 'negative', urgent: true, noResponseNeeded: false, reasons: [{ kind: 'keyword', match: 'refund', category: 'return' }], category: 'return', textKey: 'k' };
    const v3Conversation = { ...V1_CONVERSATION, kind: 'message', firstInThread: true, teamDueAt: 5, resolveBy: 6, triage, categoryByAgent: true, caseSignal: null, category: 'quality' };
    const closed = { ...v3Conversation, id: 'ebay:US:T9', platform: 'ebay', threadId: 'T9', status: 'resolved', dueAt: null, teamDueAt: null };
    await v3.table('conversations').bulkPut([v3Conversation, closed]);
    await v3.table('events').add({ conversationId: 'ebay:US:T9', platform: 'ebay', marketplace: 'US', type: 'resolved', at: 2_000, approx: false });
    await v3.table('settings').put({ key: 'policies', value: { x: 1 } });
    v3.close();
    const db = openDatabase('migrate-3-4');
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.conversations.get('amazon:US:T1')).toEqual({ ...v3Conversation, escalation: null });
    expect(await db.conversations.get('ebay:US:T9')).toEqual({ ...closed, escalation: null });
    expect(await db.events.toArray()).toEqual([{ id: 1, conversationId: 'ebay:US:T9', platform: 'ebay', marketplace: 'US', type: 'resolved', at: 2_000, approx: false }]);
    expect(await db.settings.get('policies')).toEqual({ key: 'policies', value: { x: 1 } });
    expect(await db.conversations.where('dueAt').belowOrEqual(86_401_000).primaryKeys()).toEqual(['amazon:US:T1']);
  });
});
