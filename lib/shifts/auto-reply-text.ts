// The out-of-hours text to paste into a platform's own auto-reply or vacation settings: when the team answers,
// in the buyer's zone and language, and the team holidays ahead with when replies resume. Only promises the
// schedule can keep: hours come from the shifts, closures from the team's days off, resume times include the
// margin to read the queue. Pure; `now` is an argument.
import { DateTime, Info } from 'luxon';
import type { TeamHoliday } from './coverage';
import { DEFAULT_MARGIN_MINUTES, roundUpToHalfHour } from './reply-by';
import {
  DAY,
  MINUTE,
  addDays,
  isoDateIn,
  isoWeekday,
  mergeSpans,
  shiftOccurrences,
  subtractSpans,
  wallTimeToMillis,
  type Shift,
  type Span,
} from './schedule';

export const AUTO_REPLY_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const;
export type AutoReplyLanguage = (typeof AUTO_REPLY_LANGUAGES)[number];

export interface AutoReplyInput {
  now: number;
  shifts: readonly Shift[];
  /** The zone the team's days off are dated in. */
  teamZone: string;
  /** Team days off (public holidays and custom days), team-zone dates. */
  daysOff: readonly TeamHoliday[];
  buyerZone: string;
  /** BCP 47 tag of the marketplace ('de-DE'); languages without a text here get English. */
  buyerLocale: string;
  /** How far ahead closures are listed; 60 days when absent. */
  horizonDays?: number;
  /** Time to read the queue after coming back; DEFAULT_MARGIN_MINUTES when absent. */
  marginMinutes?: number;
}

/** One line of opening hours: the buyer-zone weekdays a stretch of coverage starts on, and its clock times. */
export interface HoursLine {
  /** ISO weekdays (1 = Monday) in the buyer's zone. */
  weekdays: number[];
  /** The stretches starting on each of those days, as the buyer's clock reads them. */
  spans: { start: string; end: string; endDayOffset: number }[];
}

export interface Closure {
  /** Team holidays (team-zone dates and names) that make this closure. */
  holidays: TeamHoliday[];
  /** When nobody is on duty any more (or `now`, when the closure has begun). */
  from: number;
  /** When the team is back. */
  until: number;
  /** What the text promises: back plus the margin, on the buyer's :00 or :30. */
  replyBy: number;
}

export interface AutoReplyText {
  language: AutoReplyLanguage;
  text: string;
  /** 'always': nobody is ever off in a regular week; 'never': no shift runs at all. */
  coverage: 'always' | 'never' | 'hours';
  hours: HoursLine[];
  closures: Closure[];
  /** The next clock change in the buyer's or a shift's zone within the horizon: the hours read differently after
   *  it, so the text should be generated again then. Null when none is due. */
  clockChangeAt: number | null;
}

interface Phrases {
  thanks: string;
  hoursIntro: (zone: string) => string;
  everyDay: string;
  /** The end time of a stretch that ends the next day, or `weekday` days later. */
  nextDay: (time: string) => string;
  laterDay: (weekday: string, time: string) => string;
  rangeSeparator: string;
  /** Between the days and their hours ("Monday–Friday: 09:00–18:00"). */
  labelSeparator: string;
  aroundTheClock: string;
  noHours: string;
  outside: (minutes: number) => string;
  closuresIntro: string;
  closure: (from: string, until: string, by: string) => string;
  closing: string;
}

