// parseMarketplaceTime: marketplace text -> epoch ms + precision. Every expected instant is a literal
// UTC ISO string worked out by hand from the zone's offset on that date (noted beside it), never a
// value computed by the code under test.
import { describe, it, expect } from 'vitest';
import { parseMarketplaceTime, type MarketplaceClock } from '../../../lib/time/parse-marketplace-time';

const US: MarketplaceClock = { zone: 'America/Los_Angeles', locale: 'en-US' }; // amazon.com
const CA: MarketplaceClock = { zone: 'America/Toronto', locale: 'en-CA' };
const UK: MarketplaceClock = { zone: 'Europe/London', locale: 'en-GB' };
const AU: MarketplaceClock = { zone: 'Australia/Sydney', locale: 'en-AU' };
const DE: MarketplaceClock = { zone: 'Europe/Berlin', locale: 'de-DE' };
const FR: MarketplaceClock = { zone: 'Europe/Paris', locale: 'fr-FR' };
const IT: MarketplaceClock = { zone: 'Europe/Rome', locale: 'it-IT' };
const ES: MarketplaceClock = { zone: 'Europe/Madrid', locale: 'es-ES' };
const MX: MarketplaceClock = { zone: 'America/Mexico_City', locale: 'es-MX' };
const JP: MarketplaceClock = { zone: 'Asia/Tokyo', locale: 'ja-JP' };

const at = (iso: string) => Date.parse(iso);
/** Thursday 2026-09-10 20:00 UTC: 13:00 in Los Angeles (PDT), 21:00 London (BST), 22:00 Berlin (CEST). */
const NOW = at('2026-09-10T20:00:00Z');

const exact = (iso: string) => ({ at: at(iso), precision: 'exact' });
const day = (iso: string) => ({ at: at(iso), precision: 'day' });
const hour = (iso: string) => ({ at: at(iso), precision: 'hour' });

describe('ISO-8601 (<time datetime>)', () => {
  it('reads an instant with Z or an offset as exact', () => {
    expect(parseMarketplaceTime('2026-09-04T10:42:00Z', US, NOW)).toEqual(exact('2026-09-04T10:42:00Z'));
    expect(parseMarketplaceTime('2026-09-04T12:42:00.000+02:00', US, NOW)).toEqual(exact('2026-09-04T10:42:00Z'));
  });

  it('keeps an explicit offset even inside the repeated DST hour', () => {
    // 09:30Z is 01:30 PST, the second 01:30 of 2026-11-01 in Los Angeles; the offset says which one.
    const now = at('2026-11-01T20:00:00Z');
    expect(parseMarketplaceTime('2026-11-01T09:30:00Z', US, now)).toEqual(exact('2026-11-01T09:30:00Z'));
  });

  it('reads a date-only or offset-less value in the marketplace zone', () => {
    expect(parseMarketplaceTime('2026-09-04', US, NOW)).toEqual(day('2026-09-04T07:00:00Z')); // PDT = UTC-7
    expect(parseMarketplaceTime('2026-09-04T10:42', DE, NOW)).toEqual(exact('2026-09-04T08:42:00Z')); // CEST = UTC+2
  });
});

