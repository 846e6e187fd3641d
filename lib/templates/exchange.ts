// Moving templates between machines and teams: a versioned JSON export, and an import that checks the whole
// file before anything is stored. A bad file is rejected whole, with a message naming the template and field,
// because half an import (some templates in, some silently dropped) is worse to untangle on a night shift.
// The per-template check (checkTemplateSeed) is the one rule set: the dashboard's editor saves through it too.
import { CATEGORIES, PLATFORMS, type Template } from '../model';
import type { TemplateSeed } from './default-pack';
import { templateSyntaxProblems } from './render';

export const EXPORT_FORMAT = 'replyclock-templates';
export const EXPORT_VERSION = 1;

/** Limits an import enforces: generous for real use, small enough to keep storage and the UI responsive. */
export const IMPORT_LIMITS = {
  fileChars: 10_000_000,
  templates: 2_000,
  nameChars: 120,
  /** Amazon and Etsy accept far longer messages, eBay about 2,000 characters; a template is a starting point. */
  bodyChars: 8_000,
  tags: 20,
  tagChars: 40,
} as const;

/** Fields of one exported template, in the order they are written. */
const FIELDS = ['name', 'body', 'platforms', 'language', 'category', 'tags', 'shortcut'] as const satisfies readonly (keyof TemplateSeed)[];

/** Two-letter ISO 639-1, as triage reports it ('en', 'de', 'ja'…). */
const LANGUAGE = /^[a-z]{2}$/;
/** "alt+1", "ctrl+shift+k", "alt+f2": modifiers then one key, lower case (what offer.ts matchesShortcut reads). */
const SHORTCUT = /^(?:(?:ctrl|alt|shift|meta)\+)+(?:[a-z0-9]|f(?:[1-9]|1[0-2]))$/;

/**
 * What is wrong with a shortcut as written, or null when it is one the sidebar can match: modifiers then one
 * key, lower case, each modifier once, and at least one of alt, ctrl or meta (the sidebar leaves plain and
 * shift-only key presses to the search box: they type text).
 */
export function shortcutProblem(shortcut: string): string | null {
  if (!SHORTCUT.test(shortcut)) return 'expected null or a key combination such as "alt+1" or "ctrl+shift+k"';
  const modifiers = shortcut.split('+').slice(0, -1);
  if (new Set(modifiers).size !== modifiers.length) return 'names a modifier twice';
  if (!modifiers.some((m) => m !== 'shift')) return 'needs alt, ctrl or meta (shift alone types a capital letter into the search)';
  return null;
}

/** A shortcut as a person may type it ("Alt + 1", " CTRL+Shift+K ") in the stored form; null when blank. */
export function normalizeShortcut(typed: string): string | null {
  const compact = typed.replace(/\s+/g, '').toLowerCase();
  return compact === '' ? null : compact;
}

export interface TemplateExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  templates: TemplateSeed[];
}

