// The Dexie schema: the tables and indexes every later feature relies on, and a round trip of a record.
import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, openDatabase } from '@/lib/db';
import type { Conversation } from '@/lib/model';

describe('database schema (current version)', () => {
  it('has the tables and exactly the indexes that queries use', async () => {
    const db = openDatabase();
    await db.open();
    expect(db.name).toBe(DATABASE_NAME);
    expect(db.verno).toBe(4);
    const shape = Object.fromEntries(
      db.tables.map((table) => [table.name, [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)]]),
    );
    expect(shape).toEqual({
      conversations: ['id', 'dueAt'],
      events: ['++id', 'at'],
      templates: ['++id'],
      settings: ['key'],
      pageHealth: ['key'],
    });
  });

  it('stores and reads back a conversation with every field', async () => {
    const db = openDatabase();
    const conversation: Conversation = {
      id: 'amazon:US:T1',
      platform: 'amazon',
      marketplace: 'US',
      threadId: 'T1',
      buyer: 'Emma Whitfield',
      orderId: '111-2223334-4445556',
      subject: 'Where is my order?',
      url: 'https://sellercentral.amazon.com/messaging/thread/T1',
      lastBuyerAt: 1,
      awaitingSince: 1,
      awaitingSinceApprox: false,
      lastSellerAt: null,
      status: 'awaiting',
      kind: 'message',
      caseSignal: null,
      firstInThread: true,
      category: 'shipping',
      priority: 'B',
      dueAt: 2,
      platformDueAt: 2,
      teamDueAt: 3,
      resolveBy: 4,
      triage: null,
      categoryByAgent: false,
      escalation: null,
      firstSeenAt: 1,
      updatedAt: 1,
    };
    await db.conversations.put(conversation);
    expect(await db.conversations.get('amazon:US:T1')).toEqual(conversation);
    // A replied conversation (dueAt null) stays out of the dueAt index.
    await db.conversations.put({ ...conversation, id: 'amazon:US:T2', status: 'replied', dueAt: null });
    expect(await db.conversations.orderBy('dueAt').primaryKeys()).toEqual(['amazon:US:T1']);
  });
});
