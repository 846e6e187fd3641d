// Amazon Seller Central: reads the buyer-message inbox and reports it to the background.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { runOverlay } from '@/lib/overlay/run-overlay';
import { amazon } from '@/lib/platforms/amazon';
import { AMAZON_MATCHES } from '@/lib/platforms/amazon-marketplaces';

export default defineContentScript({
  matches: AMAZON_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    runOverlay(ctx, amazon);
  },
});
