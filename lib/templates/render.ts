// Rendering a reply template: fill {{variables}} for one conversation, keep every unfilled or unknown tag visible
// (so an agent never sends a reply with a silent gap), and say where the cursor goes. Output is plain text.
//
// Syntax: plain text with {{variable}} tags ({{{x}}} and {{& x}} mean the same: nothing is ever HTML-escaped)
// and one {{cursor}} stop. Sections, inverted sections, partials, comments and delimiter changes are REJECTED
// with a TemplateSyntaxError that says which tag and where, not rendered: a template using them was written for
// another tool, and half-evaluating it (or sending its braces to a buyer) is worse than saying so when it is
// saved or imported (templateSyntaxProblems is the check the editor and the importer use).
//
// Mustache parses because it is a maintained, specified logic-less engine: a template can name values but never
// run code (unlike lodash/underscore templates or eval-based engines), which matters for templates imported from
// a file. We use its parser and emit the flat token list ourselves so each part knows where it came from (the UI
// highlights placeholders and puts the caret at {{cursor}}); the text equals Mustache.render with escaping off,
// which a test checks.
import { DateTime } from 'luxon';
import Mustache from 'mustache';
import type { Conversation } from '../model';

export type TemplateVariableName =
  | 'buyerName'
  | 'buyerFirstName'
  | 'orderId'
  | 'itemTitle'
  | 'trackingNumber'
  | 'agentName'
  | 'shopName'
  | 'today'
  | 'replyBy';
export type TemplateVariables = Partial<Record<TemplateVariableName, string>>;

export const TEMPLATE_VARIABLE_NAMES: readonly TemplateVariableName[] = [
  'buyerName',
  'buyerFirstName',
  'orderId',
  'itemTitle',
  'trackingNumber',
  'agentName',
  'shopName',
  'today',
  'replyBy',
];

/** Where the caret goes after insertion; not a variable (it renders as nothing). */
export const CURSOR_TAG = 'cursor';

export interface RenderedPart {
  text: string;
  /** This part is the placeholder of a variable that had no value. */
  missing?: TemplateVariableName;
  /** This part is a tag naming no known variable, left as written ("{{orderNumber}}"). */
  unknown?: true;
}

export interface Rendered {
  text: string;
  /** text, cut where the UI must highlight: parts.map(p => p.text).join('') === text. */
  parts: RenderedPart[];
  /** Variables without a value, first appearance first, each once. */
  missing: TemplateVariableName[];
  /** Tags naming no known variable, as written, each once. */
  unknown: string[];
  /** Offset in text where {{cursor}} stood (the first one), or null. */
  cursor: number | null;
}

/**
 * How a variable without a value shows in the text: "[orderId]". Square brackets and the variable's own name
 * read as "fill this in" in every language the pack speaks, and they cannot be mistaken for a live tag.
 */
export function placeholder(name: TemplateVariableName): string {
  return `[${name}]`;
}

export class TemplateSyntaxError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
    this.name = 'TemplateSyntaxError';
  }
}

/** Always the standard delimiters: Mustache.tags is global and could have been changed elsewhere. */
const TAGS: [string, string] = ['{{', '}}'];

const UNSUPPORTED: Readonly<Record<string, string>> = {
  '#': 'sections ({{#…}}…{{/…}})',
  '^': 'inverted sections ({{^…}}…{{/…}})',
  '>': 'partials ({{>…}})',
  '!': 'comments ({{!…}})',
  '=': 'delimiter changes ({{=… …=}})',
};
const ONLY_VARIABLES = 'Replyclock templates are plain text with {{variables}} only';

type Token = [type: string, value: string, start: number, end: number, ...rest: unknown[]];

/**
 * A parser of our own: Mustache's global one caches every template it ever sees, and the template editor parses
 * on every keystroke. This one's cache is emptied every MAX_PARSES_CACHED parses, which bounds it.
 */
const writer = new Mustache.Writer();
const MAX_PARSES_CACHED = 500;
let parsesCached = 0;

