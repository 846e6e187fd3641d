// What the built content scripts weigh (raw and gzipped) and whether React or Dexie crept into one: printed
// after every build (wxt.config.ts's build:done hook) and checked by test/e2e/content-scripts.e2e.test.ts.
// Content scripts run in the seller's page on every load, so they stay small and carry neither.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  /** content-scripts/amazon.js, relative to the browser's output folder. */
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * Strings only React's or Dexie's code contains, minified or not (element type symbols, React 19's internals
 * key, Dexie's class name and the IndexedDB globals it reads). A content script has no reason to name any.
 */
export const FORBIDDEN_MARKERS: Readonly<Record<'React' | 'Dexie', readonly string[]>> = {
  React: ['react.transitional.element', 'react.element', 'react.fragment', '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE', '__SECRET_INTERNALS', 'react-dom'],
  Dexie: ['Dexie', 'IDBKeyRange', 'indexedDB'],
};

/** Which libraries' markers `code` contains, with the markers found. */
export function forbiddenLibraries(code: string): { library: string; markers: string[] }[] {
  return Object.entries(FORBIDDEN_MARKERS)
    .map(([library, markers]) => ({ library, markers: markers.filter((marker) => code.includes(marker)) }))
    .filter((found) => found.markers.length > 0);
}

/** Every content script in a browser's output folder (e.g. .output/chrome-mv3), by name. */
export function contentScriptFiles(browserOutDir: string): string[] {
  const folder = path.join(browserOutDir, 'content-scripts');
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith('.js')).sort().map((name) => path.join('content-scripts', name));
}

export function contentScriptSizes(browserOutDir: string): ScriptSize[] {
  return contentScriptFiles(browserOutDir).map((file) => {
    const code = readFileSync(path.join(browserOutDir, file));
    return { file, bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
  });
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** A small fixed-width table, one row per content script. */
export function formatSizeTable(sizes: readonly ScriptSize[]): string {
  const rows = [['content script', 'raw', 'gzip'], ...sizes.map((s) => [s.file, kib(s.bytes), kib(s.gzipBytes)])];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
