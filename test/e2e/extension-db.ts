// The end-to-end tests' one way into the extension's own IndexedDB ('replyclock'), from an extension page or
// the service worker: rows written and read with the raw API, the way the extension's Dexie stores them.
//
// Why not a bare indexedDB.open(): opened before the extension has created the database, it would create an
// empty version-1 database of its own; reading a store in it throws inside an event handler (a promise that
// never settles), and the open connection then blocks the extension's Dexie from upgrading it, so the
// extension hangs too. Here an open that would create the database is aborted and tried again until the
// extension has made it, every error rejects, and every connection is closed.
import type { Page, Worker } from 'playwright-core';

type Target = Page | Worker;

interface Operation {
  store: string;
  /** 'put' / 'add' write `rows`; 'getAll' reads the store; 'get' reads the row with `key`. */
  kind: 'put' | 'add' | 'getAll' | 'get';
  rows?: unknown[];
  key?: IDBValidKey;
}

/** Runs in the page or worker: self-contained, as evaluate() serialises it. */
function runInExtension(operation: Operation): Promise<unknown> {
  const deadline = Date.now() + 15_000;
  const open = (): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = indexedDB.open('replyclock');
      let creating = false;
      request.onupgradeneeded = () => {
        creating = true; // not made by the extension yet: never create it here
        request.transaction?.abort();
      };
      request.onsuccess = () => resolve(request.result);
      request.onblocked = () => reject(new Error('replyclock database open blocked'));
      request.onerror = () => {
        if (creating && Date.now() < deadline) setTimeout(() => open().then(resolve, reject), 100);
        else reject(request.error ?? new Error('replyclock database could not be opened'));
      };
    });
  return open().then(
    (db) =>
      new Promise<unknown>((resolve, reject) => {
        const done = (result: unknown, error?: unknown) => {
          db.close();
          if (error) reject(error);
          else resolve(result);
        };
        try {
          const writing = operation.kind === 'put' || operation.kind === 'add';
          const transaction = db.transaction(operation.store, writing ? 'readwrite' : 'readonly');
          const store = transaction.objectStore(operation.store);
          let result: unknown = null;
          if (operation.kind === 'put') for (const row of operation.rows ?? []) store.put(row);
          else if (operation.kind === 'add') for (const row of operation.rows ?? []) store.add(row);
          else {
            const request = operation.kind === 'getAll' ? store.getAll() : store.get(operation.key!);
            request.onsuccess = () => (result = request.result);
          }
          transaction.oncomplete = () => done(result);
          transaction.onerror = () => done(null, transaction.error ?? new Error(`${operation.kind} on ${operation.store} failed`));
          transaction.onabort = () => done(null, transaction.error ?? new Error(`${operation.kind} on ${operation.store} aborted`));
        } catch (error) {
          done(null, error);
        }
      }),
  );
}

function run<T>(target: Target, operation: Operation): Promise<T> {
  // Page and Worker both evaluate a serialisable function with one argument; typed loosely to keep tsc fast.
  const evaluate = target.evaluate.bind(target) as unknown as (fn: (op: Operation) => Promise<unknown>, arg: Operation) => Promise<unknown>;
  return evaluate(runInExtension, operation) as Promise<T>;
}

/** Writes (replaces) rows in one transaction. */
export function putRows(target: Target, store: string, rows: unknown[]): Promise<void> {
  return run(target, { store, kind: 'put', rows });
}

/** Appends rows (auto-incremented keys, e.g. the events log) in one transaction. */
export function addRows(target: Target, store: string, rows: unknown[]): Promise<void> {
  return run(target, { store, kind: 'add', rows });
}

export function allRows<T>(target: Target, store: string): Promise<T[]> {
  return run(target, { store, kind: 'getAll' });
}

/** One settings value as stored ({ key, value }), or null. */
export async function storedSetting(target: Target, key: string): Promise<unknown> {
  const row = await run<{ value: unknown } | undefined>(target, { store: 'settings', kind: 'get', key });
  return row?.value ?? null;
}

/** Stores a settings value as the dashboard does ({ key, value }). */
export function storeSetting(target: Target, key: string, value: unknown): Promise<void> {
  return putRows(target, 'settings', [{ key, value }]);
}
