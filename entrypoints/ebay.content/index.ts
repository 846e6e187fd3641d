// eBay: reads the message inbox and open conversations, reports them to the background, and shows the sidebar.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '@/lib/overlay/start-overlay';
import { ebay } from '@/lib/platforms/ebay';
import { EBAY_MATCHES } from '@/lib/platforms/ebay-marketplaces';

export default defineContentScript({
  matches: EBAY_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startOverlay(ctx, ebay);
  },
});
