// How a reading of a page changes what we know of a conversation: waits starting, going on and ending.
import { describe, expect, it } from 'vitest';
import type { ConversationSnapshot } from '@/lib/model';
import { mergeSnapshot } from '@/lib/tracker/merge-snapshot';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0);

function snapshot(overrides: Partial<ConversationSnapshot> = {}): ConversationSnapshot {
  return {
    platform: 'amazon',
    marketplace: 'US',
    threadId: 'T1',
    buyer: 'Emma Whitfield',
    orderId: '111-2223334-4445556',
    subject: 'Where is my order?',
    url: 'https://sellercentral.amazon.com/messaging/thread/T1',
    lastMessageAt: { at: NOW - 3 * HOUR, precision: 'exact' },
    needsResponse: true,
    ...overrides,
  };
}

describe('mergeSnapshot', () => {
  it('starts a wait for a new conversation: triage says shipping (team: 4 h), Amazon says 24 h, due at the earlier', () => {
    const { conversation, events } = mergeSnapshot(undefined, snapshot(), NOW);
    expect(conversation).toMatchObject({
      id: 'amazon:US:T1',
      status: 'awaiting',
      kind: 'message',
      firstInThread: true,
      awaitingSince: NOW - 3 * HOUR,
      awaitingSinceApprox: false,
      category: 'shipping',
      priority: 'B',
      platformDueAt: NOW + 21 * HOUR,
      teamDueAt: NOW + HOUR,
      dueAt: NOW + HOUR,
      resolveBy: NOW + 21 * HOUR,
      firstSeenAt: NOW,
    });
    expect(conversation.triage).toMatchObject({ category: 'shipping', urgent: false, language: 'en' });
    expect(events).toEqual([
      { conversationId: 'amazon:US:T1', platform: 'amazon', marketplace: 'US', type: 'received', at: NOW - 3 * HOUR, approx: false },
    ]);
  });

  it('marks a due time from a day-only date as approximate', () => {
    const dayStart = Date.UTC(2026, 10, 19, 8, 0);
    const { conversation } = mergeSnapshot(undefined, snapshot({ lastMessageAt: { at: dayStart, precision: 'day' } }), NOW);
    expect(conversation).toMatchObject({ awaitingSinceApprox: true, platformDueAt: dayStart + 24 * HOUR, dueAt: dayStart + 4 * HOUR });
  });

  it('keeps the clock on the oldest unanswered message when the buyer writes again', () => {
    const first = mergeSnapshot(undefined, snapshot(), NOW).conversation;
    const later = mergeSnapshot(first, snapshot({ lastMessageAt: { at: NOW - HOUR, precision: 'exact' } }), NOW + HOUR);
    expect(later.conversation).toMatchObject({ awaitingSince: NOW - 3 * HOUR, lastBuyerAt: NOW - HOUR, dueAt: NOW + HOUR });
    expect(later.events).toEqual([]);
  });

  it('never trades a known exact time for the day-only date the list shows a day later', () => {
    const first = mergeSnapshot(undefined, snapshot(), NOW).conversation;
    const nextDay = mergeSnapshot(first, snapshot({ lastMessageAt: { at: Date.UTC(2026, 10, 22, 8), precision: 'day' } }), NOW + 20 * HOUR);
    expect(nextDay.conversation).toMatchObject({ awaitingSince: NOW - 3 * HOUR, awaitingSinceApprox: false });
  });

  it('ends the wait when the page no longer asks for a reply, logging when the reply was made', () => {
    const first = mergeSnapshot(undefined, snapshot(), NOW).conversation;
    const replied = mergeSnapshot(first, snapshot({ needsResponse: false, lastMessageAt: { at: NOW - HOUR, precision: 'exact' } }), NOW);
    expect(replied.conversation).toMatchObject({
      status: 'replied',
      lastSellerAt: NOW - HOUR,
      awaitingSince: null,
      dueAt: null,
      platformDueAt: null,
      teamDueAt: null,
      resolveBy: null,
    });
    expect(replied.events).toMatchObject([{ type: 'replied', at: NOW - HOUR, approx: false }]);
  });

  it('uses the time it noticed a reply, marked approximate, when the row shows only the buyer’s time', () => {
    const first = mergeSnapshot(undefined, snapshot(), NOW).conversation;
    const replied = mergeSnapshot(first, snapshot({ needsResponse: false, lastMessageAt: null }), NOW + 2 * HOUR);
    expect(replied.events).toMatchObject([{ type: 'replied', at: NOW + 2 * HOUR, approx: true }]);
  });

  it('reopens when the buyer writes after our reply, and not for a stale list', () => {
    const awaiting = mergeSnapshot(undefined, snapshot(), NOW).conversation;
    const replied = mergeSnapshot(awaiting, snapshot({ needsResponse: false, lastMessageAt: { at: NOW - HOUR, precision: 'exact' } }), NOW).conversation;
    const stale = mergeSnapshot(replied, snapshot(), NOW + 60_000);
    expect(stale.conversation.status).toBe('replied');
    expect(stale.events).toEqual([]);
    const again = mergeSnapshot(replied, snapshot({ lastMessageAt: { at: NOW + 30 * 60_000, precision: 'exact' } }), NOW + HOUR);
    // A follow-up, not the thread's first message (Etsy would set no platform deadline for it).
    expect(again.conversation).toMatchObject({ status: 'awaiting', firstInThread: false, awaitingSince: NOW + 30 * 60_000, platformDueAt: NOW + 24.5 * HOUR });
    expect(again.events).toMatchObject([{ type: 'received' }]);
  });

  it('tracks a conversation first seen answered without inventing a wait', () => {
    const { conversation, events } = mergeSnapshot(undefined, snapshot({ needsResponse: false }), NOW);
    expect(conversation).toMatchObject({ status: 'replied', dueAt: null, lastSellerAt: NOW - 3 * HOUR });
    expect(events).toEqual([]);
  });

  it('starts the clock when first seen if the page showed no readable time (conservatively approximate)', () => {
    const { conversation } = mergeSnapshot(undefined, snapshot({ lastMessageAt: null }), NOW);
    expect(conversation).toMatchObject({ awaitingSince: NOW, awaitingSinceApprox: true, platformDueAt: NOW + 24 * HOUR });
  });

  it('does not let a page clock ahead of ours put the message in the future', () => {
    const { conversation } = mergeSnapshot(undefined, snapshot({ lastMessageAt: { at: NOW + 10 * 60_000, precision: 'exact' } }), NOW);
    expect(conversation.awaitingSince).toBe(NOW);
  });

  it('keeps triage decisions and the first-seen time across readings, and clocks by the category', () => {
    const first = mergeSnapshot(undefined, snapshot(), NOW).conversation;
    const corrected = { ...first, category: 'return' as const, priority: 'A' as const };
    const next = mergeSnapshot(corrected, snapshot({ subject: 'Where is my order? (2)' }), NOW + HOUR).conversation;
    expect(next).toMatchObject({ category: 'return', priority: 'A', firstSeenAt: NOW, updatedAt: NOW + HOUR, subject: 'Where is my order? (2)' });
    // A return request: the team answers within 1 hour of the buyer's message.
    expect(next).toMatchObject({ teamDueAt: NOW - 2 * HOUR, dueAt: NOW - 2 * HOUR, platformDueAt: NOW + 21 * HOUR });
  });

  it('takes an eBay request’s kind from the page: 3 business days, not the member-message rule', () => {
    const request = snapshot({ platform: 'ebay', marketplace: 'US', kind: 'case', lastMessageAt: { at: Date.UTC(2026, 10, 20, 18), precision: 'exact' } });
    const { conversation } = mergeSnapshot(undefined, request, NOW);
    // Friday 10:00 on eBay US (Pacific) + 3 business days = Wednesday 10:00 (Thanksgiving is the 26th, after it).
    expect(conversation).toMatchObject({ kind: 'case', platformDueAt: Date.UTC(2026, 10, 25, 18) });
    const message = mergeSnapshot(undefined, { ...request, kind: undefined }, NOW).conversation;
    expect(message).toMatchObject({ kind: 'message', platformDueAt: null });
  });
});