// Written to be read by a buyer: polite register, plain words. German, French, Spanish and Italian use the
// formal "you" (Sie / vous / usted / Lei), as shops there do.
const PHRASES: Record<AutoReplyLanguage, Phrases> = {
  en: {
    thanks: 'Thank you for your message.',
    hoursIntro: (zone) => `Our customer service team answers messages at these times (your local time, ${zone}):`,
    everyDay: 'Every day',
    nextDay: (time) => `${time} the next day`,
    laterDay: (weekday, time) => `${weekday} ${time}`,
    rangeSeparator: '–',
    labelSeparator: ': ',
    aroundTheClock: 'Our customer service team answers messages around the clock.',
    noHours: 'We will answer your message as soon as our customer service team is available.',
    outside: (minutes) => `If you write outside these hours, we will reply within ${hoursWords(minutes, 'en')} of our next opening time.`,
    closuresIntro: 'Upcoming team holidays:',
    closure: (from, until, by) => `From ${from} to ${until} our team is on holiday; we will reply by ${by}.`,
    closing: 'Thank you for your patience.',
  },
  de: {
    thanks: 'Vielen Dank für Ihre Nachricht.',
    hoursIntro: (zone) => `Unser Kundenservice beantwortet Nachrichten zu diesen Zeiten (Ihre Ortszeit, ${zone}):`,
    everyDay: 'Täglich',
    nextDay: (time) => `${time} am Folgetag`,
    laterDay: (weekday, time) => `${weekday} ${time}`,
    rangeSeparator: '–',
    labelSeparator: ': ',
    aroundTheClock: 'Unser Kundenservice beantwortet Nachrichten rund um die Uhr.',
    noHours: 'Wir beantworten Ihre Nachricht, sobald unser Kundenservice erreichbar ist.',
    outside: (minutes) => `Wenn Sie außerhalb dieser Zeiten schreiben, antworten wir innerhalb von ${hoursWords(minutes, 'de')} nach Dienstbeginn.`,
    closuresIntro: 'Kommende Betriebsferien unseres Teams:',
    closure: (from, until, by) => `Von ${from} bis ${until} ist unser Team im Urlaub; wir antworten bis ${by}.`,
    closing: 'Vielen Dank für Ihre Geduld.',
  },
  fr: {
    thanks: 'Merci pour votre message.',
    hoursIntro: (zone) => `Notre service client répond aux messages aux horaires suivants (votre heure locale, ${zone}) :`,
    everyDay: 'Tous les jours',
    nextDay: (time) => `${time} le lendemain`,
    laterDay: (weekday, time) => `${weekday} ${time}`,
    rangeSeparator: '–',
    labelSeparator: ' : ',
    aroundTheClock: 'Notre service client répond aux messages 24 h sur 24.',
    noHours: 'Nous répondrons à votre message dès que notre service client sera disponible.',
    outside: (minutes) => `Si vous nous écrivez en dehors de ces horaires, nous vous répondrons dans ${hoursWords(minutes, 'fr')} suivant notre reprise.`,
    closuresIntro: 'Prochaines fermetures de notre équipe :',
    closure: (from, until, by) => `Du ${from} au ${until}, notre équipe est en congé ; nous vous répondrons d’ici le ${by}.`,
    closing: 'Merci de votre patience.',
  },
  es: {
    thanks: 'Gracias por su mensaje.',
    hoursIntro: (zone) => `Nuestro servicio de atención al cliente responde a los mensajes en este horario (su hora local, ${zone}):`,
    everyDay: 'Todos los días',
    nextDay: (time) => `${time} del día siguiente`,
    laterDay: (weekday, time) => `${weekday} ${time}`,
    rangeSeparator: '–',
    labelSeparator: ': ',
    aroundTheClock: 'Nuestro servicio de atención al cliente responde a los mensajes las 24 horas.',
    noHours: 'Responderemos a su mensaje en cuanto nuestro servicio de atención al cliente esté disponible.',
    outside: (minutes) => `Si nos escribe fuera de este horario, le responderemos en ${hoursWords(minutes, 'es')} desde nuestra reapertura.`,
    closuresIntro: 'Próximos días festivos de nuestro equipo:',
    closure: (from, until, by) => `Del ${from} al ${until} nuestro equipo está de vacaciones; le responderemos antes del ${by}.`,
    closing: 'Gracias por su paciencia.',
  },
  it: {
    thanks: 'Grazie per il suo messaggio.',
    hoursIntro: (zone) => `Il nostro servizio clienti risponde ai messaggi in questi orari (sua ora locale, ${zone}):`,
    everyDay: 'Tutti i giorni',
    nextDay: (time) => `${time} del giorno dopo`,
    laterDay: (weekday, time) => `${weekday} ${time}`,
    rangeSeparator: '–',
    labelSeparator: ': ',
    aroundTheClock: 'Il nostro servizio clienti risponde ai messaggi 24 ore su 24.',
    noHours: 'Risponderemo al suo messaggio appena il nostro servizio clienti sarà disponibile.',
    outside: (minutes) => `Se ci scrive al di fuori di questi orari, le risponderemo entro ${hoursWords(minutes, 'it')} dalla riapertura.`,
    closuresIntro: 'Prossime chiusure del nostro team:',
    closure: (from, until, by) => `Da ${from} a ${until} il nostro team è in ferie; le risponderemo entro ${by}.`,
    closing: 'Grazie per la pazienza.',
  },
  ja: {
    thanks: 'お問い合わせいただきありがとうございます。',
    hoursIntro: (zone) => `カスタマーサービスの対応時間は以下のとおりです（お客様の現地時間、${zone}）：`,
    everyDay: '毎日',
    nextDay: (time) => `翌日${time}`,
    laterDay: (weekday, time) => `${weekday}${time}`,
    rangeSeparator: '〜',
    labelSeparator: '：',
    aroundTheClock: 'カスタマーサービスは24時間対応しております。',
    noHours: 'カスタマーサービスの対応が可能になり次第、返信いたします。',
    outside: (minutes) => `対応時間外にいただいたメッセージには、対応開始後${hoursWords(minutes, 'ja')}以内に返信いたします。`,
    closuresIntro: '今後の休業期間：',
    closure: (from, until, by) => `${from}から${until}まで休業いたします。${by}までに返信いたします。`,
    closing: 'ご理解のほどよろしくお願いいたします。',
  },
};

