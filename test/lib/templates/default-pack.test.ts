// The shipped template pack: coverage (categories, languages, platforms), that every template renders with a
// full set of values, passes its platforms' compliance rules, and that Amazon's holding replies read as a person
// writing, with a time. Also the seed that turns the pack into storable templates.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, PLATFORMS, type Platform } from '@/lib/model';
import { complianceWarnings } from '@/lib/templates/compliance';
import { DEFAULT_TEMPLATES, type TemplateSeed } from '@/lib/templates/default-pack';
import { exportTemplates, parseTemplateImport } from '@/lib/templates/exchange';
import { renderTemplate, templateSyntaxProblems, type TemplateVariables } from '@/lib/templates/render';
import { seedTemplates } from '@/lib/templates/seed';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja'];
/** The replies sent most, by the topic tag their translations share. */
const COMMON_TOPICS = ['shipping-status', 'tracking', 'delay', 'return-instructions', 'refund', 'damaged', 'cancellation', 'holding', 'holiday', 'thank-you'];

/** Realistic values, including ids that look like numbers (they must never read as phone numbers). */
const FULL: Required<TemplateVariables> = {
  buyerName: 'Emma Whitfield',
  buyerFirstName: 'Emma',
  orderId: '114-3941689-8772232',
  itemTitle: 'Brass desk lamp, 1970s',
  trackingNumber: '9400 1000 0000 0000 0000 00',
  agentName: 'Lina',
  shopName: 'Northwind Home',
  today: 'January 17, 2026',
  replyBy: 'Monday, 10:00 AM EST',
};

const platformsOf = (t: TemplateSeed): readonly Platform[] => (t.platforms.length === 0 ? PLATFORMS : t.platforms);
const availableOn = (t: TemplateSeed, platform: Platform) => t.platforms.length === 0 || t.platforms.includes(platform);

describe('DEFAULT_TEMPLATES coverage', () => {
  it('has at least 40 templates', () => {
    expect(DEFAULT_TEMPLATES.length).toBeGreaterThanOrEqual(40);
  });

  it('covers every category', () => {
    const categories = new Set(DEFAULT_TEMPLATES.map((t) => t.category));
    for (const category of CATEGORIES) expect(categories, category).toContain(category);
  });

  it.each(COMMON_TOPICS)('has "%s" in all six languages', (topic) => {
    const languages = new Set(DEFAULT_TEMPLATES.filter((t) => t.tags[0] === topic).map((t) => t.language));
    expect([...languages].sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(PLATFORMS)('offers return instructions in all six languages on %s, in its own returns flow', (platform) => {
    const own = DEFAULT_TEMPLATES.filter((t) => t.tags[0] === 'return-instructions' && availableOn(t, platform));
    expect(new Set(own.map((t) => t.language))).toEqual(new Set(LANGUAGES));
    for (const t of own) expect(t.platforms).toEqual([platform]); // returns differ per platform: no generic one
  });

  it('has platform variants for Amazon, eBay and Etsy', () => {
    for (const platform of PLATFORMS) expect(DEFAULT_TEMPLATES.filter((t) => t.platforms.includes(platform)).length, platform).toBeGreaterThanOrEqual(5);
  });

  it('uses only the six languages, known platforms and categories', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(LANGUAGES, t.name).toContain(t.language);
      for (const p of t.platforms) expect(PLATFORMS, t.name).toContain(p);
      if (t.category !== null) expect(CATEGORIES, t.name).toContain(t.category);
      expect(t.tags.length, t.name).toBeGreaterThan(0);
    }
  });

  it('gives every template a unique name', () => {
    const names = DEFAULT_TEMPLATES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the top templates distinct alt+N shortcuts', () => {
    const shortcuts = DEFAULT_TEMPLATES.map((t) => t.shortcut).filter((s): s is string => s !== null);
    expect(shortcuts.length).toBeGreaterThanOrEqual(5);
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
    for (const s of shortcuts) expect(s).toMatch(/^alt\+[1-9]$/);
    expect(DEFAULT_TEMPLATES.find((t) => t.shortcut === 'alt+1')?.name).toBe('Holding reply · en');
  });

  it('is valid under the import rules (an exported pack can be imported again)', () => {
    const stored = seedTemplates(0);
    expect(parseTemplateImport(exportTemplates(stored))).toEqual(DEFAULT_TEMPLATES);
  });
});

describe('every template', () => {
  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('%s renders with a full variable set, nothing missing', (_, t) => {
    expect(templateSyntaxProblems(t.body)).toEqual([]);
    const rendered = renderTemplate(t.body, FULL);
    expect(rendered.missing).toEqual([]);
    expect(rendered.unknown).toEqual([]);
    expect(rendered.text).not.toMatch(/\{\{|\}\}|\[[a-zA-Z]+\]/);
    expect(rendered.text).toContain(FULL.agentName); // signed by a person
    expect(rendered.text.includes(FULL.buyerName) || rendered.text.includes(FULL.buyerFirstName)).toBe(true); // addressed to one
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.name, t] as const))('%s passes the compliance rules of every platform it is for', (_, t) => {
    for (const platform of platformsOf(t)) {
      expect(complianceWarnings(t.body, platform), `${platform} (body)`).toEqual([]);
      expect(complianceWarnings(renderTemplate(t.body, FULL).text, platform), `${platform} (rendered)`).toEqual([]);
    }
  });

  it('greets Etsy buyers by first name only in Etsy templates (elsewhere the full name is the safe form)', () => {
    for (const t of DEFAULT_TEMPLATES) if (t.body.includes('{{buyerFirstName}}')) expect(t.platforms, t.name).toEqual(['etsy']);
  });
});

