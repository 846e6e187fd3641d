// Language detection (lib/triage/detect-language.ts via classify): script rules for Japanese/Chinese, franc
// plus rule-word evidence for the Latin-script languages, 'und' for scripts and symbols without rules.
import { describe, expect, it } from 'vitest';
import { classify } from '@/lib/triage/classify';
import { countScripts, detectLanguage } from '@/lib/triage/detect-language';

describe('language', () => {
  it.each([
    ['en', 'Hello, I was wondering whether the blue scarf would be back in stock before Christmas.'],
    ['de', 'Guten Tag, ich wollte fragen, ob der blaue Schal vor Weihnachten wieder auf Lager ist.'],
    ['fr', 'Bonjour, je voulais savoir si l’écharpe bleue serait de nouveau en stock avant Noël.'],
    ['es', 'Hola, quería saber si la bufanda azul volverá a estar en stock antes de Navidad.'],
    ['it', 'Buongiorno, volevo sapere se la sciarpa blu tornerà disponibile prima di Natale.'],
    ['ja', 'こんにちは。青いスカーフはクリスマスまでに再入荷しますか？'],
    ['zh', '你好，蓝色围巾圣诞节前会补货吗？'],
  ])('%s: a full sentence', (language, text) => {
    expect(classify(text).language).toBe(language);
  });

  it.each([
    ['en', 'thanks!'],
    ['en', 'where is it?'],
    ['de', 'Danke schön'],
    ['de', 'Wo ist mein Paket?'],
    ['fr', 'Merci !'],
    ['fr', 'Où est mon colis ?'],
    ['es', '¡Muchas gracias!'],
    ['es', '¿Dónde está mi pedido?'],
    ['it', 'Grazie mille'],
    ['it', "Dov'è il mio pacco?"],
    ['ja', 'ありがとう'],
    ['zh', '谢谢'],
  ])('%s: a very short message "%s"', (language, text) => {
    expect(classify(text).language).toBe(language);
  });

  it('kana make it Japanese even next to Latin product names and kanji', () => {
    expect(classify('このケースはiPhone 15 Pro Maxに対応していますか？').language).toBe('ja');
    expect(classify('商品が届きました').language).toBe('ja');
  });

  it('Han without kana is Chinese', () => {
    expect(classify('我要退货').language).toBe('zh');
  });

  it.each(['👍', '???', '12345', '안녕하세요, 주문한 상품이 아직 안 왔어요', 'Здравствуйте, где мой заказ?', ''])('"%s" is und', (text) => {
    expect(classify(text).language).toBe('und');
  });

  it('the subject decides when the message has no words', () => {
    expect(classify('👍', { subject: 'Danke für die schnelle Lieferung' }).language).toBe('de');
  });

  it('counts scripts', () => {
    expect(countScripts('abcかなカナ漢字')).toEqual({ latin: 3, kana: 4, han: 2, other: 0 });
  });

  it('rule-word evidence decides a tie on two words', () => {
    expect(detectLanguage('ok merci', new Map([['fr', 1.2], ['en', 0.2], ['de', 0.2], ['es', 0.2], ['it', 0.2]]))).toBe('fr');
  });
});