describe('absolute dates: day precision at the start of that day in the marketplace zone', () => {
  it.each([
    // [clock, text, start of 2026-09-04 in that zone]
    ['en-US', US, 'Sep 4, 2026', '2026-09-04T07:00:00Z'], // PDT, UTC-7
    ['en-US', US, 'September 4, 2026', '2026-09-04T07:00:00Z'],
    ['en-US', US, '9/4/2026', '2026-09-04T07:00:00Z'], // month first in the US
    ['en-US', US, '09/04/2026', '2026-09-04T07:00:00Z'],
    ['en-CA', CA, 'Sep 4, 2026', '2026-09-04T04:00:00Z'], // EDT, UTC-4
    ['en-CA', CA, '2026-09-04', '2026-09-04T04:00:00Z'],
    ['en-GB', UK, '4 Sept 2026', '2026-09-03T23:00:00Z'], // BST, UTC+1
    ['en-GB', UK, '4 Sep 2026', '2026-09-03T23:00:00Z'],
    ['en-GB', UK, '4 September 2026', '2026-09-03T23:00:00Z'],
    ['en-GB', UK, '04/09/2026', '2026-09-03T23:00:00Z'], // day first
    ['en-AU', AU, '4 Sept 2026', '2026-09-03T14:00:00Z'], // AEST, UTC+10 (DST starts in October)
    ['en-AU', AU, '4 Sep 2026', '2026-09-03T14:00:00Z'],
    ['de-DE', DE, '4. Sept. 2026', '2026-09-03T22:00:00Z'], // CEST, UTC+2
    ['de-DE', DE, '4. September 2026', '2026-09-03T22:00:00Z'],
    ['de-DE', DE, '04.09.2026', '2026-09-03T22:00:00Z'],
    ['de-DE', DE, '4.9.2026', '2026-09-03T22:00:00Z'],
    ['de-DE', DE, '4/9/2026', '2026-09-03T22:00:00Z'],
    ['fr-FR', FR, '4 sept. 2026', '2026-09-03T22:00:00Z'],
    ['fr-FR', FR, '4 septembre 2026', '2026-09-03T22:00:00Z'],
    ['fr-FR', FR, '04/09/2026', '2026-09-03T22:00:00Z'],
    ['it-IT', IT, '4 set 2026', '2026-09-03T22:00:00Z'],
    ['it-IT', IT, '4 settembre 2026', '2026-09-03T22:00:00Z'],
    ['it-IT', IT, '04/09/2026', '2026-09-03T22:00:00Z'],
    ['es-ES', ES, '4 sept 2026', '2026-09-03T22:00:00Z'],
    ['es-ES', ES, '4 de septiembre de 2026', '2026-09-03T22:00:00Z'],
    ['es-ES', ES, '4/9/2026', '2026-09-03T22:00:00Z'],
    ['es-MX', MX, '4 sep 2026', '2026-09-04T06:00:00Z'], // CST all year since 2022, UTC-6
    ['ja-JP', JP, '2026/09/04', '2026-09-03T15:00:00Z'], // JST, UTC+9
    ['ja-JP', JP, '2026/9/4', '2026-09-03T15:00:00Z'],
    ['ja-JP', JP, '2026年9月4日', '2026-09-03T15:00:00Z'],
  ] as const)('%s: %s', (_locale, clock, text, start) => {
    expect(parseMarketplaceTime(text, clock, NOW)).toEqual(day(start));
  });

  it('reads all-digit dates in the locale order: 9/4/2026 is 9 April outside the US', () => {
    expect(parseMarketplaceTime('9/4/2026', UK, NOW)).toEqual(day('2026-04-08T23:00:00Z')); // BST
    expect(parseMarketplaceTime('9/4/2026', DE, NOW)).toEqual(day('2026-04-08T22:00:00Z')); // CEST
    expect(parseMarketplaceTime('9/4/2026', FR, NOW)).toEqual(day('2026-04-08T22:00:00Z'));
    expect(parseMarketplaceTime('9/4/2026', IT, NOW)).toEqual(day('2026-04-08T22:00:00Z'));
    expect(parseMarketplaceTime('9/4/2026', ES, NOW)).toEqual(day('2026-04-08T22:00:00Z'));
  });

  it('falls back to English month names on a foreign-language marketplace', () => {
    expect(parseMarketplaceTime('Sep 4, 2026', DE, NOW)).toEqual(day('2026-09-03T22:00:00Z'));
    expect(parseMarketplaceTime('4 Sept 2026', US, NOW)).toEqual(day('2026-09-04T07:00:00Z'));
    expect(parseMarketplaceTime('September 4, 2026', JP, NOW)).toEqual(day('2026-09-03T15:00:00Z'));
    // A locale with no table of its own still reads English.
    expect(parseMarketplaceTime('Sep 4, 2026', { zone: 'Europe/Amsterdam', locale: 'nl-NL' }, NOW)).toEqual(
      day('2026-09-03T22:00:00Z'),
    );
  });

  it('never guesses the order of an all-digit date it has no rule for', () => {
    expect(parseMarketplaceTime('9/4/2026', { zone: 'Europe/Amsterdam', locale: 'nl-NL' }, NOW)).toBeNull();
    expect(parseMarketplaceTime('9/4/2026', CA, NOW)).toBeNull(); // Canada writes both orders
  });

  it('accepts locale tags in any case', () => {
    // 'en-us' must still be the US (month first), not generic day-first English.
    expect(parseMarketplaceTime('9/4/2026', { zone: 'America/Los_Angeles', locale: 'en-us' }, NOW)).toEqual(
      day('2026-09-04T07:00:00Z'),
    );
  });

  it('ignores letter case', () => {
    expect(parseMarketplaceTime('SEP 4, 2026', US, NOW)).toEqual(day('2026-09-04T07:00:00Z'));
  });
});

