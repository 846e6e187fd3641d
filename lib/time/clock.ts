// The clock a marketplace page shows times in, and the page-specific shorthand its times may use: types only,
// shared by the content scripts (which never parse times) and the background's parser.

export interface MarketplaceClock {
  /** IANA zone the marketplace shows times in, e.g. 'America/Los_Angeles'. */
  zone: string;
  /** BCP-47 locale the marketplace writes dates in, e.g. 'en-US', 'de-DE', 'ja-JP'. */
  locale: string;
}

/** Page-specific shorthand a caller opts into; off by default, so other pages read exactly as before. */
export interface ParseOptions {
  /** Relative times with no "ago" (eBay's message list): "45m", "3h", "2d". */
  compactRelative?: boolean;
  /**
   * Dates without a year ("Sep 4", "4 Sep", "4. Sep."): the most recent such day not after today in the
   * marketplace zone, at day precision. The month may be spelt in the clock's language or in English.
   */
  yearlessDates?: boolean;
}
