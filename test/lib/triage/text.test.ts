// Text preparation (lib/triage/text.ts): folding with a map back to the source, tokens and their breaks,
// HTML stripping and quoted-message removal.
import { describe, expect, it } from 'vitest';
import { fold, sourceSlice, stripHtml, stripQuotes, tokenize } from '@/lib/triage/text';

describe('fold', () => {
  it('lower-cases, drops accents, widens nothing, keeps kana whole', () => {
    expect(fold('Élan ÜBER straße ＡＢＣ！ が ’').text).toBe("elan uber strasse abc! が '");
  });
  it('maps folded offsets back to the source, across surrogate pairs and ß', () => {
    const f = fold('😀 Größe');
    const start = f.text.indexOf('grosse');
    expect(sourceSlice(f, start, start + 'grosse'.length)).toBe('Größe');
  });
  it('keeps ASCII as it is (fast path)', () => {
    const f = fold('Where IS it');
    expect(f.text).toBe('where is it');
    expect(sourceSlice(f, 6, 8)).toBe('IS');
  });
});

describe('tokenize', () => {
  it('splits at apostrophes and hyphens, marks clause and sentence breaks', () => {
    const tokens = tokenize("don't, a-to-z. ok");
    expect(tokens.map((t) => t.text)).toEqual(['don', 't', 'a', 'to', 'z', 'ok']);
    expect(tokens.map((t) => t.breakBefore)).toEqual([true, false, true, false, false, true]);
    expect(tokens.map((t) => t.sentenceStart)).toEqual([true, false, false, false, false, true]);
  });
  it('leaves CJK to substring matching', () => {
    expect(tokenize('注文abc').map((t) => t.text)).toEqual(['abc']);
  });
});

describe('stripHtml', () => {
  it('turns tags into spaces or line breaks and decodes entities', () => {
    expect(stripHtml('<p>a&amp;b</p><p>c&nbsp;d &#233; &#x4e2d;</p>')).toBe('\na&b\n\nc d é 中\n');
  });
  it('leaves an unknown entity alone', () => {
    expect(stripHtml('a &bogus; b')).toBe('a &bogus; b');
  });
});

describe('stripQuotes', () => {
  const headers = ['wrote:'];
  const separators = ['original message'];
  it("drops '>' lines", () => {
    expect(stripQuotes('ok\n> quoted\nthanks', headers, separators)).toBe('ok\nthanks');
  });
  it('cuts everything after a header that follows the buyer’s text', () => {
    expect(stripQuotes('please cancel\nOn Mon, Shop wrote:\nout of stock', headers, separators)).toBe('please cancel');
    expect(stripQuotes('yes\n-----Original Message-----\nold', headers, separators)).toBe('yes');
  });
  it('keeps the buyer’s text below a header at the top', () => {
    expect(stripQuotes('On Mon, Shop wrote:\n> question\nmy answer', headers, separators)).toBe('my answer');
  });
});
