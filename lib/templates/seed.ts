// The template library a fresh install starts with: the default pack as storable templates (never used yet).
// The app writes these to Dexie on first run; ids are Dexie's to assign.
import type { Template } from '../model';
import { DEFAULT_TEMPLATES } from './default-pack';

export function seedTemplates(now: number): Template[] {
  // Copies of the arrays: a stored template edited later must never change the shipped pack.
  return DEFAULT_TEMPLATES.map((seed) => ({
    ...seed,
    platforms: [...seed.platforms],
    tags: [...seed.tags],
    useCount: 0,
    lastUsedAt: null,
    updatedAt: now,
  }));
}