describe('Amazon templates', () => {
  const onAmazon = DEFAULT_TEMPLATES.filter((t) => availableOn(t, 'amazon'));

  it('never link anywhere and never ask for reviews', () => {
    for (const t of onAmazon) {
      expect(t.body, t.name).not.toMatch(/https?:|www\.|\.com\b/i);
      expect(t.body, t.name).not.toMatch(/\b(?:reviews?|ratings?|stars?|Bewertung|Rezension|avis|reseña|recensione)\b|レビュー|評価/i);
    }
  });

  /** Words of an auto-responder or out-of-office notice, which Amazon does not count as a response. */
  const AUTO_REPLY =
    /out of (the )?office|auto(matic|mated)?[- ]?(reply|response|responder)|do not reply|no[- ]reply|this is an automa|Abwesenheit|automatische Antwort|réponse automatique|absent du bureau|respuesta automática|fuera de la oficina|risposta automatica|fuori ufficio|自動返信|自動応答|不在/i;
  const holding = onAmazon.filter((t) => t.tags[0] === 'holding' || t.tags[0] === 'holiday');

  it('include a holding reply and a holiday notice in every language', () => {
    expect(new Set(holding.filter((t) => t.tags[0] === 'holding').map((t) => t.language))).toEqual(new Set(LANGUAGES));
    expect(new Set(holding.filter((t) => t.tags[0] === 'holiday').map((t) => t.language))).toEqual(new Set(LANGUAGES));
  });

  it.each(holding.map((t) => [t.name, t] as const))('%s says when the full answer comes and reads as a person, not an auto-reply', (_, t) => {
    expect(t.body).toContain('{{replyBy}}');
    expect(t.body).toContain('{{orderId}}'); // about this buyer's order, not a blanket notice
    expect(t.body).toContain('{{agentName}}');
    expect(t.body).not.toMatch(AUTO_REPLY);
    expect(renderTemplate(t.body, FULL).text).toContain(FULL.replyBy);
  });
});

describe('seedTemplates', () => {
  const NOW = Date.UTC(2026, 0, 17, 12);

  it('turns every pack template into a stored template, never used, updated now, without an id', () => {
    const seeded = seedTemplates(NOW);
    expect(seeded).toHaveLength(DEFAULT_TEMPLATES.length);
    seeded.forEach((t, i) => {
      const { useCount, lastUsedAt, updatedAt, ...content } = t;
      expect(content).toEqual(DEFAULT_TEMPLATES[i]);
      expect({ useCount, lastUsedAt, updatedAt }).toEqual({ useCount: 0, lastUsedAt: null, updatedAt: NOW });
      expect('id' in t).toBe(false);
    });
  });

  it('copies the arrays, so editing a stored template never changes the pack', () => {
    const seeded = seedTemplates(NOW);
    const firstTags = [...DEFAULT_TEMPLATES[0]!.tags];
    seeded[0]!.tags.push('edited');
    seeded[0]!.platforms.push('ebay');
    expect(DEFAULT_TEMPLATES[0]!.tags).toEqual(firstTags);
    expect(DEFAULT_TEMPLATES[0]!.platforms).toEqual([]);
  });
});
