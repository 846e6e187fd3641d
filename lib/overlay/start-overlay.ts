// Everything a content script runs on a seller page, wired around the one page store: the sender to the
// background, the sidebar host and the draft watch all read what the store read, and nothing else reads the page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../platforms/adapter';
import { startDraftWatch } from './draft-watch';
import { startPageStore } from './page-store';
import { runOverlay } from './run-overlay';
import { startSidebarHost } from './sidebar-host';

export function startOverlay(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  const store = startPageStore(ctx, adapter);
  runOverlay(ctx, store);
  startSidebarHost(ctx, store);
  startDraftWatch(ctx, adapter, store); // night watch asks it before reloading this tab
}
