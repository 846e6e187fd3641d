// Language-neutral triage rules: emoji buyers use instead of words (a thumbs-up as "thanks, got it", an angry
// face as a complaint). Same shape as a language's rules, language 'und', so the matcher treats them alike.
import type { LanguageRules } from './language-rules';

export const symbols: LanguageRules = {
  language: 'und',
  keywords: [],
  urgent: ['🚨', '🆘'],
  calm: [],
  negators: [],
  negationFillers: [],
  repeated: [],
  thanks: ['🙏', '🙏🏻', '🙏🏼', '🙏🏽', '❤', '💕', '💖', '🥰', '😍'],
  confirmations: ['👍', '👌', '✅', '🙂', '😊', '😀', '😃', '☺'],
  questionWords: ['❓', '❔', '🤔'],
  positive: ['👍', '😊', '😍', '🥰', '❤', '🎉', '⭐⭐⭐⭐⭐'],
  negative: ['😡', '😠', '🤬', '👎', '😤', '😞', '😢', '😭', '💔', '🙄'],
  quoteHeaders: [],
  quoteSeparators: [],
  common: [],
};
