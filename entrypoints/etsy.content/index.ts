// Etsy: reads the message inbox and open conversations (single-page navigation between them) and reports
// them to the background; shows the sidebar beside an open conversation.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDraftWatch } from '@/lib/overlay/draft-watch';
import { runOverlay } from '@/lib/overlay/run-overlay';
import { startSidebarHost } from '@/lib/overlay/sidebar-host';
import { etsy } from '@/lib/platforms/etsy';
import { ETSY_MATCHES } from '@/lib/platforms/etsy-marketplaces';

export default defineContentScript({
  matches: ETSY_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runOverlay(ctx, etsy);
    startSidebarHost(ctx, etsy);
    startDraftWatch(ctx, etsy); // night watch asks it before reloading this tab
  },
});
