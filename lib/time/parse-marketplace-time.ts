// Reads the time a seller-centre page shows for a buyer's message ("Sep 4, 2026 10:42 AM",
// "4. Sept. 2026", "Yesterday 22:42", "3 hours ago", a <time datetime> attribute) and returns
// an epoch-ms instant plus how precise the text was, so reply deadlines can be computed.
// Text is read in the MARKETPLACE's language and zone (MarketplaceClock), not the browser's:
// amazon.de shows German dates on Berlin time whatever machine the agent uses.
// Coarse text resolves to the EARLIEST moment it allows, so a deadline built on it errs early.
// Pure: no DOM, no Date.now() (`now` is an argument), never throws; unknown text gives null.
// Accepted formats are data (LOCALE_FORMATS): support a new page variant by adding a line.
// Calendar arithmetic goes through Luxon in the marketplace zone, so days stay right across DST.
// eBay's message list writes shorter forms ("3h", "Sep 4"); those are read only when asked (ParseOptions),
// since on other pages "Sep 4" is as likely a delivery estimate as a message time.

import { DateTime, Info } from 'luxon';
import type { MarketplaceTime, TimePrecision } from '../model';
import type { MarketplaceClock, ParseOptions } from './clock';
import { DAY_WORDS, JUST_NOW, RELATIVE_UNITS, type DayWords } from './time-words';

export type { MarketplaceClock, ParseOptions } from './clock';

interface LocaleFormats extends DayWords {
  /** Dates whose day/month order is unambiguous (month as a word, or year first). Also tried as an English fallback. */
  dates: readonly string[];
  /** All-digit dates whose day/month order only the locale settles ("9/4/2026"); tried for the clock's own locale only. */
  numericDates: readonly string[];
  /** Times of day. Combined with every date as `date + joiner + time`. */
  times: readonly string[];
}

const ENGLISH_TIMES = [
  'h:mm a', // amazon.com: "10:42 AM"
  'h:mm:ss a', // some detail views add seconds
  'H:mm', // 24-hour English pages (UK) or a US page with a 24-hour account setting
  'H:mm:ss',
] as const;

const TWENTY_FOUR_HOUR_TIMES = ['H:mm', 'H:mm:ss'] as const;

/**
 * Keyed by full locale first ('en-US'), then by language ('en'). Luxon matches month names with the
 * runtime's ICU spelling for the parse locale (case-insensitively, an abbreviation's dot optional).
 */