function parse(body: string): { tokens: Token[] } | { problems: string[] } {
  let tokens: Token[];
  try {
    if (++parsesCached > MAX_PARSES_CACHED) {
      writer.clearCache();
      parsesCached = 1;
    }
    tokens = writer.parse(body, TAGS) as Token[];
  } catch (error) {
    // Mustache says e.g. 'Unclosed tag at 12' or 'Unopened section "x" at 3' (0-based offsets).
    const reason = error instanceof Error ? error.message : String(error);
    const where = /^(.*) at (\d+)$/.exec(reason);
    const what = where ? `${where[1]!.toLowerCase()} at character ${Number(where[2]) + 1}` : reason;
    const hint = what.startsWith('unclosed tag') ? 'every "{{" needs its "}}"' : ONLY_VARIABLES;
    return { problems: [`the template cannot be read: ${what} (${hint})`] };
  }
  const problems: string[] = [];
  for (const [type, , start, end] of tokens) {
    const what = UNSUPPORTED[type];
    if (what) problems.push(`${body.slice(start, Math.min(end, start + 40))} at character ${start + 1}: ${what} are not supported (${ONLY_VARIABLES})`);
  }
  return problems.length > 0 ? { problems } : { tokens };
}

/** What is wrong with a template body, one message per problem; empty when it renders. */
export function templateSyntaxProblems(body: string): string[] {
  const parsed = parse(body);
  return 'problems' in parsed ? parsed.problems : [];
}

const KNOWN = new Set<string>(TEMPLATE_VARIABLE_NAMES);
const isVariableName = (name: string): name is TemplateVariableName => KNOWN.has(name);

/**
 * Fill a template. Blank values count as missing (a blank "Dear ," is exactly the silent gap this prevents).
 * Values are inserted verbatim, never re-read as template syntax, never escaped. Throws TemplateSyntaxError for
 * sections and the like (see the header).
 */
export function renderTemplate(body: string, variables: TemplateVariables): Rendered {
  const parsed = parse(body);
  if ('problems' in parsed) throw new TemplateSyntaxError(parsed.problems);

  const parts: RenderedPart[] = [];
  const missing: TemplateVariableName[] = [];
  const unknown: string[] = [];
  let text = '';
  let cursor: number | null = null;
  const plain = (value: string) => {
    if (value === '') return;
    const last = parts[parts.length - 1];
    if (last && !last.missing && !last.unknown) last.text += value;
    else parts.push({ text: value });
    text += value;
  };

  for (const [type, value, start, end] of parsed.tokens) {
    if (type === 'text') {
      plain(value);
    } else if (value === CURSOR_TAG) {
      cursor ??= text.length;
    } else if (isVariableName(value)) {
      const filled = variables[value];
      if (filled !== undefined && filled.trim() !== '') {
        plain(filled);
      } else {
        const shown = placeholder(value);
        parts.push({ text: shown, missing: value });
        text += shown;
        if (!missing.includes(value)) missing.push(value);
      }
    } else {
      const written = body.slice(start, end);
      parts.push({ text: written, unknown: true });
      text += written;
      if (!unknown.includes(written)) unknown.push(written);
    }
  }
  return { text, parts, missing, unknown, cursor };
}

// ---------------------------------------------------------------------------------------------------------------
// Variables for one conversation.

/** Titles and honorifics that come before a name, lower-case without the dot (en, de, fr, es, it). */
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev',
  'herr', 'frau', 'fr', 'hr', 'dipl',
  'm', 'mme', 'mlle', 'me',
  'sr', 'sra', 'srta',
  'sig', 'sigra', 'sig.ra', 'dott', 'dott.ssa', 'dottssa', 'ing', 'avv',
]);
/** Words that make a buyer name a company, which has no first name. */
const COMPANY_WORDS = new Set(['gmbh', 'ltd', 'llc', 'inc', 'co', 'corp', 'ag', 'kg', 'sarl', 'sas', 'sa', 'sl', 'srl', 'spa', 'bv', 'plc', 'kk', 'ug']);
/** Scripts whose names are written family name first and are addressed in full (with 様, 先生, 님…). */
const FAMILY_NAME_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** One word of a real name: letters (any script, with their marks), inner apostrophes or hyphens. */
const NAME_WORD = /^\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u;

