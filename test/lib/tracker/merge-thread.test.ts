// What an open thread settles about its conversation: since when the buyer waits (exactly), whether that
// message opened the thread, and when the seller answered (the response time for the events log).
import { describe, expect, it } from 'vitest';
import type { ThreadMessage, ThreadSnapshot } from '@/lib/model';
import { mergeSnapshot } from '@/lib/tracker/merge-snapshot';
import { mergeThread, unansweredText } from '@/lib/tracker/merge-thread';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0);

const buyer = (hoursAgo: number, text = 'Where is my parcel?'): ThreadMessage => ({ from: 'buyer', at: { at: NOW - hoursAgo * HOUR, precision: 'exact' }, text });
const seller = (hoursAgo: number, text = 'It ships today.'): ThreadMessage => ({ from: 'seller', at: { at: NOW - hoursAgo * HOUR, precision: 'exact' }, text });

function thread(messages: ThreadMessage[], overrides: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  return {
    platform: 'etsy',
    marketplace: 'US',
    threadId: '123456789',
    buyer: 'Maya Ortiz',
    orderId: '1234567890',
    subject: '',
    url: 'https://www.etsy.com/messages/123456789',
    messages,
    ...overrides,
  };
}

describe('mergeThread', () => {
  it('clocks a first message from its exact time, with Etsy’s 24 hours', () => {
    const { conversation, events } = mergeThread(undefined, thread([buyer(5)]), NOW);
    expect(conversation).toMatchObject({
      id: 'etsy:US:123456789',
      status: 'awaiting',
      awaitingSince: NOW - 5 * HOUR,
      awaitingSinceApprox: false,
      firstInThread: true,
      platformDueAt: NOW + 19 * HOUR,
    });
    expect(events).toMatchObject([{ type: 'received', at: NOW - 5 * HOUR, approx: false }]);
  });

  it('runs the clock from the oldest unanswered message; an Etsy follow-up has no platform deadline', () => {
    const { conversation } = mergeThread(undefined, thread([buyer(30), seller(28), buyer(6), buyer(2)]), NOW);
    expect(conversation).toMatchObject({ status: 'awaiting', awaitingSince: NOW - 6 * HOUR, firstInThread: false, platformDueAt: null, lastBuyerAt: NOW - 2 * HOUR });
    // "Where is my parcel?": shipping, the team's 4 hours from the oldest unanswered message.
    expect(conversation).toMatchObject({ category: 'shipping', dueAt: NOW - 2 * HOUR });
  });

  it('logs the reply at the seller message’s own time, so response time is measured, not guessed', () => {
    const before = mergeThread(undefined, thread([buyer(5)]), NOW - HOUR).conversation;
    const { conversation, events } = mergeThread(before, thread([buyer(5), seller(0.5)]), NOW);
    expect(conversation).toMatchObject({ status: 'replied', lastSellerAt: NOW - 0.5 * HOUR, dueAt: null, awaitingSince: null });
    expect(events).toEqual([expect.objectContaining({ type: 'replied', at: NOW - 0.5 * HOUR, approx: false })]);
  });

  it('replaces an approximate list time with the thread’s exact one', () => {
    const fromList = mergeSnapshot(
      undefined,
      { platform: 'etsy', marketplace: 'US', threadId: '123456789', buyer: 'Maya Ortiz', orderId: null, subject: '', url: '', lastMessageAt: { at: Date.UTC(2026, 10, 22, 5), precision: 'day' }, needsResponse: true },
      NOW,
    ).conversation;
    const { conversation, events } = mergeThread(fromList, thread([buyer(5)]), NOW);
    expect(conversation).toMatchObject({ awaitingSince: NOW - 5 * HOUR, awaitingSinceApprox: false });
    expect(events).toEqual([]); // the same wait, now known exactly
  });

  it('does not reopen what the agent closed unless the buyer wrote again', () => {
    const awaiting = mergeThread(undefined, thread([buyer(5, 'Thanks!')]), NOW).conversation;
    const closed = { ...awaiting, status: 'no-response-needed' as const };
    expect(mergeThread(closed, thread([buyer(5, 'Thanks!')]), NOW).conversation.status).toBe('no-response-needed');
    expect(mergeThread(closed, thread([buyer(5, 'Thanks!'), buyer(1, 'Actually, one more thing?')]), NOW).conversation.status).toBe('awaiting');
  });

  it('keeps the agent’s "mark replied" when the thread does not show the reply yet', () => {
    const awaiting = mergeThread(undefined, thread([buyer(5)]), NOW - HOUR).conversation;
    const marked = { ...awaiting, status: 'replied' as const, awaitingSince: null, lastSellerAt: NOW - HOUR / 2 };
    expect(mergeThread(marked, thread([buyer(5)]), NOW).conversation).toMatchObject({ status: 'replied', dueAt: null });
    expect(mergeThread(marked, thread([buyer(5), buyer(0.1, 'Hello?')]), NOW).conversation).toMatchObject({
      status: 'awaiting',
      awaitingSince: NOW - 0.1 * HOUR,
    });
  });

  it('leaves the wait alone when a compose page shows no messages yet', () => {
    const awaiting = mergeThread(undefined, thread([buyer(5)]), NOW).conversation;
    const { conversation, events } = mergeThread(awaiting, thread([]), NOW);
    expect(conversation).toMatchObject({ status: 'awaiting', awaitingSince: NOW - 5 * HOUR });
    expect(events).toEqual([]);
  });

  it('takes a request’s kind from the thread (an eBay return: 3 business days)', () => {
    const request = thread([buyer(1, 'I opened a return')], { platform: 'ebay', marketplace: 'UK', kind: 'case' });
    expect(mergeThread(undefined, request, NOW).conversation).toMatchObject({ kind: 'case', platformDueAt: expect.any(Number) });
  });

  it('gives triage the unanswered buyer messages, oldest first', () => {
    expect(unansweredText([buyer(30, 'a'), seller(28), buyer(6, 'b'), buyer(2, 'c')])).toEqual(['b', 'c']);
  });
});

describe('a wait ends only on positive evidence', () => {
  const waiting = () => mergeThread(undefined, thread([seller(30), buyer(5), buyer(3)]), NOW).conversation;

  it('a thread that lost the buyer’s latest bubbles does not turn the wait into an answer', () => {
    // Only the old reply is left on the page (a re-render dropped the newer bubbles): no reply newer than the buyer's.
    const after = mergeThread(waiting(), thread([seller(30)]), NOW).conversation;
    expect(after).toMatchObject({ status: 'awaiting', awaitingSince: NOW - 5 * HOUR });
  });

  it('an undated reply proves nothing; a dated one after the buyer’s last message ends the wait', () => {
    const undated: ThreadMessage = { from: 'seller', at: null, text: 'It ships today.' };
    expect(mergeThread(waiting(), thread([buyer(5), buyer(3), undated]), NOW).conversation.status).toBe('awaiting');
    const answered = mergeThread(waiting(), thread([buyer(5), buyer(3), seller(1)]), NOW);
    expect(answered.conversation).toMatchObject({ status: 'replied', lastSellerAt: NOW - HOUR, awaitingSince: null });
    expect(answered.events.map((e) => e.type)).toEqual(['replied']);
  });
});
