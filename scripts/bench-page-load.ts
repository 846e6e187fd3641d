// What the content script adds to a page load, in real Chromium: each platform's 500-row inbox
// (scripts/large-inbox.ts) served at its real URL, loaded LOADS times in a browser without the extension and
// LOADS times in one with the built extension (.output/chrome-mv3), loads of the two alternating. Printed as
// a table: the median main-thread busy time of a load without and with the extension, and what it adds.
// Target: under 5% added. Headless; nothing reaches the network (serveSellerPages refuses every other request).
// Run: `npx tsx scripts/bench-page-load.ts` (options: --loads=N, default 5; --settle=MS, default 1500;
// --build to rebuild the extension first). Builds the extension with `npx wxt build` when there is none.
//
// What is measured, and why it is a fair comparison:
// - CDP `Performance.getMetrics` on the page's own target, enabled with timeDomain 'threadTicks' so durations
//   are the main thread's CPU time (other processes on a busy machine do not inflate them): TaskDuration is
//   the summed duration of every task the page's renderer main thread ran since `Performance.enable` (sent
//   before navigating; it survives the cross-site navigation's renderer swap), i.e. HTML parse,
//   style, layout, paint scheduling, the page's scripts and, since content scripts run on that same main
//   thread (in an isolated world), the content script: its injection, observeDeep's tree walk, the first
//   readInbox + readThread (READ_SETTLE_MS = 400 ms after it starts) and the message to the background.
//   ScriptDuration is the JavaScript part of it (the test pages have almost no script of their own).
// - Sampled SETTLE_MS (1.5 s) after the load event, with and without the extension alike, so the window
//   covers the load and the content script's first read (document_idle + 400 ms) and nothing later (the
//   next scheduled re-read is a minute away; the static page never mutates).
// - Same Chromium, same flags, same pages, same viewport; the only difference is the extension flags.
//   Loads alternate between the two browsers (and which goes first) so drift in machine load hits both.
//   One page at a time, closed after each load, so no other page shares the renderer while it is sampled.
// - Not counted: the extension's service worker (its own process) storing what it is sent. That is not the
//   page's main thread; it never delays the page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { renderFixture } from '../test/fixtures/render-fixture';
import { chromiumFlags, EXTENSION_DIR, findChromium, launchWithExtension, serveSellerPages } from './extension-browser';
import { clockFor, INBOX_ROWS, LARGE_INBOXES, largeInboxTemplate, type BenchPlatform } from './large-inbox';

const ROOT = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const LOADS = Number(args.find((arg) => arg.startsWith('--loads='))?.slice('--loads='.length) ?? 5);
/** After the load event: the content script starts at document_idle and reads 400 ms later. */
const SETTLE_MS = Number(args.find((arg) => arg.startsWith('--settle='))?.slice('--settle='.length) ?? 1_500);
const TARGET_PERCENT = 5;

interface LoadSample {
  taskMs: number;
  scriptMs: number;
}

/**
 * The same Chromium with the same flags as launchWithExtension (scripts/extension-browser.ts), minus the two
 * extension flags. extension-browser.ts has no launcher without the extension, so this is it.
 */
async function launchPlain(executablePath: string, lang = 'en-US'): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'replyclock-plain-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: lang,
    args: chromiumFlags(lang),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One load of `url` in a fresh tab: main-thread metrics from before navigation to SETTLE_MS after load. */
async function measureLoad(context: BrowserContext, url: string): Promise<LoadSample> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => {
      const value = metrics.find((m) => m.name === name)?.value;
      if (value === undefined) throw new Error(`Performance.getMetrics reported no ${name}`);
      return value;
    };
    await cdp.detach();
    return {
      taskMs: metric('TaskDuration') * 1000,
      scriptMs: metric('ScriptDuration') * 1000,
    };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Conversations the extension stored, by platform: proof the content script read the pages it was timed on. */
function storedByPlatform(): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('replyclock');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('conversations')) return resolve({});
      const all = db.transaction('conversations').objectStore('conversations').getAll();
      all.onsuccess = () => {
        const counts: Record<string, number> = {};
        for (const row of all.result as { platform: string }[]) counts[row.platform] = (counts[row.platform] ?? 0) + 1;
        resolve(counts);
      };
      all.onerror = () => reject(all.error);
    };
  });
}

