// Triage of one buyer message: category, priority, urgency, sentiment, language and whether it needs a reply,
// with the reasons (the buyer's own words) that led there. Rules are data per language (./rules/*.ts); this
// file only combines them. Pure and synchronous: never throws, never evaluates the text, bounded work.
//
// How a category is chosen:
// - Platform signals decide alone. eBay return request → return; eBay not-as-described → quality (the
//   definitions list "not as described" under quality); eBay item-not-received, Amazon A-to-z claim and Etsy
//   help request → dispute, urgent: the buyer has invoked the platform's money-back guarantee, which DESIGN
//   section 4 counts as "case opened" (model.ts calls these requests kind 'case'). A plain "where is my
//   order?" message stays shipping.
// - Otherwise keyword weights add up per category. A dispute (threat, claim, chargeback) anywhere decides.
//   Among the other categories that reach MIN_SCORE and come near the top score, the earliest in PRECEDENCE
//   wins: the problem before the remedy (a broken item with a refund request is quality), a remedy before a
//   status question (never arrived + refund is return), and post-sale topics before pre-sale questions.
// - The subject is the thread's, often older than the message: its words count when the message itself
//   names no category and thanks for nothing, and its threats, urgency words and question marks always count.
// - A question needs less evidence (QUESTION_MIN_SCORE). A question with real content but no category word
//   is taken as a pre-sale product question ("Is the wool itchy?"): those are the questions that carry
//   no order, refund or delivery vocabulary.
// - No category word at all: feedback when the buyer thanks or confirms, otherwise other.
import type { Category, Platform, Priority } from '../model';
import { DEFAULT_POLICIES } from '../sla/policies';
import { detectLanguage } from './detect-language';
import { compileMatcher, MAX_GROUPS, type Match } from './matcher';
import { de } from './rules/de';
import { en } from './rules/en';
import { es } from './rules/es';
import { fr } from './rules/fr';
import { it } from './rules/it';
import { ja } from './rules/ja';
import { zh } from './rules/zh';
import { findShouting } from './shouting';
import { symbols } from './symbols';
import { fold, MAX_CLEAN_CHARS, MAX_RAW_CHARS, sourceSlice, stripHtml, stripQuotes, tokenize, type Folded, type Token } from './text';

export type PlatformSignal = 'ebay-return-request' | 'ebay-item-not-received' | 'ebay-not-as-described' | 'amazon-a-to-z-claim' | 'etsy-help-request';
export interface TriageContext {
  platform?: Platform;
  subject?: string;
  signals?: PlatformSignal[];
  /** buyer messages in a row with no seller reply between (incl. this one) */
  unansweredInARow?: number;
}
export type Sentiment = 'negative' | 'neutral' | 'positive';
export type TriageReasonKind = 'keyword' | 'signal' | 'urgency-word' | 'threat' | 'shouting' | 'repeated-messages' | 'negated' | 'question' | 'thanks';
export interface TriageReason {
  kind: TriageReasonKind;
  /** the word or phrase as it appears in the message, or the signal name */
  match: string;
  category?: Category;
}
export interface Triage {
  category: Category;
  priority: Priority;
  urgent: boolean;
  sentiment: Sentiment;
  /** ISO 639-1 ('en','de','fr','es','it','ja','zh') or 'und' */
  language: string;
  reasons: TriageReason[];
  noResponseNeeded: boolean;
}

export const LANGUAGE_RULES = [en, de, fr, es, it, ja, zh] as const;
const MATCHER = compileMatcher([...LANGUAGE_RULES, symbols]);

const SIGNALS: Record<PlatformSignal, { category: Category; urgent: boolean }> = {
  'ebay-return-request': { category: 'return', urgent: false },
  'ebay-not-as-described': { category: 'quality', urgent: false },
  'ebay-item-not-received': { category: 'dispute', urgent: true },
  'amazon-a-to-z-claim': { category: 'dispute', urgent: true },
  'etsy-help-request': { category: 'dispute', urgent: true },
};

