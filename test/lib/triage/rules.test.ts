// The rule data itself: every language's lists compile, are well-formed (weights, categories, no duplicates,
// substring patterns only in CJK/symbols), and every simple pattern matches its own text.
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '@/lib/model';
import { LANGUAGE_RULES } from '@/lib/triage/classify';
import type { LanguageRules } from '@/lib/triage/language-rules';
import { compileMatcher } from '@/lib/triage/matcher';
import { symbols } from '@/lib/triage/symbols';
import { fold, tokenize } from '@/lib/triage/text';

const ALL: LanguageRules[] = [...LANGUAGE_RULES, symbols];

function patternsOf(rules: LanguageRules): string[] {
  return [
    ...rules.keywords.flatMap((g) => g.words),
    ...rules.urgent,
    ...rules.calm,
    ...rules.negators,
    ...rules.repeated,
    ...rules.thanks,
    ...rules.confirmations,
    ...rules.questionWords,
    ...rules.positive,
    ...rules.negative,
    ...rules.common,
  ];
}

describe('rule data', () => {
  it('has one file per language the brief names', () => {
    expect(LANGUAGE_RULES.map((r) => r.language)).toEqual(['en', 'de', 'fr', 'es', 'it', 'ja', 'zh']);
  });

  it.each(ALL.map((r) => [r.language, r]))('%s compiles on its own', (_language, rules) => {
    expect(() => compileMatcher([rules])).not.toThrow();
  });

  it.each(ALL.map((r) => [r.language, r]))('%s: keyword groups are well-formed', (_language, rules) => {
    for (const group of rules.keywords) {
      expect(CATEGORIES).toContain(group.category);
      expect(group.weight).toBeGreaterThan(0);
      expect(group.weight).toBeLessThanOrEqual(3);
      expect(group.words.length).toBeGreaterThan(0);
      if (group.threat) expect(group.category).toBe('dispute');
    }
  });

  it.each(LANGUAGE_RULES.map((r) => [r.language, r]))('%s: every category has keywords and urgency, calm and thanks lists exist', (_language, rules) => {
    const categories = new Set(rules.keywords.map((g) => g.category));
    for (const category of CATEGORIES) if (category !== 'feedback') expect(categories).toContain(category);
    expect(rules.urgent.length).toBeGreaterThan(3);
    expect(rules.calm.length).toBeGreaterThan(3);
    expect(rules.thanks.length).toBeGreaterThan(0);
    expect(rules.confirmations.length).toBeGreaterThan(0);
  });

  it.each(ALL.map((r) => [r.language, r]))('%s: no pattern is listed twice in one list', (_language, rules) => {
    const lists = [...rules.keywords.map((g) => g.words), rules.urgent, rules.calm, rules.negators, rules.thanks, rules.confirmations, rules.positive, rules.negative];
    for (const list of lists) expect(new Set(list.map((p) => fold(p).text)).size).toBe(list.length);
  });

  it.each(ALL.map((r) => [r.language, r]))('%s: every plain pattern matches its own text', (_language, rules) => {
    const matcher = compileMatcher([rules]);
    for (const pattern of patternsOf(rules)) {
      if (/[|*?]/.test(pattern)) continue; // alternatives and wildcards: covered by the behaviour tests
      const text = fold(pattern).text;
      const found = matcher.match(text, tokenize(text), 1000).some((m) => m.entry.pattern === pattern);
      expect(found, pattern).toBe(true);
    }
  });

  it('rejects malformed patterns instead of silently never matching', () => {
    const base: LanguageRules = { ...symbols, language: 'xx' };
    expect(() => compileMatcher([{ ...base, urgent: ['a|b-c'] }])).toThrow(/cannot contain/);
    expect(() => compileMatcher([{ ...base, urgent: ['*'] }])).toThrow(/malformed/);
    expect(() => compileMatcher([{ ...base, urgent: ['3日'] }])).toThrow(/must start/);
  });
});

describe('pattern syntax', () => {
  const matcher = compileMatcher([{ ...symbols, language: 'xx', urgent: ['refund*', '*adresse', 'where is my? order|parcel', "don't send", 'a-to-z', '至急'] }]);
  const hits = (text: string) => {
    const folded = fold(text).text;
    return matcher.match(folded, tokenize(folded), 100).map((m) => m.entry.pattern);
  };
  it('prefix, suffix, alternatives, optional words, apostrophes, hyphens, substrings', () => {
    expect(hits('Refunded?')).toEqual(['refund*']);
    expect(hits('Die Lieferadresse')).toEqual(['*adresse']);
    expect(hits('where is my parcel')).toEqual(['where is my? order|parcel']);
    expect(hits('where is order')).toEqual(['where is my? order|parcel']);
    expect(hits('Don’t send')).toEqual(["don't send"]);
    expect(hits('A to Z')).toEqual(['a-to-z']);
    expect(hits('大至急で')).toEqual(['至急']);
  });
  it('phrases do not cross punctuation', () => {
    expect(hits('where is my, order')).toEqual([]);
  });
  it('a voiced-sound mark after a substring makes it another word (half-width ｶﾞ is ガ, not カ)', () => {
    const m = compileMatcher([{ ...symbols, language: 'xx', urgent: ['カ'] }]);
    const count = (text: string) => m.match(fold(text).text, tokenize(fold(text).text), 10).length;
    expect(count('ｶ')).toBe(1);
    expect(count('ｶﾞ')).toBe(0);
  });
});
