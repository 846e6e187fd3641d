// The inbox's filters in the URL hash: what is written reads back the same, the plain inbox stays "#inbox",
// and a hand-edited hash with unknown values falls back to the defaults instead of showing nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, NO_FILTERS, SORT_KEYS } from '@/lib/inbox/filter-conversations';
import { inboxViewFromHash, inboxViewToHash, isUnfiltered } from '@/lib/inbox/filters-in-hash';
import { CATEGORIES, CONVERSATION_STATUSES, PLATFORMS } from '@/lib/model';

describe('filters in the hash', () => {
  it('writes only what differs from the defaults', () => {
    expect(inboxViewToHash({ filters: NO_FILTERS, sort: DEFAULT_SORT })).toBe('#inbox');
    expect(inboxViewToHash({ filters: { ...NO_FILTERS, platforms: ['amazon'], overdueOnly: true }, sort: DEFAULT_SORT })).toBe(
      '#inbox?platform=amazon&overdue=1',
    );
  });

  it('reads a link: #inbox?platform=amazon,etsy&status=awaiting&overdue=1&q=Zoë&sort=waited&dir=desc', () => {
    expect(inboxViewFromHash('#inbox?platform=amazon,etsy&status=awaiting&overdue=1&q=Zo%C3%AB&sort=waited&dir=desc')).toEqual({
      filters: { ...NO_FILTERS, platforms: ['amazon', 'etsy'], statuses: ['awaiting'], overdueOnly: true, search: 'Zoë' },
      sort: { key: 'waited', direction: 'desc' },
    });
  });

  it('ignores what it does not know', () => {
    expect(inboxViewFromHash('#inbox?platform=shopify,ebay,ebay&category=spam&sort=colour&dir=up&overdue=yes')).toEqual({
      filters: { ...NO_FILTERS, platforms: ['ebay'] },
      sort: DEFAULT_SORT,
    });
    expect(inboxViewFromHash('#settings')).toEqual({ filters: NO_FILTERS, sort: DEFAULT_SORT });
    expect(isUnfiltered(NO_FILTERS)).toBe(true);
    expect(isUnfiltered({ ...NO_FILTERS, approximateOnly: true })).toBe(false);
  });

  it('reads back whatever it wrote', () => {
    fc.assert(
      fc.property(
        fc.record({
          platforms: fc.uniqueArray(fc.constantFrom(...PLATFORMS)),
          statuses: fc.uniqueArray(fc.constantFrom(...CONVERSATION_STATUSES)),
          categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
          overdueOnly: fc.boolean(),
          approximateOnly: fc.boolean(),
          search: fc.string().filter((text) => text.trim() !== ''),
        }),
        fc.record({ key: fc.constantFrom(...SORT_KEYS), direction: fc.constantFrom('asc' as const, 'desc' as const) }),
        (filters, sort) => {
          expect(inboxViewFromHash(inboxViewToHash({ filters, sort }))).toEqual({ filters, sort });
        },
      ),
    );
  });
});
