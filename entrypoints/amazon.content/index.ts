// Amazon Seller Central: reads the buyer-message inbox and reports it to the background; shows the sidebar.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startDraftWatch } from '@/lib/overlay/draft-watch';
import { runOverlay } from '@/lib/overlay/run-overlay';
import { startSidebarHost } from '@/lib/overlay/sidebar-host';
import { amazon } from '@/lib/platforms/amazon';
import { AMAZON_MATCHES } from '@/lib/platforms/amazon-marketplaces';

export default defineContentScript({
  matches: AMAZON_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runOverlay(ctx, amazon);
    startSidebarHost(ctx, amazon);
    startDraftWatch(ctx, amazon); // night watch asks it before reloading this tab
  },
});
