// What every marketplace reader shares: a list read as rows found once and read one by one (so the content
// script's page store can read them in short chunks and re-read only the rows that changed), the health every
// read reports, and a read that never throws into the page.
import { whileReading } from '../dom/deep-query';
import type { Marketplace, PageKind, Platform, ReadHealth, ReadProblem } from '../model';
import { oneRowPerThread } from './list-reading';
import type { RawReadResult, RawSnapshot } from './raw-read';

/** A conversation list as found on a page: its rows, and how to read one of them. */
export interface ListRows {
  /** Variant, row count and the problems of finding the rows (no-rows, read-failed); rows add their own. */
  health: ReadHealth;
  rows: Element[];
  /** One row as raw strings; problems it has (no buyer, no time, no thread id) go into `problems`. */
  readRow(row: Element, problems: ReadProblem[]): RawSnapshot | null;
}

export function newHealth(platform: Platform, marketplace: Marketplace | undefined, page: PageKind): ReadHealth {
  return { platform, marketplace: marketplace ?? 'unknown', page, variant: null, rows: 0, problems: [] };
}

/** A list found nowhere (or not looked for): its health says why, and no row is read. */
export function noRows(health: ReadHealth): ListRows {
  return { health, rows: [], readRow: () => null };
}

/** Reads one row; a throw is the row's 'read-failed' problem, never the page's. */
export function readRowSafely(list: ListRows, row: Element, problems: ReadProblem[]): RawSnapshot | null {
  try {
    return list.readRow(row, problems);
  } catch (error) {
    problems.push({ code: 'read-failed', detail: String(error).slice(0, 120) });
    return null;
  }
}

/** Every row of the list in one synchronous read (tests, benchmarks; the page store reads in chunks). */
export function readAllRows(findRows: () => ListRows): RawReadResult {
  return whileReading(() => {
    const list = findRows();
    const problems = [...list.health.problems];
    const snapshots: RawSnapshot[] = [];
    for (const row of list.rows) {
      const snapshot = readRowSafely(list, row, problems);
      if (snapshot) snapshots.push(snapshot);
    }
    return { snapshots: oneRowPerThread(snapshots), health: { ...list.health, problems } };
  });
}
