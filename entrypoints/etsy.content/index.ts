// Etsy: reads the message inbox and open conversations (single-page navigation between them) and reports
// them to the background; shows the sidebar beside an open conversation.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { startOverlay } from '@/lib/overlay/start-overlay';
import { etsy } from '@/lib/platforms/etsy';
import { ETSY_MATCHES } from '@/lib/platforms/etsy-marketplaces';

export default defineContentScript({
  matches: ETSY_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    startOverlay(ctx, etsy);
  },
});
