// Business-day calendars for reply deadlines: which marketplace country and zone a platform's marketplace code
// means, which days are working days there (Mon–Fri minus public holidays and custom days off), and how to
// count business days from an instant in that zone.
//
// Zones: Luxon's IANAZone (Intl-backed) gives every offset; `TableZone` caches them as a transition table,
// because an Intl offset lookup costs ~13 µs and a deadline needs several (the benchmark wants >100k/s).
// Wall time → instant is resolved here, not with DateTime.fromObject: Luxon resolves a skipped or repeated
// wall time using the offset at Date.now(), which would make deadlines depend on when they were computed.
import Holidays from 'date-holidays';
import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import type { Platform } from '../model';
import { AMAZON_MARKETPLACES } from '../platforms/amazon-marketplaces';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

// ---------------------------------------------------------------------------------------------------------
// Marketplaces

export interface MarketplaceCalendarInfo {
  /** ISO 3166 alpha-2, 'GB' for the UK. */
  country: string;
  /** IANA zone. */
  zone: string;
}

// Marketplace codes that are not their country's ISO code.
const COUNTRY_OF_CODE: ReadonlyMap<string, string> = new Map([
  ['UK', 'GB'],
  ['EU', 'GB'],
]);

// Amazon: the zones Seller Central shows (first host listed for a code wins), from the adapter's own table.
const AMAZON_ZONES = new Map<string, string>();
for (const info of Object.values(AMAZON_MARKETPLACES)) {
  if (!AMAZON_ZONES.has(info.marketplace)) AMAZON_ZONES.set(info.marketplace, info.zone);
}

// Maps, not object literals, so a code such as 'constructor' finds nothing instead of Object's own properties.
const MARKETPLACE_ZONES: ReadonlyMap<Platform, ReadonlyMap<string, string>> = new Map([
  ['amazon', AMAZON_ZONES],
  // eBay counts business days on each site's own calendar; ebay.com runs on Pacific time ("eBay time").
  [
    'ebay',
    new Map([
      ['US', 'America/Los_Angeles'],
      ['UK', 'Europe/London'],
      ['DE', 'Europe/Berlin'],
      ['FR', 'Europe/Paris'],
      ['IT', 'Europe/Rome'],
      ['ES', 'Europe/Madrid'],
      ['AU', 'Australia/Sydney'],
      ['CA', 'America/Toronto'],
    ]),
  ],
  // Etsy's rules are elapsed hours, so the zone only places day-precision dates; Etsy is run from New York.
  [
    'etsy',
    new Map([
      ['US', 'America/New_York'],
      ['UK', 'Europe/London'],
      ['DE', 'Europe/Berlin'],
      ['FR', 'Europe/Paris'],
      ['CA', 'America/Toronto'],
      ['AU', 'Australia/Sydney'],
    ]),
  ],
] as const);

/** Country and zone for a platform's marketplace code, or null for a code we do not know (no guessing). */
export function marketplaceCalendarInfo(platform: Platform, marketplace: string): MarketplaceCalendarInfo | null {
  const zone = MARKETPLACE_ZONES.get(platform)?.get(marketplace);
  if (zone === undefined) return null;
  return { country: COUNTRY_OF_CODE.get(marketplace) ?? marketplace, zone };
}

// ---------------------------------------------------------------------------------------------------------
// Zones

/** A Luxon Zone whose offsets come from a lazily built transition table (exact to the millisecond). */
class TableZone extends Zone {
  readonly #iana: IANAZone;
  readonly #chunks = new Map<number, { starts: number[]; offsets: number[] }>();

