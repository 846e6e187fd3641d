// Property tests: random schedules and moments within three days of the 2026 clock changes in New York, London
// and Sydney (Shanghai, which has none, as a control), checking that the shift answers agree with each other.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { replyBy } from '@/lib/shifts/reply-by';
import { dutyStatus, nextOnDuty, onDuty, shiftOccurrences, wallTimeToMillis, type Shift } from '@/lib/shifts/schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RUNS = { numRuns: 200 };

const TEAM_ZONES = ['America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Shanghai'] as const;
/** The 2026 clock changes, as UTC instants (written out, not computed). */
const CHANGES = [
  '2026-03-08T07:00:00Z', // New York springs forward
  '2026-11-01T06:00:00Z', // New York falls back
  '2026-03-29T01:00:00Z', // London springs forward
  '2026-10-25T01:00:00Z', // London falls back
  '2026-04-04T16:00:00Z', // Sydney falls back (03:00 AEDT on 5 April)
  '2026-10-03T16:00:00Z', // Sydney springs forward (02:00 AEST on 4 October)
].map((iso) => Date.parse(iso));

const offsetAt = (at: number, zone: string) => DateTime.fromMillis(at, { zone }).offset;

const nearAChange = fc
  .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }))
  .map(([change, minutes]) => change + minutes * MINUTE);

/** A zone and a day on which it changes its clocks (Shanghai, which never does, on the others' days), and wall
 *  times biased to 00:00–04:00, where the changes happen. */
const zoneOnItsChangeDay = fc.constantFrom(
  ...TEAM_ZONES.flatMap((zone) => {
    const own = CHANGES.filter((change) => offsetAt(change - HOUR, zone) !== offsetAt(change + HOUR, zone));
    return (own.length > 0 ? own : CHANGES).map((change) => ({ zone, date: DateTime.fromMillis(change, { zone }).toISODate() ?? '' }));
  }),
);
const wallMinutesNearChanges = fc.oneof(fc.integer({ min: 0, max: 24 * 60 - 1 }), fc.integer({ min: 0, max: 4 * 60 }));

const wallTime = fc.integer({ min: 0, max: 24 * 60 - 1 }).map((minutes) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
});

const schedule = fc.constantFrom(...TEAM_ZONES).chain((zone) =>
  fc
    .array(
      fc.record({
        start: wallTime,
        end: wallTime,
        days: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
      }),
      { minLength: 1, maxLength: 3 },
    )
    .map((drafts) => drafts.map((draft, index): Shift => ({ id: `s${index}`, name: `Shift ${index}`, zone, agents: [], ...draft }))),
);

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const wallLengthMinutes = (shift: Shift) => {
  const length = (minutesOf(shift.end) - minutesOf(shift.start) + 24 * 60) % (24 * 60);
  return length === 0 ? 24 * 60 : length;
};

