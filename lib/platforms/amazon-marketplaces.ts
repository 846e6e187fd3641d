// Amazon Seller Central hosts as data: which marketplace each serves, its zone and its date locale.
// Seller Central shows times in the marketplace's zone; a unified account's host (-europe, -japan) serves
// several marketplaces, and we take its home one until a thread tells us otherwise.
import type { MarketplaceInfo } from './adapter';

export const AMAZON_MARKETPLACES: Readonly<Record<string, MarketplaceInfo>> = {
  'sellercentral.amazon.com': { marketplace: 'US', zone: 'America/Los_Angeles', locale: 'en-US' },
  'sellercentral.amazon.ca': { marketplace: 'CA', zone: 'America/Los_Angeles', locale: 'en-CA' },
  'sellercentral.amazon.com.mx': { marketplace: 'MX', zone: 'America/Mexico_City', locale: 'es-MX' },
  'sellercentral.amazon.co.uk': { marketplace: 'UK', zone: 'Europe/London', locale: 'en-GB' },
  'sellercentral.amazon.de': { marketplace: 'DE', zone: 'Europe/Berlin', locale: 'de-DE' },
  'sellercentral.amazon.fr': { marketplace: 'FR', zone: 'Europe/Paris', locale: 'fr-FR' },
  'sellercentral.amazon.it': { marketplace: 'IT', zone: 'Europe/Rome', locale: 'it-IT' },
  'sellercentral.amazon.es': { marketplace: 'ES', zone: 'Europe/Madrid', locale: 'es-ES' },
  'sellercentral.amazon.co.jp': { marketplace: 'JP', zone: 'Asia/Tokyo', locale: 'ja-JP' },
  'sellercentral.amazon.com.au': { marketplace: 'AU', zone: 'Australia/Sydney', locale: 'en-AU' },
  // Unified European account: one host for UK, DE, FR, IT, ES; the UI language is the agent's choice.
  'sellercentral-europe.amazon.com': { marketplace: 'EU', zone: 'Europe/London', locale: 'en-GB' },
  'sellercentral-japan.amazon.com': { marketplace: 'JP', zone: 'Asia/Tokyo', locale: 'ja-JP' },
};

/**
 * Content-script match patterns. The whole host, not only /messaging/*: agents reach the inbox by
 * in-app navigation from the home page, and a script matched to /messaging/* would never be injected then.
 * The content script does nothing on pages the URL predicates do not recognise.
 */
export const AMAZON_MATCHES: string[] = Object.keys(AMAZON_MARKETPLACES).map((host) => `https://${host}/*`);
