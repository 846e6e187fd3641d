// The editor's working copy of a template: form fields as typed (tags and shortcut as text), turned into a
// TemplateSeed for saving, and the live problems with the shortcut (format, and another template using it).
import type { Category, Platform, Template } from '../../../lib/model';
import type { TemplateSeed } from '../../../lib/templates/default-pack';
import { normalizeShortcut, shortcutProblem } from '../../../lib/templates/exchange';
import { shortcutOwners } from '../../../lib/templates/library';

export interface Draft {
  name: string;
  body: string;
  platforms: Platform[];
  language: string;
  category: Category | null;
  /** Comma-separated, as typed. */
  tags: string;
  /** As typed ("Alt+1"); stored lower case without spaces. */
  shortcut: string;
}

export const EMPTY_DRAFT: Draft = { name: '', body: '', platforms: [], language: 'en', category: null, tags: '', shortcut: '' };

export function draftOf(template: Template): Draft {
  return {
    name: template.name,
    body: template.body,
    platforms: [...template.platforms],
    language: template.language,
    category: template.category,
    tags: template.tags.join(', '),
    shortcut: template.shortcut ?? '',
  };
}

export function seedOfDraft(draft: Draft): TemplateSeed {
  return {
    name: draft.name,
    body: draft.body,
    platforms: [...draft.platforms],
    language: draft.language.trim().toLowerCase(),
    category: draft.category,
    tags: draft.tags
      .split(/[,，]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ''),
    shortcut: normalizeShortcut(draft.shortcut),
  };
}

export interface ShortcutCheck {
  /** What is wrong with its format (English, from the shared validation), or null. */
  problem: string | null;
  /** Other templates with the same shortcut. */
  owners: Template[];
}

export function checkShortcut(draft: Draft, templates: readonly Template[], selfId?: number): ShortcutCheck {
  const shortcut = normalizeShortcut(draft.shortcut);
  if (shortcut === null) return { problem: null, owners: [] };
  return { problem: shortcutProblem(shortcut), owners: shortcutOwners(templates, shortcut, selfId) };
}