/** Earlier wins when two categories both fit (see the header). */
const PRECEDENCE: readonly Category[] = ['dispute', 'quality', 'return', 'order', 'shipping', 'product', 'other', 'feedback'];
/** A category needs this much keyword weight: one decisive word (3) or two supporting ones. */
const MIN_SCORE = 2;
/** A question is about something, so a single supporting word ('ship', 'pacco') may name its topic. */
const QUESTION_MIN_SCORE = 1.5;
/** A question with no category word is taken as a pre-sale question when it has this many words (not "Hello??"). */
const CONTENT_QUESTION_TOKENS = 3;
const CONTENT_QUESTION_CJK_CHARS = 5;
/** A category within this share of the top score competes on precedence. */
const NEAR_TOP = 0.6;
/** Up to this many filler words between a negator and what it negates ("not really urgent"). */
const MAX_NEGATION_GAP = 3;
/** Buyer messages in a row without an answer that make a conversation urgent. */
const UNANSWERED_URGENT = 3;
const MAX_MATCHES = 400;
/** Span keys: start * SPAN_BASE + end. Above any folded length (3,000 cleaned characters, ≤ 18 each after NFKD). */
const SPAN_BASE = 131_072;
const MAX_REASONS = 24;
const MAX_SUBJECT_CHARS = 500;

const CONTENT_FIELDS = new Set(['keyword', 'urgent', 'calm', 'thanks', 'confirmation', 'positive', 'negative', 'repeated']);

/** One scanned piece of text (the message, or the subject) and what its words mean. */
interface Scan {
  folded: Folded;
  tokens: Token[];
  scores: Map<Category, number>;
  threatScore: number;
  reasons: TriageReason[];
  urgentWords: number;
  repeated: number;
  thanks: number;
  positive: number;
  negative: number;
  questionMatches: Match[];
  /** Distinct rule words matched per language: evidence for language detection. */
  evidence: Map<string, number>;
  shouting: string | null;
}

