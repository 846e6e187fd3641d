// Sample addresses of each kind of seller page, per platform: the data the URL predicates (isInbox, isThread)
// are proven against by test/lib/platforms/url-predicates.test.ts — each sample is what its kind says and
// nothing else, for its own platform and for every other one. Kept apart from the adapters so the content
// scripts do not carry them.
import type { Platform } from '../model';

export interface UrlSamples {
  /** Conversation lists. */
  inbox: readonly string[];
  /** One open conversation. */
  thread: readonly string[];
  /** A two-pane list with a conversation open: both. */
  both: readonly string[];
  /** Pages of the same site that are neither (and look-alikes this platform must not claim). */
  neither: readonly string[];
}

export const URL_SAMPLES: Readonly<Record<Platform, UrlSamples>> = {
  amazon: {
    inbox: [
      'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded',
      'https://sellercentral.amazon.de/messaging/inbox',
      'https://sellercentral-europe.amazon.com/messaging/inbox-v3/',
    ],
    thread: [
      'https://sellercentral.amazon.com/messaging/thread/amzn1.thread.FX0001',
      'https://sellercentral.amazon.co.uk/messaging/contact?orderID=202-1234567-1234567',
    ],
    both: ['https://sellercentral.amazon.com/messaging/inbox-v3?fi=all&threadId=amzn1.thread.FX0001'],
    neither: [
      'https://sellercentral.amazon.com/home',
      'https://sellercentral.amazon.com/messaging/contact',
      'https://sellercentral.amazon.com/orders-v3/order/111-2223334-4445556',
      'http://sellercentral.amazon.com/messaging/inbox-v3',
      'https://www.amazon.com/messaging/inbox-v3',
    ],
  },
  ebay: {
    inbox: ['https://www.ebay.com/cnt/ViewMessage?group_type=CORE', 'https://mesg.ebay.de/mesgweb/ViewMessages/0'],
    thread: [
      'https://www.ebay.co.uk/cnt/ViewMessage?group_type=CORE&question_id=2901234561',
      'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&reference_id=5091234567&other_user_id=dune-rider_77',
    ],
    both: [],
    neither: [
      'https://www.ebay.com/itm/123456789012',
      'https://www.ebay.com/sh/ord',
      'https://www.ebay.example/cnt/ViewMessage?group_type=CORE',
    ],
  },
  etsy: {
    inbox: ['https://www.etsy.com/messages', 'https://www.etsy.com/de/messages', 'https://www.etsy.com/your/conversations'],
    thread: ['https://www.etsy.com/messages/1582034471', 'https://www.etsy.com/uk/messages/1582034471?ref=convo_list'],
    both: [],
    neither: ['https://www.etsy.com/your/shops/me/dashboard', 'https://www.etsy.com/listing/123/lamp', 'https://etsy.com/messages'],
  },
};
