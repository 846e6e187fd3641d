// The one reader of a seller page in the content script. One MutationObserver (the document and the open
// shadow roots and same-origin frames it has seen), one read once a burst of changes has settled, published
// as { page kind, inbox rows, open thread, reply box } to its subscribers: the overlay's sender, the sidebar
// host and the draft watch. Nothing else reads the page. Cheap by construction:
// - the list's rows are found once and kept while they stay connected; after the first read only the rows
//   that mutation records name are read again, and unchanged rows cost nothing;
// - rows are read in chunks that yield to the page between them (no task of ours over ~8 ms);
// - the thread reader runs only on a page that shows a thread.
// Bound to ctx.signal; nothing it throws reaches the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { searchRoots, whileReading } from '../dom/deep-query';
import type { ReadProblem } from '../model';
import type { PlatformAdapter } from '../platforms/adapter';
import { listResult, readRowSafely, type ListRows } from '../platforms/engine';
import type { RawReadResult, RawSnapshot, RawThreadReadResult } from '../platforms/raw-read';
import { HOST_TAG } from './sidebar-host';

/** Lists re-render in bursts; read once the burst has settled. */
export const READ_SETTLE_MS = 250;
/** A chunk of rows ends once it has run this long; the page gets the main thread back before the next. */
export const CHUNK_BUDGET_MS = 6;

export interface PageRead {
  url: string;
  /** Read at (the content script's clock). */
  readAt: number;
  onInbox: boolean;
  onThread: boolean;
  /** The list as read; null on a page that is no list and shows no rows (a thread page without a list pane). */
  inbox: RawReadResult | null;
  /** The open thread; null on a page that shows none. */
  thread: RawThreadReadResult | null;
  replyBox: HTMLTextAreaElement | HTMLElement | null;
}

export interface PageStore {
  subscribe(listener: (read: PageRead) => void): void;
  /** The last completed read (null before the first). */
  current(): PageRead | null;
  /** The reply box now: the last read's if still on the page, else looked for again. */
  replyBox(): HTMLTextAreaElement | HTMLElement | null;
  /**
   * The last read with the open thread and reply box read again now, synchronously: for an agent's action
   * (insert a reply) that must not act on a conversation the page has just navigated away from.
   */
  readThreadNow(): PageRead | null;
  /** Read again after the settle delay (navigation, a slow poll). `full` forgets every row read so far. */
  schedule(full?: boolean): void;
}

export interface PageStoreDeps {
  now: () => number;
  /** Gives the page the main thread back between chunks. */
  yieldToPage: () => Promise<void>;
}

export function defaultPageStoreDeps(): PageStoreDeps {
  return { now: Date.now, yieldToPage };
}

