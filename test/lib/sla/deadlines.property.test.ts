// Property tests (fast-check) for deadlinesFor and addBusinessDays: due never before the message, deadlines
// never move earlier when the message is later, business-day deadlines land on business days, and all of it
// around the DST changes of New York, London, Sydney and Shanghai (which has none: the control).
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Platform } from '@/lib/model';
import { addBusinessDays, calendarFor, marketplaceCalendarInfo, type BusinessCalendar } from '@/lib/sla/business-calendar';
import { deadlinesFor, type DeadlineInput, type Deadlines } from '@/lib/sla/deadlines';
import { MESSAGE_KINDS } from '@/lib/sla/policies';

const RUNS = { numRuns: 300 };
const HOUR = 3600_000;
const DAY = 24 * HOUR;

const FROM = Date.UTC(2025, 0, 1);
const TO = Date.UTC(2028, 11, 31);

// Instants within four days of each 2026–2027 DST change of the four zones (Shanghai: same dates, no change).
const CHANGES = [
  '2026-03-08T07:00Z', '2026-11-01T06:00Z', '2027-03-14T07:00Z', '2027-11-07T06:00Z', // America/New_York
  '2026-03-29T01:00Z', '2026-10-25T01:00Z', '2027-03-28T01:00Z', '2027-10-31T01:00Z', // Europe/London
  '2026-04-04T16:00Z', '2026-10-03T16:00Z', '2027-04-03T16:00Z', '2027-10-02T16:00Z', // Australia/Sydney
].map((iso) => DateTime.fromISO(iso).toMillis());
const nearChange = fc
  .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -4 * DAY, max: 4 * DAY }))
  .map(([change, delta]) => change + delta);
const anyTime = fc.oneof(fc.integer({ min: FROM, max: TO }), nearChange);

const DST_ZONES = [
  { country: 'US', zone: 'America/New_York' },
  { country: 'GB', zone: 'Europe/London' },
  { country: 'AU', zone: 'Australia/Sydney' },
  { country: 'CN', zone: 'Asia/Shanghai' },
] as const;

const MARKETPLACES: Record<Platform, string[]> = {
  amazon: ['US', 'CA', 'UK', 'DE', 'JP', 'AU', 'EU', 'XX'],
  ebay: ['US', 'UK', 'DE', 'FR', 'IT', 'ES', 'AU', 'CA', 'XX'],
  etsy: ['US', 'UK', 'XX'],
};
const platformAndMarketplace = fc.constantFrom(
  ...Object.entries(MARKETPLACES).flatMap(([p, codes]) => codes.map((m) => [p as Platform, m] as const)),
);

/** Everything but the message time. */
const rest = fc.record({
  where: platformAndMarketplace,
  category: fc.constantFrom(...CATEGORIES),
  kind: fc.constantFrom(...MESSAGE_KINDS),
  firstInThread: fc.boolean(),
  precision: fc.constantFrom('exact', 'hour', 'day'),
});
type Rest = typeof rest extends fc.Arbitrary<infer T> ? T : never;
const input = (r: Rest, messageAt: number): DeadlineInput => ({
  platform: r.where[0],
  marketplace: r.where[1],
  category: r.category,
  kind: r.kind,
  firstInThread: r.firstInThread,
  precision: r.precision,
  messageAt,
});

const allAts = (d: Deadlines) => [d.platform?.at ?? null, d.teamTarget.at, d.resolveBy.at, d.due.at];

/** The wall clock of an instant in `zone`, independently of the code under test. */
const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone });

