// Shouting: a message written mostly in capitals, a run of capitalised words, or '!!!'. Returns what shouted
// (as it appears in the message) so the reason can quote it, or null.

/** Fewer cased letters than this say nothing ("OK", "DHL"). */
const MIN_CASED_LETTERS = 8;
/** Share of capitals among cased letters that reads as shouting. */
const CAPS_SHARE = 0.7;
/** This many capitalised words in a row shout even inside a calm sentence ("I NEED IT NOW"). */
const CAPS_RUN_WORDS = 3;
const CAPS_RUN_LETTERS = 10;

export function findShouting(text: string): string | null {
  const bangs = /[!！](?:\s*[!！]){2,}/.exec(text);
  if (bangs) return bangs[0];
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 0xc0 && code < 0x2000) {
      const ch = text[i]!;
      const up = ch.toUpperCase();
      if (up === ch.toLowerCase()) continue; // not a cased letter
      if (ch === up) upper++;
      else lower++;
    }
  }
  const run = upper >= CAPS_RUN_LETTERS ? capsRun(text) : null;
  if (upper >= MIN_CASED_LETTERS && upper / (upper + lower) >= CAPS_SHARE) return run ?? text.trim().slice(0, 80);
  return run;
}

/** The first run of CAPS_RUN_WORDS+ all-capital words (2+ letters each, digits allowed) with enough letters. */
function capsRun(text: string): string | null {
  const words = /[\p{L}\p{N}'’]+/gu;
  let runStart = -1;
  let runEnd = -1;
  let runWords = 0;
  let runLetters = 0;
  for (const m of text.matchAll(words)) {
    const word = m[0];
    const letters = word.replace(/[^\p{L}]/gu, '');
    const shouted = letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const index = m.index ?? 0;
    if (shouted) {
      if (runWords === 0) runStart = index;
      runEnd = index + word.length;
      runWords++;
      runLetters += letters.length;
      if (runWords >= CAPS_RUN_WORDS && runLetters >= CAPS_RUN_LETTERS) {
        // Extend over the rest of the run so the reason quotes all of it.
        const rest = /^(?:[\s,.!?'’-]+[\p{Lu}\p{N}'’]{2,})*/u.exec(text.slice(runEnd));
        return text.slice(runStart, runEnd + (rest ? rest[0].length : 0));
      }
    } else if (letters.length > 0) {
      runWords = 0;
      runLetters = 0;
    }
  }
  return null;
}
