// Every fixture page under test/fixtures/{amazon,ebay,etsy}/ with the URL it is read at and the clock its
// time tokens are rendered with: the same choices as test/lib/platforms/*.test.ts (and, for the fixtures
// only end-to-end tests use, those tests' URLs; for the variant fixtures only variants.test.ts reads, the page
// their header comment models). The reader fuzz runs over all of them; a new fixture
// without an entry here fails loudly, so it cannot be left out of the fuzz by accident.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FixtureClock } from '../fixtures/render-fixture';

export interface FixturePage {
  /** Relative to test/fixtures/, as loadFixture takes it: 'amazon/inbox-v3.html'. */
  fixture: string;
  url: string;
  clock: FixtureClock;
}

const AMAZON_NOW = Date.UTC(2026, 10, 22, 20, 0);
const EBAY_NOW = Date.UTC(2026, 10, 22, 20, 0);
const ETSY_NOW = Date.UTC(2026, 10, 22, 17, 0);

const clock = (now: number, zone: string, locale: string): FixtureClock => ({ now, zone, locale });
const AMAZON_US = clock(AMAZON_NOW, 'America/Los_Angeles', 'en-US');
const AMAZON_UK = clock(AMAZON_NOW, 'Europe/London', 'en-GB');
const AMAZON_DE = clock(AMAZON_NOW, 'Europe/Berlin', 'de-DE');
const EBAY_US = clock(EBAY_NOW, 'America/Los_Angeles', 'en-US');
const EBAY_UK = clock(EBAY_NOW, 'Europe/London', 'en-GB');
const EBAY_DE = clock(EBAY_NOW, 'Europe/Berlin', 'de-DE');
const EBAY_AU = clock(EBAY_NOW, 'Australia/Sydney', 'en-GB');
const ETSY_US = clock(ETSY_NOW, 'America/New_York', 'en-US');
const ETSY_UK = clock(ETSY_NOW, 'Europe/London', 'en-GB');
const ETSY_DE = clock(ETSY_NOW, 'Europe/Berlin', 'de-DE');

const PAGES: Record<string, Omit<FixturePage, 'fixture'>> = {
  'amazon/contact.html': {
    url: 'https://sellercentral.amazon.com/messaging/contact?orderID=111-2223334-4445556&marketplaceID=ATVPDKIKX0DER',
    clock: AMAZON_US,
  },
  'amazon/inbox-aria-rows.html': { url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=all', clock: AMAZON_US },
  'amazon/inbox-class-rows.html': { url: 'https://sellercentral.amazon.co.uk/messaging/inbox-v3?fi=all', clock: AMAZON_UK },
  'amazon/inbox-empty.html': { url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded', clock: AMAZON_US },
  'amazon/inbox-legacy-table.html': { url: 'https://sellercentral.amazon.de/messaging/inbox', clock: AMAZON_DE },
  'amazon/inbox-on-duty.html': { url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded', clock: AMAZON_US },
  'amazon/inbox-v3-redesigned.html': { url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=all', clock: AMAZON_US },
  'amazon/inbox-v3.html': { url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded', clock: AMAZON_US },
  'amazon/thread-atoz.html': { url: 'https://sellercentral.amazon.co.uk/messaging/thread/amzn1.thread.UK0001', clock: AMAZON_UK },
  'amazon/thread-de.html': { url: 'https://sellercentral.amazon.de/messaging/thread/amzn1.thread.DE0001', clock: AMAZON_DE },
  'amazon/thread-redesigned.html': {
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=all&t=amzn1.thread.RD0002',
    clock: AMAZON_US,
  },
  'amazon/thread-send-button.html': {
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&threadId=amzn1.thread.SB0001',
    clock: AMAZON_US,
  },
  'amazon/thread-v3.html': {
    url: 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&threadId=amzn1.thread.FX0001',
    clock: AMAZON_US,
  },
  'ebay/inbox-conversation-ids.html': { url: 'https://www.ebay.co.uk/cnt/ViewMessage?group_type=CORE', clock: EBAY_UK },
  'ebay/inbox-empty.html': { url: 'https://www.ebay.de/cnt/ViewMessage?group_type=CORE', clock: EBAY_DE },
  'ebay/inbox-legacy-table.html': { url: 'https://mesg.ebay.co.uk/mesgweb/ViewMessages/0', clock: EBAY_UK },
  'ebay/inbox-legacy-rows.html': { url: 'https://mesg.ebay.com/mesgweb/ViewMessages/0', clock: EBAY_US },
  'ebay/inbox-on-duty.html': { url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE', clock: EBAY_US },
  'ebay/inbox-redesigned.html': { url: 'https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE', clock: EBAY_AU },
  'ebay/inbox.html': { url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE', clock: EBAY_US },
  'ebay/thread-aria-log.html': {
    url: 'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&question_id=3112345699',
    clock: EBAY_DE,
  },
  'ebay/thread-redesigned.html': {
    url: 'https://www.ebay.com.au/cnt/ViewMessage?group_type=CORE&question_id=3107654324',
    clock: EBAY_AU,
  },
  'ebay/thread-return-request.html': {
    url: 'https://www.ebay.de/cnt/ViewMessage?group_type=CORE&reference_id=5098765432&other_user_id=rheinland_retro',
    clock: EBAY_DE,
  },
  'ebay/thread.html': { url: 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561', clock: EBAY_US },
  'etsy/inbox-data-rows.html': { url: 'https://www.etsy.com/uk/messages', clock: ETSY_UK },
  'etsy/inbox-empty.html': { url: 'https://www.etsy.com/messages', clock: ETSY_US },
  'etsy/inbox-redesigned.html': { url: 'https://www.etsy.com/de/messages', clock: ETSY_DE },
  'etsy/inbox.html': { url: 'https://www.etsy.com/messages?ref=hdr_user_menu-messages', clock: ETSY_US },
  'etsy/thread-context.html': { url: 'https://www.etsy.com/messages/1582034471?ref=convo_list', clock: ETSY_US },
  'etsy/thread-dom-only.html': { url: 'https://www.etsy.com/de/messages/1582034490', clock: ETSY_DE },
  'etsy/thread-message-ids.html': { url: 'https://www.etsy.com/messages/1582034620', clock: ETSY_US },
  'etsy/thread-redesigned.html': { url: 'https://www.etsy.com/uk/messages/1582034500', clock: ETSY_UK },
  'etsy/thread-send-button.html': { url: 'https://www.etsy.com/messages/1582034599', clock: ETSY_US },
  'etsy/thread-stale-context.html': { url: 'https://www.etsy.com/messages/1582034480', clock: ETSY_US },
};

const FIXTURES_DIR = path.join(import.meta.dirname, '..', 'fixtures');

/** Every platform fixture page, sorted (case N of a run reads page N mod the count), each with its URL and clock. */
export function fixturePages(): FixturePage[] {
  const found = ['amazon', 'ebay', 'etsy'].flatMap((platform) =>
    readdirSync(path.join(FIXTURES_DIR, platform))
      .filter((file) => file.endsWith('.html'))
      .map((file) => `${platform}/${file}`),
  );
  const missing = found.filter((fixture) => !PAGES[fixture]);
  if (missing.length > 0) {
    throw new Error(`fixture pages without a URL and clock in test/fuzz/fixture-pages.ts: ${missing.join(', ')}`);
  }
  return found.sort().map((fixture) => ({ fixture, ...PAGES[fixture]! }));
}
