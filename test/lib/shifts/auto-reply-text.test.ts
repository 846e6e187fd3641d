// The out-of-hours auto-reply text: the team's hours told in the buyer's zone and language (grouped by days
// that read alike, so a clock change mid-week is written out day by day), closures for team holidays with
// the time replies resume, and honest fallbacks (round the clock, no shifts, unknown language).
import { describe, expect, it } from 'vitest';
import { autoReplyLanguage, autoReplyText, nextClockChange } from '@/lib/shifts/auto-reply-text';
import { DEFAULT_SHIFTS, type Shift } from '@/lib/shifts/schedule';

const TEAM = 'Asia/Shanghai';
const NOV = Date.UTC(2026, 10, 18, 4); // Wednesday 18 November 2026, 12:00 in Beijing, 23:00 Tuesday in New York
const NATIONAL_DAY = [
  { date: '2026-10-01', name: 'National Day' },
  { date: '2026-10-02', name: 'National Day' },
  { date: '2026-10-03', name: 'National Day' },
];
const WEEKDAYS: Shift[] = [{ id: 'office', name: 'Office', start: '09:00', end: '18:00', days: [1, 2, 3, 4, 5], zone: TEAM, agents: [] }];

describe('autoReplyText', () => {
  it('tells a US buyer the default schedule in Eastern time, 12-hour clock, with the margin after opening', () => {
    const reply = autoReplyText({ now: NOV, shifts: DEFAULT_SHIFTS, teamZone: TEAM, daysOff: [], buyerZone: 'America/New_York', buyerLocale: 'en-US' });
    expect(reply.language).toBe('en');
    expect(reply.text).toBe(
      [
        'Thank you for your message.',
        '',
        'Our customer service team answers messages at these times (your local time, Eastern Time):',
        'Every day: 8:00 PM–6:00 PM the next day',
        '',
        'If you write outside these hours, we will reply within an hour of our next opening time.',
        '',
        'Thank you for your patience.',
      ].join('\n'),
    );
    expect(reply.closures).toEqual([]);
    // New York went back to EST on 1 November; the next change is 14 March 2027, beyond the 60-day horizon.
    expect(reply.clockChangeAt).toBeNull();
  });

  it('writes a week with the US spring change day by day, and says when the clocks change', () => {
    // Thursday 5 March 2026, 10:00 in New York; clocks go forward on Sunday 8 March at 02:00.
    const now = Date.UTC(2026, 2, 5, 15);
    const reply = autoReplyText({ now, shifts: DEFAULT_SHIFTS, teamZone: TEAM, daysOff: [], buyerZone: 'America/New_York', buyerLocale: 'en-US' });
    const hoursLines = reply.text.split('\n').slice(3, 6);
    expect(hoursLines).toEqual([
      'Thursday–Friday: 8:00 PM–6:00 PM the next day',
      // Saturday 20:00 EST to Sunday 07:00 Beijing, which is 19:00 EDT: the night the clocks change.
      'Saturday: 8:00 PM–7:00 PM the next day',
      'Sunday–Wednesday: 9:00 PM–7:00 PM the next day',
    ]);
    expect(reply.hours.map((line) => line.weekdays)).toEqual([[4, 5], [6], [7, 1, 2, 3]]);
    expect(reply.clockChangeAt).toBe(Date.UTC(2026, 2, 8, 7));
  });

  it('lists China’s National Day to a German buyer, in German, with when replies resume in Berlin time', () => {
    const now = Date.UTC(2026, 8, 20, 4); // Sunday 20 September 2026
    const reply = autoReplyText({ now, shifts: DEFAULT_SHIFTS, teamZone: TEAM, daysOff: NATIONAL_DAY, buyerZone: 'Europe/Berlin', buyerLocale: 'de-DE' });
    expect(reply.language).toBe('de');
    // Nobody runs from the night shift's end on 1 October 07:00 Beijing until the day shift of 4 October.
    expect(reply.closures).toHaveLength(1);
    expect(reply.closures[0]).toMatchObject({
      from: Date.UTC(2026, 8, 30, 23),
      until: Date.UTC(2026, 9, 4, 1),
      replyBy: Date.UTC(2026, 9, 4, 2),
    });
    expect(reply.closures[0]!.holidays.map((day) => day.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(reply.text).toContain('Unser Kundenservice beantwortet Nachrichten zu diesen Zeiten (Ihre Ortszeit, Mitteleuropäische Zeit):');
    expect(reply.text).toContain('Täglich: 03:00–01:00 am Folgetag');
    expect(reply.text).toContain('Kommende Betriebsferien unseres Teams:');
    expect(reply.text).toContain(
      '• Von Donnerstag, 1. Oktober um 1:00 bis Sonntag, 4. Oktober um 3:00 ist unser Team im Urlaub; wir antworten bis Sonntag, 4. Oktober um 4:00.',
    );
    // Berlin leaves summer time on 25 October, within the 60 days ahead.
    expect(reply.clockChangeAt).toBe(Date.UTC(2026, 9, 25, 1));
  });

  it('writes Japanese for Japan, weekdays only, and names no closure for a holiday the team would not work anyway', () => {
    const reply = autoReplyText({
      now: NOV,
      shifts: WEEKDAYS,
      teamZone: TEAM,
      daysOff: [{ date: '2026-11-21', name: 'Saturday outing' }],
      buyerZone: 'Asia/Tokyo',
      buyerLocale: 'ja-JP',
    });
    expect(reply.text.split('\n').slice(2, 4)).toEqual(['カスタマーサービスの対応時間は以下のとおりです（お客様の現地時間、日本標準時）：', '月曜日〜金曜日：10:00〜19:00']);
    expect(reply.closures).toEqual([]);
    expect(reply.clockChangeAt).toBeNull();
  });

  it('writes French and Spanish and Italian in their own words and clocks', () => {
    const common = { now: NOV, shifts: WEEKDAYS, teamZone: TEAM, daysOff: [] };
    expect(autoReplyText({ ...common, buyerZone: 'Europe/Paris', buyerLocale: 'fr-FR' }).text).toContain('Lundi–vendredi : 02:00–11:00');
    expect(autoReplyText({ ...common, buyerZone: 'Europe/Madrid', buyerLocale: 'es-ES' }).text).toContain('Lunes–viernes: 2:00–11:00');
    expect(autoReplyText({ ...common, buyerZone: 'Europe/Rome', buyerLocale: 'it-IT' }).text).toContain('Lunedì–venerdì: 02:00–11:00');
  });

  it('falls back to English (with English dates) for a language it has no text for', () => {
    const reply = autoReplyText({ now: NOV, shifts: WEEKDAYS, teamZone: TEAM, daysOff: [], buyerZone: 'Europe/Amsterdam', buyerLocale: 'nl-NL' });
    expect(reply.language).toBe('en');
    expect(reply.text).toContain('Monday–Friday: 02:00–11:00');
  });

  it('says round the clock when nobody is ever off, and promises no hours when no shift runs', () => {
    const allDay: Shift[] = [{ id: 'all', name: 'All day', start: '00:00', end: '00:00', days: [1, 2, 3, 4, 5, 6, 7], zone: TEAM, agents: [] }];
    const always = autoReplyText({ now: NOV, shifts: allDay, teamZone: TEAM, daysOff: [], buyerZone: 'Europe/London', buyerLocale: 'en-GB' });
    expect(always.coverage).toBe('always');
    expect(always.text).toContain('Our customer service team answers messages around the clock.');
    const none = autoReplyText({ now: NOV, shifts: [], teamZone: TEAM, daysOff: [], buyerZone: 'Europe/London', buyerLocale: 'en-GB' });
    expect(none.coverage).toBe('never');
    expect(none.text).not.toMatch(/\d:\d\d/);
  });
});

describe('autoReplyLanguage and nextClockChange', () => {
  it('maps locales to the languages with a text, English otherwise', () => {
    expect(['de-DE', 'fr_CA', 'ja-JP', 'es-MX', 'it-IT', 'en-AU', 'nl-NL', ''].map(autoReplyLanguage)).toEqual(['de', 'fr', 'ja', 'es', 'it', 'en', 'en', 'en']);
  });

  it('finds the first clock change among several zones, to the minute', () => {
    const from = Date.UTC(2026, 2, 1);
    expect(nextClockChange(['Europe/London', 'America/New_York'], from, from + 60 * 86_400_000)).toBe(Date.UTC(2026, 2, 8, 7));
    expect(nextClockChange(['Asia/Shanghai', 'Asia/Tokyo'], from, from + 365 * 86_400_000)).toBeNull();
  });
});
