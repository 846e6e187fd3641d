// Text preparation for triage: strip HTML and quoted earlier messages, fold case/accents/width for matching
// (keeping a map back to the message, so reasons quote the buyer's own spelling), and split into tokens.

/** Raw input beyond this is never looked at: a pasted novel costs the same as a long message. */
export const MAX_RAW_CHARS = 20_000;
/** What is matched after cleaning: buyers put the point of a message first. */
export const MAX_CLEAN_CHARS = 3_000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Plain text from a message that may contain HTML (previews and pasted mail do). */
export function stripHtml(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<(?:br|\/p|\/div|\/li|\/tr|p|div|li)\b[^<>]{0,300}>/gi, '\n')
    .replace(/<[^<>]{0,500}>/g, ' ')
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
      const known = ENTITIES[name.toLowerCase()];
      if (known !== undefined) return known;
      const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : name.startsWith('#') ? parseInt(name.slice(1), 10) : NaN;
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}

/**
 * Drops quoted earlier messages: lines starting with '>', and everything after a quote header ("On … wrote:")
 * or separator ("-----Original Message-----") once the buyer's own text came before it (top-posting). A
 * header at the very top (bottom-posting) only drops itself: the quoted lines below start with '>'.
 */
export function stripQuotes(text: string, headers: readonly string[], separators: readonly string[]): string {
  if (!text.includes('\n') && !text.includes('>')) return text;
  const kept: string[] = [];
  let ownText = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed.startsWith('>')) continue;
    if (trimmed.length > 0 && trimmed.length < 300 && isQuoteStart(trimmed, headers, separators)) {
      if (ownText) break;
      continue;
    }
    if (/\p{L}/u.test(trimmed)) ownText = true;
    kept.push(line);
  }
  return kept.join('\n');
}

function isQuoteStart(line: string, headers: readonly string[], separators: readonly string[]): boolean {
  const folded = foldPlain(line).replace(/\s+/g, ' ').replace(/ :/g, ':');
  for (const header of headers) if (folded.endsWith(header)) return true;
  for (const separator of separators) if (folded.includes(separator)) return true;
  return false;
}

// Folding: per character, NFKD (full-width → ASCII, ligatures, compatibility forms), drop Latin accents,
// recompose (so Japanese voiced kana stay one character), lower-case; ß → ss and typographic apostrophes
// → '. Cached per character: most messages reuse a few dozen non-ASCII characters.
const foldCache = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

function foldChar(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
  folded = folded.replace(/ß/g, 'ss').replace(/[\u2018\u2019\u02bc\u00b4\u0060]/g, "'").replace(/[\u2010-\u2015\u2212]/g, '-');
  if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(ch, folded);
  return folded;
}

/** Folded text only (for patterns and quote headers). */
export function foldPlain(text: string): string {
  return fold(text).text;
}

export interface Folded {
  /** The folded text that patterns match. */
  text: string;
  /** For each folded character, the index in the source it came from; null when that is the same index (ASCII). */
  from: number[] | null;
  source: string;
}

export function fold(source: string): Folded {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(source)) return { text: source.toLowerCase(), from: null, source };
  let text = '';
  const from: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 128) {
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : source[i];
      from.push(i);
      continue;
    }
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < source.length;
    const ch = wide ? source.slice(i, i + 2) : source[i]!;
    const folded = foldChar(ch);
    text += folded;
    for (let k = 0; k < folded.length; k++) from.push(i);
    if (wide) i++;
  }
  return { text, from, source };
}

/** The source text behind folded[start, end): what a reason quotes. */
export function sourceSlice(folded: Folded, start: number, end: number): string {
  if (end <= start) return '';
  if (folded.from === null) return folded.source.slice(start, end);
  const first = folded.from[start] ?? 0;
  const lastStart = folded.from[end - 1] ?? first;
  const code = folded.source.charCodeAt(lastStart);
  const lastEnd = lastStart + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  return folded.source.slice(first, lastEnd);
}

export interface Token {
  text: string;
  start: number;
  end: number;
  /** A comma, colon, bracket, line break or sentence end stands between this token and the previous one. */
  breakBefore: boolean;
  /** First token of a sentence. */
  sentenceStart: boolean;
}

/** Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic); CJK and symbols are matched as substrings. */
export function isTokenChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return (
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x52f && code !== 0x37e && code !== 0x387) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', '。', '¿', '¡']);
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '"', '[', ']', '、', '…', '–', '—', '/', '«', '»', '„', '“', '”']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let gapBreak = true;
  let gapSentence = true;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isTokenChar(code)) {
      let end = i + 1;
      while (end < text.length && isTokenChar(text.charCodeAt(end))) end++;
      tokens.push({ text: text.slice(i, end), start: i, end, breakBefore: gapBreak, sentenceStart: gapSentence });
      gapBreak = false;
      gapSentence = false;
      i = end;
      continue;
    }
    const ch = text[i]!;
    if (SENTENCE_END.has(ch)) {
      gapSentence = true;
      gapBreak = true;
    } else if (CLAUSE_BREAK.has(ch) || code >= 0x2e80) {
      gapBreak = true;
    }
    i++;
  }
  return tokens;
}