/** "an hour", "2 hours", "30 minutes"… in the text's language. */
function hoursWords(minutes: number, language: AutoReplyLanguage): string {
  const hours = minutes / 60;
  const whole = Number.isInteger(hours);
  const words: Record<AutoReplyLanguage, { one: string; hours: (n: number) => string; minutes: (n: number) => string }> = {
    en: { one: 'an hour', hours: (n) => `${n} hours`, minutes: (n) => `${n} minutes` },
    de: { one: 'einer Stunde', hours: (n) => `${n} Stunden`, minutes: (n) => `${n} Minuten` },
    fr: { one: 'l’heure', hours: (n) => `les ${n} heures`, minutes: (n) => `les ${n} minutes` },
    es: { one: 'una hora', hours: (n) => `${n} horas`, minutes: (n) => `${n} minutos` },
    it: { one: 'un’ora', hours: (n) => `${n} ore`, minutes: (n) => `${n} minuti` },
    ja: { one: '1時間', hours: (n) => `${n}時間`, minutes: (n) => `${n}分` },
  };
  const w = words[language];
  if (hours === 1) return w.one;
  return whole ? w.hours(hours) : w.minutes(minutes);
}

export function autoReplyLanguage(locale: string): AutoReplyLanguage {
  const language = locale.replace(/_/g, '-').split('-')[0]?.toLowerCase() ?? '';
  return (AUTO_REPLY_LANGUAGES as readonly string[]).includes(language) ? (language as AutoReplyLanguage) : 'en';
}

/** The locale dates and times are written in: the marketplace's own, unless the text fell back to English. */
function formattingLocale(locale: string, language: AutoReplyLanguage): string {
  const tag = locale.replace(/_/g, '-');
  if (tag.split('-')[0]?.toLowerCase() !== language) return 'en-GB'; // English text: English dates, 24-hour
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? language;
  } catch {
    return language;
  }
}

/** The zone's everyday name in the buyer's language ("Eastern Time", "Mitteleuropäische Zeit"). */
export function zoneName(zone: string, locale: string, at: number): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}