function scan(source: string): Scan {
  const folded = fold(source);
  const tokens = tokenize(folded.text);
  const raw = MATCHER.match(folded.text, tokens, MAX_MATCHES);
  const quote = (m: { start: number; end: number }) => sourceSlice(folded, m.start, m.end);

  // Language evidence: each matched span counts 1, shared among the languages that list it ('ok' says
  // little, 'merci' says French). Numeric span keys: this runs for every match of every message.
  const spanLanguages = new Map<number, string[]>();
  for (const m of raw) {
    const lang = m.entry.language;
    if (lang === 'und') continue;
    const key = m.start * SPAN_BASE + m.end;
    const languages = spanLanguages.get(key);
    if (!languages) spanLanguages.set(key, [lang]);
    else if (!languages.includes(lang)) languages.push(lang);
  }
  const evidence = new Map<string, number>();
  for (const languages of spanLanguages.values()) for (const lang of languages) evidence.set(lang, (evidence.get(lang) ?? 0) + 1 / languages.length);

  // One match per field, category and span (the same word is often in several languages' lists).
  const unique = new Map<number, Match>();
  for (const m of raw) {
    if (m.entry.field === 'common') continue; // language evidence only
    const key = (m.start * SPAN_BASE + m.end) * MAX_GROUPS + m.entry.group;
    const prior = unique.get(key);
    if (!prior || prior.entry.weight < m.entry.weight) unique.set(key, m);
  }
  const content = [...unique.values()].filter((m) => CONTENT_FIELDS.has(m.entry.field));

  // Negation first. A negator inside a phrase ('no rush', 'not as described', 'no longer need') belongs
  // to that phrase and negates nothing else.
  const covered = new Uint8Array(tokens.length);
  for (const m of content) for (let t = Math.max(0, m.tokenStart); t < m.tokenEnd; t++) covered[t] = 1;
  const negatorEndingAt = new Map<number, Match>();
  const negatorToken = new Uint8Array(tokens.length);
  for (const m of unique.values()) {
    if (m.entry.field !== 'negator' || m.tokenStart < 0) continue;
    for (let t = m.tokenStart; t < m.tokenEnd; t++) negatorToken[t] = 1;
    let inside = false;
    for (let t = m.tokenStart; t < m.tokenEnd; t++) if (covered[t]) inside = true;
    if (!inside) negatorEndingAt.set(m.tokenEnd, m);
  }
  const negatorOf = (m: Match): Match | null => {
    if (m.tokenStart < 0 || m.entry.field === 'calm' || m.entry.field === 'repeated') return null;
    // A phrase that carries its own negation ('toujours pas reçu') is not negated again by the 'ne' of
    // "je n'ai toujours pas reçu": French ne…pas and double negatives are one negation.
    for (let t = m.tokenStart; t < m.tokenEnd; t++) if (negatorToken[t]) return null;
    let j = m.tokenStart;
    for (let gap = 0; j > 0 && !tokens[j]!.breakBefore; gap++) {
      const negator = negatorEndingAt.get(j);
      if (negator) return negator;
      if (gap === MAX_NEGATION_GAP || !MATCHER.fillers.has(tokens[j - 1]!.text)) return null;
      j--;
    }
    return null;
  };
  const negators = new Map<Match, Match | null>(content.map((m) => [m, negatorOf(m)]));

  // Matches that mean nothing as negated (or un-negated) drop out before the longest-match rule, so that
  // "haven't received my refund" keeps 'refund' and "ship it before Friday" keeps 'ship'. Then content
  // matches inside a longer one go: 'not urgent' beats 'urgent', 'thanks for the refund' beats 'refund'.
  const meaningful = content.filter((m) => {
    const negated = negators.get(m) !== null;
    if (m.entry.whenNegated) return negated;
    if (m.entry.field === 'thanks' || m.entry.field === 'confirmation') return !negated;
    return true;
  });
  const kept: Match[] = [];
  for (const m of meaningful.sort((a, b) => b.end - b.start - (a.end - a.start))) {
    if (!kept.some((k) => k.start <= m.start && k.end >= m.end && k.end - k.start > m.end - m.start)) kept.push(m);
  }

  const result: Scan = {
    folded,
    tokens,
    scores: new Map(),
    threatScore: 0,
    reasons: [],
    urgentWords: 0,
    repeated: 0,
    thanks: 0,
    positive: 0,
    negative: 0,
    questionMatches: [...unique.values()].filter((m) => m.entry.field === 'question'),
    evidence,
    shouting: findShouting(source),
  };
  const addScore = (category: Category, weight: number) => result.scores.set(category, (result.scores.get(category) ?? 0) + weight);

  for (const m of kept.sort((a, b) => a.start - b.start)) {
    const entry = m.entry;
    const negator = negators.get(m) ?? null;
    const negatedText = () => sourceSlice(folded, negator!.start, m.end);
    switch (entry.field) {
      case 'keyword': {
        const category = entry.category!;
        if (entry.whenNegated) {
          if (!negator) break;
          addScore(category, entry.weight);
          result.reasons.push({ kind: 'keyword', match: negatedText(), category });
        } else if (negator && entry.negatable) {
          result.reasons.push({ kind: 'negated', match: negatedText(), category });
        } else {
          addScore(category, entry.weight);
          if (entry.threat) result.threatScore += entry.weight;
          result.reasons.push({ kind: entry.threat ? 'threat' : 'keyword', match: quote(m), category });
        }
        break;
      }
      case 'urgent':
        if (negator) result.reasons.push({ kind: 'negated', match: negatedText() });
        else {
          result.urgentWords++;
          result.reasons.push({ kind: 'urgency-word', match: quote(m) });
        }
        break;
      case 'calm':
        result.reasons.push({ kind: 'negated', match: quote(m) });
        break;
      case 'repeated':
        result.repeated++;
        result.reasons.push({ kind: 'repeated-messages', match: quote(m) });
        break;
      case 'thanks':
      case 'confirmation':
        if (negator) break;
        result.thanks += entry.weight;
        result.reasons.push({ kind: 'thanks', match: quote(m) });
        break;
      case 'positive':
        if (negator) result.negative++; // "not happy"
        else result.positive++;
        break;
      case 'negative':
        if (!negator) result.negative++; // "not bad" is not a complaint
        break;
    }
  }
  return result;
}