const LOCALE_FORMATS: Readonly<Record<string, LocaleFormats>> = {
  'en-US': {
    dates: [
      'MMM d, yyyy', // amazon.com message list: "Sep 4, 2026"
      'MMMM d, yyyy', // thread header, long form: "September 4, 2026"
      'd MMM yyyy', // day-first English with ICU's en-US "Sep" (en-GB writes "Sept", see 'en')
      'd MMMM yyyy', // "4 September 2026"
    ],
    numericDates: [
      'M/d/yyyy', // amazon.com order tables: "9/4/2026" (month first only in the US)
    ],
    times: ENGLISH_TIMES,
    ...DAY_WORDS.en,
  },
  'en-CA': {
    dates: [
      'MMM d, yyyy', // amazon.ca: "Sep 4, 2026"
      'MMMM d, yyyy', // long form: "September 4, 2026"
      'd MMM yyyy', // "4 Sep 2026"
      'd MMMM yyyy', // "4 September 2026"
    ],
    numericDates: [
      'yyyy-MM-dd', // ICU's en-CA short date: "2026-09-04". Slashed dates are ambiguous in Canada: not read.
    ],
    times: ENGLISH_TIMES, // ICU's en-CA writes "10:42 a.m."; Luxon reads it with the en-CA locale
    ...DAY_WORDS.en,
  },
  // Every other English locale writes day first: amazon.co.uk, .com.au, .ie, .in, .sg...
  en: {
    dates: [
      'd MMM yyyy', // amazon.co.uk / .com.au: "4 Sept 2026" (ICU's en-GB spelling; "4 Sep" falls back to en-US)
      'd MMMM yyyy', // long form: "4 September 2026"
    ],
    numericDates: [
      'd/M/yyyy', // "04/09/2026"
    ],
    times: [
      'H:mm', // amazon.co.uk: "22:42"
      'H:mm:ss',
      'h:mm a', // amazon.com.au: "10:42 pm"
      'h:mm:ss a',
    ],
    ...DAY_WORDS.en,
  },
  de: {
    dates: [
      'd. MMM yyyy', // amazon.de: "4. Sept. 2026" (the dot after "Sept" is part of ICU's abbreviation)
      'd. MMMM yyyy', // long form: "4. September 2026"
    ],
    numericDates: [
      'd.M.yyyy', // "04.09.2026" and ICU's short "4.9.2026"
      'd/M/yyyy', // Seller Central tables that use slashes in every language
    ],
    times: TWENTY_FOUR_HOUR_TIMES, // "22:42"
    ...DAY_WORDS.de,
  },
  fr: {
    dates: [
      'd MMM yyyy', // amazon.fr: "4 sept. 2026"
      'd MMMM yyyy', // long form: "4 septembre 2026"
    ],
    numericDates: [
      'd/M/yyyy', // "04/09/2026"
    ],
    times: [
      ...TWENTY_FOUR_HOUR_TIMES, // "22:42"
      "H'h'mm", // French typography: "22h42"
    ],
    ...DAY_WORDS.fr,
  },
  it: {
    dates: [
      'd MMM yyyy', // amazon.it: "4 set 2026"
      'd MMMM yyyy', // long form: "4 settembre 2026"
    ],
    numericDates: [
      'd/M/yyyy', // "04/09/2026"
    ],
    times: TWENTY_FOUR_HOUR_TIMES,
    ...DAY_WORDS.it,
  },
  es: {
    dates: [
      'd MMM yyyy', // amazon.es: "4 sept 2026"; amazon.com.mx (es-MX): "4 sep 2026"
      'd MMMM yyyy', // "4 septiembre 2026"
      "d 'de' MMMM 'de' yyyy", // long form: "4 de septiembre de 2026"
    ],
    numericDates: [
      'd/M/yyyy', // "04/09/2026" and ICU's short "4/9/2026"
    ],
    times: [
      ...TWENTY_FOUR_HOUR_TIMES, // amazon.es: "22:42"
      'h:mm a', // amazon.com.mx: "10:42 p.m."
      'h:mm:ss a',
    ],
    ...DAY_WORDS.es,
  },
  ja: {
    dates: [
      'yyyy/M/d', // amazon.co.jp: "2026/09/04" and ICU's "2026/9/4"
      'yyyy年M月d日', // long form: "2026年9月4日"
    ],
    numericDates: [],
    times: TWENTY_FOUR_HOUR_TIMES,
    ...DAY_WORDS.ja,
  },
};

/**
 * Tried after the clock's own locale, month-name formats only: an English page on a German domain
 * still reads, but "9/4/2026" is never guessed in a foreign order. en-GB last, for its "Sept".
 */
const ENGLISH_FALLBACKS = [
  { locale: 'en-US', key: 'en-US' },
  { locale: 'en-GB', key: 'en' },
] as const;

/** Between a date and its time; connectors are added per locale. Luxon literal syntax. */
const BASE_JOINERS = [' ', ', '] as const;

/** Relative English text. "now" is exact; units carry their own precision rule (see relative()). */
const RELATIVE = /^(\d+|an?|one) ?([a-z]+)\.? ago$/i;
/** eBay's list shorthand, one letter per unit and no "ago": "45m", "3h", "2d" (opt-in, see ParseOptions). */
const COMPACT_RELATIVE = /^(\d+) ?([smhd])$/i;

/** Yearless dates, month first ("Sep 4") or day first ("4 Sep", "4. Sep.", "4 sept."): opt-in. */
const YEARLESS_MONTH_FIRST = /^(\p{L}+)\.? (\d{1,2})$/u;
const YEARLESS_DAY_FIRST = /^(\d{1,2})\.? (\p{L}+)\.?$/u;
/** How far back to look for a yearless 29 February. */
const YEARLESS_MAX_YEARS_BACK = 8;

/** The page's clock and ours may disagree by a few minutes; beyond that a "future" time is misread. */
const SKEW_MS = 5 * 60_000;
const HOUR_MS = 3_600_000;

type FormatParser = ReturnType<typeof DateTime.buildFormatParser>;
interface Plan {
  locale: string;
  formats: LocaleFormats;
  numeric: boolean;
}
interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