function clock(at: number, zone: string, locale: string): string {
  return DateTime.fromMillis(at, { zone }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
}

function dateTime(at: number, zone: string, locale: string): string {
  return DateTime.fromMillis(at, { zone })
    .setLocale(locale)
    .toLocaleString({ weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });
}

/** Weekday runs ("Monday–Friday", "Saturday–Monday" across the week's end), or every day. */
function weekdaysText(weekdays: readonly number[], names: readonly string[], phrases: Phrases): string {
  const days = [...new Set(weekdays)].sort((a, b) => a - b);
  if (days.length === 7) return phrases.everyDay;
  const runs: number[][] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === day - 1) last.push(day);
    else runs.push([day]);
  }
  // Sunday runs on into Monday: join the run ending on 7 with the one starting on 1.
  if (runs.length > 1 && runs[0]![0] === 1 && runs[runs.length - 1]!.at(-1) === 7) {
    const first = runs.shift()!;
    runs[runs.length - 1]!.push(...first);
  }
  const name = (day: number) => names[day - 1] ?? String(day);
  return runs
    .map((run) => (run.length === 1 ? name(run[0]!) : `${name(run[0]!)}${phrases.rangeSeparator}${name(run[run.length - 1]!)}`))
    .join(', ');
}

function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** The first offset change of any of the zones in (from, to], found to the minute; null when none. */
export function nextClockChange(zones: readonly string[], from: number, to: number): number | null {
  let earliest: number | null = null;
  for (const zone of new Set(zones)) {
    const offset = (at: number) => DateTime.fromMillis(at, { zone }).offset;
    const start = offset(from);
    for (let day = from; day < to; day += DAY) {
      const next = Math.min(day + DAY, to);
      if (offset(next) === start) continue;
      let before = day;
      let after = next;
      while (after - before > MINUTE) {
        const middle = before + Math.floor((after - before) / 2 / MINUTE) * MINUTE;
        if (offset(middle) === start) before = middle;
        else after = middle;
      }
      if (earliest === null || after < earliest) earliest = after;
      break;
    }
  }
  return earliest;
}

function covered(shifts: readonly Shift[], from: number, to: number, isDayOff?: (date: string) => boolean): Span[] {
  return mergeSpans(shiftOccurrences(shifts, from, to, isDayOff).map((run) => ({ start: run.startedAt, end: run.endsAt })));
}

/** The regular hours of the seven buyer-zone days from today, grouped by days that read the same. */
function regularHours(input: AutoReplyInput, locale: string): { coverage: AutoReplyText['coverage']; hours: HoursLine[] } {
  const { now, shifts, buyerZone } = input;
  const today = isoDateIn(now, buyerZone);
  const weekStart = wallTimeToMillis(today, 0, buyerZone);
  const weekEnd = wallTimeToMillis(addDays(today, 7), 0, buyerZone);
  // Wide on both sides: a stretch may start two days before the week or run on for days after it.
  const blocks = covered(shifts, weekStart - 2 * DAY, weekEnd + 9 * DAY);
  if (blocks.length === 0) return { coverage: 'never', hours: [] };
  if (blocks.some((block) => block.start <= weekStart && block.end >= weekEnd)) return { coverage: 'always', hours: [] };
  const byDate = new Map<string, HoursLine['spans']>();
  for (const block of blocks) {
    if (block.start < weekStart || block.start >= weekEnd) continue;
    const date = isoDateIn(block.start, buyerZone);
    const endDate = isoDateIn(block.end, buyerZone);
    const endDayOffset = Math.round((DateTime.fromISO(endDate, { zone: 'utc' }).toMillis() - DateTime.fromISO(date, { zone: 'utc' }).toMillis()) / DAY);
    const spans = byDate.get(date) ?? [];
    spans.push({ start: clock(block.start, buyerZone, locale), end: clock(block.end, buyerZone, locale), endDayOffset });
    byDate.set(date, spans);
  }
  const groups = new Map<string, HoursLine>();
  for (const [date, spans] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
    // A stretch lasting days ends on a weekday that depends on its start day: such days are never grouped.
    const key = spans.some((span) => span.endDayOffset > 1) ? `${date}` : JSON.stringify(spans);
    const group = groups.get(key) ?? { weekdays: [], spans };
    group.weekdays.push(isoWeekday(date));
    groups.set(key, group);
  }
  return { coverage: 'hours', hours: [...groups.values()] };
}

