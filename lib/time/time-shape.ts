// Whether a page text has the shape of a message time, without reading it: what a content script needs to
// tell a date cell from a buyer's name or a subject. Luxon-free and cheap (regexes, and month names from
// a table of month names), so it can run on every row. A superset of what lib/time/parse-marketplace-time.ts
// reads for the same locale; the background parses for real, and text that looked like a time but does not
// parse is an 'unparsed-time' health problem, never "now". test/lib/time/time-shape.test.ts checks that
// every text the parser reads is recognised here and that names and subjects are not.
import type { ParseOptions } from './clock';
import { DAY_WORDS, JUST_NOW, RELATIVE_UNITS, type DayWords } from './time-words';

/** The same page shorthand the parser opts into ("3h", "Sep 4"). */
export type TimeShapeOptions = ParseOptions;

/** Words for today and yesterday in every language the parser reads, and the words between a date and a time. */
const DAYS: readonly DayWords[] = Object.values(DAY_WORDS);
const DAY_NAMES = DAYS.flatMap((words) => [...words.today, ...words.yesterday]);
const CONNECTORS = `(?:${[...new Set(DAYS.flatMap((words) => words.connectors))].join('|')}) `;
const NOW_WORDS = new Set(JUST_NOW);
const UNIT_WORDS = new Set(RELATIVE_UNITS.flatMap((unit) => unit.words));

const TIME = String.raw`\d{1,2}(?::\d{2}(?::\d{2})?|h\d{2})(?: ?[ap]\.? ?m\.?)?`;
const TIME_ALONE = new RegExp(`^${TIME}$`);
const AFTER_DATE = String.raw`(?:,? (?:${CONNECTORS})?${TIME})?`;
const CONNECTED_TIME = new RegExp(`^(?:${CONNECTORS})?${TIME}$`);
const ISO = /^\d{4}-\d{2}-\d{2}(?:t\S+)?$/;
const RELATIVE = /^(?:\d+|an?|one) ?([a-z]+)\.? ago$/;
const COMPACT = /^\d+ ?[smhd]$/;
const NUMERIC = new RegExp(String.raw`^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?${AFTER_DATE}$`);
const JAPANESE = new RegExp(String.raw`^\d{4}年\d{1,2}月\d{1,2}日${AFTER_DATE.replace(',? ', ',? ?')}$`);
/** "Sep 4, 2026", "4. Sept. 2026", "4 de septiembre de 2026", each with an optional time after. */
const WORD_DATE = new RegExp(String.raw`^(?:\d{1,2}\.? )?(?:de )?(\p{L}+)\.?(?: de)?(?: \d{1,2},?)? \d{4}${AFTER_DATE}$`, 'u');
const YEARLESS = [/^(\p{L}+)\.? \d{1,2}$/u, /^\d{1,2}\.? (\p{L}+)\.?$/u];

export function looksLikeTime(text: string, locale: string, options: TimeShapeOptions = {}): boolean {
  if (text.length > 48) return false; // no format is longer: sentences are never times
  const clean = text
    .replace(/[\u200B-\u200F\u2066-\u2069\uFEFF]/g, '')
    .replace(/[\s\u00A0\u202F]+/g, ' ')
    .trim()
    .toLowerCase();
  if (clean === '') return false;
  if (!/\d/.test(clean)) return NOW_WORDS.has(clean) || dayWord(clean) || relativeWords(clean);
  if (ISO.test(clean) || TIME_ALONE.test(clean) || JAPANESE.test(clean)) return true;
  if (options.compactRelative && COMPACT.test(clean)) return true;
  if (relativeWords(clean) || dayWord(clean)) return true;
  const numeric = NUMERIC.exec(clean);
  if (numeric) return [numeric[1], numeric[3]].some((part) => part?.length === 4);
  const word = WORD_DATE.exec(clean)?.[1];
  if (word !== undefined) return isMonthWord(word, locale);
  if (options.yearlessDates) {
    for (const pattern of YEARLESS) {
      const month = pattern.exec(clean)?.[1];
      if (month !== undefined && isMonthWord(month, locale)) return true;
    }
  }
  return false;
}

function relativeWords(clean: string): boolean {
  const unit = RELATIVE.exec(clean)?.[1];
  return unit !== undefined && UNIT_WORDS.has(unit);
}

/** "today", "yesterday, 22:42", "heute um 22:42". */
function dayWord(clean: string): boolean {
  const word = DAY_NAMES.find((w) => clean.startsWith(w));
  if (word === undefined) return false;
  const rest = clean.slice(word.length).replace(/^,? ?/, '');
  return rest === '' || CONNECTED_TIME.test(rest);
}

/**
 * Long month names, accents and dots dropped, in every language a marketplace page writes dates in. Data, not
 * Intl: building a date formatter costs the seller's page several milliseconds per locale on first use.
 */
const MONTHS: Readonly<Record<string, string>> = {
  en: 'january february march april may june july august september october november december',
  de: 'januar februar marz april mai juni juli august september oktober november dezember',
  fr: 'janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december',
  pt: 'janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro',
  sv: 'januari februari mars april maj juni juli augusti september oktober november december',
  pl: 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia wrzesnia pazdziernika listopada grudnia styczen luty marzec kwiecien maj czerwiec lipiec sierpien wrzesien pazdziernik listopad grudzien',
  tr: 'ocak subat mart nisan mayis haziran temmuz agustos eylul ekim kasim aralik',
};
const MONTH_WORDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(MONTHS).map(([language, names]) => [language, names.split(' ')]),
);

/** A month's long name or a beginning of it (three letters or more) in the page's language or English. */
function isMonthWord(word: string, locale: string): boolean {
  const wanted = fold(word);
  if (wanted.length < 3) return false;
  const language = locale.slice(0, 2).toLowerCase();
  return [MONTH_WORDS[language] ?? [], MONTH_WORDS.en!].some((names) => names.some((name) => name.startsWith(wanted)));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f.]/g, '').replace(/ł/g, 'l').toLowerCase();
}
