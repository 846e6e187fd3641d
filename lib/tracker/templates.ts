// The background's side of the template library: the default pack stored on first run, the library handed to
// the sidebar (whose frame cannot open the database), and each use counted so search ranks it.
import type { ReplyclockDb } from '../db';
import type { Template } from '../model';
import { seedTemplates } from '../templates/seed';

/**
 * Stores the default pack when the library is empty. Idempotent: the check and the write share one
 * transaction, so two wakes racing (install and startup) cannot seed twice; an agent's own library, even one
 * template, is never touched. Returns how many were stored.
 */
export async function seedTemplatesIfEmpty(db: ReplyclockDb, now: number): Promise<number> {
  return db.transaction('rw', db.templates, async () => {
    if ((await db.templates.count()) > 0) return 0;
    const seeds = seedTemplates(now);
    await db.templates.bulkAdd(seeds);
    return seeds.length;
  });
}

export async function listTemplates(db: ReplyclockDb): Promise<Template[]> {
  return db.templates.toArray();
}

export async function markTemplateUsed(db: ReplyclockDb, id: number, now: number): Promise<null> {
  if (typeof id !== 'number' || !Number.isInteger(id)) throw new Error('templateUsed: id missing');
  await db.transaction('rw', db.templates, async () => {
    const template = await db.templates.get(id);
    if (!template) throw new Error(`templateUsed: no template ${id}`);
    await db.templates.update(id, { useCount: template.useCount + 1, lastUsedAt: now });
  });
  return null;
}
