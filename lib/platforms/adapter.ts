// The one interface every marketplace adapter implements (DESIGN.md section 3): match patterns, pure URL
// predicates and raw readers from a DOM root (content script: strings, no time parsing;
// lib/tracker/interpret-read.ts reads their times in the background), each reporting its own health and never throwing.
import type { Marketplace, Platform } from '../model';
import type { MarketplaceClock, ParseOptions } from '../time/clock';
import type { ListRows } from './engine';
import type { RawReadResult, RawThreadReadResult } from './raw-read';

/** How a platform's thread pages order their messages when the DOM order is not oldest first. */
export type MessageOrder =
  /** Oldest first whatever the DOM order: reversed if the page runs newest first, timed messages sorted among their places (Amazon). */
  | 'sort-timed'
  /** The page lists newest first unless its known times say otherwise (eBay). */
  | 'newest-first'
  /** DOM order, unless every time is known: then time decides (Etsy). */
  | 'sort-if-all-timed';

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
  /** Page-specific time shorthand the background reads this platform's times with. */
  timeOptions?: ParseOptions;
  /** How the thread pages order messages, for the background to put them oldest first. */
  messageOrder: MessageOrder;
  /** The conversation list's rows and how to read one: what the content script reads in chunks, row by row. */
  listRows(root: ParentNode, url: URL): ListRows;
  /** The conversation list under `root` as raw strings (the content script's read). Pure; never throws. */
  readInboxRaw(root: ParentNode, url: URL): RawReadResult;
  /** The open thread under `root` as raw strings (on a two-pane inbox, the right-hand pane). Pure; never throws. */
  readThreadRaw(root: ParentNode, url: URL): RawThreadReadResult;
  /**
   * The page's own reply editor: a textarea, a contenteditable element, or the textarea inside a web
   * component's open shadow root. Null when the page shows none.
   */
  replyBox(root: ParentNode): HTMLTextAreaElement | HTMLElement | null;
}