function capitalised(word: string): string {
  // Only fix names typed all in one case ("emma", "EMMA"); "McKenzie" or "DeShawn" stay as written.
  if (word !== word.toLowerCase() && word !== word.toUpperCase()) return word;
  return word.toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/**
 * The name to greet a buyer by, or '' when the buyer name is no person's name (a user id like "mira.kettle" or
 * "pollyanna_b", a company, a masked "j***n", a lone initial or a lone surname after a title). Chinese, Japanese
 * and Korean names are written family name first and used in full, so they come back whole.
 */
export function firstNameOf(buyerName: string): string {
  let name = buyerName.normalize('NFC').replace(/\s+/g, ' ').trim();
  name = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim(); // "Emma Whitfield (gift)" → the name
  if (name === '') return '';
  if (FAMILY_NAME_FIRST.test(name)) return /[@_\d]/.test(name) ? '' : name;
  const comma = name.split(',');
  if (comma.length === 2 && comma[1]!.trim() !== '') name = `${comma[1]!.trim()} ${comma[0]!.trim()}`; // "Whitfield, Emma"
  const words = name.split(' ');
  if (words.some((w) => COMPANY_WORDS.has(w.toLowerCase().replace(/\./g, '')))) return '';
  // A user id: one word made of several joined by dots, underscores or digits; or anything with @ or a mask.
  if (/[@*_\d]/.test(name)) return '';
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i]!.toLowerCase().replace(/\.$/, ''))) i++;
  const titled = i > 0;
  const rest = words.slice(i);
  const first = rest[0] ?? '';
  if (!NAME_WORD.test(first)) return ''; // "J.", "mira.kettle", punctuation
  if (first.length < 2) return ''; // an initial without its dot
  if (titled && rest.length === 1) return ''; // "Dr. Whitfield": a surname, not a first name
  // A single all-lower-case word is how user ids look ("mirakettle"); a real single name is written "Emma".
  if (rest.length === 1 && first === first.toLowerCase() && first !== first.toUpperCase()) return '';
  return capitalised(first);
}

function usableLocale(locale: string): string {
  const tag = locale.replace(/_/g, '-');
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0] ?? 'en-US';
  } catch {
    return 'en-US'; // a malformed tag: an English date rather than none
  }
}

/** Today's date as the buyer writes it ("January 17, 2026", "17. Januar 2026", "2026年1月17日"), or undefined. */
export function todayFor(now: number, buyerZone: string, buyerLocale: string): string | undefined {
  const date = DateTime.fromMillis(now, { zone: buyerZone }).setLocale(usableLocale(buyerLocale));
  // An unknown zone would give a wrong date: better the visible placeholder.
  return date.isValid ? date.toLocaleString(DateTime.DATE_FULL) : undefined;
}

export interface TemplateVariablesInput {
  conversation: Pick<Conversation, 'buyer' | 'orderId' | 'subject' | 'platform' | 'marketplace'>;
  agentName?: string;
  shopName?: string;
  trackingNumber?: string;
  itemTitle?: string;
  /** The holding-reply promise, already written for the buyer (formatReplyBy / replyBy(...).text). */
  replyBy?: string;
  now: number;
  buyerZone: string;
  buyerLocale: string;
}

const oneLine = (value: string | null | undefined): string | undefined => {
  const clean = value?.replace(/\s+/g, ' ').trim();
  return clean ? clean : undefined;
};

/**
 * The values for one conversation. Only what is known is set: the rest renders as visible placeholders.
 * On eBay a conversation's subject is the listing's title (the adapters read it so), so it stands in for
 * itemTitle there; Amazon and Etsy subjects are the buyer's own words and are not item titles.
 */
export function templateVariables(input: TemplateVariablesInput): TemplateVariables {
  const { conversation } = input;
  const buyerName = oneLine(conversation.buyer);
  const subjectTitle = conversation.platform === 'ebay' ? oneLine(conversation.subject.replace(/^\s*(re|aw|wg|fwd?|tr|rif)\s*:\s*/i, '')) : undefined;
  const values: TemplateVariables = {
    buyerName,
    buyerFirstName: buyerName === undefined ? undefined : oneLine(firstNameOf(buyerName)),
    orderId: oneLine(conversation.orderId),
    itemTitle: oneLine(input.itemTitle) ?? subjectTitle,
    trackingNumber: oneLine(input.trackingNumber),
    agentName: oneLine(input.agentName),
    shopName: oneLine(input.shopName),
    today: todayFor(input.now, input.buyerZone, input.buyerLocale),
    replyBy: oneLine(input.replyBy),
  };
  // Drop the unknowns rather than carry `undefined` keys around (exactOptional-friendly, easy to compare).
  for (const key of TEMPLATE_VARIABLE_NAMES) if (values[key] === undefined) delete values[key];
  return values;
}
