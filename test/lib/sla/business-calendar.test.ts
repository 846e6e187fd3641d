// Business calendars: marketplace → country and zone, which days are business days (date-holidays' public
// holidays, substitute days, custom days off), and counting business days across weekends, holidays and DST.
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addBusinessDays, calendarFor, marketplaceCalendarInfo, type BusinessCalendar } from '@/lib/sla/business-calendar';

const at = (iso: string, zone: string): number => {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`bad test date ${iso}`);
  return dt.toMillis();
};
const show = (ms: number, zone: string): string | null => DateTime.fromMillis(ms, { zone }).toISO();

describe('marketplaceCalendarInfo', () => {
  it.each([
    ['amazon', 'US', { country: 'US', zone: 'America/Los_Angeles' }],
    ['amazon', 'CA', { country: 'CA', zone: 'America/Los_Angeles' }],
    ['amazon', 'UK', { country: 'GB', zone: 'Europe/London' }],
    ['amazon', 'EU', { country: 'GB', zone: 'Europe/London' }],
    ['amazon', 'JP', { country: 'JP', zone: 'Asia/Tokyo' }],
    ['amazon', 'MX', { country: 'MX', zone: 'America/Mexico_City' }],
    ['ebay', 'US', { country: 'US', zone: 'America/Los_Angeles' }],
    ['ebay', 'UK', { country: 'GB', zone: 'Europe/London' }],
    ['ebay', 'DE', { country: 'DE', zone: 'Europe/Berlin' }],
    ['ebay', 'AU', { country: 'AU', zone: 'Australia/Sydney' }],
    ['etsy', 'US', { country: 'US', zone: 'America/New_York' }],
    ['ebay', 'JP', null],
    ['amazon', 'XX', null],
    ['amazon', 'constructor', null],
    ['ebay', 'uk', null],
  ] as const)('%s %s → %j', (platform, code, expected) => {
    expect(marketplaceCalendarInfo(platform, code)).toEqual(expected);
  });
});

describe('calendarFor().isBusinessDay', () => {
  const uk = calendarFor('GB', 'Europe/London');
  const us = calendarFor('US', 'America/Los_Angeles');
  const cn = calendarFor('CN', 'Asia/Shanghai');
  const de = calendarFor('DE', 'Europe/Berlin');

  it.each<[string, BusinessCalendar, string, boolean]>([
    ['UK Christmas Day', uk, '2026-12-25', false],
    ['UK Boxing Day on a Saturday', uk, '2026-12-26', false],
    ['UK Boxing Day substitute (Monday)', uk, '2026-12-28', false],
    ['UK Tuesday after', uk, '2026-12-29', true],
    ['UK Easter Monday', uk, '2026-04-06', false],
    ['UK Early May bank holiday', uk, '2026-05-04', false],
    ['UK ordinary Friday', uk, '2026-05-08', true],
    ['US Independence Day substitute (Friday)', us, '2026-07-03', false],
    ['US Thanksgiving', us, '2026-11-26', false],
    ['US day after Thanksgiving (observance only)', us, '2026-11-27', true],
    ['US Christmas Eve (optional only)', us, '2026-12-24', true],
    ['US Sunday', us, '2026-03-08', false],
    ['DE Christmas Eve (afternoon bank holiday only)', de, '2026-12-24', true],
    ['DE Ascension Day', de, '2026-05-14', false],
    ['CN Spring Festival', cn, '2026-02-17', false],
    ['CN National Day', cn, '2026-10-02', false],
    ["CN Children's Day (children only)", cn, '2026-06-01', true],
    ["CN Women's Day afternoon on a Monday in 2027 (half day)", cn, '2027-03-08', true],
    ['leap day', uk, '2028-02-29', true],
  ])('%s: %s %s → %s', (_, calendar, date, expected) => {
    expect(calendar.isBusinessDay(date)).toBe(expected);
  });

  it('treats custom days off as days off, per calendar', () => {
    const withStrike = calendarFor('GB', 'Europe/London', ['2026-05-07']);
    expect(withStrike.isBusinessDay('2026-05-07')).toBe(false);
    expect(uk.isBusinessDay('2026-05-07')).toBe(true);
    expect(calendarFor('GB', 'Europe/London', ['2026-05-07'])).toBe(withStrike);
  });

  it('has weekends only for a country date-holidays does not know', () => {
    const none = calendarFor('XX', 'UTC');
    expect(none.isBusinessDay('2026-12-25')).toBe(true);
    expect(none.isBusinessDay('2026-12-26')).toBe(false);
    expect(calendarFor('constructor', 'UTC').isBusinessDay('2026-12-25')).toBe(true);
  });

  it('rejects a malformed date', () => {
    expect(() => uk.isBusinessDay('2026-13-01')).toThrow(/not a date/);
    expect(() => uk.isBusinessDay('25/12/2026')).toThrow(/not a date/);
  });
});

