// The fast wall-clock reader agrees with Luxon minute by minute, across clock changes and half-hour zones.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { zoneClock } from '@/lib/analytics/zone-clock';

const MINUTE = 60_000;

describe('zoneClock', () => {
  for (const [zone, day] of [
    ['America/New_York', '2026-03-08'], // spring forward at 02:00
    ['Europe/London', '2026-10-25'], // fall back at 02:00
    ['Asia/Kolkata', '2026-06-01'], // UTC+5:30
    ['Australia/Lord_Howe', '2026-04-05'], // a half-hour change
  ] as const) {
    it(`reads weekday, hour and date as Luxon does in ${zone} around ${day}`, () => {
      const clock = zoneClock(zone);
      const start = DateTime.fromISO(day, { zone }).minus({ hours: 6 }).toMillis();
      for (let at = start; at < start + 36 * 60 * MINUTE; at += 7 * MINUTE) {
        const expected = DateTime.fromMillis(at, { zone });
        expect([clock.weekday(at), clock.hour(at), clock.isoDate(at)], new Date(at).toISOString()).toEqual([expected.weekday, expected.hour, expected.toISODate()]);
      }
    });
  }

  it('numbers consecutive dates consecutively', () => {
    const clock = zoneClock('Asia/Shanghai');
    const friday = Date.parse('2026-03-13T23:59:00+08:00');
    expect(clock.dayNumber(friday + 2 * MINUTE) - clock.dayNumber(friday)).toBe(1);
  });

  it('refuses a zone that does not exist', () => {
    expect(() => zoneClock('Mars/Olympus')).toThrow(/not a time zone/);
  });
});
