// Compiles every language's rule lists into one matcher (built once) and finds all pattern matches in a
// folded text in a single pass: Latin-script patterns by token (exact, prefix and suffix tries), CJK and
// emoji patterns as substrings indexed by their first character. No regular expressions built from data.
import type { Category } from '../model';
import type { LanguageRules, Pattern } from './language-rules';
import { foldPlain, isTokenChar, tokenize, type Token } from './text';

export type Field =
  | 'keyword'
  | 'urgent'
  | 'calm'
  | 'negator'
  | 'repeated'
  | 'thanks'
  | 'confirmation'
  | 'question'
  | 'positive'
  | 'negative'
  | 'common';

export interface Entry {
  field: Field;
  language: string;
  pattern: Pattern;
  category: Category | undefined;
  weight: number;
  threat: boolean;
  whenNegated: boolean;
  /** A negation before it cancels it (false for refunds and threats: see KeywordGroup.negatable). */
  negatable: boolean;
  /** Token slots (Latin patterns); null for substring patterns. */
  slots: Slot[] | null;
  /** The folded substring (CJK, emoji patterns); null for token patterns. */
  literal: string | null;
  /** Same for entries of one field, category and whenNegated: matches of one group on one span are one match. */
  group: number;
}

const EXACT = 0;
const PREFIX = 1;
const SUFFIX = 2;
interface Alt {
  text: string;
  mode: typeof EXACT | typeof PREFIX | typeof SUFFIX;
}
type Slot = Alt[];

interface TrieNode {
  next: Map<number, TrieNode>;
  entries: Entry[];
}

/** Field × category × whenNegated combinations stay below this (checked when compiling): part of a numeric key. */
export const MAX_GROUPS = 128;

export interface Match {
  entry: Entry;
  /** Folded-text offsets. */
  start: number;
  end: number;
  /** Token range [tokenStart, tokenEnd) for token patterns; -1 for substring matches. */
  tokenStart: number;
  tokenEnd: number;
}

export interface Matcher {
  match(text: string, tokens: Token[], limit: number): Match[];
  fillers: ReadonlySet<string>;
  quoteHeaders: readonly string[];
  quoteSeparators: readonly string[];
  entries: readonly Entry[];
}

function newNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

/** True when a pattern is written in a script without spaces (or is a symbol): matched as a substring. */
function isLiteral(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const code = pattern.charCodeAt(i);
    if (!isTokenChar(code) && !" |*?'-".includes(pattern[i]!)) return true;
  }
  return false;
}

