// Template export and import: a versioned file without ids or use statistics, a round trip that loses nothing,
// and an import that rejects a bad file whole with a message naming the template and the field.
import { describe, expect, it } from 'vitest';
import type { Template } from '@/lib/model';
import { EXPORT_FORMAT, exportTemplates, IMPORT_LIMITS, parseTemplateImport } from '@/lib/templates/exchange';
import { seedTemplates } from '@/lib/templates/seed';

const stored: Template[] = [
  {
    id: 7,
    name: 'Tracking number · en',
    body: 'Hello {{buyerName}},\n\nYour tracking number is {{trackingNumber}}.\n{{cursor}}',
    platforms: [],
    language: 'en',
    category: 'shipping',
    tags: ['tracking'],
    shortcut: 'alt+2',
    useCount: 41,
    lastUsedAt: 1_767_000_000_000,
    updatedAt: 1_766_000_000_000,
  },
  {
    id: 9,
    name: 'Rücksendung · eBay · de',
    body: 'Guten Tag {{buyerName}}, bitte starten Sie die Rückgabe über eBay. — „Artikel zurückgeben“ & 返品',
    platforms: ['ebay', 'etsy'],
    language: 'de',
    category: null,
    tags: [],
    shortcut: null,
    useCount: 0,
    lastUsedAt: null,
    updatedAt: 0,
  },
];
const seedOf = ({ id: _id, useCount: _u, lastUsedAt: _l, updatedAt: _t, ...seed }: Template) => seed;

/** A valid file with one template, changed by `edit` (a raw object: the point is to write invalid values). */
function fileWith(edit: (template: Record<string, unknown>) => void, extra: Record<string, unknown>[] = []): string {
  const template: Record<string, unknown> = { ...seedOf(stored[0]!) };
  edit(template);
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, templates: [template, ...extra] });
}
const importing = (json: string) => () => parseTemplateImport(json);
const PREFIX = 'Template import rejected: ';
const T1 = 'template #1 ("Tracking number · en")';

describe('exportTemplates', () => {
  it('writes a versioned file with the content only: no ids, no use statistics', () => {
    const file = JSON.parse(exportTemplates(stored));
    expect(file).toEqual({ format: 'replyclock-templates', version: 1, templates: stored.map(seedOf) });
    expect(Object.keys(file.templates[0])).toEqual(['name', 'body', 'platforms', 'language', 'category', 'tags', 'shortcut']);
  });

  it('round-trips through parseTemplateImport without loss (unicode, newlines, null category)', () => {
    expect(parseTemplateImport(exportTemplates(stored))).toEqual(stored.map(seedOf));
  });

  it('round-trips the whole default pack', () => {
    const pack = seedTemplates(0);
    expect(parseTemplateImport(exportTemplates(pack))).toEqual(pack.map(seedOf));
  });

  it('exports an empty library as an importable empty file', () => {
    expect(parseTemplateImport(exportTemplates([]))).toEqual([]);
  });
});

