// What a holding reply may promise, and how the buyer reads it. The team is in Beijing; buyers are in New York,
// Berlin, London, Paris, Madrid, Rome and Tokyo. Expected times and texts are literals worked out by hand.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatReplyBy, replyBy } from '@/lib/shifts/reply-by';
import { DEFAULT_SHIFTS, type Shift } from '@/lib/shifts/schedule';

const BEIJING = 'Asia/Shanghai';
const beijing = (iso: string) => DateTime.fromISO(iso, { zone: BEIJING }).toMillis();
const inZone = (ms: number | undefined, zone: string) => (ms === undefined ? undefined : DateTime.fromMillis(ms, { zone }).toISO());
/** The team does not start shifts on Saturday or Sunday (Beijing dates). */
const weekendOff = (date: string) => DateTime.fromISO(date).weekday >= 6;
const everyDay = [1, 2, 3, 4, 5, 6, 7];
/** A night shift in Beijing that is the US Eastern working morning. */
const usNight: Shift[] = [{ id: 'us', name: 'US', start: '22:00', end: '07:00', days: everyDay, zone: BEIJING, agents: [] }];
/** An afternoon-and-evening shift in Beijing that is the European working day. */
const europe: Shift[] = [{ id: 'eu', name: 'EU', start: '16:00', end: '01:00', days: everyDay, zone: BEIJING, agents: [] }];
// Saturday 08:00 in Beijing is Friday 19:00 in New York, Saturday 01:00 in Berlin.
const saturdayMorningBeijing = beijing('2026-01-17T08:00');