  constructor(iana: IANAZone) {
    super();
    this.#iana = iana;
  }

  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.#iana.name;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): boolean {
    return true;
  }
  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.#iana.offsetName(ts, options) ?? '';
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#iana.formatOffset(ts, format);
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }

  /** Offset from UTC in minutes at instant `ts`. */
  override offset(ts: number): number {
    const index = Math.floor(ts / CHUNK_MS);
    let chunk = this.#chunks.get(index);
    if (!chunk) {
      chunk = buildChunk(this.#iana, index);
      this.#chunks.set(index, chunk);
    }
    const { starts, offsets } = chunk;
    let i = starts.length - 1;
    while (i > 0 && (starts[i] as number) > ts) i--;
    return offsets[i] as number;
  }
}

// A table covers 2^35 ms (~398 days). Sampling every 12 h finds every change (no zone changes twice within
// 12 hours); a binary search then pins each one to the millisecond.
const CHUNK_MS = 2 ** 35;
const SAMPLE_MS = 12 * 3600_000;

function buildChunk(iana: IANAZone, index: number): { starts: number[]; offsets: number[] } {
  const from = index * CHUNK_MS;
  const to = from + CHUNK_MS;
  const starts = [from];
  const offsets = [iana.offset(from)];
  let prevAt = from;
  let prevOffset = offsets[0] as number;
  while (prevAt < to) {
    const at = Math.min(prevAt + SAMPLE_MS, to);
    const offset = iana.offset(at);
    if (offset !== prevOffset) {
      let lo = prevAt;
      let hi = at;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (iana.offset(mid) === prevOffset) lo = mid;
        else hi = mid;
      }
      if (hi < to) {
        starts.push(hi);
        offsets.push(offset);
      }
    }
    prevAt = at;
    prevOffset = offset;
  }
  return { starts, offsets };
}

const zones = new Map<string, TableZone>();

function tableZone(name: string): TableZone {
  let zone = zones.get(name);
  if (!zone) {
    const iana = IANAZone.create(name);
    if (!iana.isValid) throw new RangeError(`Unknown time zone '${name}'`);
    zone = new TableZone(iana);
    zones.set(name, zone);
  }
  return zone;
}

/** The wall clock at `ts` read as if it were UTC (so day and time of day are plain arithmetic on it). */
function wallOf(zone: TableZone, ts: number): number {
  return ts + zone.offset(ts) * MINUTE_MS;
}

/**
 * The first instant whose wall clock shows `wall` (a wall time read as UTC). When the clock shows it twice
 * (autumn change) that is the first time; when it never does (spring change) it is the moment the clock
 * jumps past it. Both choices keep later wall times at later instants.
 */