describe('date plus time of day: exact', () => {
  it.each([
    ['en-US', US, 'Sep 4, 2026 10:42 AM', '2026-09-04T17:42:00Z'], // PDT
    ['en-US', US, 'Sep 4, 2026, 10:42 AM', '2026-09-04T17:42:00Z'],
    ['en-US', US, 'September 4, 2026 at 10:42 PM', '2026-09-05T05:42:00Z'],
    ['en-US', US, 'Sep 4, 2026, 12:05 AM', '2026-09-04T07:05:00Z'], // 12 AM is midnight
    ['en-US', US, 'Sep 4, 2026 10:42:30 AM', '2026-09-04T17:42:30Z'],
    ['en-US', US, '9/4/2026 10:42 PM', '2026-09-05T05:42:00Z'],
    ['en-US', US, 'Sep 4, 2026 10:42AM', '2026-09-04T17:42:00Z'],
    ['en-CA', CA, 'Sep 4, 2026, 10:42 a.m.', '2026-09-04T14:42:00Z'], // EDT
    ['en-GB', UK, '4 Sept 2026, 22:42', '2026-09-04T21:42:00Z'], // BST
    ['en-GB', UK, '4 Sep 2026 22:42', '2026-09-04T21:42:00Z'],
    ['en-AU', AU, '4 Sept 2026, 10:42 pm', '2026-09-04T12:42:00Z'], // AEST
    ['de-DE', DE, '4. Sept. 2026, 22:42', '2026-09-04T20:42:00Z'], // CEST
    ['de-DE', DE, '04.09.2026 22:42', '2026-09-04T20:42:00Z'],
    ['de-DE', DE, '4. September 2026 um 22:42', '2026-09-04T20:42:00Z'],
    ['fr-FR', FR, '4 sept. 2026, 22:42', '2026-09-04T20:42:00Z'],
    ['fr-FR', FR, '4 sept. 2026 à 22:42', '2026-09-04T20:42:00Z'],
    ['fr-FR', FR, '4 sept. 2026 22h42', '2026-09-04T20:42:00Z'],
    ['it-IT', IT, '4 set 2026, 22:42', '2026-09-04T20:42:00Z'],
    ['es-ES', ES, '4 sept 2026, 22:42', '2026-09-04T20:42:00Z'],
    ['es-ES', ES, '4 sept 2026, 10:42\u202fp.\u202fm.', '2026-09-04T20:42:00Z'], // ICU's es-ES 12-hour marker
    ['es-MX', MX, '4 sep 2026, 10:42 p.m.', '2026-09-05T04:42:00Z'], // CST
    ['ja-JP', JP, '2026/09/04 22:42', '2026-09-04T13:42:00Z'], // JST
    ['ja-JP', JP, '2026年9月4日 22:42', '2026-09-04T13:42:00Z'],
  ] as const)('%s: %s', (_locale, clock, text, instant) => {
    expect(parseMarketplaceTime(text, clock, NOW)).toEqual(exact(instant));
  });

  it('collapses non-breaking, narrow no-break and repeated spaces, and drops direction marks', () => {
    const expected = exact('2026-09-04T17:42:00Z');
    expect(parseMarketplaceTime('Sep\u00a04,\u00a02026,\u202f10:42\u202fAM', US, NOW)).toEqual(expected);
    expect(parseMarketplaceTime('  Sep 4,   2026\n 10:42 AM  ', US, NOW)).toEqual(expected);
    expect(parseMarketplaceTime('\u200eSep 4, 2026 10:42 AM\u200e', US, NOW)).toEqual(expected);
  });

  it('takes the earlier of a time the DST change repeats', () => {
    // 01:30 on 2026-11-01 happens twice in Los Angeles: 08:30Z (PDT) and 09:30Z (PST).
    const now = at('2026-11-01T20:00:00Z');
    expect(parseMarketplaceTime('Nov 1, 2026 1:30 AM', US, now)).toEqual(exact('2026-11-01T08:30:00Z'));
    expect(parseMarketplaceTime('1:30 AM', US, now)).toEqual(exact('2026-11-01T08:30:00Z'));
    expect(parseMarketplaceTime('Today 1:30 AM', US, now)).toEqual(exact('2026-11-01T08:30:00Z'));
  });
});

