// `npm run demo`: builds Replyclock, starts Chromium with it loaded, and serves demo Seller Central pages
// (US and UK, conversations timed relative to now) at their real URLs. With a display, a browser opens for
// a person to click around; without one, it runs headless, writes screenshots to demo-output/ and prints
// a summary. Options: --headless, --no-build, --lang=zh-CN (the extension in Simplified Chinese).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fixtureHtml } from '../test/fixtures/load-fixture';
import { renderFixture } from '../test/fixtures/render-fixture';
import {
  EXTENSION_DIR,
  findChromium,
  launchWithExtension,
  popupRows,
  serveSellerPages,
  waitFor,
} from './extension-browser';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUTPUT = path.join(ROOT, 'demo-output');
const US_INBOX = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';
const UK_INBOX = 'https://sellercentral.amazon.co.uk/messaging/inbox';
const DE_THREAD = 'https://sellercentral.amazon.de/messaging/thread/amzn1.thread.DE0001';

interface StoredConversation {
  status: string;
  dueAt: number | null;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const headless = args.includes('--headless') || !process.env.DISPLAY || Boolean(process.env.CI);
  const lang = args.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length) ?? 'en-US';
  if (!args.includes('--no-build')) {
    console.log('Building the extension…');
    execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const executablePath = findChromium({ install: true });
  console.log(`Starting ${executablePath} ${headless ? 'headless' : 'with a window'}…`);
  const browser = await launchWithExtension({ executablePath, headless, lang });
  const ukPage = readFileSync(path.join(import.meta.dirname, 'demo-pages', 'amazon-uk-inbox.html'), 'utf8');
  await serveSellerPages(browser.context, {
    [US_INBOX]: () =>
      renderFixture(fixtureHtml('amazon/inbox-v3.html'), { now: Date.now(), zone: 'America/Los_Angeles', locale: 'en-US' }),
    [UK_INBOX]: () => renderFixture(ukPage, { now: Date.now(), zone: 'Europe/London', locale: 'en-GB' }),
    [DE_THREAD]: () =>
      renderFixture(fixtureHtml('amazon/thread-de.html'), { now: Date.now(), zone: 'Europe/Berlin', locale: 'de-DE' }),
  });

  const us = await browser.context.newPage();
  await us.goto(US_INBOX);
  const uk = await browser.context.newPage();
  await uk.goto(UK_INBOX);
  const thread = await browser.context.newPage();
  await thread.goto(DE_THREAD);
  const popup = await browser.context.newPage();
  const readStore = () => popup.evaluate(readConversations);
  await popup.goto(browser.extensionUrl('popup.html'));
  // Both inboxes and the thread read: 5 US rows, 4 UK rows and the amazon.de conversation tracked.
  const conversations = await waitFor(readStore, (rows) => rows.length >= 10, 20_000);
  await popup.reload();
  await popupRows(popup);

  const now = Date.now();
  const waiting = conversations.filter((c) => c.status === 'awaiting');
  const overdue = waiting.filter((c) => c.dueAt !== null && c.dueAt <= now);
  const badge = await waitFor(() => browser.badgeText(), (text) => text === (overdue.length ? String(overdue.length) : ''));

  if (!headless) {
    console.log(
      `\nChromium is open with Replyclock loaded: the US and UK inboxes and an amazon.de thread (with the\n` +
        `sidebar) are in tabs, the popup in a fourth.\n` +
        `Badge: "${badge}" · ${conversations.length} conversations tracked · ${overdue.length} overdue.\n` +
        `Close the browser window to end the demo.`,
    );
    await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
    return;
  }

  mkdirSync(OUTPUT, { recursive: true });
  await us.bringToFront();
  await us.screenshot({ path: path.join(OUTPUT, 'amazon-inbox.png') });
  await popup.setViewportSize({ width: 420, height: 560 });
  await popup.screenshot({ path: path.join(OUTPUT, 'popup.png') });
  await thread.bringToFront();
  await thread.waitForSelector('iframe, [data-replyclock-sidebar]', { timeout: 10_000 }).catch(() => undefined);
  await thread.waitForTimeout(1500); // the sidebar frame renders its conversation
  await thread.screenshot({ path: path.join(OUTPUT, 'amazon-thread-sidebar.png') });
  const shots = ['amazon-inbox.png', 'popup.png', 'amazon-thread-sidebar.png'];
  if (existsSync(path.join(EXTENSION_DIR, 'dashboard.html'))) {
    // The dashboard's sections, each at its own address (the section is the URL's hash).
    const dashboard = await browser.context.newPage();
    await dashboard.setViewportSize({ width: 1280, height: 900 });
    for (const section of ['inbox', 'templates', 'settings', 'analytics', 'staffing', 'autoreply', 'backup']) {
      await dashboard.goto(`${browser.extensionUrl('dashboard.html')}#${section}`);
      await dashboard.waitForLoadState('networkidle');
      await dashboard.waitForTimeout(800); // live queries and charts settle
      const shot = `dashboard-${section}.png`;
      await dashboard.screenshot({ path: path.join(OUTPUT, shot) });
      shots.push(shot);
    }
  }
  await browser.close();

  console.log('\nReplyclock demo');
  console.log(`  conversations tracked: ${conversations.length} (${waiting.length} waiting for a reply)`);
  console.log(`  overdue:               ${overdue.length}`);
  console.log(`  badge text:            "${badge}"`);
  console.log(`  screenshots:           ${shots.map((shot) => path.join('demo-output', shot)).join(', ')}`);
}

/** Runs in the popup page: every stored conversation, read straight from the extension's IndexedDB. */
function readConversations(): Promise<StoredConversation[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('replyclock');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains('conversations')) return resolve([]);
      const all = db.transaction('conversations').objectStore('conversations').getAll();
      all.onsuccess = () => resolve(all.result as StoredConversation[]);
      all.onerror = () => reject(all.error);
    };
  });
}

main().catch((error: unknown) => {
  console.error(`\nThe demo could not run: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
