// WXT build configuration: manifest, modules and the few permissions Replyclock needs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { AMAZON_MATCHES } from './lib/platforms/amazon-marketplaces';
import { EBAY_MATCHES } from './lib/platforms/ebay-marketplaces';
import { ETSY_MATCHES } from './lib/platforms/etsy-marketplaces';
import { contentScriptFiles, contentScriptSizes, forbiddenLibraries, formatSizeTable } from './scripts/content-script-report';

/**
 * The seller sites' origins (https://host/*) from the content scripts' match patterns: web-accessible
 * resources are matched by origin only, and the sidebar must load on exactly the pages its host runs on.
 */
const SELLER_ORIGINS = [...new Set([...AMAZON_MATCHES, ...EBAY_MATCHES, ...ETSY_MATCHES].map((pattern) => pattern.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*')))];

export default defineConfig({
  // Default .output; REPLYCLOCK_OUT_DIR lets parallel builds (and their end-to-end runs) keep separate outputs.
  outDir: process.env.REPLYCLOCK_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  // REPLYCLOCK_NO_MINIFY=1 keeps names readable in a profile of the content scripts (scripts/bench-page-load.ts).
  vite: () => (process.env.REPLYCLOCK_NO_MINIFY ? { build: { minify: false } } : {}),
  hooks: {
    // Content scripts load into every seller page: their size is printed with every build, and React or Dexie
    // in one is called out here (test/e2e/content-scripts.e2e.test.ts fails on it).
    'build:done': (wxt) => {
      const outDir = wxt.config.outDir;
      const sizes = contentScriptSizes(outDir);
      if (sizes.length > 0) wxt.logger.info(`Content scripts:\n${formatSizeTable(sizes)}`);
      for (const file of contentScriptFiles(outDir)) {
        for (const found of forbiddenLibraries(readFileSync(path.join(outDir, file), 'utf8'))) {
          wxt.logger.warn(`${file} contains ${found.library} (${found.markers.join(', ')}): content scripts must stay free of it.`);
        }
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: the one-minute badge tick survives the MV3 worker being stopped (also night watch and the daily
    // retention purge). notifications: urgent, due-soon and escalation alerts. storage: the sidebar's side and
    // collapsed state, which the content script must read before it draws anything (IndexedDB there would be
    // the seller site's, and readable by it), and in session storage which tab shows which conversation and
    // which tabs night watch keeps fresh. Nothing else: no "tabs" (content scripts say what their tab shows),
    // content scripts declare their own hosts, and IndexedDB in the extension origin needs no permission.
    permissions: ['alarms', 'notifications', 'storage'],
    action: { default_title: '__MSG_extName__' },
    // The dashboard is the options page, opened in a full tab (a team lead's workspace, not a small dialog).
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    // The sidebar page, framed by the content script over seller pages only: no other site can embed it.
    web_accessible_resources: [{ resources: ['sidebar.html'], matches: SELLER_ORIGINS }],
    commands: {
      'open-template-search': {
        suggested_key: { default: 'Alt+Shift+R', mac: 'MacCtrl+Shift+R' },
        description: '__MSG_commandOpenTemplateSearch__',
      },
    },
    // Firefox only (Chromium would warn about an unknown key). Firefox asks every new add-on to declare what it
    // collects: nothing, all data stays on the machine.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'replyclock@replyclock.invalid', strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