describe('mergeSnapshot when the list cannot tell (eBay and Etsy mark rows read once opened)', () => {
  const unknown = (overrides: Partial<ConversationSnapshot> = {}) => snapshot({ platform: 'etsy', needsResponse: null, ...overrides });

  it('keeps a wait going: opening a thread without answering is no reply', () => {
    const awaiting = mergeSnapshot(undefined, snapshot({ platform: 'etsy' }), NOW).conversation;
    const { conversation, events } = mergeSnapshot(awaiting, unknown(), NOW + HOUR);
    expect(conversation).toMatchObject({ status: 'awaiting', awaitingSince: NOW - 3 * HOUR });
    expect(events).toEqual([]);
  });

  it('neither invents a wait nor a reply for a conversation it has not seen', () => {
    const { conversation, events } = mergeSnapshot(undefined, unknown(), NOW);
    expect(conversation).toMatchObject({ status: 'replied', dueAt: null, lastSellerAt: null });
    expect(events).toEqual([]);
  });
});

describe('mergeSnapshot with triage', () => {
  it('clocks an urgent cancellation as tier A with the order category’s 2-hour target', () => {
    const { conversation } = mergeSnapshot(undefined, snapshot({ subject: 'URGENT: please cancel my order before it ships!!!' }), NOW);
    expect(conversation).toMatchObject({ category: 'order', priority: 'A', teamDueAt: NOW - HOUR });
    expect(conversation.triage?.urgent).toBe(true);
  });

  it('never overwrites the agent’s correction of the category', () => {
    const first = mergeSnapshot(undefined, snapshot(), NOW).conversation;
    const corrected = { ...first, category: 'quality' as const, categoryByAgent: true };
    const again = mergeSnapshot(corrected, snapshot({ needsResponse: false }), NOW + HOUR).conversation;
    const reopened = mergeSnapshot(again, snapshot({ subject: 'Where is my order??', lastMessageAt: { at: NOW + 2 * HOUR, precision: 'exact' } }), NOW + 2 * HOUR).conversation;
    expect(reopened).toMatchObject({ status: 'awaiting', category: 'quality', categoryByAgent: true });
    expect(reopened.triage?.category).toBe('shipping'); // what triage thought, kept for the sidebar
  });
});
