// The template panel's decisions: whose clock fills dates, and which key press is a template's shortcut.
import { describe, expect, it } from 'vitest';
import { buyerClock, matchesShortcut, templateForShortcut, templateOffers, variablesFor, type TemplateContext } from '@/lib/templates/offer';
import type { Template } from '@/lib/model';
import type { Shift } from '@/lib/shifts/schedule';

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

  it('signs with the team’s stored names and promises by the team’s own shifts and days off', () => {
    const now = Date.UTC(2026, 10, 23, 0, 0); // Monday 01:00 in Berlin
    const conversation = {
      buyer: 'Lena Vogel',
      orderId: '303-1234567-1234567',
      subject: 'Wo ist meine Bestellung?',
      platform: 'amazon' as const,
      marketplace: 'DE',
      url: 'https://sellercentral.amazon.de/messaging/inbox',
      platformDueAt: null,
    };
    const berlinEarly: Shift = { id: 'early', name: 'Early', start: '06:00', end: '14:00', days: [1, 2, 3, 4, 5, 6, 7], zone: 'Europe/Berlin', agents: [] };
    const context: TemplateContext = { agentName: 'Mei Chen', shopName: 'Stellar Home Goods', shifts: [berlinEarly], daysOff: [] };
    const values = variablesFor(conversation as never, now, context);
    expect(values.agentName).toBe('Mei Chen');
    expect(values.shopName).toBe('Stellar Home Goods');
    // The stored shift starts at 06:00 Berlin, plus the hour's margin (the default shifts would say 03:00).
    expect(values.replyBy).toBe('Montag, 07:00 Uhr');
    // Monday is a team day off: the promise moves to Tuesday's shift.
    expect(variablesFor(conversation as never, now, { ...context, daysOff: ['2026-11-23'] }).replyBy).toBe('Dienstag, 07:00 Uhr');
    // No names stored: the signature stays a visible gap, never an empty line.
    const unsigned = variablesFor(conversation as never, now, { ...context, agentName: '', shopName: ' ' });
    expect(unsigned.agentName).toBeUndefined();
    expect(unsigned.shopName).toBeUndefined();

    // And the sidebar's offers render with them: the holding reply signs with the stored names.
    const holding: Template = {
      id: 1,
      name: 'Holding',
      body: 'Hello {{buyerName}}, you will hear from me by {{replyBy}}.\n{{agentName}}, {{shopName}}',
      platforms: [],
      language: 'en',
      category: null,
      tags: [],
      shortcut: null,
      useCount: 0,
      lastUsedAt: null,
      updatedAt: 0,
    };
    const [offer] = templateOffers([holding], '', { ...conversation, triage: null, category: 'shipping' } as never, now, 5, context);
    expect(offer!.rendered.text).toBe('Hello Lena Vogel, you will hear from me by Montag, 07:00 Uhr.\nMei Chen, Stellar Home Goods');
    expect(templateOffers([holding], '', { ...conversation, triage: null, category: 'shipping' } as never, now)[0]!.rendered.missing).toEqual([
      'agentName',
      'shopName',
    ]);
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