/** JSON of the templates' content: no ids (they belong to one database) and no use statistics. */
export function exportTemplates(templates: readonly Template[]): string {
  const file: TemplateExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    templates: templates.map((t) => ({
      name: t.name,
      body: t.body,
      platforms: [...t.platforms],
      language: t.language,
      category: t.category,
      tags: [...t.tags],
      shortcut: t.shortcut,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const quote = (value: unknown): string => {
  if (value === undefined) return 'missing';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};
const ARTICLE: Readonly<Record<string, string>> = { object: 'an object', string: 'a string', number: 'a number', boolean: 'a boolean', undefined: 'nothing' };
const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : (ARTICLE[typeof value] ?? typeof value));
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(message: string): never {
  throw new Error(`Template import rejected: ${message}`);
}

/**
 * One template's fields, checked and cleaned (names and tags trimmed), or an Error naming the field and what is
 * wrong: "Template not saved: template "Tracking · en", field "shortcut": needs alt, ctrl or meta…". The
 * editor's save and every template of an import go through this one check.
 */
export function checkTemplateSeed(raw: unknown): TemplateSeed {
  return parseOne(raw, null, (message) => {
    throw new Error(`Template not saved: ${message}`);
  });
}

function parseOne(raw: unknown, position: number | null, fail: (message: string) => never): TemplateSeed {
  // Name the template by number (1-based, as a person counts; in a file) and, once known, by name.
  const numbered = position === null ? 'template' : `template #${position}`;
  let label = numbered;
  const bad = (field: string, problem: string): never => fail(`${label}, field "${field}": ${problem}.`);
  if (!isRecord(raw)) fail(`${label} is ${typeOf(raw)}, expected an object.`);
  const record = raw as Record<string, unknown>;

  const { name } = record;
  if (typeof name !== 'string') bad('name', `expected text, found ${typeOf(name)}`);
  const trimmedName = (name as string).trim();
  if (trimmedName === '') bad('name', 'is empty');
  if (trimmedName.length > IMPORT_LIMITS.nameChars) bad('name', `is ${trimmedName.length} characters long, at most ${IMPORT_LIMITS.nameChars} allowed`);
  label = `${numbered} (${quote(trimmedName)})`;

  for (const key of Object.keys(record)) {
    if (!(FIELDS as readonly string[]).includes(key)) bad(key, `is not a template field (expected ${FIELDS.join(', ')})`);
  }
  for (const key of FIELDS) if (!(key in record)) bad(key, 'is missing');

  const { body, platforms, language, category, tags, shortcut } = record;
  if (typeof body !== 'string') bad('body', `expected text, found ${typeOf(body)}`);
  const text = body as string;
  if (text.trim() === '') bad('body', 'is empty');
  if (text.length > IMPORT_LIMITS.bodyChars) bad('body', `is ${text.length} characters long, at most ${IMPORT_LIMITS.bodyChars} allowed`);
  const syntax = templateSyntaxProblems(text);
  if (syntax.length > 0) bad('body', syntax[0]!);

  if (!Array.isArray(platforms)) bad('platforms', `expected a list of platforms, found ${typeOf(platforms)}`);
  const platformList: unknown[] = platforms as unknown[];
  platformList.forEach((p, i) => {
    if (!(PLATFORMS as readonly unknown[]).includes(p)) bad('platforms', `item ${i + 1} is ${quote(p)}, expected one of ${PLATFORMS.join(', ')}`);
  });
  if (new Set(platformList).size !== platformList.length) bad('platforms', 'lists a platform twice');

  if (typeof language !== 'string') bad('language', `expected text, found ${typeOf(language)}`);
  if (!LANGUAGE.test(language as string)) bad('language', `is ${quote(language)}, expected a two-letter lower-case ISO 639-1 code such as "en" or "de"`);

  if (category !== null && !(CATEGORIES as readonly unknown[]).includes(category)) {
    bad('category', `is ${quote(category)}, expected null or one of ${CATEGORIES.join(', ')}`);
  }

  if (!Array.isArray(tags)) bad('tags', `expected a list of words, found ${typeOf(tags)}`);
  const tagList: unknown[] = tags as unknown[];
  if (tagList.length > IMPORT_LIMITS.tags) bad('tags', `has ${tagList.length} tags, at most ${IMPORT_LIMITS.tags} allowed`);
  tagList.forEach((tag, i) => {
    if (typeof tag !== 'string') bad('tags', `item ${i + 1} is ${typeOf(tag)}, expected text`);
    const word = (tag as string).trim();
    if (word === '') bad('tags', `item ${i + 1} is empty`);
    if (word.length > IMPORT_LIMITS.tagChars) bad('tags', `item ${i + 1} is ${word.length} characters long, at most ${IMPORT_LIMITS.tagChars} allowed`);
  });

  if (shortcut !== null) {
    const problem = typeof shortcut === 'string' ? shortcutProblem(shortcut) : shortcutProblem('');
    if (problem !== null) bad('shortcut', `is ${quote(shortcut)}, ${problem}`);
  }

  return {
    name: trimmedName,
    body: text,
    platforms: platformList as TemplateSeed['platforms'],
    language: language as string,
    category: category as TemplateSeed['category'],
    tags: tagList.map((t) => (t as string).trim()),
    shortcut: shortcut as string | null,
  };
}

/** The templates of an exported file, or an Error saying exactly what is wrong (nothing is imported then). */
export function parseTemplateImport(json: string): TemplateSeed[] {
  if (json.length > IMPORT_LIMITS.fileChars) fail(`the file is ${json.length} characters long, at most ${IMPORT_LIMITS.fileChars} allowed.`);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    fail(`the file is not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!isRecord(data)) fail(`the file holds ${typeOf(data)}, expected a Replyclock template export (an object).`);
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) fail(`"format" is ${quote(file.format)}, expected "${EXPORT_FORMAT}": this is not a Replyclock template export.`);
  if (file.version !== EXPORT_VERSION) {
    fail(`"version" is ${quote(file.version)}, this Replyclock reads version ${EXPORT_VERSION} (a newer file needs a newer Replyclock).`);
  }
  for (const key of Object.keys(file)) {
    if (key !== 'format' && key !== 'version' && key !== 'templates') fail(`"${key}" is not part of a template export (expected format, version, templates).`);
  }
  if (!Array.isArray(file.templates)) fail(`"templates" is ${typeOf(file.templates)}, expected a list.`);
  const list = file.templates as unknown[];
  if (list.length > IMPORT_LIMITS.templates) fail(`the file has ${list.length} templates, at most ${IMPORT_LIMITS.templates} can be imported at once.`);

  const seeds = list.map((raw, i) => parseOne(raw, i + 1, fail));

  // Names identify templates (the pack's upgrades and the agent's lists); shortcuts must reach one template.
  const names = new Map<string, number>();
  const shortcuts = new Map<string, number>();
  seeds.forEach((seed, i) => {
    const key = seed.name.toLocaleLowerCase();
    const other = names.get(key);
    if (other !== undefined) fail(`template #${i + 1}, field "name": ${quote(seed.name)} is already the name of template #${other}.`);
    names.set(key, i + 1);
    if (seed.shortcut !== null) {
      const owner = shortcuts.get(seed.shortcut);
      if (owner !== undefined) fail(`template #${i + 1} (${quote(seed.name)}), field "shortcut": "${seed.shortcut}" is already the shortcut of template #${owner}.`);
      shortcuts.set(seed.shortcut, i + 1);
    }
  });
  return seeds;
}
