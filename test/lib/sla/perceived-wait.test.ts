// How long a wait felt on the buyer's own clock: elapsed hours, the weekend hours among them, calendar days, and
// whether a reply within a business-day rule still felt slow.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { perceivedWait } from '@/lib/sla/perceived-wait';

const NEW_YORK = 'America/New_York';
const newYork = (iso: string) => DateTime.fromISO(iso, { zone: NEW_YORK }).toMillis();

describe('perceivedWait', () => {
  it('Friday 18:00 answered Monday 10:00: within 3 business days, but 64 hours and a whole weekend to the buyer', () => {
    expect(perceivedWait(newYork('2026-01-16T18:00'), newYork('2026-01-19T10:00'), NEW_YORK, true)).toEqual({
      elapsedHours: 64,
      weekendHours: 48,
      calendarDaysLate: 3,
      feltSlow: true,
    });
  });

  it('a weekday message answered in 3 hours did not feel slow', () => {
    expect(perceivedWait(newYork('2026-01-14T10:00'), newYork('2026-01-14T13:00'), NEW_YORK, true)).toEqual({
      elapsedHours: 3,
      weekendHours: 0,
      calendarDaysLate: 0,
      feltSlow: false,
    });
  });

  it('a reply that broke the rule felt slow whatever the hours', () => {
    expect(perceivedWait(newYork('2026-01-14T10:00'), newYork('2026-01-14T13:00'), NEW_YORK, false).feltSlow).toBe(true);
  });

  it('counts the weekend on the buyer’s clock: the spring-forward Sunday has 23 hours', () => {
    // Saturday 12:00 EST to Monday 12:00 EDT: 47 elapsed hours, 12 on Saturday and 23 on Sunday.
    expect(perceivedWait(newYork('2026-03-07T12:00'), newYork('2026-03-09T12:00'), NEW_YORK, true)).toEqual({
      elapsedHours: 47,
      weekendHours: 35,
      calendarDaysLate: 2,
      feltSlow: true,
    });
  });

  it('the weekend is the buyer’s: Friday evening in New York is already Saturday in Beijing', () => {
    const wait = perceivedWait(newYork('2026-01-16T18:00'), newYork('2026-01-16T22:00'), NEW_YORK, true);
    expect(wait.weekendHours).toBe(0);
    expect(perceivedWait(newYork('2026-01-16T18:00'), newYork('2026-01-16T22:00'), 'Asia/Shanghai', true).weekendHours).toBe(4);
  });

  it('an answer stamped before the message counts as no wait', () => {
    expect(perceivedWait(newYork('2026-01-14T10:00'), newYork('2026-01-14T09:00'), NEW_YORK, true)).toEqual({
      elapsedHours: 0,
      weekendHours: 0,
      calendarDaysLate: 0,
      feltSlow: false,
    });
  });

  it('property: weekend hours never exceed elapsed hours, and long waits always feel slow', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Shanghai'];
    const year2026 = { min: Date.UTC(2026, 0, 1), max: Date.UTC(2026, 11, 31) };
    fc.assert(
      fc.property(
        fc.integer(year2026),
        fc.integer({ min: 0, max: 10 * 24 * 60 }),
        fc.constantFrom(...zones),
        fc.boolean(),
        (messageAt, waitMinutes, zone, withinRule) => {
          const wait = perceivedWait(messageAt, messageAt + waitMinutes * 60_000, zone, withinRule);
          expect(wait.elapsedHours).toBeCloseTo(waitMinutes / 60, 9);
          expect(wait.weekendHours).toBeGreaterThanOrEqual(0);
          expect(wait.weekendHours).toBeLessThanOrEqual(wait.elapsedHours + 1e-9);
          expect(wait.calendarDaysLate).toBeGreaterThanOrEqual(Math.floor(waitMinutes / (25 * 60)));
          if (wait.elapsedHours > 24) expect(wait.feltSlow).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
