// What every marketplace reader shares: a list read as rows found once and read one by one (so the content
// script's page store can read them in short chunks and re-read only the rows that changed), the health every
// read reports, and a read that never throws into the page.
import { queryAllIn, searchRoots, whileReading } from '../dom/deep-query';
import type { Marketplace, PageKind, Platform, ReadHealth, ReadProblem } from '../model';
import { oneRowPerThread } from './list-reading';
import type { RawReadResult, RawSnapshot } from './raw-read';

/** A conversation list as found on a page: its rows, and how to read one of them. */
export interface ListRows {
  /** Variant, row count and the problems of finding the rows (no-rows, read-failed); rows add their own. */
  health: ReadHealth;
  rows: Element[];
  /** The found variant's row selector: an element beside the rows that matches it was left out on purpose (a header). */
  selector?: string;
  /** One row as raw strings; problems it has (no buyer, no time, no thread id) go into `problems`. */
  readRow(row: Element, problems: ReadProblem[]): RawSnapshot | null;
  /**
   * Where the variant's layout says where each field is: the row read from there alone, or null when it does
   * not hold what it should (then readRow searches). Tests prove it reads what readRow reads.
   */
  shortcut?(row: Element): RawSnapshot | null;
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
    return list.shortcut?.(row) ?? list.readRow(row, problems);
  } catch (error) {
    problems.push({ code: 'read-failed', detail: String(error).slice(0, 120) });
    return null;
  }
}

/**
 * The rows of the first variant (in order) whose candidates include a conversation: first in the page's own
 * tree, one query per variant; only when no variant has rows there, across every open shadow root and
 * same-origin frame too. The walk that finds those looks at every element of the page (and, from a content
 * script's isolated world, makes a wrapper for each), so a page whose list is in its own tree never pays it.
 * Which candidates are rows is the caller's (outermost, no header rows); a row that turns out not to be a
 * conversation is the row reader's to skip (it returns null), so no row is looked at twice.
 */
export function findVariantRows<V extends { selector: string }, R = Element>(
  root: ParentNode,
  variants: readonly V[],
  candidatesOf: (found: Element[], variant: V) => R[],
  isConversation: (row: R) => boolean,
): { variant: V; rows: R[] } | null {
  for (const variant of variants) {
    const light = candidatesOf(queryAllIn([root], variant.selector), variant);
    if (light.some(isConversation)) return { variant, rows: light };
  }
  const roots = searchRoots(root);
  if (roots.length === 1) return null; // no shadow root or frame: the page's own tree was all there is
  for (const variant of variants) {
    const deep = candidatesOf(queryAllIn(roots, variant.selector), variant);
    if (deep.some(isConversation)) return { variant, rows: deep };
  }
  return null;
}

const VISIBLE = /\S/;

function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** One row as read: its snapshot (null: not a conversation) and its problems. */
export interface RowRead {
  row: Element;
  snapshot: RawSnapshot | null;
  problems: ReadProblem[];
}

/**
 * The list's read from its rows' reads. A candidate that read as no conversation is page chrome, unless it
 * stands beside rows that did read (same parent): then it is a row that changed shape, and the read says so
 * ('unreadable-row'), so a row that silently drops out of the list can never look like an answered one.
 */
export function listResult(list: ListRows, reads: readonly RowRead[]): RawReadResult {
  const problems = [...list.health.problems];
  const snapshots: RawSnapshot[] = [];
  const listParents = new Set<Node | null>();
  for (const read of reads) {
    problems.push(...read.problems);
    if (read.snapshot) {
      snapshots.push(read.snapshot);
      listParents.add(read.row.parentNode);
    }
  }
  const unreadable = (row: Element) =>
    problems.push({ code: 'unreadable-row', detail: (row.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) });
  for (const read of reads) if (!read.snapshot && listParents.has(read.row.parentNode)) unreadable(read.row);
  // A row that lost what made it a row (its class, its data attribute) is no candidate any more, but it still
  // stands in the list: an element of the rows' own kind among them, with words, that no variant took.
  const candidates = new Set(list.rows);
  const rowTags = new Set(reads.filter((read) => read.snapshot).map((read) => read.row.tagName));
  for (const parent of listParents) {
    for (let child = parent?.firstChild ?? null; child; child = child.nextSibling) {
      if (child.nodeType !== 1 || candidates.has(child as Element) || !rowTags.has((child as Element).tagName)) continue;
      if (list.selector && safeMatches(child as Element, list.selector)) continue;
      if (!VISIBLE.test(child.textContent ?? '')) continue;
      unreadable(child as Element);
    }
  }
  return { snapshots: oneRowPerThread(snapshots), health: { ...list.health, rows: snapshots.length, problems } };
}

/** Every row of the list in one synchronous read (tests, benchmarks; the page store reads in chunks). */
export function readAllRows(findRows: () => ListRows): RawReadResult {
  return whileReading(() => {
    const list = findRows();
    const reads = list.rows.map((row) => {
      const problems: ReadProblem[] = [];
      return { row, snapshot: readRowSafely(list, row, problems), problems };
    });
    return listResult(list, reads);
  });
}

/**
 * The candidates that stand beside what was read (same parent as a read row or message) but were not read
 * themselves: rows or messages that changed shape, as opposed to page chrome that matched a loose selector.
 */
export function unreadBeside(candidates: readonly Element[], read: readonly Element[]): Element[] {
  const kept = new Set(read);
  const parents = new Set(read.map((element) => element.parentNode));
  return candidates.filter((candidate) => !kept.has(candidate) && parents.has(candidate.parentNode));
}

/** The problem a message that changed shape is. */
export function unreadableMessage(element: Element): ReadProblem {
  return { code: 'unreadable-message', detail: (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80) };
}
