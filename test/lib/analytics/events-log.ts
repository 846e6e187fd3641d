// A small, hand-written events log for the analytics tests: ten conversations over one week in Shanghai time,
// with a message received Friday evening and answered Monday morning, "no response needed" ones, an Etsy
// thread with a second (late) wait, an old event without a category, and one wait from the week before.
import type { Category, ConversationEvent, Platform } from '@/lib/model';
import type { Shift } from '@/lib/shifts/schedule';

export const ZONE = 'Asia/Shanghai';
export const HOUR = 3_600_000;

/** 'YYYY-MM-DD HH:mm' on Shanghai clocks (UTC+8 all year) as epoch milliseconds. */
export function sh(local: string): number {
  return Date.parse(`${local.replace(' ', 'T')}:00+08:00`);
}

/** Monday 16 March 2026, 12:00 in Shanghai. */
export const NOW = sh('2026-03-16 12:00');
export const LAST_7_DAYS = { from: NOW - 7 * 24 * HOUR, to: NOW };

export const SHIFTS: Shift[] = [
  { id: 'day', name: 'Day', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5, 6, 7], zone: ZONE, agents: ['Lin', 'Mei'] },
  { id: 'evening', name: 'Evening', start: '18:00', end: '02:00', days: [1, 2, 3, 4, 5, 6, 7], zone: ZONE, agents: ['Wang'] },
  { id: 'night', name: 'Night', start: '23:00', end: '07:00', days: [1, 2, 3, 4, 5, 6, 7], zone: ZONE, agents: ['Zhao'] },
];

const THREADS: Record<string, { platform: Platform; marketplace: string; category: Category }> = {
  A: { platform: 'amazon', marketplace: 'US', category: 'shipping' },
  B: { platform: 'amazon', marketplace: 'US', category: 'feedback' },
  C: { platform: 'amazon', marketplace: 'UK', category: 'return' },
  D: { platform: 'ebay', marketplace: 'US', category: 'order' },
  E: { platform: 'etsy', marketplace: 'US', category: 'product' },
  F: { platform: 'etsy', marketplace: 'US', category: 'quality' },
  G: { platform: 'amazon', marketplace: 'US', category: 'dispute' },
  H: { platform: 'amazon', marketplace: 'DE', category: 'quality' },
  I: { platform: 'amazon', marketplace: 'US', category: 'shipping' },
  J: { platform: 'etsy', marketplace: 'US', category: 'shipping' },
};

let nextId = 1;
function event(thread: string, type: ConversationEvent['type'], local: string, extra: Partial<ConversationEvent> = {}): ConversationEvent {
  const { platform, marketplace, category } = THREADS[thread]!;
  return { id: nextId++, conversationId: `${platform}:${marketplace}:${thread}`, platform, marketplace, type, at: sh(local), approx: false, category, ...extra };
}

export function conversationIdOf(thread: string): string {
  const { platform, marketplace } = THREADS[thread]!;
  return `${platform}:${marketplace}:${thread}`;
}

/** The log in time order, as Dexie's 'at' index returns it. */
export function eventsLog(): ConversationEvent[] {
  nextId = 1;
  return [
    // The week before: answered after 29 hours (late, in Amazon's 30-day window only).
    event('I', 'received', '2026-03-02 14:00'),
    event('I', 'replied', '2026-03-03 19:00', { agent: 'Lin' }),
    // Tuesday: answered in an hour, then resolved: first-contact resolution.
    event('C', 'received', '2026-03-10 09:00'),
    event('C', 'replied', '2026-03-10 10:00', { agent: 'Lin' }),
    event('J', 'received', '2026-03-10 12:00'),
    event('J', 'replied', '2026-03-10 13:00', { agent: 'Mei' }),
    event('C', 'resolved', '2026-03-10 15:00', { agent: 'Lin' }),
    // Wednesday night: answered at 00:30, while the evening and night shifts overlap; the buyer writes again.
    event('J', 'received', '2026-03-11 12:00'),
    event('D', 'received', '2026-03-11 22:00'),
    event('D', 'replied', '2026-03-12 00:30', { agent: 'Wang' }),
    // Thursday 03:00, answered at 07:30 when no shift is on duty, by an agent whose name was not set.
    event('E', 'received', '2026-03-12 03:00'),
    event('E', 'replied', '2026-03-12 07:30'),
    event('D', 'received', '2026-03-12 08:00'),
    event('D', 'replied', '2026-03-12 09:00', { agent: 'Lin' }),
    event('D', 'resolved', '2026-03-12 12:00', { agent: 'Lin' }),
    // An event logged before events carried categories: the conversation's current one (quality) applies.
    // Resolved straight from waiting: the resolution is the one reply.
    event('H', 'received', '2026-03-13 09:00', { category: undefined }),
    event('H', 'resolved', '2026-03-13 10:00', { agent: 'Mei' }),
    event('J', 'replied', '2026-03-13 12:00', { agent: 'Mei' }),
    // Friday evening, answered Monday morning: 61.5 hours across the weekend.
    event('A', 'received', '2026-03-13 20:00'),
    // A thank-you marked "no response needed".
    event('B', 'received', '2026-03-14 10:00'),
    event('B', 'no-response-needed', '2026-03-14 10:30', { agent: 'Mei' }),
    // Sunday 11:00, never answered: 25 hours by now.
    event('F', 'received', '2026-03-15 11:00'),
    event('A', 'replied', '2026-03-16 09:30', { agent: 'Lin' }),
    // Two hours old, unanswered: pending.
    event('G', 'received', '2026-03-16 10:00'),
  ];
}

/** The conversations as stored now (only what analytics reads: their current category). */
export function conversations(): { id: string; category: Category }[] {
  return Object.keys(THREADS).map((thread) => ({ id: conversationIdOf(thread), category: THREADS[thread]!.category }));
}
