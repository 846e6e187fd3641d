// The one interface every marketplace adapter implements (DESIGN.md section 3): match patterns, pure URL
// predicates, and pure readers from a DOM root to snapshots that report their own health and never throw.
import type { Marketplace, Platform, ReadResult, ThreadReadResult } from '../model';
import type { MarketplaceClock } from '../time/parse-marketplace-time';

export interface MarketplaceInfo extends MarketplaceClock {
  marketplace: Marketplace;
}

export interface PlatformAdapter {
  platform: Platform;
  /** Manifest match patterns, every regional host listed (match patterns cannot wildcard a TLD). */
  matches: string[];
  /** The marketplace a page URL belongs to (code, zone, locale), or null for a host this adapter does not serve. */
  marketplaceFor(url: URL): MarketplaceInfo | null;
  /** A conversation list page. */
  isInbox(url: URL): boolean;
  /** One open conversation (or a compose page for one order). */
  isThread(url: URL): boolean;
  /** Reads the conversation list under `root`. Pure; `now` resolves relative and time-only dates. */
  readInbox(root: ParentNode, url: URL, now: number): ReadResult;
  /** Reads the open thread under `root` (on a two-pane inbox, the right-hand pane). Pure; never throws. */
  readThread(root: ParentNode, url: URL, now: number): ThreadReadResult;
  /**
   * The page's own reply editor: a textarea, a contenteditable element, or the textarea inside a web
   * component's open shadow root. Null when the page shows none.
   */
  replyBox(root: ParentNode): HTMLTextAreaElement | HTMLElement | null;
}
