// Dashboard inbox benchmarks (`npx vitest bench --run test/bench/inbox.bench.ts`; `vitest run` ignores them):
// reading 10,000 conversations out of Dexie (fake-indexeddb here; a real browser's IndexedDB is faster), and
// filtering, searching and sorting them as the inbox does on every change. The table prints time per run;
// the inbox stays smooth while these stay well under a frame or two (16–33 ms) for filter/sort/search.
import { bench, describe } from 'vitest';
import { openDatabase } from '@/lib/db';
import { filterConversations, inboxRows, NO_FILTERS, sortConversations } from '@/lib/inbox/filter-conversations';
import { generateConversations } from '../e2e/generate-conversations';

const NOW = Date.UTC(2026, 10, 22, 20, 0);
const COUNT = 10_000;
const CONVERSATIONS = generateConversations(COUNT, NOW);
const db = openDatabase('inbox-bench');
await db.conversations.bulkPut(CONVERSATIONS);
let sink = 0; // keeps results alive so nothing is optimised away

describe(`inbox: ${COUNT} conversations`, () => {
  bench('Dexie: load every conversation (useLiveQuery’s toArray)', async () => {
    sink += (await db.conversations.toArray()).length;
  }, { iterations: 10, warmupIterations: 2 });

  bench('filter: platform + status + category', () => {
    sink += filterConversations(CONVERSATIONS, { ...NO_FILTERS, platforms: ['amazon', 'ebay'], statuses: ['awaiting'], categories: ['shipping', 'return'] }, NOW).length;
  });

  bench('filter: overdue only', () => {
    sink += filterConversations(CONVERSATIONS, { ...NO_FILTERS, overdueOnly: true }, NOW).length;
  });

  bench('search "muller 302" (typing: rows already folded)', () => {
    sink += filterConversations(CONVERSATIONS, { ...NO_FILTERS, search: 'muller 302' }, NOW).length;
  });

  bench('search "muller" on rows a live query just re-read (new objects, same text; incl. copying them)', () => {
    const fresh = CONVERSATIONS.map((conversation) => ({ ...conversation }));
    sink += filterConversations(fresh, { ...NO_FILTERS, search: 'muller' }, NOW).length;
  }, { iterations: 20 });

  let run = 0;
  bench('search "muller", the first search after opening (every row’s text new: folds all, incl. copying them)', () => {
    run += 1;
    const unseen = CONVERSATIONS.map((conversation) => ({ ...conversation, subject: `${conversation.subject} ${run}` }));
    sink += filterConversations(unseen, { ...NO_FILTERS, search: 'muller' }, NOW).length;
  }, { iterations: 20 });

  bench('sort: due', () => {
    sink += sortConversations(CONVERSATIONS, { key: 'due', direction: 'asc' }, NOW).length;
  });

  bench('sort: waited, descending', () => {
    sink += sortConversations(CONVERSATIONS, { key: 'waited', direction: 'desc' }, NOW).length;
  });

  bench('sort: buyer (locale collation)', () => {
    sink += sortConversations(CONVERSATIONS, { key: 'buyer', direction: 'asc' }, NOW).length;
  });

  bench('all together: awaiting + search + sort by due (what one keystroke costs)', () => {
    sink += inboxRows(CONVERSATIONS, { ...NO_FILTERS, statuses: ['awaiting'], search: 'where' }, { key: 'due', direction: 'asc' }, NOW).length;
  });
});

export { sink };