describe('parseTemplateImport rejects a bad file whole and says why', () => {
  it.each([
    ['not JSON', '{"format": "replyclock-templates",', /^Template import rejected: the file is not valid JSON \(.+\)\.$/],
    ['a list', '[]', `${PREFIX}the file holds an array, expected a Replyclock template export (an object).`],
    ['another format', '{"format":"briskine","version":1,"templates":[]}', `${PREFIX}"format" is "briskine", expected "replyclock-templates": this is not a Replyclock template export.`],
    ['no format', '{"version":1,"templates":[]}', `${PREFIX}"format" is missing, expected "replyclock-templates": this is not a Replyclock template export.`],
    ['a newer version', '{"format":"replyclock-templates","version":2,"templates":[]}', `${PREFIX}"version" is 2, this Replyclock reads version 1 (a newer file needs a newer Replyclock).`],
    ['an extra key', '{"format":"replyclock-templates","version":1,"templates":[],"settings":{}}', `${PREFIX}"settings" is not part of a template export (expected format, version, templates).`],
    ['templates not a list', '{"format":"replyclock-templates","version":1,"templates":{}}', `${PREFIX}"templates" is an object, expected a list.`],
  ])('%s', (_, json, message) => {
    expect(importing(json)).toThrow(message);
  });

  it('too many templates', () => {
    const many = Array.from({ length: IMPORT_LIMITS.templates + 1 }, (_, i) => ({ ...seedOf(stored[1]!), name: `t${i}` }));
    expect(importing(JSON.stringify({ format: EXPORT_FORMAT, version: 1, templates: many }))).toThrow(
      `${PREFIX}the file has 2001 templates, at most 2000 can be imported at once.`,
    );
  });

  it('a template that is not an object', () => {
    expect(importing(JSON.stringify({ format: EXPORT_FORMAT, version: 1, templates: ['hello'] }))).toThrow(`${PREFIX}template #1 is a string, expected an object.`);
  });

  it.each<[string, (t: Record<string, unknown>) => void, string]>([
    ['name not text', (t) => (t.name = 42), `${PREFIX}template #1, field "name": expected text, found a number.`],
    ['name empty', (t) => (t.name = '  '), `${PREFIX}template #1, field "name": is empty.`],
    ['name too long', (t) => (t.name = 'x'.repeat(121)), `${PREFIX}template #1, field "name": is 121 characters long, at most 120 allowed.`],
    ['unknown field', (t) => (t.id = 7), `${PREFIX}${T1}, field "id": is not a template field (expected name, body, platforms, language, category, tags, shortcut).`],
    ['missing field', (t) => delete t.tags, `${PREFIX}${T1}, field "tags": is missing.`],
    ['body not text', (t) => (t.body = ['Hello']), `${PREFIX}${T1}, field "body": expected text, found an array.`],
    ['body empty', (t) => (t.body = '\n'), `${PREFIX}${T1}, field "body": is empty.`],
    ['body too long', (t) => (t.body = 'x'.repeat(8001)), `${PREFIX}${T1}, field "body": is 8001 characters long, at most 8000 allowed.`],
    [
      'body with a section',
      (t) => (t.body = 'Hi {{#buyerName}}{{buyerName}}{{/buyerName}}'),
      `${PREFIX}${T1}, field "body": {{#buyerName}} at character 4: sections ({{#…}}…{{/…}}) are not supported (Replyclock templates are plain text with {{variables}} only).`,
    ],
    ['body with an unclosed tag', (t) => (t.body = 'Hi {{buyerName'), `${PREFIX}${T1}, field "body": the template cannot be read: unclosed tag`],
    ['platforms not a list', (t) => (t.platforms = 'amazon'), `${PREFIX}${T1}, field "platforms": expected a list of platforms, found a string.`],
    ['unknown platform', (t) => (t.platforms = ['amazon', 'walmart']), `${PREFIX}${T1}, field "platforms": item 2 is "walmart", expected one of amazon, ebay, etsy.`],
    ['platform twice', (t) => (t.platforms = ['etsy', 'etsy']), `${PREFIX}${T1}, field "platforms": lists a platform twice.`],
    ['language not text', (t) => (t.language = null), `${PREFIX}${T1}, field "language": expected text, found null.`],
    ['language not ISO 639-1', (t) => (t.language = 'English'), `${PREFIX}${T1}, field "language": is "English", expected a two-letter lower-case ISO 639-1 code such as "en" or "de".`],
    ['language with region', (t) => (t.language = 'en-US'), `${PREFIX}${T1}, field "language": is "en-US", expected a two-letter lower-case ISO 639-1 code such as "en" or "de".`],
    ['unknown category', (t) => (t.category = 'billing'), `${PREFIX}${T1}, field "category": is "billing", expected null or one of dispute, order, return, quality, shipping, product, feedback, other.`],
    ['tags not a list', (t) => (t.tags = 'tracking'), `${PREFIX}${T1}, field "tags": expected a list of words, found a string.`],
    ['tag not text', (t) => (t.tags = ['ok', 3]), `${PREFIX}${T1}, field "tags": item 2 is a number, expected text.`],
    ['tag empty', (t) => (t.tags = ['']), `${PREFIX}${T1}, field "tags": item 1 is empty.`],
    ['tag too long', (t) => (t.tags = ['x'.repeat(41)]), `${PREFIX}${T1}, field "tags": item 1 is 41 characters long, at most 40 allowed.`],
    ['too many tags', (t) => (t.tags = Array.from({ length: 21 }, (_, i) => `t${i}`)), `${PREFIX}${T1}, field "tags": has 21 tags, at most 20 allowed.`],
    ['shortcut malformed', (t) => (t.shortcut = 'Alt-1'), `${PREFIX}${T1}, field "shortcut": is "Alt-1", expected null or a key combination such as "alt+1" or "ctrl+shift+k".`],
    ['shortcut without modifier', (t) => (t.shortcut = '1'), `${PREFIX}${T1}, field "shortcut": is "1", expected null or a key combination such as "alt+1" or "ctrl+shift+k".`],
    ['shortcut not text', (t) => (t.shortcut = false), `${PREFIX}${T1}, field "shortcut": is false, expected null or a key combination such as "alt+1" or "ctrl+shift+k".`],
  ])('%s', (_, edit, message) => {
    expect(importing(fileWith(edit))).toThrow(message);
  });

  it('names the template by its position when a later one is bad', () => {
    const second = { ...seedOf(stored[1]!), category: 'billing' };
    expect(importing(fileWith(() => {}, [second]))).toThrow(`${PREFIX}template #2 ("Rücksendung · eBay · de"), field "category": is "billing"`);
  });

  it('rejects two templates with the same name (case-insensitive)', () => {
    const twin = { ...seedOf(stored[1]!), name: 'TRACKING NUMBER · EN' };
    expect(importing(fileWith(() => {}, [twin]))).toThrow(`${PREFIX}template #2, field "name": "TRACKING NUMBER · EN" is already the name of template #1.`);
  });

  it('rejects two templates with the same shortcut', () => {
    const twin = { ...seedOf(stored[1]!), shortcut: 'alt+2' };
    expect(importing(fileWith(() => {}, [twin]))).toThrow(`${PREFIX}template #2 ("Rücksendung · eBay · de"), field "shortcut": "alt+2" is already the shortcut of template #1.`);
  });

  it('imports nothing when one template of many is bad', () => {
    const good = Array.from({ length: 5 }, (_, i) => ({ ...seedOf(stored[1]!), name: `good ${i}` }));
    const json = JSON.stringify({ format: EXPORT_FORMAT, version: 1, templates: [...good, { ...good[0], name: 'bad', language: 'xx-YY' }] });
    let result: unknown = 'untouched';
    try {
      result = parseTemplateImport(json);
    } catch (error) {
      expect((error as Error).message).toContain('template #6 ("bad"), field "language"');
    }
    expect(result).toBe('untouched');
  });

  it('trims names and tags, and keeps bodies exactly', () => {
    const [seed] = parseTemplateImport(fileWith((t) => {
      t.name = '  Spaced name ';
      t.tags = [' a ', 'b'];
      t.body = '  Hello {{buyerName}}\n\n';
    }));
    expect(seed).toMatchObject({ name: 'Spaced name', tags: ['a', 'b'], body: '  Hello {{buyerName}}\n\n' });
  });
});