function ensureBuilt(): void {
  const manifest = path.join(EXTENSION_DIR, 'manifest.json');
  if (args.includes('--build') || !existsSync(manifest)) {
    console.log(
      existsSync(manifest)
        ? 'Rebuilding the extension (--build): npx wxt build…'
        : `No built extension at ${path.relative(ROOT, EXTENSION_DIR)}: building it with \`npx wxt build\`…`,
    );
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (!existsSync(manifest)) throw new Error(`\`npx wxt build\` left no ${manifest}: see its output above.`);
  } else {
    const built = statSync(manifest).mtime;
    console.log(`Using the extension built ${built.toISOString()} at ${path.relative(ROOT, EXTENSION_DIR)} (--build to rebuild).`);
  }
}

async function main(): Promise<void> {
  if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error('--loads must be a whole number of loads, 1 or more');
  if (!Number.isFinite(SETTLE_MS) || SETTLE_MS < 0) throw new Error('--settle must be a number of milliseconds');
  ensureBuilt();
  const executablePath = findChromium();
  // The pages, built once; times rendered on each request so relative times stay relative to now.
  const templates = new Map<BenchPlatform, string>(LARGE_INBOXES.map(({ platform }) => [platform, largeInboxTemplate(platform)]));
  const pages = Object.fromEntries(
    LARGE_INBOXES.map(({ platform, url }) => [url, () => renderFixture(templates.get(platform)!, clockFor(platform, Date.now()))]),
  );
  console.log(`${executablePath}, headless; ${INBOX_ROWS}-row inboxes, ${LOADS} loads each without and with the extension…`);

  const plain = await launchPlain(executablePath);
  const withExtension = await launchWithExtension({ executablePath, headless: true });
  try {
    await serveSellerPages(plain.context, pages);
    await serveSellerPages(withExtension.context, pages);
    const browsers = [
      { name: 'without' as const, context: plain.context },
      { name: 'with' as const, context: withExtension.context },
    ];

    const rows = [];
    for (const { platform, url } of LARGE_INBOXES) {
      // One load each first, not counted: compiles the content script, warms the disk and code caches.
      for (const browser of browsers) await measureLoad(browser.context, url);
      const samples = { without: [] as LoadSample[], with: [] as LoadSample[] };
      for (let i = 0; i < LOADS; i++) {
        const order = i % 2 === 0 ? browsers : [...browsers].reverse();
        for (const browser of order) samples[browser.name].push(await measureLoad(browser.context, url));
      }
      const without = median(samples.without.map((s) => s.taskMs));
      const withExt = median(samples.with.map((s) => s.taskMs));
      const scriptWithout = median(samples.without.map((s) => s.scriptMs));
      const scriptWith = median(samples.with.map((s) => s.scriptMs));
      rows.push({
        platform,
        'main-thread ms without': without.toFixed(1),
        'main-thread ms with': withExt.toFixed(1),
        'added ms': (withExt - without).toFixed(1),
        'added %': (((withExt - without) / without) * 100).toFixed(1),
        'script ms without → with': `${scriptWithout.toFixed(1)} → ${scriptWith.toFixed(1)}`,
        'all loads, with (ms)': samples.with.map((s) => s.taskMs.toFixed(0)).join(' '),
        'all loads, without (ms)': samples.without.map((s) => s.taskMs.toFixed(0)).join(' '),
      });
    }

    // The extension must have read every page it was timed on, or "added" measures nothing.
    const popup = await withExtension.context.newPage();
    await popup.goto(withExtension.extensionUrl('popup.html'));
    const stored = await popup.evaluate(storedByPlatform);
    await popup.close();

    console.table(rows);
    console.log(
      `Medians of ${LOADS} loads; main-thread ms = CDP TaskDuration (main-thread CPU time) from navigation to ` +
        `${SETTLE_MS} ms after load. ` +
        `Target: under ${TARGET_PERCENT}% added.`,
    );
    const over = rows.filter((row) => Number(row['added %']) >= TARGET_PERCENT).map((row) => row.platform);
    if (over.length > 0) console.log(`Above the ${TARGET_PERCENT}% target: ${over.join(', ')}.`);
    const unread = LARGE_INBOXES.filter(({ platform }) => (stored[platform] ?? 0) < INBOX_ROWS);
    if (unread.length > 0) {
      throw new Error(
        `the extension did not store ${INBOX_ROWS} conversations for ${unread.map((u) => u.platform).join(', ')} ` +
          `(stored: ${JSON.stringify(stored)}): the "with" loads may not have run the content script`,
      );
    }
    console.log(`The extension stored ${JSON.stringify(stored)} conversations: it read every page.`);
  } finally {
    await withExtension.close();
    await plain.close();
  }
}

main().catch((error: unknown) => {
  console.error(`\nThe page-load benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
