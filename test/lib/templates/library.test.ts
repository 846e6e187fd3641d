// The library's writes: one validation rule set with the importer, names unique without case, an import
// that replaces by name in one transaction, copies under free names within the length limit.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db';
import type { TemplateSeed } from '@/lib/templates/default-pack';
import { exportTemplates, IMPORT_LIMITS, normalizeShortcut, shortcutProblem } from '@/lib/templates/exchange';
import { copyName, createTemplate, importTemplates, updateTemplate } from '@/lib/templates/library';

const NOW = Date.UTC(2026, 10, 23);
const seed = (extra: Partial<TemplateSeed> = {}): TemplateSeed => ({
  name: 'Hello',
  body: 'Hello {{buyerName}}',
  platforms: [],
  language: 'en',
  category: null,
  tags: [],
  shortcut: null,
  ...extra,
});

describe('the template library', () => {
  it('checks a shortcut the way the sidebar will read it', () => {
    expect(shortcutProblem('alt+1')).toBeNull();
    expect(shortcutProblem('ctrl+shift+k')).toBeNull();
    expect(shortcutProblem('shift+k')).toMatch(/needs alt, ctrl or meta/);
    expect(shortcutProblem('alt+alt+1')).toMatch(/twice/);
    expect(shortcutProblem('Alt+1')).toMatch(/key combination/);
    expect(normalizeShortcut(' Ctrl + Shift + K ')).toBe('ctrl+shift+k');
    expect(normalizeShortcut('  ')).toBeNull();
  });

  it('saves through the importer’s rules: a bad field is refused with its name, nothing stored', async () => {
    const db = openDatabase('library-rules');
    await expect(createTemplate(db, seed({ body: '{{> partial}}' }), NOW)).rejects.toThrow(/^Template not saved: template \("Hello"\), field "body": /);
    await expect(createTemplate(db, seed({ shortcut: 'shift+1' }), NOW)).rejects.toThrow(/field "shortcut": is "shift\+1", needs alt, ctrl or meta/);
    expect(await db.templates.count()).toBe(0);
    const id = await createTemplate(db, seed(), NOW);
    await expect(createTemplate(db, seed({ name: ' HELLO ' }), NOW)).rejects.toThrow(/already called "Hello"/);
    const other = await createTemplate(db, seed({ name: 'Other' }), NOW);
    await expect(updateTemplate(db, other, seed({ name: 'hello' }), NOW)).rejects.toThrow(/already called "Hello"/);
    await updateTemplate(db, id, seed({ name: 'hello', body: 'Hi' }), NOW + 1); // renaming itself is fine
    expect(await db.templates.get(id)).toMatchObject({ name: 'hello', body: 'Hi', updatedAt: NOW + 1 });
  });

  it('imports by name: replaces the stored one (history kept), adds the rest; a rejected file changes nothing', async () => {
    const db = openDatabase('library-import');
    const id = await createTemplate(db, seed(), NOW);
    await db.templates.update(id, { useCount: 3 });
    const file = exportTemplates([
      { ...seed({ name: 'hello', body: 'New' }), useCount: 0, lastUsedAt: null, updatedAt: 0 },
      { ...seed({ name: 'Second' }), useCount: 0, lastUsedAt: null, updatedAt: 0 },
    ]);
    expect(await importTemplates(db, file, NOW + 5)).toEqual({ added: 1, replaced: 1 });
    expect(await db.templates.get(id)).toMatchObject({ name: 'hello', body: 'New', useCount: 3, updatedAt: NOW + 5 });
    const before = await db.templates.toArray();
    await expect(importTemplates(db, file.replace('"New"', '"{{#x}}{{/x}}"'), NOW + 9)).rejects.toThrow(/^Template import rejected: template #1/);
    expect(await db.templates.toArray()).toEqual(before);
  });

  it('names a copy with the first free suffix, never past the name limit', () => {
    expect(copyName('Tracking', new Set(['tracking', 'tracking (copy)']))).toBe('Tracking (copy 2)');
    const long = 'x'.repeat(IMPORT_LIMITS.nameChars);
    expect(copyName(long, new Set())).toHaveLength(IMPORT_LIMITS.nameChars);
    expect(copyName(long, new Set()).endsWith(' (copy)')).toBe(true);
  });
});
