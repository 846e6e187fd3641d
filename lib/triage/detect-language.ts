// Which language a buyer wrote in: script counts decide Japanese (any kana) and Chinese (Han, no kana);
// for Latin-script text the franc-min trigram model ranks en/de/fr/es/it, helped by the rule words each
// language matched (function words, keywords): on very short messages trigrams say little, and when the
// rule words are overwhelming (4+ of one language, few of others) they decide alone and franc is skipped.
//
// Why franc-min: of the maintained offline detectors that install here, it is the one that fits an
// extension's background worker: ESM, ~175 kB minified, loads in ~30 ms and classifies in tens of µs.
// tinyld is smaller but ~4x slower per message (it alone would miss 10,000 messages/s); eld is the most
// accurate on short text but ~1 MB and ~300 ms to load, paid on every service-worker wake-up. franc's
// weakness on 2–5-word messages is what the rule-word evidence covers.
import { francAll } from 'franc-min';

export const LATIN_LANGUAGES = ['en', 'de', 'fr', 'es', 'it'] as const;
const FRANC_CODES: Record<string, string> = { eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it' };
const FRANC_ONLY = Object.keys(FRANC_CODES);

/** franc sees at most this much: its cost grows with length, and 200 characters separate five languages well. */
const SAMPLE_CHARS = 200;
/** Below this many letters, franc's trigram ranking is only a hint and rule-word evidence weighs more. */
const RELIABLE_LETTERS = 60;
/** Rule words of one language that decide without franc, when no other language has more than DECISIVE_SHARE of them. */
const DECISIVE_EVIDENCE = 4;
const DECISIVE_SHARE = 0.25;
/** How much a full share of the rule-word evidence counts next to franc's 0..1 score. */
const EVIDENCE_WEIGHT = 0.6;

export interface ScriptCounts {
  latin: number;
  kana: number;
  han: number;
  other: number;
}

export function countScripts(text: string, limit = SAMPLE_CHARS * 4): ScriptCounts {
  const counts: ScriptCounts = { latin: 0, kana: 0, han: 0, other: 0 };
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) counts.latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff) || (c >= 0xff66 && c <= 0xff9d)) counts.kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) counts.han++;
    else if ((c >= 0x370 && c <= 0x52f) || (c >= 0x590 && c <= 0x6ff) || (c >= 0x900 && c <= 0xdff) || (c >= 0xe00 && c <= 0xeff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) counts.other++;
  }
  return counts;
}

/**
 * ISO 639-1 code ('en', 'de', 'fr', 'es', 'it', 'ja', 'zh') or 'und'.
 * @param text the cleaned message (accents intact: franc's trigrams use them)
 * @param evidence rule words matched per language (function words, keywords) in the same text
 */
export function detectLanguage(text: string, evidence: ReadonlyMap<string, number>): string {
  const scripts = countScripts(text);
  const cjk = scripts.kana + scripts.han;
  if (cjk > 0 && cjk >= scripts.latin / 2) return scripts.kana > 0 ? 'ja' : 'zh';
  if (scripts.other > scripts.latin) return 'und'; // Korean, Cyrillic, Arabic…: no rules for them
  let totalEvidence = 0;
  for (const lang of LATIN_LANGUAGES) totalEvidence += evidence.get(lang) ?? 0;
  if (scripts.latin < 2 && totalEvidence === 0) return 'und';

  // Overwhelming rule-word evidence (several words of one language, few of any other) settles it without
  // franc: that skips most of the cost on ordinary messages and leaves franc the uncertain ones.
  let top = 'und';
  let topEvidence = 0;
  let runnerUp = 0;
  for (const lang of LATIN_LANGUAGES) {
    const e = evidence.get(lang) ?? 0;
    if (e > topEvidence) {
      runnerUp = topEvidence;
      topEvidence = e;
      top = lang;
    } else if (e > runnerUp) runnerUp = e;
  }
  if (topEvidence >= DECISIVE_EVIDENCE && runnerUp <= topEvidence * DECISIVE_SHARE) return top;

  const scores = new Map<string, number>();
  const reliability = Math.min(1, scripts.latin / RELIABLE_LETTERS);
  if (scripts.latin >= 2) {
    for (const [code, score] of francAll(text.slice(0, SAMPLE_CHARS), { only: FRANC_ONLY, minLength: 1 })) {
      const lang = FRANC_CODES[code];
      if (lang) scores.set(lang, score * (0.25 + 0.75 * reliability));
    }
  }
  let best = 'und';
  let bestScore = 0;
  for (const lang of LATIN_LANGUAGES) {
    const share = totalEvidence > 0 ? (evidence.get(lang) ?? 0) / totalEvidence : 0;
    const score = (scores.get(lang) ?? 0) + EVIDENCE_WEIGHT * share * (1.5 - reliability);
    if (score > bestScore) {
      best = lang;
      bestScore = score;
    }
  }
  return best;
}