describe('replyBy', () => {
  it('Friday evening in New York, weekend off in Beijing: "Monday, 10:00 AM EST"', () => {
    const promise = replyBy({
      now: saturdayMorningBeijing,
      shifts: usNight,
      isDayOff: weekendOff,
      platformDeadline: null,
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(promise?.text).toBe('Monday, 10:00 AM EST');
    expect(inZone(promise?.at, 'America/New_York')).toBe('2026-01-19T10:00:00.000-05:00');
    expect(promise?.cappedByDeadline).toBe(false);
    expect(promise?.deadlineMissed).toBe(false);
  });

  it('with the default shifts, Monday 10:00 in Beijing is Sunday evening in New York', () => {
    const promise = replyBy({
      now: beijing('2026-01-17T07:30'),
      shifts: DEFAULT_SHIFTS,
      isDayOff: weekendOff,
      platformDeadline: null,
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(promise?.text).toBe('Sunday, 9:00 PM EST');
    expect(inZone(promise?.at, BEIJING)).toBe('2026-01-19T10:00:00.000+08:00');
  });

  it('speaks each buyer’s language on their own clock', () => {
    const textFor = (buyerZone: string, buyerLocale: string) =>
      replyBy({ now: saturdayMorningBeijing, shifts: europe, isDayOff: weekendOff, platformDeadline: null, buyerZone, buyerLocale })?.text;
    expect(textFor('Europe/Berlin', 'de-DE')).toBe('Montag, 10:00 Uhr');
    expect(textFor('Europe/London', 'en-GB')).toBe('Monday, 09:00 GMT');
    expect(textFor('Europe/Paris', 'fr-FR')).toBe('lundi à 10:00');
    expect(textFor('Europe/Madrid', 'es-ES')).toBe('lunes, 10:00');
    expect(textFor('Europe/Rome', 'it-IT')).toBe('lunedì alle 10:00');
    expect(textFor('Asia/Tokyo', 'ja-JP')).toBe('月曜日 18:00');
    expect(textFor('America/New_York', 'en_US')).toBe('Monday, 4:00 AM EST');
  });

  it('on duty now: now + margin, rounded up to the half hour on the buyer’s clock (summer: EDT)', () => {
    const promise = replyBy({
      now: beijing('2026-07-15T10:07'),
      shifts: DEFAULT_SHIFTS,
      platformDeadline: null,
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(inZone(promise?.at, BEIJING)).toBe('2026-07-15T11:30:00.000+08:00');
    expect(promise?.text).toBe('Tuesday, 11:30 PM EDT');
  });

  it('rounds on the buyer’s clock even where it is 45 minutes off the hour', () => {
    const promise = replyBy({
      now: beijing('2026-01-14T10:40'),
      shifts: DEFAULT_SHIFTS,
      platformDeadline: null,
      marginMinutes: 60,
      buyerZone: 'Asia/Kathmandu',
      buyerLocale: 'en-US',
    });
    expect(inZone(promise?.at, 'Asia/Kathmandu')).toBe('2026-01-14T09:30:00.000+05:45');
  });

  it('a promise already on a round time stays there; the margin is configurable', () => {
    const promise = replyBy({
      now: beijing('2026-01-14T08:30'),
      shifts: DEFAULT_SHIFTS,
      platformDeadline: null,
      marginMinutes: 30,
      buyerZone: 'Europe/London',
      buyerLocale: 'en-GB',
    });
    expect(inZone(promise?.at, BEIJING)).toBe('2026-01-14T09:30:00.000+08:00');
  });

  it('is capped at the platform deadline (rounded down to the half hour) when the team is on before it', () => {
    const promise = replyBy({
      now: beijing('2026-01-14T08:30'),
      shifts: DEFAULT_SHIFTS,
      platformDeadline: beijing('2026-01-14T09:45'),
      buyerZone: 'Europe/London',
      buyerLocale: 'en-GB',
    });
    expect(inZone(promise?.at, BEIJING)).toBe('2026-01-14T09:30:00.000+08:00');
    expect(promise?.text).toBe('Wednesday, 01:30 GMT');
    expect(promise?.cappedByDeadline).toBe(true);
    expect(promise?.deadlineMissed).toBe(false);
  });

  it('is capped at the deadline itself when no round time fits between now and the deadline', () => {
    const promise = replyBy({
      now: beijing('2026-01-14T10:07'),
      shifts: DEFAULT_SHIFTS,
      platformDeadline: beijing('2026-01-14T10:20'),
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(inZone(promise?.at, BEIJING)).toBe('2026-01-14T10:20:00.000+08:00');
    expect(promise?.cappedByDeadline).toBe(true);
  });

  it('promises the honest time and flags the miss when nobody is on before the deadline', () => {
    const promise = replyBy({
      now: beijing('2026-01-14T07:30'),
      shifts: DEFAULT_SHIFTS,
      platformDeadline: beijing('2026-01-14T08:00'),
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(inZone(promise?.at, BEIJING)).toBe('2026-01-14T10:00:00.000+08:00');
    expect(promise?.text).toBe('Tuesday, 9:00 PM EST');
    expect(promise?.deadlineMissed).toBe(true);
    expect(promise?.cappedByDeadline).toBe(false);
  });

  it('a deadline already past is missed too', () => {
    const promise = replyBy({
      now: beijing('2026-01-14T10:07'),
      shifts: DEFAULT_SHIFTS,
      platformDeadline: beijing('2026-01-14T09:00'),
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(inZone(promise?.at, BEIJING)).toBe('2026-01-14T11:30:00.000+08:00');
    expect(promise?.deadlineMissed).toBe(true);
  });

  it('promises nothing when no shift runs in the next two weeks', () => {
    expect(replyBy({ now: beijing('2026-01-14T10:00'), shifts: [], platformDeadline: null, buyerZone: 'UTC', buyerLocale: 'en-US' })).toBeNull();
  });
});

describe('formatReplyBy', () => {
  const mondayTenInBerlin = DateTime.fromISO('2026-01-19T10:00', { zone: 'Europe/Berlin' }).toMillis();

  it('falls back to Intl’s own style for locales the table does not list, and to English for nonsense', () => {
    expect(formatReplyBy(mondayTenInBerlin, 'Europe/Berlin', 'pt-BR')).toContain('segunda-feira');
    expect(formatReplyBy(mondayTenInBerlin, 'Europe/Berlin', 'de-AT')).toBe('Montag, 10:00 Uhr');
    expect(formatReplyBy(mondayTenInBerlin, 'America/New_York', '!!')).toBe('Monday, 4:00 AM EST');
  });
});