describe('time of day alone: today in the marketplace zone, or yesterday if still ahead', () => {
  // NOW is 13:00 PDT in Los Angeles, 21:00 BST in London.
  it('is today when it has passed', () => {
    expect(parseMarketplaceTime('10:42 AM', US, NOW)).toEqual(exact('2026-09-10T17:42:00Z'));
    expect(parseMarketplaceTime('09:15', UK, NOW)).toEqual(exact('2026-09-10T08:15:00Z'));
    expect(parseMarketplaceTime('10:42\u202fAM', US, NOW)).toEqual(exact('2026-09-10T17:42:00Z'));
  });

  it('is yesterday when today it would be more than 5 minutes ahead', () => {
    expect(parseMarketplaceTime('10:42 PM', US, NOW)).toEqual(exact('2026-09-10T05:42:00Z')); // Sep 9, 22:42 PDT
    expect(parseMarketplaceTime('22:42', UK, NOW)).toEqual(exact('2026-09-09T21:42:00Z')); // Sep 9, 22:42 BST
    expect(parseMarketplaceTime('1:06 PM', US, NOW)).toEqual(exact('2026-09-09T20:06:00Z')); // 6 min ahead
  });

  it('stays today within 5 minutes of clock skew', () => {
    expect(parseMarketplaceTime('1:04 PM', US, NOW)).toEqual(exact('2026-09-10T20:04:00Z'));
  });

  it('reads a 24-hour time on a 12-hour marketplace and the other way round', () => {
    expect(parseMarketplaceTime('10:42', US, NOW)).toEqual(exact('2026-09-10T17:42:00Z'));
    expect(parseMarketplaceTime('9:42 PM', DE, NOW)).toEqual(exact('2026-09-10T19:42:00Z')); // 21:42 CEST
  });
});

describe('today / yesterday', () => {
  it('with a time is exact', () => {
    expect(parseMarketplaceTime('Today 10:42 AM', US, NOW)).toEqual(exact('2026-09-10T17:42:00Z'));
    expect(parseMarketplaceTime('today at 10:42 am', US, NOW)).toEqual(exact('2026-09-10T17:42:00Z'));
    expect(parseMarketplaceTime('Yesterday 10:42 PM', US, NOW)).toEqual(exact('2026-09-10T05:42:00Z'));
    expect(parseMarketplaceTime('Today, 20:42', UK, NOW)).toEqual(exact('2026-09-10T19:42:00Z')); // BST
    expect(parseMarketplaceTime('Heute, 21:42', DE, NOW)).toEqual(exact('2026-09-10T19:42:00Z')); // CEST
    expect(parseMarketplaceTime('Gestern um 22:42', DE, NOW)).toEqual(exact('2026-09-09T20:42:00Z'));
    expect(parseMarketplaceTime('Hier à 22:42', FR, NOW)).toEqual(exact('2026-09-09T20:42:00Z'));
    // NOW is already Sep 11 (05:00 JST) in Tokyo, so yesterday is Sep 10.
    expect(parseMarketplaceTime('昨日 22:42', JP, NOW)).toEqual(exact('2026-09-10T13:42:00Z'));
  });

  it('alone is the whole day, from its start in the marketplace zone', () => {
    expect(parseMarketplaceTime('Today', US, NOW)).toEqual(day('2026-09-10T07:00:00Z'));
    expect(parseMarketplaceTime('Yesterday', US, NOW)).toEqual(day('2026-09-09T07:00:00Z'));
    expect(parseMarketplaceTime('Yesterday', JP, NOW)).toEqual(day('2026-09-09T15:00:00Z')); // Sep 10, 00:00 JST
  });

  it('uses the marketplace date, not the UTC date', () => {
    // 03:00Z on Sep 11 is still Sep 10 (20:00 PDT) in Los Angeles.
    const now = at('2026-09-11T03:00:00Z');
    expect(parseMarketplaceTime('Today', US, now)).toEqual(day('2026-09-10T07:00:00Z'));
  });

  it('rejects "today" with a time still ahead, and words that only start like it', () => {
    expect(parseMarketplaceTime('Today 11:00 PM', US, NOW)).toBeNull();
    expect(parseMarketplaceTime('Todayish', US, NOW)).toBeNull();
    expect(parseMarketplaceTime('Today soon', US, NOW)).toBeNull();
  });
});

