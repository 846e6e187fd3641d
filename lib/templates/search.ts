// Finding the template to send: the templates this platform allows, the ones that fit the open conversation first
// (its category, then the buyer's language, then this platform's own variants), then the ones used most and
// most lately; with a query, how well the text matches counts most.
//
// fuse.js for the fuzzy part: a small, dependency-free, maintained fuzzy matcher that weighs several fields (name,
// tags, body) and forgives typos ("trakcing"), which a night-shift agent typing fast into a search box makes.
import Fuse, { type Expression, type IFuseOptions } from 'fuse.js';
import type { Category, Platform, Template } from '../model';

export interface SearchContext {
  platform: Platform;
  /** The buyer's language as triage read it ('en', 'de', … or 'und'). */
  language: string;
  category: Category | null;
}

const FIELDS = ['name', 'tags', 'body'] as const;

const FUSE_OPTIONS: IFuseOptions<Template> = {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'tags', weight: 2 },
    { name: 'body', weight: 1 },
  ],
  includeScore: true,
  // Bodies are long and the word can be anywhere in them: position must not count.
  ignoreLocation: true,
  // 0 = exact, 1 = anything. 0.4 forgives a typo or two, even a swap in a short word ("refnud"), not a different word.
  threshold: 0.4,
  minMatchCharLength: 2,
};

/** Language of the buyer when triage could not tell: English is what most marketplace buyers read. */
const FALLBACK_LANGUAGE = 'en';
/** Use recency halves every week (measured back from the most recent use in the list: no clock needed). */
const RECENCY_HALF_LIFE_MS = 7 * 24 * 60 * 60 * 1000;
/** With a query: how much the text match, the conversation fit and the use history each weigh (sum 1). */
const QUERY_WEIGHTS = { match: 0.6, context: 0.3, use: 0.1 } as const;

/**
 * The last index built, reused while the same template objects are searched (every keystroke). Dexie hands out
 * new objects when a template changes, so an identical list of objects means unchanged templates.
 */
let lastIndex: { items: readonly Template[]; fuse: Fuse<Template> } | null = null;
function fuseFor(templates: readonly Template[]): Fuse<Template> {
  const same = lastIndex !== null && lastIndex.items.length === templates.length && lastIndex.items.every((t, i) => t === templates[i]);
  if (!same || lastIndex === null) lastIndex = { items: [...templates], fuse: new Fuse([...templates], FUSE_OPTIONS) };
  return lastIndex.fuse;
}

/** 0..1: category (counts most), then language, then being this platform's own variant. */
function contextFit(template: Template, context: SearchContext, language: string): number {
  const category = context.category === null ? 0 : template.category === context.category ? 2 : template.category === null ? 1 : 0;
  const lang = template.language === language ? 1 : 0;
  const platform = template.platforms.includes(context.platform) ? 1 : 0;
  // Weights 4/2/1 make it lexicographic: a category match outranks language and platform together.
  return (category * 4 + lang * 2 + platform) / 11;
}

/** 0..1: how often (log: the 50th use matters less than the 2nd) and how lately. */
function useScore(template: Template, maxLogUses: number, latestUse: number | null): number {
  const frequency = maxLogUses > 0 ? Math.log1p(template.useCount) / maxLogUses : 0;
  const recency =
    latestUse === null || template.lastUsedAt === null ? 0 : Math.pow(0.5, Math.max(0, latestUse - template.lastUsedAt) / RECENCY_HALF_LIFE_MS);
  return (frequency + recency) / 2;
}

/** Each word must match somewhere (name, tags or body): "damaged refund" finds a template with both. */
function fuseQuery(query: string): string | Expression {
  const words = query.split(/\s+/).filter((w) => w.length > 0);
  if (words.length <= 1) return words[0] ?? '';
  const anyField = (word: string): Expression => ({ $or: FIELDS.map((field): Expression => ({ [field]: word })) });
  return { $and: words.map(anyField) };
}

/**
 * The templates to offer for this conversation, best first, at most `limit`. Templates for other platforms are
 * left out (an empty `platforms` means any). An empty query lists by conversation fit, then use.
 */
export function searchTemplates(templates: readonly Template[], query: string, context: SearchContext, limit = 20): Template[] {
  if (limit <= 0) return [];
  const available = (t: Template) => t.platforms.length === 0 || t.platforms.includes(context.platform);
  const usable = templates.filter(available);
  const language = usable.some((t) => t.language === context.language) ? context.language : FALLBACK_LANGUAGE;
  const maxLogUses = Math.max(0, ...usable.map((t) => Math.log1p(t.useCount)));
  const uses = usable.map((t) => t.lastUsedAt).filter((at): at is number => at !== null);
  const latestUse = uses.length > 0 ? Math.max(...uses) : null;
  const byName = (a: Template, b: Template) => a.name.localeCompare(b.name);

  const trimmed = query.trim();
  if (trimmed === '') {
    return usable
      .map((template) => ({ template, fit: contextFit(template, context, language), use: useScore(template, maxLogUses, latestUse) }))
      .sort((a, b) => b.fit - a.fit || b.use - a.use || byName(a.template, b.template))
      .slice(0, limit)
      .map((r) => r.template);
  }

  return fuseFor(templates)
    .search(fuseQuery(trimmed))
    .filter((r) => available(r.item))
    .map(({ item, score }) => {
      const match = 1 - (score ?? 1);
      const fit = contextFit(item, context, language);
      const use = useScore(item, maxLogUses, latestUse);
      return { template: item, rank: QUERY_WEIGHTS.match * match + QUERY_WEIGHTS.context * fit + QUERY_WEIGHTS.use * use };
    })
    .sort((a, b) => b.rank - a.rank || byName(a.template, b.template))
    .slice(0, limit)
    .map((r) => r.template);
}
