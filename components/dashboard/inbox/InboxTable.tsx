// The inbox's table: sortable column headers, a select-all checkbox, and the rows, virtualised so 10,000
// conversations scroll as smoothly as 20 (only the rows in view, plus a margin, are in the page).
// @tanstack/react-virtual: the maintained, headless virtualiser (no markup or styles of its own to fight, ~5 kB).
import { observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { InboxSort, SortKey } from '../../../lib/inbox/filter-conversations';
import type { Selection } from '../../../lib/inbox/selection';
import type { Conversation } from '../../../lib/model';
import { t, type MessageKey } from '../../i18n';
import { InboxRow } from './InboxRow';

/** Every row is one line of this height, so the virtualiser never needs to measure a row. */
export const ROW_HEIGHT = 40;
/**
 * Where the page has no layout to measure (a zero-height list: happy-dom in tests, a hidden tab), the list is
 * taken to be this size, so a window of rows still renders rather than none.
 */
export const UNMEASURED_VIEWPORT: Rect = { width: 1200, height: 600 };

function observeRectOrFallback(instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => report(rect.height > 0 ? rect : UNMEASURED_VIEWPORT));
}

const COLUMNS: { key: string; name: MessageKey; sort?: SortKey }[] = [
  { key: 'platform', name: 'inboxColumnPlatform', sort: 'platform' },
  { key: 'marketplace', name: 'inboxColumnMarketplace' },
  { key: 'buyer', name: 'inboxColumnBuyer', sort: 'buyer' },
  { key: 'subject', name: 'inboxColumnSubject' },
  { key: 'category', name: 'inboxColumnCategory' },
  { key: 'priority', name: 'inboxColumnPriority', sort: 'priority' },
  { key: 'status', name: 'inboxColumnStatus', sort: 'status' },
  { key: 'due', name: 'inboxColumnDue', sort: 'due' },
  { key: 'waited', name: 'inboxColumnWaited', sort: 'waited' },
];

export interface InboxTableProps {
  rows: readonly Conversation[];
  now: number;
  sort: InboxSort;
  onSort: (sort: InboxSort) => void;
  selection: Selection;
  /** How many shown rows are selected (the header checkbox's state). */
  selectedCount: number;
  onSelectAll: () => void;
  onSelect: (index: number, checked: boolean, range: boolean) => void;
  onOpen: (conversation: Conversation) => void;
}

export function InboxTable({ rows, now, sort, onSort, selection, selectedCount, onSelectAll, onSelect, onOpen }: InboxTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const selectAll = useRef<HTMLInputElement>(null);
  const virtualizer = useVirtualizer<HTMLDivElement, Element>({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: UNMEASURED_VIEWPORT,
    observeElementRect: observeRectOrFallback,
    getItemKey: (index) => rows[index]!.id,
  });

  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = selectedCount > 0 && selectedCount < rows.length;
  }, [selectedCount, rows.length]);

  const sortBy = (key: SortKey) => {
    // A new column starts in its natural order (longest wait first; otherwise ascending); the same one flips.
    if (sort.key === key) onSort({ key, direction: sort.direction === 'asc' ? 'desc' : 'asc' });
    else onSort({ key, direction: key === 'waited' ? 'desc' : 'asc' });
  };

  return (
    <div role="table" className="inbox-table" aria-label={t('inboxTableLabel')} aria-rowcount={rows.length + 1}>
      <div role="rowgroup" className="inbox-table__head">
        <div role="row" aria-rowindex={1} className="inbox-row inbox-row--head">
          <span role="columnheader" className="inbox-cell inbox-cell--select">
            <input
              ref={selectAll}
              type="checkbox"
              aria-label={t('inboxSelectAll', rows.length)}
              checked={rows.length > 0 && selectedCount === rows.length}
              disabled={rows.length === 0}
              onChange={onSelectAll}
            />
          </span>
          {COLUMNS.map((column) => (
            <span
              key={column.key}
              role="columnheader"
              className="inbox-cell"
              data-column={column.key}
              aria-sort={column.sort && sort.key === column.sort ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              {column.sort ? (
                <button type="button" className="inbox-sort" title={t('inboxSortBy', t(column.name))} onClick={() => sortBy(column.sort!)}>
                  {t(column.name)}
                  <span aria-hidden="true" className="inbox-sort__arrow">
                    {sort.key === column.sort ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              ) : (
                t(column.name)
              )}
            </span>
          ))}
        </div>
      </div>
      <div ref={scroller} role="rowgroup" className="inbox-table__body" data-testid="inbox-scroller">
        <div role="presentation" className="inbox-table__spacer" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const conversation = rows[item.index]!;
            return (
              <InboxRow
                key={item.key}
                conversation={conversation}
                index={item.index}
                now={now}
                selected={selection.has(conversation.id)}
                top={item.start}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
