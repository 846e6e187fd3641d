// eBay sites as data: which marketplace each domain serves, its zone and its date locale, and the
// content-script match patterns for their messaging pages. Zones are those lib/sla/business-calendar.ts
// counts eBay's business days in (ebay.com runs on Pacific "eBay time", ebay.ca on Toronto time).
import type { MarketplaceInfo } from './adapter';

export interface EbaySite extends MarketplaceInfo {
  /** The registrable domain: messaging lives on www.<domain> and, for the older pages, mesg.<domain>. */
  domain: string;
}

export const EBAY_SITES: readonly EbaySite[] = [
  { domain: 'ebay.com', marketplace: 'US', zone: 'America/Los_Angeles', locale: 'en-US' },
  { domain: 'ebay.co.uk', marketplace: 'UK', zone: 'Europe/London', locale: 'en-GB' },
  { domain: 'ebay.de', marketplace: 'DE', zone: 'Europe/Berlin', locale: 'de-DE' },
  { domain: 'ebay.fr', marketplace: 'FR', zone: 'Europe/Paris', locale: 'fr-FR' },
  { domain: 'ebay.it', marketplace: 'IT', zone: 'Europe/Rome', locale: 'it-IT' },
  { domain: 'ebay.es', marketplace: 'ES', zone: 'Europe/Madrid', locale: 'es-ES' },
  { domain: 'ebay.com.au', marketplace: 'AU', zone: 'Australia/Sydney', locale: 'en-AU' },
  { domain: 'ebay.ca', marketplace: 'CA', zone: 'America/Toronto', locale: 'en-CA' },
];

/** The hosts that show messages: the current page (www) and the older mesgweb pages (mesg). */
export const EBAY_HOST_PREFIXES = ['www', 'mesg'] as const;

/** host -> marketplace. A Map, so a host such as 'constructor' finds nothing instead of Object's own properties. */
export const EBAY_MARKETPLACES: ReadonlyMap<string, MarketplaceInfo> = new Map(
  EBAY_SITES.flatMap(({ domain, marketplace, zone, locale }) =>
    EBAY_HOST_PREFIXES.map((prefix) => [`${prefix}.${domain}`, { marketplace, zone, locale }] as const),
  ),
);

/**
 * Content-script match patterns, narrowed to messaging: every message page (list, thread, and the list's
 * in-page navigation between them) is under /cnt/ on www and under /mesgweb/ on mesg. Reaching messaging
 * from elsewhere on eBay (My eBay, Seller Hub) is a full page load, so the script is injected then too.
 */
export const EBAY_MATCHES: string[] = EBAY_SITES.flatMap(({ domain }) => [
  `https://www.${domain}/cnt/*`,
  `https://mesg.${domain}/mesgweb/*`,
]);
