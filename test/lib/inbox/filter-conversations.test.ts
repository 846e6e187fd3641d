// The inbox's rows: each filter narrows to what its name says, search ignores case and accents and needs every
// word, "waited" counts only while a reply is awaited, and every sort is stable with empty values last.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '@/lib/model';
import {
  filterConversations,
  foldForSearch,
  inboxRows,
  NO_FILTERS,
  SORT_KEYS,
  sortConversations,
  waitedMs,
  type InboxFilters,
} from '@/lib/inbox/filter-conversations';
import { generateConversations, makeConversation } from '../../e2e/generate-conversations';

const HOUR = 3600_000;
const NOW = Date.UTC(2026, 10, 22, 20, 0);

const c = (threadId: string, extra: Partial<Conversation> = {}) => makeConversation({ threadId, ...extra }, NOW);
const ids = (rows: Conversation[]) => rows.map((row) => row.threadId);
const filtered = (rows: Conversation[], filters: Partial<InboxFilters>) => ids(filterConversations(rows, { ...NO_FILTERS, ...filters }, NOW));

const ROWS = [
  c('A', { buyer: 'Zoë Müller', subject: 'Wo ist meine Bestellung?', marketplace: 'DE', orderId: '302-1111111-2222222', category: 'shipping', awaitingSince: NOW - 30 * HOUR }),
  c('B', { platform: 'ebay', marketplace: 'UK', buyer: 'Noah Castillo', subject: 'Return request', category: 'return', priority: 'A', awaitingSince: NOW - HOUR }),
  c('C', { platform: 'etsy', buyer: 'José García', subject: 'Thank you!', category: 'feedback', priority: 'C', status: 'replied' }),
  c('D', { buyer: 'Amélie Dubois', subject: 'Arrivé cassé', marketplace: 'FR', category: 'quality', priority: 'A', awaitingSince: NOW - 3 * 24 * HOUR, awaitingSinceApprox: true }),
  c('E', { platform: 'ebay', buyer: 'Grace Hughes', subject: 'Invoice', status: 'resolved', orderId: '12-34567-89012' }),
];

