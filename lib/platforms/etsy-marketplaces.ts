// Etsy as data: which marketplace (code, zone, date locale) a www.etsy.com page belongs to, the messaging
// paths, and the content script's match patterns. Etsy serves every region from one host and localises by
// a first path segment (/uk/, /de/, /fr/, /ca/, /ca-fr/, /au/…); no segment is the US site.
// Codes and zones agree with the Etsy table in lib/sla/business-calendar.ts (US, UK, DE, FR, CA, AU).
import type { MarketplaceInfo } from './adapter';

export const ETSY_HOST = 'www.etsy.com';

/** No locale segment, or one we do not know: Etsy's home site (run from New York, see business-calendar.ts). */
export const ETSY_DEFAULT_MARKETPLACE: MarketplaceInfo = { marketplace: 'US', zone: 'America/New_York', locale: 'en-US' };

/**
 * Locale segment → marketplace. A Map, so a segment such as 'constructor' finds nothing.
 * Regions without their own calendar entry count as Etsy's home (US, New York) but keep their page
 * language, so their dates still read.
 */
export const ETSY_PATH_MARKETPLACES: ReadonlyMap<string, MarketplaceInfo> = new Map([
  ['uk', { marketplace: 'UK', zone: 'Europe/London', locale: 'en-GB' }],
  ['de', { marketplace: 'DE', zone: 'Europe/Berlin', locale: 'de-DE' }],
  ['fr', { marketplace: 'FR', zone: 'Europe/Paris', locale: 'fr-FR' }],
  ['ca', { marketplace: 'CA', zone: 'America/Toronto', locale: 'en-CA' }],
  ['ca-fr', { marketplace: 'CA', zone: 'America/Toronto', locale: 'fr-CA' }], // Canada in French
  ['au', { marketplace: 'AU', zone: 'Australia/Sydney', locale: 'en-AU' }],
  // No calendar of their own (see above): home marketplace, own language.
  ['ie', { ...ETSY_DEFAULT_MARKETPLACE, locale: 'en-IE' }],
  ['nz', { ...ETSY_DEFAULT_MARKETPLACE, locale: 'en-NZ' }],
  ['in-en', { ...ETSY_DEFAULT_MARKETPLACE, locale: 'en-IN' }],
  ['it', { ...ETSY_DEFAULT_MARKETPLACE, locale: 'it-IT' }],
  ['es', { ...ETSY_DEFAULT_MARKETPLACE, locale: 'es-ES' }],
  ['nl', { ...ETSY_DEFAULT_MARKETPLACE, locale: 'nl-NL' }],
]);

/** The shape of a locale segment ("de", "ca-fr", "in-en"); an unknown one is still a prefix, not a page. */
const LOCALE_SEGMENT = /^\/([a-z]{2}(?:-[a-z]{2})?)(?=\/|$)/;

/** A pathname split into its locale segment ('' for none) and the rest ("/messages/123"). */
export function splitLocalePath(pathname: string): { prefix: string; rest: string } {
  const m = LOCALE_SEGMENT.exec(pathname);
  if (!m?.[1]) return { prefix: '', rest: pathname };
  return { prefix: m[1], rest: pathname.slice(m[0].length) || '/' };
}

/** The marketplace of a www.etsy.com URL over https; null for any other host. */
export function etsyMarketplaceFor(url: URL): MarketplaceInfo | null {
  if (url.protocol !== 'https:' || url.hostname !== ETSY_HOST) return null;
  const { prefix } = splitLocalePath(url.pathname);
  return (prefix && ETSY_PATH_MARKETPLACES.get(prefix)) || ETSY_DEFAULT_MARKETPLACE;
}

/** Inbox folders Etsy names in the path (/messages/unread); anything else after /messages/ is not a list. */
export const ETSY_INBOX_FOLDERS: readonly string[] = ['all', 'inbox', 'unread', 'read', 'sent', 'starred', 'archived', 'archive', 'spam', 'trash'];

/** Paths (after the locale segment) of conversation lists: the messages app and the legacy conversations. */
export const ETSY_INBOX_PATHS: readonly RegExp[] = [
  new RegExp(`^/messages(?:/(?:${ETSY_INBOX_FOLDERS.join('|')}))?/?$`),
  new RegExp(`^/your/conversations(?:/(?:${ETSY_INBOX_FOLDERS.join('|')}))?/?$`), // legacy
];

/** Paths of one conversation; the capture is its numeric id. */
export const ETSY_THREAD_PATHS: readonly RegExp[] = [
  /^\/messages\/(\d+)\/?$/,
  /^\/your\/conversations\/(\d+)\/?$/, // legacy
];

/**
 * Content-script match patterns. Not the whole host (buyers' pages are none of ours), but more than the
 * messaging paths: inbox ↔ thread ↔ folder navigation is single-page (pushState), and Shop Manager and
 * the order pages (/your/…) are where agents open Messages from, possibly without a page load; a script
 * matched only to the messages paths would then never be injected. The patterns with a wildcard first
 * segment cover the locale segments (a match pattern cannot say "one segment"). The content script does
 * nothing where the URL predicates say no.
 */
export const ETSY_MATCHES: string[] = [
  `https://${ETSY_HOST}/messages*`,
  `https://${ETSY_HOST}/*/messages*`,
  `https://${ETSY_HOST}/your/*`,
  `https://${ETSY_HOST}/*/your/*`,
];
