// Template search: what the platform does not allow is never offered; the conversation's category, then the
// buyer's language, then this platform's own variants come first; then use (how often, how lately); with a
// query the text match counts most, typos forgiven.
import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/model';
import { searchTemplates, type SearchContext } from '@/lib/templates/search';
import { seedTemplates } from '@/lib/templates/seed';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 17);

function template(name: string, fields: Partial<Template> = {}): Template {
  return { name, body: `Body of ${name}`, platforms: [], language: 'en', category: null, tags: [], shortcut: null, useCount: 0, lastUsedAt: null, updatedAt: 0, ...fields };
}
const names = (list: Template[]) => list.map((t) => t.name);
const AMAZON_DE_RETURN: SearchContext = { platform: 'amazon', language: 'de', category: 'return' };

describe('platform', () => {
  const templates = [
    template('any platform'),
    template('amazon only', { platforms: ['amazon'] }),
    template('etsy only', { platforms: ['etsy'] }),
    template('ebay and etsy', { platforms: ['ebay', 'etsy'] }),
  ];

  it('leaves out templates for other platforms (empty platforms = any)', () => {
    expect(names(searchTemplates(templates, '', { platform: 'amazon', language: 'en', category: null })).sort()).toEqual(['amazon only', 'any platform']);
    expect(names(searchTemplates(templates, '', { platform: 'etsy', language: 'en', category: null })).sort()).toEqual(['any platform', 'ebay and etsy', 'etsy only']);
  });

  it('leaves them out of query results too', () => {
    expect(names(searchTemplates(templates, 'only', { platform: 'amazon', language: 'en', category: null }))).toEqual(['amazon only']);
  });
});

describe('ranking without a query', () => {
  it('puts the category first, then the language, then the platform variant', () => {
    const templates = [
      template('other category, German, Amazon', { category: 'shipping', language: 'de', platforms: ['amazon'] }),
      template('return, English, any', { category: 'return' }),
      template('return, German, any', { category: 'return', language: 'de' }),
      template('return, German, Amazon', { category: 'return', language: 'de', platforms: ['amazon'] }),
      template('return, English, Amazon', { category: 'return', platforms: ['amazon'] }),
      template('no category, German', { category: null, language: 'de' }),
    ];
    expect(names(searchTemplates(templates, '', AMAZON_DE_RETURN))).toEqual([
      'return, German, Amazon',
      'return, German, any',
      'return, English, Amazon',
      'return, English, any',
      'no category, German', // general templates fit any category better than another category's
      'other category, German, Amazon',
    ]);
  });

  it('then ranks by use: more uses first', () => {
    const templates = [template('rarely', { useCount: 2 }), template('never'), template('often', { useCount: 40 })];
    expect(names(searchTemplates(templates, '', { platform: 'ebay', language: 'en', category: null }))).toEqual(['often', 'rarely', 'never']);
  });

  it('and among equally used ones, the more recently used first', () => {
    const templates = [
      template('last month', { useCount: 5, lastUsedAt: T0 - 30 * DAY }),
      template('today', { useCount: 5, lastUsedAt: T0 }),
      template('last week', { useCount: 5, lastUsedAt: T0 - 7 * DAY }),
    ];
    expect(names(searchTemplates(templates, '', { platform: 'ebay', language: 'en', category: null }))).toEqual(['today', 'last week', 'last month']);
  });

  it('never lets use outrank the conversation fit', () => {
    const templates = [template('favourite, wrong category', { category: 'shipping', useCount: 500, lastUsedAt: T0 }), template('right category', { category: 'return' })];
    expect(names(searchTemplates(templates, '', { platform: 'amazon', language: 'en', category: 'return' }))).toEqual(['right category', 'favourite, wrong category']);
  });

  it('prefers English when the language is unknown or has no templates', () => {
    const templates = [template('German', { language: 'de' }), template('English'), template('French', { language: 'fr' })];
    expect(searchTemplates(templates, '', { platform: 'amazon', language: 'und', category: null })[0]!.name).toBe('English');
    expect(searchTemplates(templates, '', { platform: 'amazon', language: 'zh', category: null })[0]!.name).toBe('English');
  });

  it('returns at most `limit`', () => {
    const templates = Array.from({ length: 30 }, (_, i) => template(`t${i}`));
    expect(searchTemplates(templates, '', { platform: 'amazon', language: 'en', category: null })).toHaveLength(20);
    expect(searchTemplates(templates, '', { platform: 'amazon', language: 'en', category: null }, 5)).toHaveLength(5);
    expect(searchTemplates(templates, '', { platform: 'amazon', language: 'en', category: null }, 0)).toEqual([]);
  });
});

