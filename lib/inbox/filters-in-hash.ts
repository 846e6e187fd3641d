// The inbox's filters and sort written into the URL hash ("#inbox?platform=amazon&overdue=1") and read back,
// so a reload or a shared link shows the same rows. Pure; anything unknown in a hand-edited hash is ignored.
import { CATEGORIES, CONVERSATION_STATUSES, PLATFORMS } from '../model';
import { DEFAULT_SORT, NO_FILTERS, SORT_KEYS, type InboxFilters, type InboxSort } from './filter-conversations';

export interface InboxView {
  filters: InboxFilters;
  sort: InboxSort;
}

/** The filters and sort a hash names; what it does not name (or names wrongly) stays at the default. */
export function inboxViewFromHash(hash: string): InboxView {
  const query = hash.replace(/^#/, '').split('?')[1] ?? '';
  const params = new URLSearchParams(query);
  const list = <T extends string>(name: string, allowed: readonly T[]): T[] =>
    (params.get(name) ?? '')
      .split(',')
      .filter((value, index, all): value is T => (allowed as readonly string[]).includes(value) && all.indexOf(value) === index);
  const sortKey = params.get('sort');
  return {
    filters: {
      platforms: list('platform', PLATFORMS),
      statuses: list('status', CONVERSATION_STATUSES),
      categories: list('category', CATEGORIES),
      overdueOnly: params.get('overdue') === '1',
      approximateOnly: params.get('approx') === '1',
      search: params.get('q') ?? '',
    },
    sort: {
      key: (SORT_KEYS as readonly string[]).includes(sortKey ?? '') ? (sortKey as InboxSort['key']) : DEFAULT_SORT.key,
      direction: params.get('dir') === 'desc' ? 'desc' : params.get('dir') === 'asc' ? 'asc' : DEFAULT_SORT.direction,
    },
  };
}

/** The hash for a view: only what differs from the defaults, so the plain inbox stays "#inbox". */
export function inboxViewToHash({ filters, sort }: InboxView): string {
  const params = new URLSearchParams();
  if (filters.platforms.length > 0) params.set('platform', filters.platforms.join(','));
  if (filters.statuses.length > 0) params.set('status', filters.statuses.join(','));
  if (filters.categories.length > 0) params.set('category', filters.categories.join(','));
  if (filters.overdueOnly) params.set('overdue', '1');
  if (filters.approximateOnly) params.set('approx', '1');
  if (filters.search.trim()) params.set('q', filters.search);
  if (sort.key !== DEFAULT_SORT.key) params.set('sort', sort.key);
  if (sort.direction !== DEFAULT_SORT.direction) params.set('dir', sort.direction);
  const query = params.toString();
  return query ? `#inbox?${query}` : '#inbox';
}

/** Whether the filters are the defaults (nothing narrows the rows). */
export function isUnfiltered(filters: InboxFilters): boolean {
  return inboxViewToHash({ filters, sort: DEFAULT_SORT }) === inboxViewToHash({ filters: NO_FILTERS, sort: DEFAULT_SORT });
}