/** Splits a token pattern into slots, expanding optional slots ('my?') into every combination. */
function parseSlots(pattern: string): Slot[][] {
  let variants: Slot[][] = [[]];
  for (const word of foldPlain(pattern).trim().split(/\s+/)) {
    const optional = word.endsWith('?');
    const body = optional ? word.slice(0, -1) : word;
    const alternatives = body.split('|');
    // An apostrophe or hyphen splits a single-alternative slot into several tokens, as in the message.
    const pieces = alternatives.length === 1 ? body.split(/['-]+/).filter(Boolean) : [body];
    const slots: Slot[] = pieces.map((piece) =>
      piece.split('|').map((alt): Alt => {
        if (/['-]/.test(alt)) throw new Error(`triage pattern "${pattern}": an alternative cannot contain ' or -`);
        if (alt.endsWith('*')) return { text: alt.slice(0, -1), mode: PREFIX };
        if (alt.startsWith('*')) return { text: alt.slice(1), mode: SUFFIX };
        return { text: alt, mode: EXACT };
      }),
    );
    for (const slot of slots) for (const alt of slot) if (alt.text === '' || /[*?|]/.test(alt.text)) throw new Error(`triage pattern "${pattern}": empty or malformed word`);
    variants = optional ? [...variants.map((v) => [...v, ...slots]), ...variants] : variants.map((v) => [...v, ...slots]);
  }
  const nonEmpty = variants.filter((v) => v.length > 0);
  if (nonEmpty.length === 0) throw new Error(`triage pattern "${pattern}" has no words`);
  return nonEmpty;
}

function altMatches(alt: Alt, token: string): boolean {
  if (alt.mode === EXACT) return token === alt.text;
  if (alt.mode === PREFIX) return token.startsWith(alt.text);
  return token.endsWith(alt.text);
}

export function compileMatcher(languages: readonly LanguageRules[]): Matcher {
  const exact = new Map<string, Entry[]>();
  const prefix = newNode();
  const suffix = newNode();
  const literals = new Map<number, Entry[]>();
  const entries: Entry[] = [];
  const fillers = new Set<string>();
  const quoteHeaders: string[] = [];
  const quoteSeparators: string[] = [];

  const groups = new Map<string, number>();
  const add = (field: Field, language: string, patterns: readonly Pattern[], meta: { category?: Category; weight?: number; threat?: boolean; whenNegated?: boolean; negatable?: boolean } = {}) => {
    const groupKey = `${field}:${meta.category ?? ''}:${meta.whenNegated ?? false}`;
    if (!groups.has(groupKey)) groups.set(groupKey, groups.size);
    if (groups.size > MAX_GROUPS) throw new Error(`triage rules: more than ${MAX_GROUPS} field/category groups`);
    const group = groups.get(groupKey)!;
    for (const pattern of patterns) {
      const base = {
        field,
        language,
        pattern,
        category: meta.category,
        weight: meta.weight ?? 1,
        threat: meta.threat ?? false,
        whenNegated: meta.whenNegated ?? false,
        negatable: meta.negatable ?? true,
        group,
      };
      if (isLiteral(pattern)) {
        const literal = foldPlain(pattern);
        if (literal.length === 0 || isTokenChar(literal.charCodeAt(0)) || literal.charCodeAt(0) < 0x2000) {
          throw new Error(`triage pattern "${pattern}": a substring pattern must start with a CJK character or symbol`);
        }
        const entry: Entry = { ...base, slots: null, literal };
        entries.push(entry);
        const key = literal.charCodeAt(0);
        const list = literals.get(key);
        if (list) list.push(entry);
        else literals.set(key, [entry]);
        continue;
      }
      for (const slots of parseSlots(pattern)) {
        const entry: Entry = { ...base, slots, literal: null };
        entries.push(entry);
        for (const alt of slots[0]!) {
          if (alt.mode === EXACT) {
            const list = exact.get(alt.text);
            if (list) list.push(entry);
            else exact.set(alt.text, [entry]);
          } else {
            let node = alt.mode === PREFIX ? prefix : suffix;
            const chars = alt.mode === PREFIX ? alt.text : [...alt.text].reverse().join('');
            for (let i = 0; i < chars.length; i++) {
              const code = chars.charCodeAt(i);
              let child = node.next.get(code);
              if (!child) node.next.set(code, (child = newNode()));
              node = child;
            }
            node.entries.push(entry);
          }
        }
      }
    }
  };

  for (const rules of languages) {
    const lang = rules.language;
    for (const group of rules.keywords) add('keyword', lang, group.words, group);
    add('urgent', lang, rules.urgent);
    add('calm', lang, rules.calm);
    add('negator', lang, rules.negators);
    add('repeated', lang, rules.repeated);
    add('thanks', lang, rules.thanks, { category: 'feedback', weight: 2 });
    add('confirmation', lang, rules.confirmations, { category: 'feedback', weight: 1.5 });
    add('question', lang, rules.questionWords);
    add('positive', lang, rules.positive);
    add('negative', lang, rules.negative);
    add('common', lang, rules.common);
    for (const word of rules.negationFillers) fillers.add(foldPlain(word));
    for (const header of rules.quoteHeaders) quoteHeaders.push(foldPlain(header).replace(/ :/g, ':'));
    for (const separator of rules.quoteSeparators) quoteSeparators.push(foldPlain(separator));
  }

  /** Entries whose first slot accepts the token (exact, by prefix, by suffix). */
  const firstSlotCandidates = (token: string): readonly Entry[] => {
    const out: Entry[] = [];
    const list = exact.get(token);
    if (list) for (const e of list) out.push(e);
    let node: TrieNode | undefined = prefix;
    for (let i = 0; i < token.length && node; i++) {
      node = node.next.get(token.charCodeAt(i));
      if (node) for (const e of node.entries) out.push(e);
    }
    node = suffix;
    for (let i = token.length - 1; i >= 0 && node; i--) {
      node = node.next.get(token.charCodeAt(i));
      if (node) for (const e of node.entries) out.push(e);
    }
    return out;
  };
  // Buyers reuse a small vocabulary, so the candidates per token are cached (bounded: cleared when full).
  const candidateCache = new Map<string, readonly Entry[]>();
  const CANDIDATE_CACHE_LIMIT = 50_000;
  const candidatesOf = (token: string): readonly Entry[] => {
    let candidates = candidateCache.get(token);
    if (candidates === undefined) {
      candidates = firstSlotCandidates(token);
      if (candidateCache.size >= CANDIDATE_CACHE_LIMIT) candidateCache.clear();
      candidateCache.set(token, candidates);
    }
    return candidates;
  };

  const match = (text: string, tokens: Token[], limit: number): Match[] => {
    const matches: Match[] = [];
    for (let i = 0; i < tokens.length && matches.length < limit; i++) {
      const candidates = candidatesOf(tokens[i]!.text);
      for (const entry of candidates) {
        const slots = entry.slots!;
        if (i + slots.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < slots.length && ok; k++) {
          const token = tokens[i + k]!;
          ok = !token.breakBefore && slots[k]!.some((alt) => altMatches(alt, token.text));
        }
        if (!ok) continue;
        const last = tokens[i + slots.length - 1]!;
        matches.push({ entry, start: tokens[i]!.start, end: last.end, tokenStart: i, tokenEnd: i + slots.length });
      }
    }
    for (let i = 0; i < text.length && matches.length < limit; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x2000) continue;
      const list = literals.get(code);
      if (!list) continue;
      for (const entry of list) {
        const literal = entry.literal!;
        if (!text.startsWith(literal, i)) continue;
        // A voiced-kana or accent mark right after would make this a different word (は vs ば).
        const after = text.charCodeAt(i + literal.length);
        if (after === 0x3099 || after === 0x309a) continue;
        matches.push({ entry, start: i, end: i + literal.length, tokenStart: -1, tokenEnd: -1 });
      }
    }
    return matches;
  };

  return { match, fillers, quoteHeaders, quoteSeparators, entries };
}