function isQuestion(s: Scan, language: string): TriageReason | null {
  const mark = /[?¿]/.exec(s.folded.text);
  if (mark) return { kind: 'question', match: sourceSlice(s.folded, mark.index, mark.index + 1) };
  for (const m of s.questionMatches) {
    if (m.entry.language !== language && m.entry.language !== 'und') continue;
    // Latin question words only open a sentence or clause ("Thanks, can you confirm"), not "I'll say when it arrives".
    if (m.tokenStart >= 0 && !s.tokens[m.tokenStart]!.breakBefore) continue;
    return { kind: 'question', match: sourceSlice(s.folded, m.start, m.end) };
  }
  return null;
}

function pickCategory(scores: Map<Category, number>, minScore: number): Category | null {
  if ((scores.get('dispute') ?? 0) >= minScore) return 'dispute';
  let top = 0;
  for (const [category, score] of scores) if (category !== 'feedback' && score > top) top = score;
  if (top < minScore) return null;
  const floor = Math.max(minScore, top * NEAR_TOP);
  return PRECEDENCE.find((c) => c !== 'feedback' && (scores.get(c) ?? 0) >= floor) ?? null;
}

function fallbackTriage(): Triage {
  return { category: 'other', priority: DEFAULT_POLICIES.categoryTargets.other.tier, urgent: false, sentiment: 'neutral', language: 'und', reasons: [], noResponseNeeded: false };
}

export function classify(text: string, context?: TriageContext): Triage {
  try {
    return classifyUnsafe(typeof text === 'string' ? text : '', context ?? {});
  } catch {
    // Rules are data and the code is total over strings; this only guards against the unforeseen.
    return fallbackTriage();
  }
}

