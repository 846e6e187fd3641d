// looksLikeTime: the content script's cheap "is this a message time?" must accept every text the background's
// parser reads (or a date cell would be taken for a buyer's name) and refuse names, subjects and labels.
import { describe, expect, it } from 'vitest';
import { parseMarketplaceTime } from '@/lib/time/parse-marketplace-time';
import { looksLikeTime } from '@/lib/time/time-shape';

const NOW = Date.UTC(2026, 8, 10, 20, 0);
const TIMES: readonly [locale: string, zone: string, text: string][] = [
  ['en-US', 'America/Los_Angeles', 'Sep 4, 2026'],
  ['en-US', 'America/Los_Angeles', 'September 4, 2026 at 10:42 AM'],
  ['en-US', 'America/Los_Angeles', '9/4/2026'],
  ['en-US', 'America/Los_Angeles', '10:42 AM'],
  ['en-US', 'America/Los_Angeles', 'Yesterday 10:42 PM'],
  ['en-US', 'America/Los_Angeles', '3 hours ago'],
  ['en-US', 'America/Los_Angeles', 'an hour ago'],
  ['en-US', 'America/Los_Angeles', 'just now'],
  ['en-US', 'America/Los_Angeles', '2026-09-04T10:42:00Z'],
  ['en-GB', 'Europe/London', '4 Sept 2026, 22:42'],
  ['en-GB', 'Europe/London', '04/09/2026'],
  ['de-DE', 'Europe/Berlin', '4. Sept. 2026'],
  ['de-DE', 'Europe/Berlin', '4. September 2026 um 22:42'],
  ['de-DE', 'Europe/Berlin', 'Gestern, 22:42'],
  ['de-DE', 'Europe/Berlin', '04.09.2026'],
  ['fr-FR', 'Europe/Paris', '4 sept. 2026 à 22h42'],
  ['fr-FR', 'Europe/Paris', "aujourd'hui 09:15"],
  ['it-IT', 'Europe/Rome', '4 set 2026'],
  ['es-ES', 'Europe/Madrid', '4 de septiembre de 2026'],
  ['es-MX', 'America/Mexico_City', '4 sep 2026 10:42 p.m.'],
  ['ja-JP', 'Asia/Tokyo', '2026/09/04 22:42'],
  ['ja-JP', 'Asia/Tokyo', '2026年9月4日'],
];

describe('looksLikeTime', () => {
  it.each(TIMES)('%s: "%s" is read by the parser and recognised here', (locale, zone, text) => {
    expect(parseMarketplaceTime(text, { locale, zone }, NOW)).not.toBeNull();
    expect(looksLikeTime(text, locale)).toBe(true);
  });

  it('recognises eBay’s shorthand only where the page uses it', () => {
    for (const text of ['3h', '45m', 'Sep 4', '4. Sep.']) {
      expect(parseMarketplaceTime(text, { locale: 'en-US', zone: 'UTC' }, NOW, { compactRelative: true, yearlessDates: true })).not.toBeNull();
      expect(looksLikeTime(text, 'en-US', { compactRelative: true, yearlessDates: true })).toBe(true);
    }
    expect(looksLikeTime('3h', 'en-US')).toBe(false);
    expect(looksLikeTime('Sep 4', 'en-US')).toBe(false);
  });

  it.each([
    'Emma Whitfield',
    'Does the lamp work with 230 V?',
    'Where is my order? · Order 111-2223334-4445556',
    'Order 111-2223334-4445556',
    'Needs response',
    'Room 12 May 2026 delivery was late, please refund', // a sentence that mentions a date
    'Mar 3 pack of 12',
    'todayish',
    '12',
    '',
  ])('refuses "%s"', (text) => {
    expect(looksLikeTime(text, 'en-US')).toBe(false);
  });
});
