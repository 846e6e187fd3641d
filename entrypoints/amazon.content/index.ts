// Amazon Seller Central: reads the buyer-message inbox and reports it to the background; shows the sidebar.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '@/lib/overlay/start-overlay';
import { amazon } from '@/lib/platforms/amazon';
import { AMAZON_MATCHES } from '@/lib/platforms/amazon-marketplaces';

export default defineContentScript({
  matches: AMAZON_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startOverlay(ctx, amazon);
  },
});