function instantAtWall(zone: TableZone, wall: number): number {
  // A zone changes offset at most once within two days, so the offsets a day either side are the candidates.
  const before = zone.offset(wall - DAY_MS);
  const after = zone.offset(wall + DAY_MS);
  const a = wall - before * MINUTE_MS;
  const b = wall - after * MINUTE_MS;
  const aOk = zone.offset(a) === before;
  const bOk = zone.offset(b) === after;
  if (aOk && bOk) return Math.min(a, b);
  if (aOk) return a;
  if (bOk) return b;
  // Skipped wall time: the transition lies in (b, a]; find it.
  let lo = Math.min(a, b);
  let hi = Math.max(a, b);
  const loOffset = zone.offset(lo);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (zone.offset(mid) === loOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * The time of day (ms since local midnight) that a business-day count keeps: the wall clock's, except in the
 * second pass through the repeated hour of an autumn change, which is read as the end of that hour (02:00 for
 * 01:xx in New York). That way a later message never gets an earlier deadline.
 */
function timeOfDay(zone: TableZone, ts: number, wall: number, day: number): number {
  const ms = wall - day * DAY_MS;
  const earlier = ts - 3 * 3600_000;
  const earlierOffset = zone.offset(earlier);
  const offset = (wall - ts) / MINUTE_MS;
  if (earlierOffset <= offset) return ms; // no autumn change within the last three hours
  const twin = ts - (earlierOffset - offset) * MINUTE_MS; // the instant that showed this wall time before
  if (zone.offset(twin) !== earlierOffset) return ms; // the change was longer ago: this wall time is new
  // Second pass through the repeated hour: read it as the end of that hour (the wall time the change set back).
  let lo = twin;
  let hi = ts;
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (zone.offset(mid) === earlierOffset) lo = mid;
    else hi = mid;
  }
  const endOfRepeat = hi + earlierOffset * MINUTE_MS;
  return Math.floor(endOfRepeat / DAY_MS) === day ? endOfRepeat - day * DAY_MS : DAY_MS - 1;
}

// ---------------------------------------------------------------------------------------------------------
// Holidays

// date-holidays: maintained, covers every marketplace country (incl. substitute days and China's lunar calendar).
const holidayLibraries = new Map<string, Holidays>();
const holidaysByYear = new Map<string, ReadonlyMap<number, string>>();

// Public holidays that date-holidays lists but that only one group gets off (its `note` names the group, but
// notes are also used for other things, so the rules are listed here). Half-day holidays (a start time other
// than midnight, such as CN Women's Day afternoon) are skipped generally: the day is still a working day.
const GROUP_ONLY_RULES: ReadonlyMap<string, readonly string[]> = new Map([
  ['CN', ['06-01']], // Children's Day: children under 14
]);

/** Public holidays of `country` in `year`, by epoch day (days since 1970-01-01), cached per country and year. */
function publicHolidays(country: string, year: number): ReadonlyMap<number, string> {
  const key = `${country}:${year}`;
  let days = holidaysByYear.get(key);
  if (days) return days;
  let lib = holidayLibraries.get(country);
  if (lib === undefined) {
    // Constructing a Holidays object is slow (the country's rules are compiled), so one per country.
    // A country it does not know simply has no holidays.
    lib = new Holidays(country, { types: ['public'], languages: ['en'] });
    holidayLibraries.set(country, lib);
  }
  const map = new Map<number, string>();
  const skip = GROUP_ONLY_RULES.get(country) ?? [];
  for (const h of lib.getHolidays(year, 'en')) {
    if (h.type !== 'public' || skip.includes(h.rule) || h.date.slice(11, 19) !== '00:00:00') continue;
    const first = epochDayOfIso(h.date.slice(0, 10));
    if (first === null) continue;
    const length = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let d = first; d < first + length; d++) if (!map.has(d)) map.set(d, h.name);
  }
  days = map;
  holidaysByYear.set(key, days);
  return days;
}