describe('filterConversations', () => {
  it('keeps everything with no filters, in the given order', () => {
    expect(filtered(ROWS, {})).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('narrows by platform, status and category (any of the chosen values)', () => {
    expect(filtered(ROWS, { platforms: ['ebay'] })).toEqual(['B', 'E']);
    expect(filtered(ROWS, { platforms: ['ebay', 'etsy'] })).toEqual(['B', 'C', 'E']);
    expect(filtered(ROWS, { statuses: ['awaiting'] })).toEqual(['A', 'B', 'D']);
    expect(filtered(ROWS, { statuses: ['replied', 'resolved'] })).toEqual(['C', 'E']);
    expect(filtered(ROWS, { categories: ['return', 'quality'] })).toEqual(['B', 'D']);
    expect(filtered(ROWS, { platforms: ['amazon'], categories: ['shipping'] })).toEqual(['A']);
  });

  it('overdue: past the due time at `now`; approximate: clocks from day-only dates', () => {
    // A waited 30 h (Amazon's 24 h passed), D three days; B's 1 h return target is just due.
    expect(filtered(ROWS, { overdueOnly: true })).toEqual(['A', 'B', 'D']);
    expect(ids(filterConversations(ROWS, { ...NO_FILTERS, overdueOnly: true }, NOW - 2 * HOUR))).toEqual(['A', 'D']);
    expect(filtered(ROWS, { approximateOnly: true })).toEqual(['D']);
  });

  it('searches buyer, subject, order number and marketplace, ignoring case and accents, every word required', () => {
    expect(filtered(ROWS, { search: 'zoe muller' })).toEqual(['A']);
    expect(filtered(ROWS, { search: 'MÜLLER' })).toEqual(['A']);
    expect(filtered(ROWS, { search: 'jose' })).toEqual(['C']);
    expect(filtered(ROWS, { search: 'arrive casse' })).toEqual(['D']);
    expect(filtered(ROWS, { search: '302-1111111' })).toEqual(['A']);
    expect(filtered(ROWS, { search: 'uk' })).toEqual(['B']);
    expect(filtered(ROWS, { search: 'return noah' })).toEqual(['B']);
    expect(filtered(ROWS, { search: 'return zoe' })).toEqual([]);
    expect(filtered(ROWS, { search: '   ' })).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(foldForSearch('Łucja Ó Briain')).toBe('łucja o briain');
  });
});

describe('waitedMs', () => {
  it('is the time since the oldest unanswered message while awaiting, null otherwise', () => {
    expect(waitedMs(ROWS[0]!, NOW)).toBe(30 * HOUR);
    expect(waitedMs(ROWS[2]!, NOW)).toBeNull();
    expect(waitedMs(ROWS[4]!, NOW)).toBeNull();
  });
});

describe('sortConversations', () => {
  const sorted = (key: (typeof SORT_KEYS)[number], direction: 'asc' | 'desc' = 'asc') => ids(sortConversations(ROWS, { key, direction }, NOW));

  it('due: soonest first, conversations without a due time last in both directions', () => {
    expect(sorted('due')).toEqual(['D', 'A', 'B', 'C', 'E']);
    expect(sorted('due', 'desc')).toEqual(['B', 'A', 'D', 'C', 'E']);
  });

  it('waited: longest wait first when descending, not-waiting last either way', () => {
    expect(sorted('waited', 'desc')).toEqual(['D', 'A', 'B', 'C', 'E']);
    expect(sorted('waited')).toEqual(['B', 'A', 'D', 'C', 'E']);
  });

  it('buyer by name as people read it (accents do not push É after Z), platform, priority, status', () => {
    expect(sorted('buyer')).toEqual(['D', 'E', 'C', 'B', 'A']);
    expect(ids(sortConversations([c('X', { buyer: 'Zed' }), c('Y', { buyer: 'Émile' }), c('Z', { buyer: '' })], { key: 'buyer', direction: 'asc' }, NOW))).toEqual(['Y', 'X', 'Z']);
    expect(sorted('platform')).toEqual(['A', 'D', 'B', 'E', 'C']); // amazon DE, amazon FR, ebay UK, ebay US, etsy
    expect(sorted('priority')).toEqual(['B', 'D', 'A', 'E', 'C']); // A-tier (return, quality), B, then C (feedback)
    expect(sorted('status', 'desc')).toEqual(['E', 'C', 'A', 'B', 'D']);
  });

  it('is stable in both directions and never loses or duplicates a row (any rows, any key)', () => {
    const pool = generateConversations(200, NOW, 7);
    fc.assert(
      fc.property(
        fc.subarray(pool),
        fc.constantFrom(...SORT_KEYS),
        fc.constantFrom('asc' as const, 'desc' as const),
        (rows, key, direction) => {
          const out = sortConversations(rows, { key, direction }, NOW);
          expect(new Set(out)).toEqual(new Set(rows));
          expect(out).toHaveLength(rows.length);
          // Equal keys keep their input order: the input positions within each equal-key run only rise.
          const position = new Map(rows.map((row, index) => [row, index]));
          const value = (row: Conversation) => JSON.stringify(keyOf(row, key));
          for (let index = 1; index < out.length; index++) {
            if (value(out[index]!) === value(out[index - 1]!)) expect(position.get(out[index]!)!).toBeGreaterThan(position.get(out[index - 1]!)!);
          }
          // Empty values come last.
          const firstEmpty = out.findIndex((row) => keyOf(row, key) === null);
          if (firstEmpty >= 0) expect(out.slice(firstEmpty).every((row) => keyOf(row, key) === null)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

/** The value a sort compares, written independently of the module (for the property above). */
function keyOf(row: Conversation, key: (typeof SORT_KEYS)[number]): unknown {
  switch (key) {
    case 'due':
      return row.dueAt;
    case 'waited':
      return row.status === 'awaiting' ? row.awaitingSince : null;
    case 'buyer':
      return foldForSearch(row.buyer.trim()) || null;
    case 'platform':
      return `${row.platform} ${row.marketplace}`;
    case 'priority':
      return row.priority;
    case 'status':
      return row.status;
  }
}

describe('inboxRows', () => {
  it('filters, then sorts', () => {
    expect(ids(inboxRows(ROWS, { ...NO_FILTERS, statuses: ['awaiting'] }, { key: 'waited', direction: 'desc' }, NOW))).toEqual(['D', 'A', 'B']);
  });
});
