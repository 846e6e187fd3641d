// eBay: reads the message inbox and open conversations, reports them to the background, and shows the sidebar.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDraftWatch } from '@/lib/overlay/draft-watch';
import { runOverlay } from '@/lib/overlay/run-overlay';
import { startSidebarHost } from '@/lib/overlay/sidebar-host';
import { ebay } from '@/lib/platforms/ebay';
import { EBAY_MATCHES } from '@/lib/platforms/ebay-marketplaces';

export default defineContentScript({
  matches: EBAY_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runOverlay(ctx, ebay);
    startSidebarHost(ctx, ebay);
    startDraftWatch(ctx, ebay); // night watch asks it before reloading this tab
  },
});