/** Closures: the stretches with nobody on duty that only the team's days off make (not the regular gaps). */
function closures(input: AutoReplyInput, horizonEnd: number): Closure[] {
  const { now, shifts, teamZone, buyerZone } = input;
  const margin = (input.marginMinutes ?? DEFAULT_MARGIN_MINUTES) * MINUTE;
  const today = isoDateIn(now, teamZone);
  const last = isoDateIn(horizonEnd, teamZone);
  const daysOff = input.daysOff.filter((day) => day.date >= today && day.date <= last);
  if (daysOff.length === 0) return [];
  const off = new Set(daysOff.map((day) => day.date));
  // Coverage looks well past the horizon so a closure that begins inside it still finds its end.
  const range = { start: now, end: horizonEnd + 16 * DAY };
  const withDaysOff = subtractSpans(range, covered(shifts, now - 2 * DAY, range.end, (date) => off.has(date)));
  const regular = new Set(subtractSpans(range, covered(shifts, now - 2 * DAY, range.end)).map((gap) => `${gap.start}-${gap.end}`));
  const found = new Map<number, Closure>();
  for (const day of daysOff) {
    const dayStart = wallTimeToMillis(day.date, 0, teamZone);
    const dayEnd = wallTimeToMillis(addDays(day.date, 1), 0, teamZone);
    const gap = withDaysOff
      .filter((g) => g.start < dayEnd && g.end > dayStart && !regular.has(`${g.start}-${g.end}`))
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (!gap || gap.end >= range.end) continue; // no closure that day, or no shift within weeks after it
    const closure = found.get(gap.start) ?? { holidays: [], from: gap.start, until: gap.end, replyBy: roundUpToHalfHour(gap.end + margin, buyerZone) };
    closure.holidays.push(day);
    found.set(gap.start, closure);
  }
  return [...found.values()].sort((a, b) => a.from - b.from);
}

/** The auto-reply text for one marketplace's buyers, with the data it was written from. */
export function autoReplyText(input: AutoReplyInput): AutoReplyText {
  const language = autoReplyLanguage(input.buyerLocale);
  const locale = formattingLocale(input.buyerLocale, language);
  const phrases = PHRASES[language];
  const horizonEnd = input.now + (input.horizonDays ?? 60) * DAY;
  const { coverage, hours } = regularHours(input, locale);
  const weekdayNames = Info.weekdays('long', { locale });
  const lines: string[] = [phrases.thanks, ''];
  if (coverage === 'always') lines.push(phrases.aroundTheClock);
  else if (coverage === 'never') lines.push(phrases.noHours);
  else {
    lines.push(phrases.hoursIntro(zoneName(input.buyerZone, locale, input.now)));
    for (const line of hours) {
      const spans = line.spans.map((span) => {
        const end =
          span.endDayOffset === 0
            ? span.end
            : span.endDayOffset === 1
              ? phrases.nextDay(span.end)
              : phrases.laterDay(weekdayNames[((line.weekdays[0]! - 1 + span.endDayOffset) % 7 + 7) % 7] ?? '', span.end);
        return `${span.start}${phrases.rangeSeparator}${end}`;
      });
      lines.push(`${capitalised(weekdaysText(line.weekdays, weekdayNames, phrases), locale)}${phrases.labelSeparator}${spans.join(', ')}`);
    }
    lines.push('', phrases.outside(input.marginMinutes ?? DEFAULT_MARGIN_MINUTES));
  }
  const found = closures(input, horizonEnd);
  if (found.length > 0) {
    lines.push('', phrases.closuresIntro);
    for (const closure of found) {
      lines.push(
        `• ${phrases.closure(
          dateTime(Math.max(closure.from, input.now), input.buyerZone, locale),
          dateTime(closure.until, input.buyerZone, locale),
          dateTime(closure.replyBy, input.buyerZone, locale),
        )}`,
      );
    }
  }
  lines.push('', phrases.closing);
  const zones = [input.buyerZone, ...input.shifts.map((shift) => shift.zone)];
  return {
    language,
    text: lines.join('\n'),
    coverage,
    hours,
    closures: found,
    clockChangeAt: nextClockChange(zones, input.now, horizonEnd),
  };
}
