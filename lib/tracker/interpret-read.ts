// The background's half of a page read: turns the raw strings a content script sent (lib/platforms/raw-read.ts)
// into snapshots with instants. Times are read in the marketplace's locale and zone as of the read; a time the
// page showed but that reads as no known format is an 'unparsed-time' problem and stays null, never "now".
// Thread messages are put oldest first here, since only parsed times can order them. Pure; never throws.
import type { MarketplaceTime, ReadResult, ThreadMessage, ThreadReadResult } from '../model';
import { parseMarketplaceTime, type MarketplaceClock, type ParseOptions } from '../time/parse-marketplace-time';
import type { MessageOrder, PlatformAdapter } from '../platforms/adapter';
import type { RawReadResult, RawThreadReadResult, RawTime } from '../platforms/raw-read';

export interface TimeReading {
  clock: MarketplaceClock;
  options?: ParseOptions;
  order: MessageOrder;
}

/** How a platform's pages are read: the marketplace's clock from the URL (UTC, English for a host it does not serve). */
export function timeReadingFor(
  site: { marketplaceFor(url: URL): MarketplaceClock | null; timeOptions?: ParseOptions; messageOrder: MessageOrder },
  url: URL,
): TimeReading {
  const market = site.marketplaceFor(url);
  return {
    clock: market ? { zone: market.zone, locale: market.locale } : { zone: 'UTC', locale: 'en-US' },
    options: site.timeOptions,
    order: site.messageOrder,
  };
}

/** A raw time as an instant, or null when it reads as no known format. */
export function readRawTime(raw: RawTime, clock: MarketplaceClock, now: number, options?: ParseOptions): MarketplaceTime | null {
  if (typeof raw.epochMs === 'number' && Number.isFinite(raw.epochMs) && raw.epochMs > 0) return { at: raw.epochMs, precision: 'exact' };
  return (
    (raw.datetime ? parseMarketplaceTime(raw.datetime, clock, now, options) : null) ??
    (typeof raw.text === 'string' ? parseMarketplaceTime(raw.text, clock, now, options) : null)
  );
}

export function interpretInbox(raw: RawReadResult, reading: TimeReading, now: number): ReadResult {
  const problems = [...raw.health.problems];
  const snapshots = raw.snapshots.map((snapshot) => {
    const lastMessageAt = snapshot.lastMessageAt ? readRawTime(snapshot.lastMessageAt, reading.clock, now, reading.options) : null;
    if (snapshot.lastMessageAt && !lastMessageAt) {
      problems.push({ code: 'unparsed-time', detail: `${snapshot.lastMessageAt.text} · ${snapshot.buyer}`.slice(0, 80) });
    }
    return { ...snapshot, lastMessageAt };
  });
  return { snapshots, health: { ...raw.health, problems } };
}

export function interpretThread(raw: RawThreadReadResult, reading: TimeReading, now: number): ThreadReadResult {
  if (!raw.thread) return { thread: null, health: raw.health };
  const problems = [...raw.health.problems];
  const messages: ThreadMessage[] = raw.thread.messages.map((message) => {
    const at = message.at ? readRawTime(message.at, reading.clock, now, reading.options) : null;
    if (message.at && !at) problems.push({ code: 'unparsed-time', detail: `${message.at.text} · ${message.text}`.slice(0, 80) });
    return { from: message.from, at, text: message.text };
  });
  return { thread: { ...raw.thread, messages: ordered(messages, reading.order) }, health: { ...raw.health, problems } };
}

function ordered(messages: ThreadMessage[], order: MessageOrder): ThreadMessage[] {
  const timed = messages.filter((message) => message.at !== null);
  const first = timed[0]?.at?.at;
  const last = timed[timed.length - 1]?.at?.at;
  switch (order) {
    case 'newest-first':
      return first !== undefined && last !== undefined && first < last ? messages : [...messages].reverse();
    case 'sort-if-all-timed':
      return timed.length === messages.length
        ? messages.map((m, i) => ({ m, i })).sort((a, b) => a.m.at!.at - b.m.at!.at || a.i - b.i).map(({ m }) => m)
        : messages;
    case 'sort-timed': {
      const list = first !== undefined && last !== undefined && first > last ? [...messages].reverse() : [...messages];
      // Timed messages sorted among their own places; untimed ones keep theirs (sort is stable).
      const slots = list.flatMap((message, index) => (message.at ? [index] : []));
      const sorted = slots.map((slot) => list[slot]!).sort((a, b) => compareTimes(a.at!, b.at!));
      slots.forEach((slot, index) => (list[slot] = sorted[index]!));
      return list;
    }
  }
}

/** A day-only time is the start of its day: it does not order against a timed message of the same day. */
function compareTimes(a: MarketplaceTime, b: MarketplaceTime): number {
  const coarse = a.precision === 'day' || b.precision === 'day';
  return coarse && Math.abs(a.at - b.at) < 24 * 3_600_000 ? 0 : a.at - b.at;
}

/** A page's list as the background ends up storing it: the content script's raw read, interpreted as of `now`. */
export function readInbox(adapter: PlatformAdapter, root: ParentNode, url: URL, now: number): ReadResult {
  return interpretInbox(adapter.readInboxRaw(root, url), timeReadingFor(adapter, url), now);
}

export function readThread(adapter: PlatformAdapter, root: ParentNode, url: URL, now: number): ThreadReadResult {
  return interpretThread(adapter.readThreadRaw(root, url), timeReadingFor(adapter, url), now);
}
