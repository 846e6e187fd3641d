// The pairing of the events log into waits: one wait per 'received', ended by the first reply or resolution
// (an answer) or by "no response needed" (no answer), old events taking the conversation's current category.
import { describe, expect, it } from 'vitest';
import { responseTime, timelinesOf, waitsOf } from '@/lib/analytics/waits';
import { conversationIdOf, conversations, eventsLog, HOUR, sh } from './events-log';

const byId = new Map(conversations().map((c) => [c.id, c]));

describe('waitsOf', () => {
  const waits = waitsOf(timelinesOf(eventsLog()), byId);
  const of = (thread: string) => waits.filter((wait) => wait.conversationId === conversationIdOf(thread));

  it('times a Friday-evening message answered on Monday across the weekend', () => {
    const [friday] = of('A');
    expect(friday).toMatchObject({ receivedAt: sh('2026-03-13 20:00'), endedBy: 'replied', agent: 'Lin' });
    expect(responseTime(friday!)).toBe(61.5 * HOUR);
  });

  it('ends a wait marked "no response needed" without a response time', () => {
    const [thanks] = of('B');
    expect(thanks!.endedBy).toBe('no-response-needed');
    expect(responseTime(thanks!)).toBeNull();
  });

  it('counts resolving a waiting conversation as its answer', () => {
    expect(of('H').map((wait) => [wait.endedBy, responseTime(wait)])).toEqual([['resolved', HOUR]]);
  });

  it('keeps each wait of a thread separate, only the first flagged as the thread opener', () => {
    expect(of('J').map((wait) => [wait.firstOfConversation, responseTime(wait)! / HOUR])).toEqual([
      [true, 1],
      [false, 48],
    ]);
    expect(of('D').map((wait) => responseTime(wait)! / HOUR)).toEqual([2.5, 1]);
  });

  it('files an event without a category under the conversation\'s current one, and leaves open waits open', () => {
    expect(of('H')[0]!.category).toBe('quality');
    expect(of('F')[0]).toMatchObject({ endedAt: null, endedBy: null });
    expect(waits).toHaveLength(12);
  });

  it('ignores a reply with no wait before it and a second "received" inside a running wait', () => {
    const base = { conversationId: 'amazon:US:X', platform: 'amazon' as const, marketplace: 'US', approx: false };
    const log = [
      { ...base, type: 'replied' as const, at: 0 },
      { ...base, type: 'received' as const, at: 10 * HOUR },
      { ...base, type: 'received' as const, at: 11 * HOUR },
      { ...base, type: 'replied' as const, at: 12 * HOUR },
    ];
    const [wait, ...rest] = waitsOf(timelinesOf(log), new Map());
    expect(rest).toEqual([]);
    expect(wait).toMatchObject({ receivedAt: 10 * HOUR, endedAt: 12 * HOUR, category: 'other', agent: null });
  });
});
