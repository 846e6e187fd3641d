// Every marketplace adapter, and the questions asked across all of them.
import type { PlatformAdapter } from './adapter';
import { amazon } from './amazon';
import { ebay } from './ebay';
import { etsy } from './etsy';

export const ADAPTERS: readonly PlatformAdapter[] = [amazon, ebay, etsy];

export function adapterFor(url: URL): PlatformAdapter | null {
  return ADAPTERS.find((adapter) => adapter.marketplaceFor(url) !== null) ?? null;
}

/** A URL read off a page is opened only if it is a seller-centre page we know (never javascript:, never elsewhere). */
export function isSellerPageUrl(url: string): boolean {
  try {
    return adapterFor(new URL(url)) !== null;
  } catch {
    return false;
  }
}