/** scheduler.yield where the browser has it (continuation ahead of other tasks), else a macrotask. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

interface RowRead {
  snapshot: RawSnapshot | null;
  problems: ReadProblem[];
}

export function startPageStore(ctx: ContentScriptContext, adapter: PlatformAdapter, deps: PageStoreDeps = defaultPageStoreDeps()): PageStore {
  const listeners: ((read: PageRead) => void)[] = [];
  let latest: PageRead | null = null;
  let timer: number | undefined;
  let reading = false;
  let again = false;
  // The list as found: its rows, how to read one, and each row's last reading.
  let list: ListRows | null = null;
  let listUrl = '';
  let rowSet = new Set<Element>();
  const rowReads = new Map<Element, RowRead>();
  const dirty = new Set<Element>();
  let structural = true; // something outside the known rows changed: find the rows again
  let forgetAll = false;

  const observed = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    let changed = false;
    for (const record of records) {
      if (isOwnChange(record)) continue; // the sidebar host coming and going is not the page changing
      changed = true;
      noteChange(record.target);
    }
    if (changed) schedule();
  });
  ctx.signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  /** Which known row a change is in, else the change is structural (rows added, removed, the page redrawn). */
  const noteChange = (node: Node) => {
    if (structural) return;
    for (let current: Node | null = node; current; current = composedParent(current)) {
      if (current.nodeType === 1 && rowSet.has(current as Element)) {
        dirty.add(current as Element);
        return;
      }
    }
    structural = true;
  };

  /** Starts watching roots that appeared since (new shadow roots, loaded iframes). */
  const observeRoots = (roots: readonly ParentNode[]) => {
    for (const searchRoot of roots) {
      const node = searchRoot as unknown as Node;
      if (observed.has(node)) continue;
      observed.add(node);
      observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true });
      if (node.nodeType === 9 && node !== document) {
        (node as Document).defaultView?.addEventListener('load', () => {
          structural = true;
          schedule();
        }, { signal: ctx.signal });
      }
    }
  };

  const schedule = (full = false) => {
    if (ctx.isInvalid) return;
    if (full) forgetAll = true;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void read();
    }, READ_SETTLE_MS);
  };

  const read = async () => {
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      await readPage();
    } catch (error) {
      console.warn('[Replyclock] could not read this page:', error);
    } finally {
      reading = false;
      if (again && !ctx.isInvalid) {
        again = false;
        schedule();
      }
    }
  };

  const readPage = async () => {
    const url = new URL(location.href);
    const onInbox = adapter.isInbox(url);
    const onThread = adapter.isThread(url);
    if (!onInbox && !onThread) {
      observeRoots([document]); // a later navigation inside the page may lead to one
      return;
    }
    if (forgetAll || url.href !== listUrl) {
      forgetAll = false;
      structural = true;
      rowReads.clear();
    }
    // Rows that left the page are forgotten; a list that lost its rows is found again.
    if (list && list.rows.some((row) => !row.isConnected)) structural = true;

    // Chunk 0: find the rows (only when something outside them changed) and watch the roots they are in.
    if (structural || !list) {
      whileReading(() => {
        list = adapter.listRows(document, url);
        // Watch where the rows are (the document, or the shadow root or frame that holds them); with no rows
        // yet, every root the search walked (listRows just did, so this is remembered, not walked again).
        observeRoots(list.rows.length > 0 ? [...new Set(list.rows.map(rootOf))] : searchRoots(document));
      });
      listUrl = url.href;
      structural = false;
      const current = list!;
      rowSet = new Set(current.rows);
      for (const row of [...rowReads.keys()]) if (!rowSet.has(row)) rowReads.delete(row);
      await deps.yieldToPage();
      if (ctx.isInvalid) return;
    }
    const found = list!;

    // Then the rows not read yet and the rows that changed, in chunks.
    const pending = found.rows.filter((row) => dirty.has(row) || !rowReads.has(row));
    dirty.clear();
    let index = 0;
    while (index < pending.length) {
      const started = performance.now();
      whileReading(() => {
        while (index < pending.length && performance.now() - started < CHUNK_BUDGET_MS) {
          const row = pending[index++]!;
          const problems: ReadProblem[] = [];
          rowReads.set(row, { snapshot: readRowSafely(found, row, problems), problems });
        }
      });
      if (index < pending.length) {
        await deps.yieldToPage();
        if (ctx.isInvalid) return;
      }
    }

    // The open thread and the reply box: one short read, on pages that show a thread.
    const result = whileReading(() => {
      const thread: RawThreadReadResult | null = onThread ? adapter.readThreadRaw(document, url) : null;
      return { thread, replyBox: onThread ? adapter.replyBox(document) : null };
    });

    const inbox = listResult(
      found,
      found.rows.flatMap((row) => {
        const read = rowReads.get(row);
        return read ? [{ row, ...read }] : [];
      }),
    );
    latest = {
      url: url.href,
      readAt: deps.now(),
      onInbox,
      onThread,
      // eBay's thread page shows the list beside the conversation: it is read there too, but only an inbox
      // page without rows is a read failure.
      inbox: onInbox || inbox.snapshots.length > 0 ? inbox : null,
      thread: result.thread && (onThread || result.thread.thread !== null) ? result.thread : null,
      replyBox: result.replyBox,
    };
    for (const listener of listeners) {
      try {
        listener(latest);
      } catch (error) {
        console.warn('[Replyclock] page store subscriber:', error);
      }
    }
  };

  ctx.addEventListener(window, 'wxt:locationchange', () => schedule(true));
  observeRoots([document]);
  schedule();

  return {
    subscribe: (listener) => {
      listeners.push(listener);
    },
    current: () => latest,
    replyBox: () => {
      const box = latest?.replyBox;
      if (box?.isConnected) return box;
      try {
        return adapter.replyBox(document);
      } catch {
        return null;
      }
    },
    readThreadNow: () => {
      try {
        const url = new URL(location.href);
        const read = readPageOnce(adapter, document, url, deps.now(), { list: false });
        return { ...read, inbox: latest?.url === url.href ? latest.inbox : null };
      } catch {
        return latest;
      }
    },
    schedule,
  };
}

/**
 * One synchronous read of the whole page, as the store publishes it (for an agent's action, and for tests);
 * `list: false` leaves the list out.
 */
export function readPageOnce(adapter: PlatformAdapter, root: Document, url: URL, now: number, { list = true } = {}): PageRead {
  const onInbox = adapter.isInbox(url);
  const onThread = adapter.isThread(url);
  return whileReading(() => {
    const inbox = list && (onInbox || onThread) ? adapter.readInboxRaw(root, url) : null;
    const thread = onThread ? adapter.readThreadRaw(root, url) : null;
    return {
      url: url.href,
      readAt: now,
      onInbox,
      onThread,
      inbox: inbox && (onInbox || inbox.snapshots.length > 0) ? inbox : null,
      thread: thread && (onThread || thread.thread !== null) ? thread : null,
      replyBox: onThread ? adapter.replyBox(root) : null,
    };
  });
}

/** The document, shadow root or frame document an element is in. */
function rootOf(element: Element): ParentNode {
  return element.getRootNode() as unknown as ParentNode;
}

function isOwnChange(record: MutationRecord): boolean {
  const own = (node: Node) => node.nodeType === 1 && (node as Element).tagName.toLowerCase() === HOST_TAG;
  if (own(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(own);
}

function composedParent(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent;
}