describe('shift answers across clock changes', () => {
  it('every run onDuty reports contains the moment asked about', () => {
    fc.assert(
      fc.property(schedule, nearAChange, (shifts, at) => {
        for (const run of onDuty(shifts, at)) {
          expect(run.startedAt).toBeLessThanOrEqual(at);
          expect(run.endsAt).toBeGreaterThan(at);
        }
      }),
      RUNS,
    );
  });

  it('nextOnDuty is at or after the moment, someone is on then, and nobody before it', () => {
    fc.assert(
      fc.property(schedule, nearAChange, (shifts, at) => {
        const next = nextOnDuty(shifts, at);
        expect(next).not.toBeNull(); // every shift has a day, so something starts within a week
        if (next === null) return;
        expect(next).toBeGreaterThanOrEqual(at);
        expect(onDuty(shifts, next).length).toBeGreaterThan(0);
        if (next > at) {
          expect(onDuty(shifts, at)).toEqual([]);
          expect(onDuty(shifts, next - 1)).toEqual([]);
        }
      }),
      RUNS,
    );
  });

  it('a run lasts its wall-clock length, give or take an hour only when the clocks change during it', () => {
    fc.assert(
      fc.property(schedule, nearAChange, (shifts, at) => {
        for (const run of shiftOccurrences(shifts, at - 2 * DAY, at + 2 * DAY)) {
          const zone = run.shift.zone;
          const duration = run.endsAt - run.startedAt;
          const wall = wallLengthMinutes(run.shift) * MINUTE;
          const noChangeNearby = offsetAt(run.startedAt - DAY, zone) === offsetAt(run.endsAt + DAY, zone);
          if (noChangeNearby) expect(duration).toBe(wall);
          else {
            expect(duration).toBeGreaterThan(0);
            expect(Math.abs(duration - wall)).toBeLessThanOrEqual(HOUR);
          }
        }
      }),
      RUNS,
    );
  });

  it('dutyStatus agrees with onDuty: coverage really ends at endsAt and really starts at nextStart', () => {
    fc.assert(
      fc.property(schedule, nearAChange, (shifts, at) => {
        const status = dutyStatus(shifts, at);
        expect(status.onDuty).toEqual(onDuty(shifts, at));
        if (status.onDuty.length === 0) expect(status.endsAt).toBeNull();
        if (status.endsAt !== null) {
          expect(status.endsAt).toBeGreaterThan(at);
          expect(onDuty(shifts, status.endsAt - 1).length).toBeGreaterThan(0);
          expect(onDuty(shifts, status.endsAt)).toEqual([]);
        }
        if (status.nextStart !== null) {
          expect(status.nextStart).toBeGreaterThan(at);
          expect(onDuty(shifts, status.nextStart).length).toBeGreaterThan(0);
          expect(onDuty(shifts, status.nextStart - 1)).toEqual([]);
        }
        if (status.onDuty.length === 0) expect(status.nextStart).toBe(nextOnDuty(shifts, at));
      }),
      RUNS,
    );
  });

  it('a wall time resolves to the first moment the clocks read it, or to the change that skipped it', () => {
    fc.assert(
      fc.property(zoneOnItsChangeDay, wallMinutesNearChanges, ({ zone, date }, minutes) => {
        const resolved = wallTimeToMillis(date, minutes, zone);
        // A moment's wall-clock reading as comparable milliseconds (the local time written as if it were UTC).
        const wallAt = (at: number) => at + offsetAt(at, zone) * MINUTE;
        const asked = DateTime.fromISO(date, { zone: 'utc' }).toMillis() + minutes * MINUTE;
        if (wallAt(resolved) === asked) {
          // The first reading: an hour earlier (the length of every change in these zones) the clocks did not read it.
          expect(wallAt(resolved - HOUR)).not.toBe(asked);
        } else {
          // Skipped: the result is the change itself, where the clocks jump over the asked-for reading.
          expect(offsetAt(resolved - MINUTE, zone)).not.toBe(offsetAt(resolved, zone));
          expect(wallAt(resolved - MINUTE)).toBeLessThan(asked);
          expect(wallAt(resolved)).toBeGreaterThan(asked);
        }
      }),
      RUNS,
    );
  });
});

describe('replyBy properties', () => {
  const buyerZones = ['America/New_York', 'Europe/London', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Tokyo', 'Asia/Kathmandu'];
  const locales = ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'es-ES', 'it-IT'];

  it('never promises the past; never past the deadline unless it flags the miss; round unless capped', () => {
    fc.assert(
      fc.property(
        schedule,
        nearAChange,
        fc.option(fc.integer({ min: -2 * 60, max: 48 * 60 }), { nil: null }),
        fc.integer({ min: 0, max: 180 }),
        fc.constantFrom(...buyerZones),
        fc.constantFrom(...locales),
        (shifts, now, deadlineInMinutes, marginMinutes, buyerZone, buyerLocale) => {
          const platformDeadline = deadlineInMinutes === null ? null : now + deadlineInMinutes * MINUTE;
          const promise = replyBy({ now, shifts, platformDeadline, marginMinutes, buyerZone, buyerLocale });
          expect(promise).not.toBeNull();
          if (promise === null) return;
          expect(promise.at).toBeGreaterThanOrEqual(now);
          expect(promise.text.length).toBeGreaterThan(0);
          if (platformDeadline !== null && !promise.deadlineMissed) expect(promise.at).toBeLessThanOrEqual(platformDeadline);
          if (promise.deadlineMissed) {
            expect(platformDeadline).not.toBeNull();
            expect(nextOnDuty(shifts, now) ?? 0).toBeGreaterThan(platformDeadline ?? 0);
          }
          if (!promise.cappedByDeadline) {
            const local = DateTime.fromMillis(promise.at, { zone: buyerZone });
            expect(local.minute % 30).toBe(0);
            expect(local.second + local.millisecond).toBe(0);
            expect(promise.at).toBeGreaterThanOrEqual((nextOnDuty(shifts, now) ?? 0) + marginMinutes * MINUTE);
          }
        },
      ),
      RUNS,
    );
  });
});