describe('English relative text', () => {
  it('now is exact now', () => {
    expect(parseMarketplaceTime('just now', US, NOW)).toEqual({ at: NOW, precision: 'exact' });
    expect(parseMarketplaceTime('Now', US, NOW)).toEqual({ at: NOW, precision: 'exact' });
  });

  it.each([
    ['5 minutes ago', '2026-09-10T19:55:00Z'],
    ['1 minute ago', '2026-09-10T19:59:00Z'],
    ['a minute ago', '2026-09-10T19:59:00Z'],
    ['5 min ago', '2026-09-10T19:55:00Z'],
    ['5 mins ago', '2026-09-10T19:55:00Z'],
    ['5m ago', '2026-09-10T19:55:00Z'],
    ['90 minutes ago', '2026-09-10T18:30:00Z'],
  ])('%s is exact', (text, instant) => {
    expect(parseMarketplaceTime(text, US, NOW)).toEqual(exact(instant));
  });

  it.each([
    // "3 hours ago" means 3h00m to 3h59m ago: the earliest is 4 hours before now.
    ['3 hours ago', '2026-09-10T16:00:00Z'],
    ['3h ago', '2026-09-10T16:00:00Z'],
    ['3 hrs ago', '2026-09-10T16:00:00Z'],
    ['an hour ago', '2026-09-10T18:00:00Z'],
    ['1 hour ago', '2026-09-10T18:00:00Z'],
  ])('%s has hour precision at its earliest', (text, instant) => {
    expect(parseMarketplaceTime(text, US, NOW)).toEqual(hour(instant));
  });

  it.each([
    ['2 days ago', '2026-09-08T07:00:00Z'], // start of Sep 8, PDT
    ['a day ago', '2026-09-09T07:00:00Z'],
    ['1 day ago', '2026-09-09T07:00:00Z'],
    ['2d ago', '2026-09-08T07:00:00Z'],
  ])('%s has day precision from the start of that day', (text, instant) => {
    expect(parseMarketplaceTime(text, US, NOW)).toEqual(day(instant));
  });

  it('counts days in the marketplace zone', () => {
    // NOW is already Sep 11 in Tokyo (05:00 JST): two days ago is Sep 9, starting 15:00Z on Sep 8.
    expect(parseMarketplaceTime('2 days ago', JP, NOW)).toEqual(day('2026-09-08T15:00:00Z'));
  });
});