export function parseMarketplaceTime(
  text: string,
  clock: MarketplaceClock,
  now: number,
  options: ParseOptions = {},
): MarketplaceTime | null {
  try {
    if (typeof text !== 'string' || !Number.isFinite(now)) return null;
    const clean = normalize(text);
    if (clean === '') return null;
    const plans = plansFor(clock.locale);
    // Readers ask about every cell and label; most are names or titles. Refuse those before any Luxon work.
    if (!mayBeTime(clean, plans)) return null;
    const key = `${clock.zone}\u0000${clock.locale}\u0000${now}\u0000${options.compactRelative ? 1 : 0}${options.yearlessDates ? 1 : 0}\u0000${clean}`;
    const memo = resultMemo.get(key);
    if (memo !== undefined) return memo && { at: memo.at, precision: memo.precision }; // a copy: callers own results
    const result = parseClean(clean, plans, clock.zone, now, options);
    if (resultMemo.size >= RESULT_MEMO_SIZE) resultMemo.delete(resultMemo.keys().next().value!);
    resultMemo.set(key, result);
    return result && { at: result.at, precision: result.precision };
  } catch {
    // Intl throws RangeError on a malformed locale tag; a content script must never see that.
    return null;
  }
}

/**
 * Results by (zone, locale, now, options, text). A read asks about the same text several times (a row's
 * time cell is its time and, to the noise filter, a cell), and `now` is fixed within one read, so this is in
 * effect a per-read memo; bounded, oldest entry out first.
 */
const RESULT_MEMO_SIZE = 2000;
const resultMemo = new Map<string, MarketplaceTime | null>();

function parseClean(
  clean: string,
  plans: readonly Plan[],
  zone: string,
  now: number,
  options: ParseOptions,
): MarketplaceTime | null {
  const today = startOfToday(now, zone);
  if (!today) return null; // unknown zone
  const result = read(clean, plans, zone, today, now, options);
  // A message cannot arrive after the page was read: such a result is a misread (wrong order, wrong year).
  if (!result || !Number.isFinite(result.at) || result.at > now + SKEW_MS) return null;
  return result;
}

/**
 * False only when no reader below could accept `text`: every format, ISO date, "3h" and bare time has a
 * digit, so text without one can only be "just now", "an hour ago" or a today/yesterday word.
 */
function mayBeTime(text: string, plans: readonly Plan[]): boolean {
  if (/\d/.test(text)) return true;
  const lower = text.toLowerCase();
  if (lower.endsWith(' ago') || JUST_NOW.includes(lower)) return true;
  return plans.some((plan) => plan.formats.today.some((w) => lower.startsWith(w)) || plan.formats.yesterday.some((w) => lower.startsWith(w)));
}

const todayCache = new Map<string, DateTime | null>();

/** Start of the marketplace day containing `now`; null for an unknown zone. One Intl round per (now, zone). */
function startOfToday(now: number, zone: string): DateTime | null {
  const key = `${now}|${zone}`;
  let today = todayCache.get(key);
  if (today === undefined) {
    const dt = DateTime.fromMillis(now, { zone }).startOf('day');
    today = dt.isValid ? dt : null;
    if (todayCache.size >= 32) todayCache.clear(); // a read uses one `now`; keep only recent ones
    todayCache.set(key, today);
  }
  return today;
}

function read(
  text: string,
  plans: readonly Plan[],
  zone: string,
  today: DateTime,
  now: number,
  options: ParseOptions,
): MarketplaceTime | null {
  return (
    iso(text, zone) ??
    relative(text, today, now) ??
    (options.compactRelative ? compactRelative(text, today, now) : null) ??
    todayOrYesterday(text, plans, today) ??
    absolute(text, plans, zone) ??
    (options.yearlessDates ? yearless(text, plans, today) : null) ??
    timeAlone(text, plans, today, now)
  );
}

/** Trim, collapse every kind of space (Intl puts U+202F before AM/PM, pages use U+00A0), drop bidi marks. */
function normalize(text: string): string {
  return text
    .replace(/[\u200B-\u200F\u2066-\u2069\uFEFF]/g, '') // zero-width and direction marks some pages wrap dates in
    .replace(/[\s\u00A0\u202F]+/g, ' ') // \s already covers both, listed for the reader
    .trim();
}

