// The buyer markets the auto-reply text can be written for, per platform: each marketplace's zone and
// language as its adapter table has them (one entry per marketplace and language).
import type { Platform } from '../../../lib/model';
import type { MarketplaceInfo } from '../../../lib/platforms/adapter';
import { AMAZON_MARKETPLACES } from '../../../lib/platforms/amazon-marketplaces';
import { EBAY_SITES } from '../../../lib/platforms/ebay-marketplaces';
import { ETSY_DEFAULT_MARKETPLACE, ETSY_PATH_MARKETPLACES } from '../../../lib/platforms/etsy-marketplaces';

function distinct(markets: readonly MarketplaceInfo[]): MarketplaceInfo[] {
  const seen = new Map<string, MarketplaceInfo>();
  for (const market of markets) {
    const key = `${market.marketplace}|${market.locale}`;
    if (!seen.has(key)) seen.set(key, { marketplace: market.marketplace, zone: market.zone, locale: market.locale });
  }
  return [...seen.values()];
}

export const BUYER_MARKETS: Record<Platform, MarketplaceInfo[]> = {
  ebay: distinct(EBAY_SITES),
  etsy: distinct([ETSY_DEFAULT_MARKETPLACE, ...ETSY_PATH_MARKETPLACES.values()]),
  amazon: distinct(Object.values(AMAZON_MARKETPLACES)),
};