describe('calendarFor().holidaysBetween', () => {
  it('lists public holidays (substitutes included) and custom days off in order', () => {
    const uk = calendarFor('GB', 'Europe/London', ['2026-12-30']);
    expect(uk.holidaysBetween(at('2026-12-01T00:00', 'Europe/London'), at('2027-01-05T00:00', 'Europe/London'))).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2026-12-26', name: 'Boxing Day' },
      { date: '2026-12-28', name: 'Boxing Day (substitute day)' },
      { date: '2026-12-30', name: 'Day off' },
      { date: '2027-01-01', name: "New Year's Day" },
    ]);
  });

  it('judges dates in the calendar zone', () => {
    // 00:30 on Christmas Day in Sydney is still Christmas Eve in London.
    const instant = at('2026-12-25T00:30', 'Australia/Sydney');
    expect(calendarFor('GB', 'Europe/London').holidaysBetween(instant, instant)).toEqual([]);
    expect(calendarFor('AU', 'Australia/Sydney').holidaysBetween(instant, instant)).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
    ]);
  });

  it('is empty for a reversed range', () => {
    const cal = calendarFor('US', 'America/Los_Angeles');
    expect(cal.holidaysBetween(at('2026-12-31', 'UTC'), at('2026-01-01', 'UTC'))).toEqual([]);
  });
});

describe('addBusinessDays', () => {
  const LONDON = 'Europe/London';
  const uk = calendarFor('GB', LONDON);

  it.each<[string, string, string, number, string, string]>([
    ['past Christmas and the substitute day', 'GB', '2026-12-24T15:00', 3, LONDON, '2026-12-31T15:00:00.000+00:00'],
    ['from a Sunday: from Monday 00:00', 'GB', '2026-06-14T18:00', 1, LONDON, '2026-06-16T00:00:00.000+01:00'],
    ['from a holiday with 0 days: Tuesday 00:00', 'GB', '2026-04-06T11:00', 0, LONDON, '2026-04-07T00:00:00.000+01:00'],
    ['from a business day with 0 days: unchanged', 'GB', '2026-04-07T11:00', 0, LONDON, '2026-04-07T11:00:00.000+01:00'],
    ['across the UK spring change, same wall time', 'GB', '2026-03-27T09:30', 1, LONDON, '2026-03-30T09:30:00.000+01:00'],
    ['across the UK autumn change, same wall time', 'GB', '2026-10-23T01:30', 1, LONDON, '2026-10-26T01:30:00.000+00:00'],
    ['in New York across the autumn change', 'US', '2026-10-30T23:45', 2, 'America/New_York', '2026-11-03T23:45:00.000-05:00'],
    ['in Sydney across its spring change (first Sunday of October)', 'AU', '2026-10-02T02:30', 1, 'Australia/Sydney', '2026-10-05T02:30:00.000+11:00'],
    ['in Shanghai past National Day', 'CN', '2026-09-30T10:00', 3, 'Asia/Shanghai', '2026-10-07T10:00:00.000+08:00'],
    ['in Tokyo past Golden Week', 'JP', '2026-05-01T12:00', 1, 'Asia/Tokyo', '2026-05-07T12:00:00.000+09:00'],
  ])('%s', (_, country, wrote, days, zone, expected) => {
    expect(show(addBusinessDays(at(wrote, zone), days, calendarFor(country, zone)), zone)).toBe(expected);
  });

  it('works with any BusinessCalendar implementation', () => {
    const fridaysOff: BusinessCalendar = {
      zone: LONDON,
      isBusinessDay: (iso) => uk.isBusinessDay(iso) && DateTime.fromISO(iso).weekday !== 5,
      holidaysBetween: () => [],
    };
    expect(show(addBusinessDays(at('2026-06-17T10:00', LONDON), 2, fridaysOff), LONDON)).toBe('2026-06-22T10:00:00.000+01:00');
  });

  describe('on a calendar where the clock changes on a business day (every day a business day)', () => {
    const NY = 'America/New_York';
    const everyDay: BusinessCalendar = { zone: NY, isBusinessDay: () => true, holidaysBetween: () => [] };
    const ny = (iso: string) => show(addBusinessDays(DateTime.fromISO(iso).toMillis(), 1, everyDay), NY);

    it('lands on a wall time the spring change skips at the moment the clock jumps', () => {
      expect(ny('2026-03-07T02:30:00-05:00')).toBe('2026-03-08T03:00:00.000-04:00');
      expect(ny('2026-03-07T03:10:00-05:00')).toBe('2026-03-08T03:10:00.000-04:00');
    });

    it('lands on a repeated wall time at its first occurrence', () => {
      expect(ny('2026-10-31T01:30:00-04:00')).toBe('2026-11-01T01:30:00.000-04:00');
    });

    afterEach(() => {
      vi.useRealTimers();
    });

    it('does not depend on the current date (Luxon guesses skipped and repeated times from it)', () => {
      const starts = ['2026-03-07T02:30:00-05:00', '2026-10-31T01:30:00-04:00', '2026-11-01T01:10:00-05:00'];
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2026-07-01T12:00:00Z'));
      const summer = starts.map(ny);
      vi.setSystemTime(new Date('2027-01-15T12:00:00Z'));
      expect(starts.map(ny)).toEqual(summer);
    });

    it('reads the second pass through the repeated hour as its end, so later messages never get earlier deadlines', () => {
      expect(ny('2026-11-01T01:50:00-04:00')).toBe('2026-11-02T01:50:00.000-05:00');
      expect(ny('2026-11-01T01:10:00-05:00')).toBe('2026-11-02T02:00:00.000-05:00');
      expect(ny('2026-11-01T02:10:00-05:00')).toBe('2026-11-02T02:10:00.000-05:00');
    });
  });

  it('rejects a negative or fractional day count', () => {
    expect(() => addBusinessDays(0, -1, uk)).toThrow(RangeError);
    expect(() => addBusinessDays(0, 1.5, uk)).toThrow(RangeError);
  });

  it('rejects an unknown zone', () => {
    expect(() => calendarFor('GB', 'Mars/Olympus_Mons')).toThrow(/Unknown time zone/);
  });
});