/** `<time datetime>` attributes: with an offset the instant is fixed; without one it is marketplace time. */
function iso(text: string, zone: string): MarketplaceTime | null {
  // Guard first: Luxon's fromISO also accepts "2026" or "2026-W36", which pages show for other things.
  const m = /^\d{4}-\d{2}-\d{2}(T.+?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(text);
  if (!m) return null;
  const dt = DateTime.fromISO(text, { zone });
  if (!dt.isValid) return null;
  if (m[2]) return { at: dt.toMillis(), precision: 'exact' }; // the offset fixes the instant, even in a repeated hour
  return m[1] ? { at: earliest(dt), precision: 'exact' } : day(dt);
}

function relative(text: string, today: DateTime, now: number): MarketplaceTime | null {
  const lower = text.toLowerCase();
  if (JUST_NOW.includes(lower)) return { at: now, precision: 'exact' };
  const m = RELATIVE.exec(lower);
  if (!m?.[1] || !m[2]) return null;
  return ago(/^\d+$/.test(m[1]) ? Number(m[1]) : 1, m[2], today, now);
}

/** "45m", "3h", "2d": the same meaning as "45m ago", "3h ago", "2d ago". */
function compactRelative(text: string, today: DateTime, now: number): MarketplaceTime | null {
  const m = COMPACT_RELATIVE.exec(text.toLowerCase());
  if (!m?.[1] || !m[2]) return null;
  return ago(Number(m[1]), m[2], today, now);
}

function ago(n: number, word: string, today: DateTime, now: number): MarketplaceTime | null {
  const unit = RELATIVE_UNITS.find((u) => u.words.includes(word))?.unit;
  switch (unit) {
    case 'second':
      return { at: now - n * 1000, precision: 'exact' };
    case 'minute':
      return { at: now - n * 60_000, precision: 'exact' };
    case 'hour':
      // "3 hours ago" covers 3h00m to 3h59m ago: the earliest is 4 hours ago.
      return { at: now - (n + 1) * HOUR_MS, precision: 'hour' };
    case 'day':
      // Calendar days in the marketplace zone, not 24-hour blocks: a DST day has 23 or 25 hours.
      return day(today.minus({ days: n }));
    default:
      return null;
  }
}

/** "Today 10:42 AM", "Yesterday, 22:42", "Heute um 22:42", or the bare word (whole day). */
function todayOrYesterday(text: string, plans: readonly Plan[], today: DateTime): MarketplaceTime | null {
  const lower = text.toLowerCase();
  for (const plan of plans) {
    for (const [words, daysBack] of [
      [plan.formats.today, 0],
      [plan.formats.yesterday, 1],
    ] as const) {
      const word = words.find((w) => lower.startsWith(w));
      if (word === undefined) continue;
      const base = today.minus({ days: daysBack });
      let rest = text.slice(word.length).replace(/^,? ?/, '');
      if (rest === '') return day(base);
      if (!/^[,\s]/.test(text.slice(word.length)) && /^\p{L}/u.test(rest)) continue; // "todayish"
      const connector = plan.formats.connectors.find((c) => rest.toLowerCase().startsWith(c + ' '));
      if (connector) rest = rest.slice(connector.length + 1);
      const time = timeOfDay(rest, plans);
      return time ? { at: atTimeOfDay(base, time), precision: 'exact' } : null;
    }
  }
  return null;
}

/** A written date, with or without a time of day, in the clock's locale and then in English. */
function absolute(text: string, plans: readonly Plan[], zone: string): MarketplaceTime | null {
  if (!/\d{4}/.test(text)) return null; // every date format has a 4-digit year: skip ~250 regexes for labels
  for (const plan of plans) {
    const subject = withLocaleMeridiem(text, plan.locale);
    const fits = new Map<string, boolean>(); // each part recurs in many formats: test it once
    const fitsOnce = (format: string, side: 'start' | 'end') => {
      let ok = fits.get(side + format);
      if (ok === undefined) fits.set(side + format, (ok = fitsPart(subject, format, plan.locale, side)));
      return ok;
    };
    for (const { format, precision, date, time } of formatsFor(plan)) {
      // A date + time format's regex is the date's, the joiner's and the time's in a row: unless the text starts
      // with what the date fits and ends with what the time fits it cannot match, so its parser is not even built.
      if (date !== undefined && time !== undefined && (!fitsOnce(date, 'start') || !fitsOnce(time, 'end'))) continue;
      const dt = fromFormat(subject, format, plan.locale, zone);
      if (!dt) continue;
      return precision === 'day' ? day(dt) : { at: earliest(dt), precision };
    }
  }
  return null;
}

/** "Sep 4", "4 Sep", "4. Sep.": that day this year, or last year if it is still ahead (or, for 29 February, earlier). */
function yearless(text: string, plans: readonly Plan[], today: DateTime): MarketplaceTime | null {
  const monthFirst = YEARLESS_MONTH_FIRST.exec(text);
  const dayFirst = monthFirst ? null : YEARLESS_DAY_FIRST.exec(text);
  const word = monthFirst?.[1] ?? dayFirst?.[2];
  const dayText = monthFirst?.[2] ?? dayFirst?.[1];
  if (word === undefined || dayText === undefined) return null;
  const month = monthNumber(word, plans);
  if (month === null) return null;
  for (let back = 0; back <= YEARLESS_MAX_YEARS_BACK; back++) {
    const candidate = DateTime.fromObject({ year: today.year - back, month, day: Number(dayText) }, { zone: today.zone });
    if (candidate.isValid && candidate.startOf('day') <= today) return day(candidate);
  }
  return null;
}

const monthNameCache = new Map<string, readonly string[]>();

/**
 * 1-12 for a month word in any plan's language: a full name, or a beginning of one at least three letters
 * long that fits no other month ("Sep", "Sept", "Mär", "févr", "juil"), so pages' own abbreviations read
 * even where they differ from ICU's ("Sep." on ebay.de, where ICU writes "Sept."). Accents are forgiven.
 */
function monthNumber(word: string, plans: readonly Plan[]): number | null {
  const wanted = fold(word);
  if (wanted.length < 3) return null;
  for (const plan of plans) {
    let names = monthNameCache.get(plan.locale);
    if (!names) {
      names = Info.months('long', { locale: plan.locale }).map(fold);
      monthNameCache.set(plan.locale, names);
    }
    const hits = names.flatMap((name, index) => (name.startsWith(wanted) ? [index + 1] : []));
    if (hits.length === 1 && hits[0] !== undefined) return hits[0];
  }
  return null;
}

/** Lower case without accents or dots, for comparing month words. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f.]/g, '').toLowerCase();
}

/** A bare time of day is today in the marketplace zone, unless that is still ahead: then it was yesterday. */
function timeAlone(text: string, plans: readonly Plan[], today: DateTime, now: number): MarketplaceTime | null {
  const time = /^\d/.test(text) ? timeOfDay(text, plans) : null;
  if (!time) return null;
  const at = atTimeOfDay(today, time);
  return { at: at > now + SKEW_MS ? atTimeOfDay(today.minus({ days: 1 }), time) : at, precision: 'exact' };
}

function timeOfDay(text: string, plans: readonly Plan[]): TimeOfDay | null {
  for (const plan of plans) {
    const subject = withLocaleMeridiem(text, plan.locale);
    for (const format of plan.formats.times) {
      // UTC, so a time inside tonight's DST gap is not shifted before we take its fields.
      const dt = fromFormat(subject, format, plan.locale, 'utc');
      if (dt) return { hour: dt.hour, minute: dt.minute, second: dt.second };
    }
  }
  return null;
}

function atTimeOfDay(dayStart: DateTime, time: TimeOfDay): number {
  return earliest(dayStart.set({ ...time, millisecond: 0 }));
}

/** When DST repeats an hour ("1:30 AM" twice on a November Sunday), take the first one. */
function earliest(dt: DateTime): number {
  return Math.min(...dt.getPossibleOffsets().map((d) => d.toMillis()), dt.toMillis());
}

function day(dt: DateTime): MarketplaceTime {
  return { at: dt.startOf('day').toMillis(), precision: 'day' };
}

const plansCache = new Map<string, readonly Plan[]>();

/** The plans for a locale tag, built once per tag (Intl.getCanonicalLocales is not free). Throws on a malformed tag. */
function plansFor(tag: string): readonly Plan[] {
  let plans = plansCache.get(tag);
  if (!plans) {
    plans = buildPlans(tag);
    plansCache.set(tag, plans);
  }
  return plans;
}

function buildPlans(tag: string): Plan[] {
  // Canonical case ('en-us' -> 'en-US'), or a lower-case US tag would fall through to day-first 'en'.
  const locale = Intl.getCanonicalLocales(tag)[0] ?? 'en-US';
  const plans: Plan[] = [];
  const own = LOCALE_FORMATS[locale] ?? LOCALE_FORMATS[locale.split('-')[0]?.toLowerCase() ?? ''];
  if (own) plans.push({ locale, formats: own, numeric: true });
  for (const fallback of ENGLISH_FALLBACKS) {
    const formats = LOCALE_FORMATS[fallback.key];
    if (!formats || (fallback.locale === locale && formats === own)) continue;
    plans.push({ locale: fallback.locale, formats, numeric: false });
  }
  return plans;
}

/** A format to try; a date + time format also names its date and time parts (see absolute()). */
interface FormatEntry {
  format: string;
  precision: TimePrecision;
  date?: string;
  time?: string;
}

const formatCache = new Map<string, readonly FormatEntry[]>();

/** Dates alone (day precision), then every date + joiner + time (exact). */
function formatsFor(plan: Plan): readonly FormatEntry[] {
  const key = `${plan.locale}|${plan.numeric}`;
  const cached = formatCache.get(key);
  if (cached) return cached;
  const f = plan.formats;
  const dates = plan.numeric ? [...f.dates, ...f.numericDates] : f.dates;
  const joiners = [...BASE_JOINERS, ...f.connectors.map((c) => ` '${c}' `)];
  const list = [
    ...dates.map((format) => ({ format, precision: 'day' as const })),
    ...dates.flatMap((d) =>
      joiners.flatMap((j) => f.times.map((time) => ({ format: d + j + time, precision: 'exact' as const, date: d, time }))),
    ),
  ];
  formatCache.set(key, list);
  return list;
}

const parserCache = new Map<string, FormatParser>();

/** Luxon compiles a format into a regex on every fromFormat call; compile each one once. */
function parser(format: string, locale: string): FormatParser {
  const key = `${locale}|${format}`;
  let p = parserCache.get(key);
  if (!p) {
    p = DateTime.buildFormatParser(format, { locale });
    parserCache.set(key, p);
  }
  return p;
}

/**
 * DateTime.fromFormatParser, but text that does not fit the format's anchored regex is refused before Luxon
 * resolves locale and zone for a DateTime that would be invalid anyway. The regex is the parser's own (a Luxon
 * internal, so when it is missing every text goes to Luxon as before).
 */
function fromFormat(subject: string, format: string, locale: string, zone: string): DateTime | null {
  const p = parser(format, locale);
  const regex = (p as unknown as { regex?: unknown }).regex;
  if (regex instanceof RegExp && !regex.global && !regex.sticky && !regex.test(subject)) return null;
  const dt = DateTime.fromFormatParser(subject, p, { zone, locale });
  return dt.isValid ? dt : null;
}

const partRegexCache = new Map<string, RegExp | null>();

/**
 * Whether `subject` starts (or ends) with text that `format` fits. Luxon builds a format's regex as
 * `^(unit)(unit)…$`, one group per token, and a date + joiner + time format's tokens are the three parts' tokens
 * in a row, so its regex is the parts' regexes in a row: the date's without its `$` must match a beginning of the
 * text, the time's without its `^` an end. True when the regex is not of that shape (nothing is skipped then).
 */
function fitsPart(subject: string, format: string, locale: string, side: 'start' | 'end'): boolean {
  const key = `${side}|${locale}|${format}`;
  let part = partRegexCache.get(key);
  if (part === undefined) {
    const regex = (parser(format, locale) as unknown as { regex?: unknown }).regex;
    const source = regex instanceof RegExp && regex.flags === 'i' ? regex.source : '';
    part =
      source.startsWith('^(') && source.endsWith(')$')
        ? new RegExp(side === 'start' ? source.slice(0, -1) : source.slice(1), 'i')
        : null;
    partRegexCache.set(key, part);
  }
  return part === null || part.test(subject);
}

const meridiemCache = new Map<string, readonly [string, string]>();

/**
 * Pages spell AM/PM as "PM", "pm", "p.m." or "p. m."; Luxon reads only its runtime ICU's spelling for
 * the parse locale (case and dots forgiven, but es-ES has a U+202F inside "p. m." that a plain space
 * does not match). So rewrite a trailing a/p marker into the locale's own spelling first.
 */
function withLocaleMeridiem(text: string, locale: string): string {
  const m = /(\d) ?([ap])\.? ?m\.?$/i.exec(text);
  if (!m?.[2]) return text;
  let pair = meridiemCache.get(locale);
  if (!pair) {
    const spell = (hour: number) => DateTime.fromObject({ hour }, { zone: 'utc', locale }).toFormat('a');
    pair = [spell(9), spell(21)];
    meridiemCache.set(locale, pair);
  }
  // Locales whose markers are not Latin a/p (ja: 午前/午後) keep the page's text for the English fallback.
  if (!/^a/i.test(pair[0]) || !/^p/i.test(pair[1])) return text;
  return `${text.slice(0, m.index)}${m[1]} ${m[2].toLowerCase() === 'a' ? pair[0] : pair[1]}`;
}