function classifyUnsafe(text: string, context: TriageContext): Triage {
  const body = stripQuotes(stripHtml(text.slice(0, MAX_RAW_CHARS)), MATCHER.quoteHeaders, MATCHER.quoteSeparators).slice(0, MAX_CLEAN_CHARS);
  const subjectText = typeof context.subject === 'string' ? stripHtml(context.subject.slice(0, MAX_SUBJECT_CHARS)) : '';
  const message = scan(body);
  const subject = subjectText.trim() ? scan(subjectText) : null;
  const reasons: TriageReason[] = [];

  // Signals.
  const signals = Array.isArray(context.signals) ? context.signals.filter((s): s is PlatformSignal => typeof s === 'string' && Object.hasOwn(SIGNALS, s)) : [];
  let signalCategory: Category | null = null;
  let signalUrgent = false;
  for (const signal of new Set(signals)) {
    const { category, urgent } = SIGNALS[signal];
    reasons.push({ kind: 'signal', match: signal, category });
    signalUrgent ||= urgent;
    if (signalCategory === null || PRECEDENCE.indexOf(category) < PRECEDENCE.indexOf(signalCategory)) signalCategory = category;
  }

  // Language: the message's, or the subject's when the message has no words.
  const languageSource = /\p{L}/u.test(body) || !subject ? message : subject;
  const language = detectLanguage(languageSource === message ? body : subjectText, languageSource.evidence);

  const scans = subject ? [message, subject] : [message];
  // The message's own question lowers the bar for its topic; a subject's question only blocks noResponseNeeded.
  const messageQuestion = isQuestion(message, language);
  const question = messageQuestion ?? (subject ? isQuestion(subject, language) : null);

  // Category.
  const minScore = messageQuestion ? QUESTION_MIN_SCORE : MIN_SCORE;
  const scores = new Map(message.scores);
  let fromMessage = pickCategory(scores, minScore);
  const messageThanks = message.thanks + message.positive > 0;
  if (subject) {
    if (fromMessage === null && !messageThanks) for (const [category, score] of subject.scores) scores.set(category, (scores.get(category) ?? 0) + score);
    else if (subject.threatScore > 0) scores.set('dispute', (scores.get('dispute') ?? 0) + subject.threatScore);
    fromMessage = pickCategory(scores, minScore);
  }
  const thanks = messageThanks || (fromMessage === null && subject !== null && subject.thanks > 0);
  // A real question that names no topic is most often about an item before buying ("Is the wool itchy?").
  const contentQuestion = messageQuestion !== null && (message.tokens.length >= CONTENT_QUESTION_TOKENS || countCjk(body) >= CONTENT_QUESTION_CJK_CHARS);
  const category: Category = signalCategory ?? fromMessage ?? (contentQuestion ? 'product' : thanks ? 'feedback' : 'other');

  // Urgency.
  const unanswered = typeof context.unansweredInARow === 'number' && Number.isFinite(context.unansweredInARow) ? context.unansweredInARow : 0;
  const shouting = message.shouting ?? subject?.shouting ?? null;
  const urgent =
    signalUrgent ||
    category === 'dispute' ||
    scans.some((s) => s.urgentWords > 0 || s.threatScore > 0 || s.repeated > 0) ||
    shouting !== null ||
    unanswered >= UNANSWERED_URGENT;
  if (shouting !== null) reasons.push({ kind: 'shouting', match: shouting });
  if (unanswered >= UNANSWERED_URGENT) reasons.push({ kind: 'repeated-messages', match: `${Math.floor(unanswered)} unanswered messages in a row` });

  // Word reasons: the chosen category's first, then urgency and the rest, each once.
  const wordReasons = scans.flatMap((s) => s.reasons);
  wordReasons.sort((a, b) => Number(b.category === category) - Number(a.category === category));
  reasons.push(...wordReasons);

  if (question) reasons.push(question);

  // Sentiment: any complaint outweighs politeness ("Great, just great." next to a broken item is sarcasm).
  const complaint = category === 'dispute' || category === 'quality' || shouting !== null;
  const negative = scans.reduce((n, s) => n + s.negative + s.threatScore, 0) + (complaint ? 1 : 0);
  const positive = scans.reduce((n, s) => n + s.positive + s.thanks, 0);
  const sentiment: Sentiment = negative > 0 ? 'negative' : positive > 0 ? 'positive' : 'neutral';

  // No response needed: a pure thanks or confirmation, nothing asked, nothing wrong.
  // Other-category words below what could make a category (an incidental 'colour', 'parcel') are tolerated.
  let otherWeight = 0;
  for (const s of scans) for (const [c, score] of s.scores) if (c !== 'feedback') otherWeight += score;
  const noResponseNeeded =
    category === 'feedback' && signals.length === 0 && !urgent && question === null && negative === 0 && otherWeight < MIN_SCORE;

  const priority: Priority = urgent ? 'A' : DEFAULT_POLICIES.categoryTargets[category].tier;
  return { category, priority, urgent, sentiment, language, reasons: dedupe(reasons).slice(0, MAX_REASONS), noResponseNeeded };
}

function dedupe(reasons: TriageReason[]): TriageReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.kind}:${r.category ?? ''}:${r.match.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function countCjk(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length && n < CONTENT_QUESTION_CJK_CHARS; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && c <= 0x9fff) n++;
  }
  return n;
}
