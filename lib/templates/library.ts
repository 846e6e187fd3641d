// The template library's writes, as the dashboard's editor makes them: create, edit, duplicate, delete, import a
// shared file, restore the default pack. Every write goes through exchange.ts's checkTemplateSeed (one rule
// set for the editor and the importer); a write that fails its check changes nothing.
//
// A template's name identifies it (as in an export file, where names are unique, and the default pack, whose
// names carry the language: "Holding reply · de"), so names are unique in the library, compared without case.
// An import therefore replaces the stored template of the same name (keeping its use history) and adds the rest.
import type { ReplyclockDb } from '../db';
import type { Template } from '../model';
import { DEFAULT_TEMPLATES, type TemplateSeed } from './default-pack';
import { checkTemplateSeed, IMPORT_LIMITS, parseTemplateImport } from './exchange';

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/** The seed fields of a template (what the editor edits and a file carries). */
export function seedOf(template: Template | TemplateSeed): TemplateSeed {
  return {
    name: template.name,
    body: template.body,
    platforms: [...template.platforms],
    language: template.language,
    category: template.category,
    tags: [...template.tags],
    shortcut: template.shortcut,
  };
}

async function assertNameFree(db: ReplyclockDb, name: string, exceptId?: number): Promise<void> {
  const key = nameKey(name);
  const clash = await db.templates.filter((t) => t.id !== exceptId && nameKey(t.name) === key).first();
  if (clash) throw new Error(`Template not saved: template ("${name}"), field "name": another template is already called "${clash.name}".`);
}

/** Stores a new template; returns its id. Throws (nothing stored) when a field is wrong or the name is taken. */
export async function createTemplate(db: ReplyclockDb, raw: TemplateSeed, now: number): Promise<number> {
  const seed = checkTemplateSeed(raw);
  return db.transaction('rw', db.templates, async () => {
    await assertNameFree(db, seed.name);
    return (await db.templates.add({ ...seed, useCount: 0, lastUsedAt: null, updatedAt: now })) as number;
  });
}

/** Saves an edit; use count and last use stay. Throws (nothing changed) when a field is wrong, the name taken, or the template gone. */
export async function updateTemplate(db: ReplyclockDb, id: number, raw: TemplateSeed, now: number): Promise<void> {
  const seed = checkTemplateSeed(raw);
  await db.transaction('rw', db.templates, async () => {
    if (!(await db.templates.get(id))) throw new Error('Template not saved: it was deleted meanwhile.');
    await assertNameFree(db, seed.name, id);
    await db.templates.update(id, { ...seed, updatedAt: now });
  });
}

/** "Name (copy)", "Name (copy 2)"…: the first free one, within the name length limit. */
export function copyName(name: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? ' (copy)' : ` (copy ${n})`;
    const candidate = `${name.slice(0, IMPORT_LIMITS.nameChars - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/**
 * A copy to edit into a variant (another platform, another language): same content under a free name, no
 * shortcut (a shortcut must reach one template), never used. Returns the copy's id.
 */
export async function duplicateTemplate(db: ReplyclockDb, id: number, now: number): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    const original = await db.templates.get(id);
    if (!original) throw new Error('Template not copied: it was deleted meanwhile.');
    const taken = new Set((await db.templates.toArray()).map((t) => nameKey(t.name)));
    const seed = checkTemplateSeed({ ...seedOf(original), name: copyName(original.name, taken), shortcut: null });
    return (await db.templates.add({ ...seed, useCount: 0, lastUsedAt: null, updatedAt: now })) as number;
  });
}

export async function deleteTemplate(db: ReplyclockDb, id: number): Promise<void> {
  await db.templates.delete(id);
}

export interface ImportOutcome {
  added: number;
  /** Stored templates of the same name, now holding the file's content. */
  replaced: number;
}

/**
 * Imports an exported file. The whole file is checked first (parseTemplateImport: a bad file throws its
 * message and nothing is stored); then every template is written in ONE transaction, so a failure midway
 * leaves the library as it was.
 */
export async function importTemplates(db: ReplyclockDb, json: string, now: number): Promise<ImportOutcome> {
  const seeds = parseTemplateImport(json);
  return db.transaction('rw', db.templates, async () => {
    const byName = new Map((await db.templates.toArray()).map((t) => [nameKey(t.name), t] as const));
    let added = 0;
    let replaced = 0;
    for (const seed of seeds) {
      const stored = byName.get(nameKey(seed.name));
      if (stored?.id !== undefined) {
        await db.templates.update(stored.id, { ...seed, updatedAt: now });
        replaced++;
      } else {
        await db.templates.add({ ...seed, useCount: 0, lastUsedAt: null, updatedAt: now });
        added++;
      }
    }
    return { added, replaced };
  });
}

/**
 * Adds back the default pack's templates whose names are missing (deleted, or renamed by the agent); the
 * agent's own templates and edits to pack templates stay. A pack shortcut another template now uses is left
 * off the restored one. Returns how many were added.
 */
export async function restoreDefaultPack(db: ReplyclockDb, now: number): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    const stored = await db.templates.toArray();
    const names = new Set(stored.map((t) => nameKey(t.name)));
    const shortcuts = new Set(stored.map((t) => t.shortcut).filter((s): s is string => s !== null));
    const missing = DEFAULT_TEMPLATES.filter((seed) => !names.has(nameKey(seed.name))).map((seed) => ({
      ...seedOf(seed),
      shortcut: seed.shortcut !== null && shortcuts.has(seed.shortcut) ? null : seed.shortcut,
      useCount: 0,
      lastUsedAt: null,
      updatedAt: now,
    }));
    await db.templates.bulkAdd(missing);
    return missing.length;
  });
}

/** The other templates that already use `shortcut` (the editor warns: the sidebar would insert the first). */
export function shortcutOwners(templates: readonly Template[], shortcut: string | null, exceptId?: number): Template[] {
  if (shortcut === null) return [];
  return templates.filter((t) => t.id !== exceptId && t.shortcut === shortcut);
}
