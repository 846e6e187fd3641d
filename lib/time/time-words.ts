// The words pages write around times, per language: today and yesterday, what stands between a date and its
// time, "just now" and the units of "3 hours ago". Data, Luxon-free: the background's parser reads times with
// them (parse-marketplace-time.ts) and the content script tells time-shaped text by them (time-shape.ts).

export interface DayWords {
  /** Lower-case words for the current and the previous day in the marketplace zone. */
  today: readonly string[];
  yesterday: readonly string[];
  /** Words between a date (or "today") and its time, besides " " and ", ": "Sep 4, 2026 at 10:42 AM". */
  connectors: readonly string[];
}

export const DAY_WORDS = {
  en: { today: ['today'], yesterday: ['yesterday'], connectors: ['at'] },
  de: { today: ['heute'], yesterday: ['gestern'], connectors: ['um'] },
  fr: { today: ["aujourd'hui", 'aujourd’hui'], yesterday: ['hier'], connectors: ['à'] },
  it: { today: ['oggi'], yesterday: ['ieri'], connectors: ['alle'] },
  es: { today: ['hoy'], yesterday: ['ayer'], connectors: ['a las', 'a la'] },
  ja: { today: ['今日', '本日'], yesterday: ['昨日'], connectors: [] },
} as const satisfies Record<string, DayWords>;

/** Relative English text that means now. */
export const JUST_NOW: readonly string[] = ['just now', 'now', 'a moment ago', 'moments ago', 'a few seconds ago', 'seconds ago'];

/** The units of "3 hours ago" ("5m ago" on eBay and Etsy), each with its words. */
export const RELATIVE_UNITS: readonly { unit: 'second' | 'minute' | 'hour' | 'day'; words: readonly string[] }[] = [
  { unit: 'second', words: ['seconds', 'second', 'secs', 'sec', 's'] },
  { unit: 'minute', words: ['minutes', 'minute', 'mins', 'min', 'm'] },
  { unit: 'hour', words: ['hours', 'hour', 'hrs', 'hr', 'h'] },
  { unit: 'day', words: ['days', 'day', 'd'] },
];
