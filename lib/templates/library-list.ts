// Which templates the dashboard's library list shows, in what order: the filters (platform, language,
// category) narrow it, and a query ranks it with the sidebar's own search (search.ts), so a template is found
// in the dashboard by the same words that find it beside a reply box.
import { PLATFORMS, type Category, type Platform, type Template } from '../model';
import { searchTemplates } from './search';

export interface LibraryFilter {
  query: string;
  /** null: every platform. A template for any platform passes every platform filter. */
  platform: Platform | null;
  /** null: every language. */
  language: string | null;
  /** null: every category; 'none': templates for no particular category. */
  category: Category | 'none' | null;
}

export const NO_FILTER: LibraryFilter = { query: '', platform: null, language: null, category: null };

export function filterLibrary(templates: readonly Template[], filter: LibraryFilter): Template[] {
  const passes = (t: Template) =>
    (filter.platform === null || t.platforms.length === 0 || t.platforms.includes(filter.platform)) &&
    (filter.language === null || t.language === filter.language) &&
    (filter.category === null || (filter.category === 'none' ? t.category === null : t.category === filter.category));
  const shown = templates.filter(passes);
  if (filter.query.trim() === '') return shown.sort((a, b) => a.name.localeCompare(b.name));

  // search.ts ranks for one platform at a time (it leaves other platforms' templates out): ask it for each
  // platform in view and keep each template's best place.
  const category = filter.category === null || filter.category === 'none' ? null : filter.category;
  const best = new Map<Template, number>();
  for (const platform of filter.platform === null ? PLATFORMS : [filter.platform]) {
    const found = searchTemplates(shown, filter.query, { platform, language: filter.language ?? 'en', category }, shown.length);
    found.forEach((t, place) => best.set(t, Math.min(place, best.get(t) ?? Infinity)));
  }
  return [...best.entries()].sort((a, b) => a[1] - b[1] || a[0].name.localeCompare(b[0].name)).map(([t]) => t);
}

/** The languages present in the library, for the language filter. */
export function libraryLanguages(templates: readonly Template[]): string[] {
  return [...new Set(templates.map((t) => t.language))].sort();
}