describe('across the US daylight-saving change (Los Angeles, 2026-11-01 02:00 PDT -> 01:00 PST)', () => {
  const NOV1 = at('2026-11-01T20:00:00Z'); // 12:00 PST on the change day
  const NOV2 = at('2026-11-02T20:00:00Z'); // 12:00 PST the day after

  it('starts a day-only date at its own midnight offset', () => {
    expect(parseMarketplaceTime('Nov 1, 2026', US, NOV1)).toEqual(day('2026-11-01T07:00:00Z')); // 00:00 PDT
    expect(parseMarketplaceTime('Oct 31, 2026', US, NOV1)).toEqual(day('2026-10-31T07:00:00Z')); // 00:00 PDT
    expect(parseMarketplaceTime('Nov 2, 2026', US, NOV2)).toEqual(day('2026-11-02T08:00:00Z')); // 00:00 PST
    expect(parseMarketplaceTime('Today', US, NOV1)).toEqual(day('2026-11-01T07:00:00Z'));
    expect(parseMarketplaceTime('Yesterday', US, NOV2)).toEqual(day('2026-11-01T07:00:00Z'));
  });

  it('places today\'s time with the offset in force at that time', () => {
    // 10:42 PST = 18:42Z; "start of day + 10h42m" would wrongly give 17:42Z (the day has 25 hours).
    expect(parseMarketplaceTime('10:42 AM', US, NOV1)).toEqual(exact('2026-11-01T18:42:00Z'));
    expect(parseMarketplaceTime('Yesterday 10:42 AM', US, NOV1)).toEqual(exact('2026-10-31T17:42:00Z')); // PDT
    expect(parseMarketplaceTime('10:42 PM', US, NOV2)).toEqual(exact('2026-11-02T06:42:00Z')); // Nov 1, 22:42 PST
  });

  it('counts days ago as calendar days', () => {
    expect(parseMarketplaceTime('2 days ago', US, NOV1)).toEqual(day('2026-10-30T07:00:00Z')); // PDT
    expect(parseMarketplaceTime('a day ago', US, NOV1)).toEqual(day('2026-10-31T07:00:00Z'));
    expect(parseMarketplaceTime('a day ago', US, NOV2)).toEqual(day('2026-11-01T07:00:00Z')); // 25 h before Nov 2 00:00 PST
    expect(parseMarketplaceTime('2 days ago', US, NOV2)).toEqual(day('2026-10-31T07:00:00Z'));
  });

  it('keeps hours ago as elapsed hours', () => {
    expect(parseMarketplaceTime('3 hours ago', US, NOV1)).toEqual(hour('2026-11-01T16:00:00Z'));
  });

  it('handles the spring change too (2026-03-08 02:00 PST -> 03:00 PDT)', () => {
    const now = at('2026-03-08T20:00:00Z'); // 13:00 PDT
    expect(parseMarketplaceTime('Mar 8, 2026', US, now)).toEqual(day('2026-03-08T08:00:00Z')); // 00:00 PST
    expect(parseMarketplaceTime('10:42 AM', US, now)).toEqual(exact('2026-03-08T17:42:00Z')); // PDT
    expect(parseMarketplaceTime('a day ago', US, now)).toEqual(day('2026-03-07T08:00:00Z'));
  });

  it('handles the European change on amazon.de (2026-10-25 03:00 CEST -> 02:00 CET)', () => {
    const now = at('2026-10-25T12:00:00Z'); // 13:00 CET
    expect(parseMarketplaceTime('25.10.2026', DE, now)).toEqual(day('2026-10-24T22:00:00Z')); // 00:00 CEST
    expect(parseMarketplaceTime('10:42', DE, now)).toEqual(exact('2026-10-25T09:42:00Z')); // CET
  });
});

describe('not a time', () => {
  it.each([
    'Needs response',
    '',
    '   ',
    '123-4567890-1234567', // an Amazon order id
    '2026', // a bare year (Luxon's fromISO would take it)
    'Sep 31, 2026', // no such day
    '25:00',
    'Sep 4', // no year: not guessed
    'Order #4',
    'hours ago',
    '3 weeks ago',
  ])('%j -> null', (text) => {
    expect(parseMarketplaceTime(text, US, NOW)).toBeNull();
  });

  it('rejects a date or time after now (beyond 5 minutes of skew): it was misread', () => {
    expect(parseMarketplaceTime('Sep 11, 2026', US, NOW)).toBeNull();
    expect(parseMarketplaceTime('Sep 10, 2026 1:10 PM', US, NOW)).toBeNull();
    expect(parseMarketplaceTime('Sep 10, 2026 1:04 PM', US, NOW)).toEqual(exact('2026-09-10T20:04:00Z'));
  });

  it('returns null instead of throwing on a bad clock', () => {
    expect(parseMarketplaceTime('Sep 4, 2026', { zone: 'Not/AZone', locale: 'en-US' }, NOW)).toBeNull();
    expect(parseMarketplaceTime('Sep 4, 2026', { zone: 'UTC', locale: 'not a locale!!' }, NOW)).toBeNull();
    expect(parseMarketplaceTime('Sep 4, 2026', US, Number.NaN)).toBeNull();
  });
});

