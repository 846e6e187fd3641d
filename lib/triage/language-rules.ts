// The shape of one language's triage rules (lib/triage/rules/*.ts): word lists with weights, as data, so a
// language is added or tuned by editing a list, never by adding code.
//
// Pattern syntax (Latin-script words, matched on whole tokens after folding case and accents):
//   'tracking number'      tokens in a row (no comma or full stop between them)
//   'parcel|package'       alternatives for one token
//   'refund*'  '*adresse'  a token that starts / ends with the text (German compounds need the second)
//   'my?'                  an optional token ('where is my? order' also matches 'where is order')
//   "don't", 'a-to-z'      apostrophes and hyphens split tokens as in the message ('don t', 'a to z')
// Patterns with characters of other scripts (Japanese, Chinese, emoji) match as plain substrings: those
// scripts put no spaces between words. Such a pattern must start with a non-Latin character.
import type { Category } from '../model';

export type Pattern = string;

export interface KeywordGroup {
  category: Category;
  /** How strongly one match points at the category: 3 = decisive on its own, 1 = only with other words. */
  weight: number;
  words: Pattern[];
  /** The words threaten the seller (bad review, chargeback, lawyer): always urgent. */
  threat?: boolean;
  /** The words count only when negated ('not received', 'doesn't work'), and then for this category. */
  whenNegated?: boolean;
  /**
   * false: a negation does not cancel the words. A negated refund ("still haven't had my refund") is still
   * about the refund, and a conditional threat ("I don't want to leave bad feedback, but…") still a threat.
   */
  negatable?: boolean;
}

export interface LanguageRules {
  /** ISO 639-1 code ('und' for language-neutral symbols). */
  language: string;
  keywords: KeywordGroup[];
  /** Explicit urgency: 'urgent', 'asap', 'immediately'. Negated ('not urgent') they do not count. */
  urgent: Pattern[];
  /** Phrases saying there is no hurry ('no rush', 'kein Stress', '急ぎません'): they cancel the urgency words they contain. */
  calm: Pattern[];
  /** Words that negate what follows within a few tokens ('not', 'nicht', 'pas', 'no', 'non'). */
  negators: Pattern[];
  /** Single words that may stand between a negator and the word it negates ('not *really* urgent', 'non è *ancora* arrivato'). */
  negationFillers: string[];
  /** The buyer says they wrote several times ('third message', 'mehrfach geschrieben'): like 3+ unanswered messages. */
  repeated: Pattern[];
  /** Gratitude ('thanks', 'merci'): feedback, and what noResponseNeeded rests on. */
  thanks: Pattern[];
  /** Confirmations ('got it', 'bien reçu', '了解しました'): feedback too, a little weaker than thanks. */
  confirmations: Pattern[];
  /** Words that make a sentence a question when they open it (Latin), or anywhere (CJK): the reply is needed. */
  questionWords: Pattern[];
  positive: Pattern[];
  negative: Pattern[];
  /** A line ending like this opens a quoted earlier message ('wrote:', 'a écrit :'). */
  quoteHeaders: string[];
  /** A line containing this separates a quoted earlier message ('original message'). */
  quoteSeparators: string[];
  /** Frequent function words: evidence for language detection on very short messages. */
  common: Pattern[];
}
