// The template panel's decisions: whose clock fills dates, and which key press is a template's shortcut.
import { describe, expect, it } from 'vitest';
import { buyerClock, matchesShortcut, templateForShortcut, variablesFor } from '@/lib/templates/offer';
import type { Template } from '@/lib/model';

const key = (k: string, extra: Partial<Parameters<typeof matchesShortcut>[1]> = {}) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...extra,
});

describe('template offers', () => {
  it('reads the buyer’s zone and locale from the marketplace, with a fallback for unknown pages', () => {
    expect(buyerClock('https://sellercentral.amazon.de/messaging/inbox')).toMatchObject({ zone: 'Europe/Berlin' });
    expect(buyerClock('not a url')).toEqual({ zone: 'UTC', locale: 'en-US' });
  });

  it('promises a reply-by time in the buyer’s zone and language, within the platform deadline', () => {
    const now = Date.UTC(2026, 10, 23, 0, 0); // 08:00 in Beijing: the default shifts' morning gap
    const conversation = {
      buyer: 'Lena Vogel',
      orderId: '303-1234567-1234567',
      subject: 'Wo ist meine Bestellung?',
      platform: 'amazon' as const,
      marketplace: 'DE',
      url: 'https://sellercentral.amazon.de/messaging/inbox',
      platformDueAt: now + 24 * 3600_000,
    };
    const values = variablesFor(conversation as never, now);
    // The day shift starts at 09:00 Beijing (02:00 Berlin) plus the hour's margin: 03:00 in Berlin, in German.
    expect(values.replyBy).toBe('Montag, 03:00 Uhr');
    expect(values.buyerFirstName).toBe('Lena');
  });

  it('matches a shortcut by key or, for Option on a Mac, by physical code; never without its modifiers', () => {
    expect(matchesShortcut('alt+1', key('1', { altKey: true }))).toBe(true);
    expect(matchesShortcut('alt+1', key('¡', { code: 'Digit1', altKey: true }))).toBe(true);
    expect(matchesShortcut('alt+1', key('1'))).toBe(false);
    expect(matchesShortcut('alt+1', key('1', { altKey: true, shiftKey: true }))).toBe(false);
    expect(matchesShortcut('ctrl+shift+k', key('K', { ctrlKey: true, shiftKey: true }))).toBe(true);
  });

  it('finds the template for a shortcut among those this platform allows', () => {
    const base = { body: '', language: 'en', category: null, tags: [], useCount: 0, lastUsedAt: null, updatedAt: 0 };
    const templates: Template[] = [
      { ...base, id: 1, name: 'eBay only', platforms: ['ebay'], shortcut: 'alt+2' },
      { ...base, id: 2, name: 'Any', platforms: [], shortcut: 'alt+3' },
    ];
    expect(templateForShortcut(templates, key('2', { altKey: true }), 'amazon')).toBeNull();
    expect(templateForShortcut(templates, key('2', { altKey: true }), 'ebay')?.id).toBe(1);
    expect(templateForShortcut(templates, key('3', { altKey: true }), 'etsy')?.id).toBe(2);
    expect(templateForShortcut(templates, key('3'), 'etsy')).toBeNull();
  });
});
