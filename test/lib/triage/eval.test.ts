// Regression guard for triage quality on the labelled corpora (scripts/eval-triage.ts prints the full tables).
// The development corpus must stay at the brief's targets; the second and unseen sets guard against rule
// edits that quietly make new wording worse. The floors sit a little under today's numbers, not at them.
import { describe, expect, it } from 'vitest';
import { evaluate, loadCorpus } from '../../../scripts/eval-triage';

describe('triage evaluation', () => {
  it('development corpus: at least 200 messages, every category in every main language', () => {
    const items = loadCorpus('corpus');
    expect(items.length).toBeGreaterThanOrEqual(200);
    for (const language of ['en', 'de', 'fr', 'es', 'it', 'ja']) {
      expect(new Set(items.filter((i) => i.language === language).map((i) => i.category)).size).toBe(8);
    }
  });

  it('development corpus: macro-F1 >= 0.85, urgent recall >= 0.95', () => {
    const e = evaluate(loadCorpus('corpus'));
    expect(e.macroF1).toBeGreaterThanOrEqual(0.95);
    expect(e.urgent.recall).toBeGreaterThanOrEqual(0.95);
    expect(e.noResponse.precision).toBeGreaterThanOrEqual(0.95);
    expect(e.languageAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('second set: macro-F1 >= 0.85, urgent recall >= 0.95', () => {
    const e = evaluate(loadCorpus('holdout'));
    expect(e.macroF1).toBeGreaterThanOrEqual(0.85);
    expect(e.urgent.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('unseen set: no worse than measured (macro-F1 0.69, urgent recall 0.75)', () => {
    const e = evaluate(loadCorpus('unseen'));
    expect(e.macroF1).toBeGreaterThanOrEqual(0.65);
    expect(e.urgent.recall).toBeGreaterThanOrEqual(0.7);
    expect(e.languageAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});