describe("eBay's list shorthand (opt-in through ParseOptions)", () => {
  const EBAY = { compactRelative: true, yearlessDates: true } as const;
  // NOW is Thursday 2026-09-10: 13:00 PDT in Los Angeles, 21:00 BST in London, 22:00 CEST in Berlin.

  it('is off by default: other pages read exactly as before', () => {
    for (const text of ['45m', '3h', '2d', 'Sep 4', '4 Sep', '4. Sep.']) {
      expect([text, parseMarketplaceTime(text, US, NOW)]).toEqual([text, null]);
    }
  });

  it('reads compact relative times like their "ago" forms', () => {
    expect(parseMarketplaceTime('45m', US, NOW, EBAY)).toEqual(exact('2026-09-10T19:15:00Z'));
    expect(parseMarketplaceTime('3h', US, NOW, EBAY)).toEqual(hour('2026-09-10T16:00:00Z')); // 3h00m-3h59m ago
    expect(parseMarketplaceTime('3H', US, NOW, EBAY)).toEqual(hour('2026-09-10T16:00:00Z'));
    expect(parseMarketplaceTime('2d', US, NOW, EBAY)).toEqual(day('2026-09-08T07:00:00Z')); // Sep 8, 00:00 PDT
    expect(parseMarketplaceTime('1d', UK, NOW, EBAY)).toEqual(day('2026-09-08T23:00:00Z')); // Sep 9, 00:00 BST
    expect(parseMarketplaceTime('just now', US, NOW, EBAY)).toEqual({ at: NOW, precision: 'exact' });
    expect(parseMarketplaceTime('yesterday', US, NOW, EBAY)).toEqual(day('2026-09-09T07:00:00Z'));
  });

  it.each([
    ['en-US', US, 'Sep 4', '2026-09-04T07:00:00Z'], // PDT
    ['en-US', US, 'Sep 10', '2026-09-10T07:00:00Z'], // today is not the future
    ['en-US', US, 'Sep 11', '2025-09-11T07:00:00Z'], // tomorrow this year: so last year (PDT)
    ['en-US', US, 'Dec 28', '2025-12-28T08:00:00Z'], // PST
    ['en-US', US, 'September 4', '2026-09-04T07:00:00Z'],
    ['en-CA', CA, 'Sep 4', '2026-09-04T04:00:00Z'], // EDT
    ['en-GB', UK, '4 Sep', '2026-09-03T23:00:00Z'], // BST
    ['en-GB', UK, '4 Sept', '2026-09-03T23:00:00Z'],
    ['en-GB', UK, '28 Dec', '2025-12-28T00:00:00Z'], // GMT
    ['en-AU', AU, '4 Sep', '2026-09-03T14:00:00Z'], // AEST
    ['de-DE', DE, '4. Sep.', '2026-09-03T22:00:00Z'], // eBay's "Sep.", not ICU's "Sept." (CEST)
    ['de-DE', DE, '4. Sept.', '2026-09-03T22:00:00Z'],
    ['de-DE', DE, '04. Sep', '2026-09-03T22:00:00Z'],
    ['de-DE', DE, '3. Mär.', '2026-03-02T23:00:00Z'], // CET
    ['de-DE', DE, '3. März', '2026-03-02T23:00:00Z'],
    ['de-DE', DE, '28. Dez.', '2025-12-27T23:00:00Z'],
    ['fr-FR', FR, '4 sept.', '2026-09-03T22:00:00Z'],
    ['fr-FR', FR, '12 févr.', '2026-02-11T23:00:00Z'],
    ['fr-FR', FR, '2 juil.', '2026-07-01T22:00:00Z'],
    ['it-IT', IT, '4 set', '2026-09-03T22:00:00Z'],
    ['es-ES', ES, '4 sep', '2026-09-03T22:00:00Z'],
    ['de-DE', DE, 'Sep 4', '2026-09-03T22:00:00Z'], // English month first on a German site
  ] as const)('%s: %s is the most recent such day', (_locale, clock, text, start) => {
    expect(parseMarketplaceTime(text, clock, NOW, EBAY)).toEqual(day(start));
  });

  it('goes back to the last leap year for 29 February', () => {
    expect(parseMarketplaceTime('Feb 29', US, NOW, EBAY)).toEqual(day('2024-02-29T08:00:00Z')); // PST
  });

  it.each(['Sep 31', 'Ju 4', 'jui 4', 'Order 4', '4 Sepx', 'Sep 4th street', '3 weeks', '3w', '12'])(
    '%j is not a yearless date',
    (text) => {
      expect(parseMarketplaceTime(text, FR, NOW, EBAY)).toBeNull();
    },
  );
});