describe('ranking with a query', () => {
  const templates = [
    template('Tracking number', { category: 'shipping', tags: ['tracking'], body: 'Your tracking number is {{trackingNumber}}.' }),
    template('Refund confirmation', { category: 'return', tags: ['refund'], body: 'I have issued a full refund.' }),
    template('Damaged item', { category: 'quality', tags: ['damaged', 'photo'], body: 'Sorry it arrived damaged. A replacement or a refund, as you prefer.' }),
    template('Holding reply', { tags: ['holding'], body: 'You will have my full reply by {{replyBy}}.' }),
  ];
  const ctx: SearchContext = { platform: 'amazon', language: 'en', category: 'return' };

  it('finds a template despite a typo', () => {
    expect(searchTemplates(templates, 'trakcing', ctx)[0]!.name).toBe('Tracking number');
    expect(searchTemplates(templates, 'refnud', ctx)[0]!.name).toBe('Refund confirmation');
    expect(searchTemplates(templates, 'damgaed', ctx)[0]!.name).toBe('Damaged item');
  });

  it('puts the text match before the conversation fit', () => {
    // The conversation is about a return, but the agent asked for the holding reply.
    expect(searchTemplates(templates, 'holding', ctx)[0]!.name).toBe('Holding reply');
  });

  it('lets the conversation fit decide between equally good matches', () => {
    const twins = [
      template('Refund A', { category: 'quality', body: 'The refund is on its way.' }),
      template('Refund B', { category: 'return', body: 'The refund is on its way.' }),
    ];
    expect(names(searchTemplates(twins, 'refund', { ...ctx, category: 'return' }))).toEqual(['Refund B', 'Refund A']);
    expect(names(searchTemplates(twins, 'refund', { ...ctx, category: 'quality' }))).toEqual(['Refund A', 'Refund B']);
  });

  it('lets use decide between equally good matches in the same context', () => {
    const twins = [template('Refund A', { body: 'The refund is on its way.' }), template('Refund B', { body: 'The refund is on its way.', useCount: 12, lastUsedAt: T0 })];
    expect(names(searchTemplates(twins, 'refund', ctx))).toEqual(['Refund B', 'Refund A']);
  });

  it('ranks a template named for the query above one that only mentions it', () => {
    expect(names(searchTemplates(templates, 'refund', { ...ctx, category: 'quality' }))).toEqual(['Refund confirmation', 'Damaged item']);
  });

  it('matches every word of a multi-word query, in any field', () => {
    expect(names(searchTemplates(templates, 'damaged refund', ctx))).toEqual(['Damaged item']);
    expect(names(searchTemplates(templates, 'photo replacement', ctx))).toEqual(['Damaged item']);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(searchTemplates(templates, 'xylophone', ctx)).toEqual([]);
  });

  it('treats a blank query as no query', () => {
    expect(names(searchTemplates(templates, '   ', ctx))[0]).toBe('Refund confirmation');
  });

  it('sees new and changed templates (the index follows the list it is given)', () => {
    expect(searchTemplates(templates, 'invoice', ctx)).toEqual([]);
    const withInvoice = [...templates, template('Invoice request', { tags: ['invoice'] })];
    expect(names(searchTemplates(withInvoice, 'invoice', ctx))).toEqual(['Invoice request']);
    const renamed = withInvoice.map((t) => (t.name === 'Invoice request' ? { ...t, name: 'VAT receipt', tags: ['receipt'], body: 'Your VAT receipt.' } : t));
    expect(searchTemplates(renamed, 'invoice', ctx)).toEqual([]);
  });
});

describe('with the default pack', () => {
  const pack = seedTemplates(T0);

  it('offers the Amazon return instructions in German first for a German Amazon return', () => {
    expect(searchTemplates(pack, '', AMAZON_DE_RETURN)[0]!.name).toBe('Return instructions · Amazon · de');
  });

  it('offers the Etsy variants first on Etsy', () => {
    const top = searchTemplates(pack, '', { platform: 'etsy', language: 'en', category: 'return' }, 2);
    for (const t of top) expect(t.platforms).toEqual(['etsy']);
  });

  it('never offers eBay or Etsy templates on Amazon', () => {
    for (const t of searchTemplates(pack, 'return', { platform: 'amazon', language: 'en', category: null }, 1000)) {
      expect(t.platforms.length === 0 || t.platforms.includes('amazon'), t.name).toBe(true);
    }
  });

  it('finds the Japanese return template by a Japanese word', () => {
    expect(searchTemplates(pack, '返品', { platform: 'amazon', language: 'ja', category: 'return' })[0]!.name).toBe('Return instructions · Amazon · ja');
  });

  it('finds the holding reply in the buyer language with a typo', () => {
    expect(searchTemplates(pack, 'holdig', { platform: 'amazon', language: 'fr', category: 'shipping' })[0]!.name).toBe('Holding reply · fr');
  });
});
