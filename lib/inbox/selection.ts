// Which inbox rows are selected for a bulk action. Pure: the selection is a set of conversation ids, and what
// an action acts on is only the selected rows the filters still show, so a row hidden by a filter is never
// closed without the agent seeing it.
export type Selection = ReadonlySet<string>;

/** The selected rows among those shown, in their shown order. */
export function selectedShown<T extends { id: string }>(rows: readonly T[], selection: Selection): T[] {
  return selection.size === 0 ? [] : rows.filter((row) => selection.has(row.id));
}

/** One row checked or unchecked; with `rangeFrom` (shift-click), every row between it and `index` too. */
export function toggleRows<T extends { id: string }>(
  rows: readonly T[],
  selection: Selection,
  index: number,
  checked: boolean,
  rangeFrom: number | null = null,
): Selection {
  const next = new Set(selection);
  const [from, to] = rangeFrom === null ? [index, index] : [Math.min(rangeFrom, index), Math.max(rangeFrom, index)];
  for (let position = Math.max(0, from); position <= Math.min(to, rows.length - 1); position++) {
    if (checked) next.add(rows[position]!.id);
    else next.delete(rows[position]!.id);
  }
  return next;
}

/** The header checkbox: every shown row, or none. */
export function toggleAllShown<T extends { id: string }>(rows: readonly T[], selection: Selection): Selection {
  const allShown = rows.length > 0 && rows.every((row) => selection.has(row.id));
  return allShown ? new Set() : new Set(rows.map((row) => row.id));
}
