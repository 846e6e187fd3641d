// The foundation's reply window: 24 elapsed hours, so a daylight-saving change moves the clock time of the
// deadline, not its distance.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dueTimesFor, isOverdue } from '@/lib/sla/due-time';

describe('dueTimesFor', () => {
  it('is 24 elapsed hours even across the US autumn change (due 23:30 the next day, not 00:30)', () => {
    const wrote = DateTime.fromISO('2026-10-31T00:30', { zone: 'America/Los_Angeles' }).toMillis();
    const mid = DateTime.fromISO('2026-11-01T00:30', { zone: 'America/Los_Angeles' }).toMillis();
    const { dueAt, platformDueAt } = dueTimesFor(mid);
    expect(DateTime.fromMillis(dueAt, { zone: 'America/Los_Angeles' }).toISO()).toBe('2026-11-01T23:30:00.000-08:00');
    expect(platformDueAt).toBe(dueAt);
    expect(dueTimesFor(wrote).dueAt - wrote).toBe(24 * 3600_000);
  });

  it('is 24 elapsed hours across the European spring change too', () => {
    const wrote = DateTime.fromISO('2026-03-28T09:00', { zone: 'Europe/London' }).toMillis();
    expect(DateTime.fromMillis(dueTimesFor(wrote).dueAt, { zone: 'Europe/London' }).toISO()).toBe('2026-03-29T10:00:00.000+01:00');
  });
});

describe('isOverdue', () => {
  it('is true from the due moment on, and never for a conversation without a due time', () => {
    expect(isOverdue({ dueAt: 1000 }, 999)).toBe(false);
    expect(isOverdue({ dueAt: 1000 }, 1000)).toBe(true);
    expect(isOverdue({ dueAt: null }, Number.MAX_SAFE_INTEGER)).toBe(false);
  });
});