function epochDayOfIso(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

function isoOfEpochDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function yearOfEpochDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOfEpochDay(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

// ---------------------------------------------------------------------------------------------------------
// Calendars

export interface BusinessCalendar {
  zone: string;
  /** True for Mon–Fri that is not a public holiday nor a custom day off, judged on the calendar date in `zone`. */
  isBusinessDay(isoDate: string): boolean;
  /** Public holidays + custom days off between two instants, as { date: 'YYYY-MM-DD', name } in the calendar's zone. */
  holidaysBetween(from: number, to: number): { date: string; name: string }[];
}

const CUSTOM_DAY_OFF_NAME = 'Day off';

class MarketplaceCalendar implements BusinessCalendar {
  readonly zone: string;
  readonly tz: TableZone;
  readonly #country: string;
  readonly #custom: ReadonlySet<number>;
  readonly #business = new Map<number, boolean>();

  constructor(country: string, zone: string, customDaysOff: readonly string[]) {
    this.zone = zone;
    this.tz = tableZone(zone);
    this.#country = country;
    const custom = new Set<number>();
    for (const iso of customDaysOff) {
      const day = epochDayOfIso(iso);
      if (day === null) throw new RangeError(`Custom day off '${iso}' is not a date 'YYYY-MM-DD'`);
      custom.add(day);
    }
    this.#custom = custom;
  }

  isBusinessDay(isoDate: string): boolean {
    const day = epochDayOfIso(isoDate);
    if (day === null) throw new RangeError(`'${isoDate}' is not a date 'YYYY-MM-DD'`);
    return this.isBusinessEpochDay(day);
  }

  isBusinessEpochDay(day: number): boolean {
    let business = this.#business.get(day);
    if (business === undefined) {
      const weekday = weekdayOfEpochDay(day);
      business =
        weekday !== 0 &&
        weekday !== 6 &&
        !this.#custom.has(day) &&
        !publicHolidays(this.#country, yearOfEpochDay(day)).has(day);
      this.#business.set(day, business);
    }
    return business;
  }

  holidaysBetween(from: number, to: number): { date: string; name: string }[] {
    if (!(to >= from)) return [];
    const first = Math.floor(wallOf(this.tz, from) / DAY_MS);
    const last = Math.floor(wallOf(this.tz, to) / DAY_MS);
    const found = new Map<number, string>();
    for (let year = yearOfEpochDay(first); year <= yearOfEpochDay(last); year++) {
      for (const [day, name] of publicHolidays(this.#country, year)) {
        if (day >= first && day <= last) found.set(day, name);
      }
    }
    for (const day of this.#custom) {
      if (day >= first && day <= last && !found.has(day)) found.set(day, CUSTOM_DAY_OFF_NAME);
    }
    return [...found]
      .sort(([a], [b]) => a - b)
      .map(([day, name]) => ({ date: isoOfEpochDay(day), name }));
  }
}

const calendars = new Map<string, MarketplaceCalendar>();

/**
 * Cached per (country, zone, customDaysOff). Public holidays only (date-holidays type 'public', substitute days
 * included). China: date-holidays has no make-up working days (调休) as data, only as free-text notes on a few
 * 2021 entries, so Saturdays and Sundays are always days off and the bridge days of the long holidays are
 * working days; add those to customDaysOff if the team takes them. Group-only and half-day holidays are not days off.
 */
export function calendarFor(country: string, zone: string, customDaysOff: readonly string[] = []): BusinessCalendar {
  const key = `${country}|${zone}|${customDaysOff.join(',')}`;
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = new MarketplaceCalendar(country, zone, customDaysOff);
    calendars.set(key, calendar);
  }
  return calendar;
}

// Far more than any calendar needs (custom days off are capped at 366 a country); only a hand-made calendar
// with no working days at all can reach it.
const MAX_DAYS_SCANNED = 3700;

/**
 * `start` advanced by `days` business days in the calendar's zone. A start on a non-business day counts from the
 * start (00:00) of the next business day. The result keeps the start's wall-clock time of day and never lands on a
 * non-business day. (Wall times a spring change skips become the moment the clock jumps; see instantAtWall.)
 */
export function addBusinessDays(start: number, days: number, calendar: BusinessCalendar): number {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`days must be a whole number >= 0, got ${days}`);
  const own = calendar instanceof MarketplaceCalendar ? calendar : null;
  const tz = own ? own.tz : tableZone(calendar.zone);
  const isBusiness = own
    ? (day: number) => own.isBusinessEpochDay(day)
    : (day: number) => calendar.isBusinessDay(isoOfEpochDay(day));

  const wall = wallOf(tz, start);
  let day = Math.floor(wall / DAY_MS);
  let ms: number;
  if (isBusiness(day)) {
    if (days === 0) return start;
    ms = timeOfDay(tz, start, wall, day);
  } else {
    day = nextBusinessDay(day, isBusiness);
    ms = 0;
  }
  for (let n = 0; n < days; n++) day = nextBusinessDay(day + 1, isBusiness);
  return instantAtWall(tz, day * DAY_MS + ms);
}

function nextBusinessDay(from: number, isBusiness: (day: number) => boolean): number {
  for (let day = from; day < from + MAX_DAYS_SCANNED; day++) if (isBusiness(day)) return day;
  throw new Error(`No business day within ${MAX_DAYS_SCANNED} days of ${isoOfEpochDay(from)}`);
}

