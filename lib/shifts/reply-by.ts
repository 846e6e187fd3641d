// The time a holding reply ("we have your message and will answer by …") can honestly promise: when the team is
// next on duty plus a margin to read and answer, on a round time, within the platform's deadline when the team
// can still meet it; and that time written the way the buyer reads times, in the buyer's zone and language.
import { DateTime } from 'luxon';
import { MINUTE, nextOnDuty, type IsDayOff, type Shift } from './schedule';

export interface ReplyByInput {
  now: number;
  shifts: Shift[];
  isDayOff?: IsDayOff;
  platformDeadline: number | null;
  /** Time to read the queue and answer once someone is on duty; 60 minutes when absent. */
  marginMinutes?: number;
  buyerZone: string;
  buyerLocale: string;
}

export interface ReplyBy {
  at: number;
  text: string;
  /** The honest time was after the platform deadline, so the promise is the deadline (the team is on by then). */
  cappedByDeadline: boolean;
  /** Nobody is on duty before the platform deadline: the promise is honest but after the deadline. */
  deadlineMissed: boolean;
}

export const DEFAULT_MARGIN_MINUTES = 60;

/** Buyers read round times: promises land on :00 or :30 of the buyer's clock. */
const ROUND_TO = 30 * MINUTE;

/**
 * Luxon formats for the promised time, by locale and then by language: weekday and time, plus the zone
 * abbreviation (ZZZZ) where buyers of that locale are used to one (US, UK and Australian buyers live with
 * several zones or a summer/winter name). Elsewhere the time is simply in the buyer's own zone.
 */
export const REPLY_BY_FORMATS: Readonly<Record<string, string>> = {
  'en-US': 'cccc, h:mm a ZZZZ', // Monday, 10:00 AM EST
  'en-GB': 'cccc, HH:mm ZZZZ', // Monday, 10:00 GMT
  'en-AU': 'cccc, h:mm a ZZZZ', // Monday, 10:00 am AEDT
  en: 'cccc, h:mm a ZZZZ',
  de: "cccc, HH:mm 'Uhr'", // Montag, 10:00 Uhr
  fr: "cccc 'à' HH:mm", // lundi à 10:00
  es: 'cccc, HH:mm', // lunes, 10:00
  it: "cccc 'alle' HH:mm", // lunedì alle 10:00
  ja: 'cccc HH:mm', // 月曜日 10:00
};

/** For locales the table does not know: whatever Intl considers usual there. */
const FALLBACK_FORMAT: Intl.DateTimeFormatOptions = { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' };

/** Milliseconds since the last :00 or :30 on the wall clock of `zone` (zones can be :30 or :45 off UTC). */
function pastRoundTime(at: number, zone: string): number {
  const local = DateTime.fromMillis(at, { zone });
  return (local.minute % 30) * MINUTE + local.second * 1000 + local.millisecond;
}

export function roundUpToHalfHour(at: number, zone: string): number {
  const past = pastRoundTime(at, zone);
  return past === 0 ? at : at + ROUND_TO - past;
}

export function roundDownToHalfHour(at: number, zone: string): number {
  return at - pastRoundTime(at, zone);
}

function usableLocale(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? 'en-US';
  } catch {
    return 'en-US'; // a malformed tag: better an English promise than none
  }
}

/** The promised time as the buyer reads it, e.g. "Monday, 10:00 AM EST" or "Montag, 10:00 Uhr". */
export function formatReplyBy(at: number, buyerZone: string, buyerLocale: string): string {
  const locale = usableLocale(buyerLocale);
  const time = DateTime.fromMillis(at, { zone: buyerZone }).setLocale(locale);
  const language = locale.split('-')[0] ?? locale;
  const exact = Object.keys(REPLY_BY_FORMATS).find((key) => key.toLowerCase() === locale.toLowerCase());
  const format = REPLY_BY_FORMATS[exact ?? language];
  return format ? time.toFormat(format) : time.toLocaleString(FALLBACK_FORMAT);
}

/**
 * What the holding reply may promise; null when no shift runs in the look-ahead horizon (nothing honest to say).
 * The margin is counted from `now` when someone is on duty, otherwise from the next shift start.
 */
export function replyBy(input: ReplyByInput): ReplyBy | null {
  const { now, shifts, isDayOff, platformDeadline, buyerZone, buyerLocale } = input;
  const margin = (input.marginMinutes ?? DEFAULT_MARGIN_MINUTES) * MINUTE;
  const teamOn = nextOnDuty(shifts, now, isDayOff);
  if (teamOn === null) return null;
  const honest = roundUpToHalfHour(teamOn + margin, buyerZone);
  const promise = (at: number, cappedByDeadline: boolean, deadlineMissed: boolean): ReplyBy => ({
    at,
    text: formatReplyBy(at, buyerZone, buyerLocale),
    cappedByDeadline,
    deadlineMissed,
  });
  if (platformDeadline === null || honest <= platformDeadline) return promise(honest, false, false);
  if (teamOn <= platformDeadline) {
    // Still a round time when one fits between the team coming on and the deadline; else the deadline itself.
    const roundDeadline = roundDownToHalfHour(platformDeadline, buyerZone);
    return promise(roundDeadline >= teamOn ? roundDeadline : platformDeadline, true, false);
  }
  return promise(honest, false, true);
}