describe('deadlinesFor properties', () => {
  it('never puts the due time before the message, and due is the earlier of platform and team', () => {
    fc.assert(
      fc.property(rest, anyTime, (r, t) => {
        const d = deadlinesFor(input(r, t));
        expect(d.due.at).toBeGreaterThan(t);
        expect(d.due.at).toBe(d.platform ? Math.min(d.platform.at, d.teamTarget.at) : d.teamTarget.at);
        expect(d.dueIs === 'platform').toBe(d.platform !== null && d.platform.at <= d.teamTarget.at);
        expect(d.due.approximate).toBe(r.precision !== 'exact');
      }),
      RUNS,
    );
  });

  it('never moves a deadline earlier when the message is later (same other inputs)', () => {
    fc.assert(
      fc.property(rest, anyTime, fc.integer({ min: 0, max: 5 * DAY }), (r, t, later) => {
        const a = allAts(deadlinesFor(input(r, t)));
        const b = allAts(deadlinesFor(input(r, t + later)));
        a.forEach((x, i) => {
          const y = b[i];
          if (x === null || y === null || y === undefined) expect(y).toBe(x);
          else expect(y).toBeGreaterThanOrEqual(x);
        });
      }),
      RUNS,
    );
  });

  it('lands eBay case deadlines on a business day of the marketplace calendar, keeping the wall time', () => {
    const ebay = MARKETPLACES.ebay.filter((m) => m !== 'XX');
    fc.assert(
      fc.property(fc.constantFrom(...ebay), anyTime, (marketplace, t) => {
        const info = marketplaceCalendarInfo('ebay', marketplace);
        if (!info) throw new Error(`no calendar for ${marketplace}`);
        const calendar = calendarFor(info.country, info.zone);
        const d = deadlinesFor({ platform: 'ebay', marketplace, category: 'other', kind: 'case', firstInThread: true, messageAt: t, precision: 'exact' });
        if (!d.platform) throw new Error('no platform deadline for an eBay case');
        const due = local(d.platform.at, info.zone);
        const wrote = local(t, info.zone);
        expect(due.weekday).toBeLessThanOrEqual(5);
        expect(calendar.isBusinessDay(due.toISODate() ?? '')).toBe(true);
        expect(due.diff(wrote, 'days').days).toBeGreaterThanOrEqual(3);
        if (calendar.isBusinessDay(wrote.toISODate() ?? '')) expect(due.toFormat('HH:mm:ss.SSS')).toBe(wrote.toFormat('HH:mm:ss.SSS'));
        else expect(due.toFormat('HH:mm:ss.SSS')).toBe('00:00:00.000');
      }),
      RUNS,
    );
  });

  it('keeps Amazon at exactly 24 elapsed hours across every change', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARKETPLACES.amazon), anyTime, (marketplace, t) => {
        const d = deadlinesFor({ platform: 'amazon', marketplace, category: 'feedback', kind: 'message', firstInThread: false, messageAt: t, precision: 'exact' });
        expect(d.platform?.at).toBe(t + DAY);
      }),
      RUNS,
    );
  });
});

describe('addBusinessDays across DST changes (New York, London, Sydney, Shanghai)', () => {
  const zoneArb = fc.constantFrom(...DST_ZONES);
  const daysArb = fc.integer({ min: 0, max: 10 });

  it('lands on a business day in the calendar zone, after the start, at the start wall time or 00:00', () => {
    fc.assert(
      fc.property(zoneArb, nearChange, daysArb, ({ country, zone }, t, days) => {
        const calendar = calendarFor(country, zone);
        const result = addBusinessDays(t, days, calendar);
        const due = local(result, zone);
        const start = local(t, zone);
        expect(result).toBeGreaterThanOrEqual(t);
        expect(due.weekday).toBeLessThanOrEqual(5);
        expect(calendar.isBusinessDay(due.toISODate() ?? '')).toBe(true);
        const startIsBusiness = calendar.isBusinessDay(start.toISODate() ?? '');
        expect(due.toFormat('HH:mm:ss.SSS')).toBe(startIsBusiness ? start.toFormat('HH:mm:ss.SSS') : '00:00:00.000');
        // Exactly `days` business days lie after the start day, up to and including the result's day.
        let counted = 0;
        for (let day = start.startOf('day').plus({ days: 1 }); day.toISODate()! <= due.toISODate()!; day = day.plus({ days: 1 })) {
          if (calendar.isBusinessDay(day.toISODate()!)) counted++;
        }
        expect(counted).toBe(startIsBusiness ? days : days + 1);
      }),
      RUNS,
    );
  });

  it('is monotone in the start, on real calendars and on calendars where the change falls on a business day', () => {
    const everyDay = (zone: string): BusinessCalendar => ({ zone, isBusinessDay: () => true, holidaysBetween: () => [] });
    fc.assert(
      fc.property(zoneArb, fc.boolean(), nearChange, fc.integer({ min: 0, max: 3 * HOUR }), daysArb, ({ country, zone }, real, t, later, days) => {
        const calendar = real ? calendarFor(country, zone) : everyDay(zone);
        expect(addBusinessDays(t + later, days, calendar)).toBeGreaterThanOrEqual(addBusinessDays(t, days, calendar));
      }),
      { numRuns: 1000 }, // cheap, and the repeated and skipped hours are narrow targets
    );
  });
});
