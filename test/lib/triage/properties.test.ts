// Property tests (fast-check): classify never throws and always returns a valid, self-consistent Triage for
// arbitrary strings and contexts: any Unicode (lone surrogates too), HTML, emoji, mixed scripts, huge input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, PLATFORMS } from '@/lib/model';
import { DEFAULT_POLICIES } from '@/lib/sla/policies';
import { classify, type PlatformSignal, type Triage, type TriageContext } from '@/lib/triage/classify';

const RUNS = { numRuns: 300 };
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh', 'und'];
const REASON_KINDS = ['keyword', 'signal', 'urgency-word', 'threat', 'shouting', 'repeated-messages', 'negated', 'question', 'thanks'];
const SIGNALS: PlatformSignal[] = ['ebay-return-request', 'ebay-item-not-received', 'ebay-not-as-described', 'amazon-a-to-z-claim', 'etsy-help-request'];

/** Words from the rules, punctuation and scripts mixed at random: reaches far more rule paths than noise. */
const ruleWords = fc.constantFrom(
  'refund', 'not', 'urgent', 'no rush', 'where is my order', 'cancel', 'broken', "doesn't work", 'thanks', '!!!', 'WHERE', '?', 'kein Stress',
  'dringend', 'pas urgent', 'remboursement', 'sin prisa', 'urgente', 'non', '至急', '急ぎません', '返品', 'ありがとう', '谢谢', '不急', '👍', '😡',
  '<b>', '</p>', '&amp;', '\n> quoted', 'wrote:', ', ', '. ', "l'", '-', 'ß', 'İ', '\u0301', '\u3099', '\ud800', '',
);
const messages = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.array(ruleWords, { maxLength: 40 }).map((words) => words.join(' ')),
  fc.array(fc.oneof(ruleWords, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((words) => words.join('')),
);
const contexts: fc.Arbitrary<TriageContext | undefined> = fc.option(
  fc.record(
    {
      platform: fc.constantFrom(...PLATFORMS),
      subject: messages,
      signals: fc.array(fc.constantFrom(...SIGNALS), { maxLength: 3 }),
      unansweredInARow: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constant(Number.NaN), fc.constant(Number.POSITIVE_INFINITY)),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

function expectValid(t: Triage): void {
  expect(CATEGORIES).toContain(t.category);
  expect(['A', 'B', 'C']).toContain(t.priority);
  expect(['negative', 'neutral', 'positive']).toContain(t.sentiment);
  expect(LANGUAGES).toContain(t.language);
  expect(typeof t.urgent).toBe('boolean');
  expect(typeof t.noResponseNeeded).toBe('boolean');
  expect(t.priority).toBe(t.urgent ? 'A' : DEFAULT_POLICIES.categoryTargets[t.category].tier);
  if (t.noResponseNeeded) {
    expect(t.category).toBe('feedback');
    expect(t.urgent).toBe(false);
    expect(t.reasons.some((r) => r.kind === 'question' || r.kind === 'signal' || r.kind === 'threat' || r.kind === 'shouting')).toBe(false);
  }
  expect(t.reasons.length).toBeLessThanOrEqual(24);
  for (const r of t.reasons) {
    expect(REASON_KINDS).toContain(r.kind);
    expect(typeof r.match).toBe('string');
    expect(r.match.length).toBeGreaterThan(0);
    if (r.category !== undefined) expect(CATEGORIES).toContain(r.category);
  }
}

describe('classify properties', () => {
  it('never throws and always returns a valid Triage', () => {
    fc.assert(
      fc.property(messages, contexts, (text, context) => {
        expectValid(classify(text, context));
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(messages, contexts, (text, context) => {
        expect(classify(text, context)).toEqual(classify(text, context));
      }),
      RUNS,
    );
  });

  it('a question mark never leaves a message needing no response', () => {
    fc.assert(
      fc.property(messages, (text) => {
        // On its own first line: a '?' inside a quoted line ('> …') is the seller's, rightly ignored.
        expect(classify(`Question?\n${text}`).noResponseNeeded).toBe(false);
        expect(classify(text, { subject: 'Question?' }).noResponseNeeded).toBe(false);
      }),
      RUNS,
    );
  });

  it('a dispute signal always makes it an urgent dispute', () => {
    fc.assert(
      fc.property(messages, fc.constantFrom<PlatformSignal>('amazon-a-to-z-claim', 'ebay-item-not-received', 'etsy-help-request'), (text, signal) => {
        const t = classify(text, { signals: [signal] });
        expect(t.category).toBe('dispute');
        expect(t.urgent).toBe(true);
        expect(t.priority).toBe('A');
      }),
      RUNS,
    );
  });

  it('3+ unanswered messages always make it urgent', () => {
    fc.assert(
      fc.property(messages, fc.integer({ min: 3, max: 1000 }), (text, n) => {
        expect(classify(text, { unansweredInARow: n }).urgent).toBe(true);
      }),
      RUNS,
    );
  });

  it('survives what a non-TypeScript caller might pass', () => {
    const odd = [null, undefined, 42, {}, [], Symbol('x')] as unknown[];
    for (const text of odd) expectValid(classify(text as string));
    for (const context of odd) expectValid(classify('where is my order?', context as TriageContext));
    expectValid(classify('hi', { subject: 7, signals: 'ebay-return-request', unansweredInARow: '5' } as unknown as TriageContext));
  });

  it('bounds the work on huge inputs of any shape', () => {
    const huge = [
      '!'.repeat(1_000_000),
      'a'.repeat(1_000_000),
      '<'.repeat(500_000) + '>'.repeat(500_000),
      '\n> '.repeat(300_000),
      '返品'.repeat(300_000),
      '😀'.repeat(300_000),
      'not '.repeat(250_000),
      'the '.repeat(250_000),
    ];
    for (const text of huge) {
      const start = performance.now();
      expectValid(classify(text, { subject: text }));
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
