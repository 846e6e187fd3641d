// Starts real Chromium with the built extension loaded and serves seller-centre pages at their real URLs
// through Playwright request interception, so the real manifest match patterns are what gets exercised.
// Shared by the end-to-end tests and `npm run demo`. Nothing here reaches the network: any other request
// is refused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

// REPLYCLOCK_OUT_DIR (also read by wxt.config.ts) lets two builds run side by side without overwriting each other.
export const EXTENSION_DIR = path.resolve(import.meta.dirname, '..', process.env.REPLYCLOCK_OUT_DIR ?? '.output', 'chrome-mv3');

const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * CHROMIUM_PATH, else the system's Chromium or Chrome. Where none is found and `install` is set, installs
 * Debian's chromium with apt-get when that is possible (root on Debian); otherwise says how to get one.
 */
export function findChromium({ install = false } = {}): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && hasCommand('apt-get');
  if (install && canApt) {
    console.log('No Chromium found: installing Debian’s chromium with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], env);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], env);
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; macOS: install ' +
      'Google Chrome) or point CHROMIUM_PATH at its executable, then run this again.',
  );
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  execFileSync(command, args, { stdio: 'inherit', env });
}

/** The one piece of the extension API read from inside the worker (Playwright runs it there, not here). */
interface ChromeGlobal {
  chrome: { action: { getBadgeText(details: object): Promise<string> } };
}

/**
 * Flags for a quiet, offline, headless-friendly Chromium: without the background-networking ones it keeps
 * trying Google's hosts, which this machine's closed network refuses.
 */
export function chromiumFlags(lang: string): string[] {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--lang=${lang}`,
  ];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The extension's own page (popup.html, …) as a URL. */
  extensionUrl(page: string): string;
  badgeText(): Promise<string>;
  close(): Promise<void>;
}

export async function launchWithExtension({
  executablePath,
  headless,
  extensionDir = EXTENSION_DIR,
  lang = 'en-US',
}: {
  executablePath: string;
  headless: boolean;
  extensionDir?: string;
  /** The browser's UI language, which picks the extension's locale (en-US, zh-CN). */
  lang?: string;
}): Promise<ExtensionBrowser> {
  // Chromium given a missing extension folder starts silently without it: say so instead.
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'replyclock-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: { width: 1280, height: 800 },
    locale: lang,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...chromiumFlags(lang),
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    return {
      context,
      worker,
      extensionId,
      extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
      badgeText: () => worker.evaluate(() => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({})),
      close: async () => {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Serves `pages` (exact URL → HTML, built on each request so relative times stay relative to now) and
 * refuses every other http(s) request, so a run never touches the network.
 */
export async function serveSellerPages(context: BrowserContext, pages: Record<string, () => string>): Promise<void> {
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    const key = Object.keys(pages).find((page) => {
      const served = new URL(page);
      return served.origin === url.origin && served.pathname === url.pathname && served.search === url.search;
    });
    if (key && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: pages[key]!() });
    } else {
      await route.abort('blockedbyclient');
    }
  });
}

/** Polls `read` until `accept` holds, or fails with the last value seen. */
export async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  return last;
}

/** Reads the popup's rows as an agent sees them. */
export async function popupRows(page: Page): Promise<{ buyer: string; countdown: string; state: string }[]> {
  await page.waitForSelector('.popup__list, .popup__empty');
  return page.$$eval('.conversation', (rows) =>
    rows.map((row) => ({
      buyer: row.querySelector('.conversation__buyer')?.textContent ?? '',
      countdown: row.querySelector('.countdown')?.textContent ?? '',
      state: row.querySelector('.countdown')?.getAttribute('data-state') ?? '',
    })),
  );
}
