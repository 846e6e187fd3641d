// Unit tests for lib/triage/classify.ts: each rule family (categories per language, urgency words and their
// negation, threats, shouting, repeated messages, platform signals, subject, questions, noResponseNeeded,
// sentiment, priority) on small hand-written messages, separate from the evaluation corpus.
import { describe, expect, it } from 'vitest';
import { CATEGORIES, type Category } from '@/lib/model';
import { DEFAULT_POLICIES } from '@/lib/sla/policies';
import { classify, type PlatformSignal, type Triage } from '@/lib/triage/classify';

const kinds = (t: Triage) => t.reasons.map((r) => r.kind);

describe('categories in each language', () => {
  const cases: [string, Category, string][] = [
    ['en', 'dispute', 'I will open a case with eBay and leave negative feedback.'],
    ['en', 'order', 'Please cancel my order before it ships.'],
    ['en', 'return', 'I would like to return this and get a refund.'],
    ['en', 'quality', 'The glass arrived shattered.'],
    ['en', 'shipping', 'Where is my package? The tracking has not updated.'],
    ['en', 'product', 'Is this compatible with the iPad mini?'],
    ['en', 'feedback', 'Thank you, it arrived safely.'],
    ['en', 'other', 'Can you send me an invoice please?'],
    ['de', 'dispute', 'Ich werde eine negative Bewertung abgeben und meinen Anwalt einschalten.'],
    ['de', 'order', 'Bitte stornieren Sie die Bestellung.'],
    ['de', 'return', 'Ich möchte die Ware zurückschicken und eine Rückerstattung.'],
    ['de', 'quality', 'Der Stecker ist beschädigt und das Gerät funktioniert nicht.'],
    ['de', 'shipping', 'Wo bleibt mein Paket? Die Sendungsnummer zeigt nichts.'],
    ['de', 'product', 'Ist der Artikel noch auf Lager?'],
    ['de', 'feedback', 'Vielen Dank, alles bestens angekommen.'],
    ['de', 'other', 'Bitte schicken Sie mir eine Rechnung.'],
    ['fr', 'dispute', "J'ai ouvert un litige avec PayPal."],
    ['fr', 'order', 'Merci d’annuler ma commande.'],
    ['fr', 'return', 'Je voudrais un remboursement, la veste est trop petite.'],
    ['fr', 'quality', "L'objet est arrivé cassé."],
    ['fr', 'shipping', 'Où est mon colis ? Le numéro de suivi ne marche pas.'],
    ['fr', 'product', 'Ce produit est-il disponible en bleu ?'],
    ['fr', 'feedback', 'Bien reçu, merci !'],
    ['fr', 'other', 'Pourriez-vous m’envoyer la facture ?'],
    ['es', 'dispute', 'Voy a dejar una valoración negativa.'],
    ['es', 'order', 'Quiero cancelar mi pedido.'],
    ['es', 'return', 'Quiero devolver el producto y el reembolso.'],
    ['es', 'quality', 'El jarrón llegó roto.'],
    ['es', 'shipping', '¿Dónde está mi paquete?'],
    ['es', 'product', '¿Tienen esta mochila en stock?'],
    ['es', 'feedback', 'Recibido, muchas gracias.'],
    ['es', 'other', '¿Me pueden mandar la factura?'],
    ['it', 'dispute', 'Lascerò una recensione negativa.'],
    ['it', 'order', "Vorrei annullare l'ordine."],
    ['it', 'return', 'Vorrei il rimborso, voglio fare il reso.'],
    ['it', 'quality', 'Il vaso è arrivato rotto.'],
    ['it', 'shipping', "Dov'è il mio pacco?"],
    ['it', 'product', 'È compatibile con il mio telefono?'],
    ['it', 'feedback', 'Ricevuto, grazie mille!'],
    ['it', 'other', 'Mi serve la fattura.'],
    ['ja', 'dispute', '悪い評価をつけます。'],
    ['ja', 'order', '注文をキャンセルしてください。'],
    ['ja', 'return', '返品と返金をお願いします。'],
    ['ja', 'quality', '商品が壊れていました。'],
    ['ja', 'shipping', '荷物がまだ届きません。'],
    ['ja', 'product', '在庫はありますか？'],
    ['ja', 'feedback', '届きました。ありがとうございました。'],
    ['ja', 'other', '領収書をお願いします。'],
    ['zh', 'dispute', '我要给差评。'],
    ['zh', 'order', '请取消订单。'],
    ['zh', 'return', '我要退款。'],
    ['zh', 'quality', '商品坏了。'],
    ['zh', 'shipping', '还没收到包裹。'],
    ['zh', 'product', '有货吗？'],
    ['zh', 'feedback', '收到了，谢谢！'],
    ['zh', 'other', '请开发票。'],
  ];
  it.each(cases)('%s %s: %s', (language, category, text) => {
    const t = classify(text);
    expect(t.category).toBe(category);
    expect(t.language).toBe(language);
  });

  it('covers every category in every language', () => {
    for (const language of ['en', 'de', 'fr', 'es', 'it', 'ja', 'zh']) {
      expect(new Set(cases.filter((c) => c[0] === language).map((c) => c[1]))).toEqual(new Set(CATEGORIES));
    }
  });
});

describe('two topics: precedence', () => {
  it('a defect outranks the remedy asked for', () => {
    expect(classify('The lamp arrived broken, I want a refund.').category).toBe('quality');
  });
  it('a refund request outranks a delivery status', () => {
    expect(classify('The parcel never arrived, please refund me.').category).toBe('return');
  });
  it('a threat decides whatever else the message says', () => {
    const t = classify('The item is broken and I want my money back, otherwise I will file a chargeback.');
    expect(t.category).toBe('dispute');
    expect(t.urgent).toBe(true);
  });
  it('a post-sale topic outranks a product question', () => {
    expect(classify('Can you cancel my order? Also, do you have it in red?').category).toBe('order');
  });
});

describe('urgency words and negation', () => {
  it.each([
    ['URGENT please', 'en'],
    ['Please reply asap', 'en'],
    ['Bitte sofort antworten', 'de'],
    ['Réponse immédiatement svp', 'fr'],
    ['Lo necesito cuanto antes', 'es'],
    ['Rispondete subito', 'it'],
    ['至急お願いします', 'ja'],
    ['请尽快处理', 'zh'],
  ])('"%s" is urgent', (text) => {
    const t = classify(text);
    expect(t.urgent).toBe(true);
    expect(t.priority).toBe('A');
    expect(kinds(t)).toContain('urgency-word');
  });

  it.each(['No rush, where is my order?', 'not urgent at all: where is my order?', "It's not really urgent", 'Take your time', 'Ce n’est pas urgent', 'Pas urgent du tout', 'Kein Stress, wann kommt das Paket?', 'Es ist nicht dringend', 'Das eilt nicht', 'No es urgente', 'Sin prisa', 'Non è urgente', 'Nessuna fretta', '急ぎません', '至急ではありません', '不急'])(
    '"%s" is not urgent, and says why',
    (text) => {
      const t = classify(text);
      expect(t.urgent).toBe(false);
      expect(kinds(t)).toContain('negated');
    },
  );

  it('a negated urgency word elsewhere does not cancel a real one', () => {
    expect(classify('Not urgent for the invoice, but the refund is urgent.').urgent).toBe(true);
  });
});

describe('negation of category words', () => {
  it('"not damaged" is no quality complaint', () => {
    const t = classify('The box was not damaged at all, thank you!');
    expect(t.category).toBe('feedback');
    expect(t.reasons).toContainEqual({ kind: 'negated', match: 'not damaged', category: 'quality' });
  });
  it('negation turns neutral verbs into complaints', () => {
    expect(classify("It doesn't work").category).toBe('quality');
    expect(classify('Das Gerät funktioniert nicht').category).toBe('quality');
    expect(classify("L'appareil ne fonctionne pas").category).toBe('quality');
    expect(classify('No funciona').category).toBe('quality');
    expect(classify('Non funziona').category).toBe('quality');
    expect(classify("I haven't received my order").category).toBe('shipping');
    expect(classify('Je n’ai toujours pas reçu le colis').category).toBe('shipping');
  });
  it('the same verbs un-negated are no complaint', () => {
    expect(classify('It works great, thanks!').category).toBe('feedback');
    expect(classify('Received, thanks!').category).toBe('feedback');
  });
  it('a negated refund is still about the refund', () => {
    expect(classify("I still haven't received my refund").category).toBe('return');
  });
  it('the reason quotes the negated phrase as the buyer wrote it', () => {
    const t = classify('NOT URGENT — but the Parcel has NOT ARRIVED.');
    expect(t.reasons).toContainEqual({ kind: 'keyword', match: 'NOT ARRIVED', category: 'shipping' });
  });
});

describe('threats', () => {
  it.each(['I will leave a 1-star review', 'I am reporting you to Amazon', 'My lawyer will contact you', 'Ich melde das bei eBay', 'Je vais porter plainte', 'Lo denunciaré', 'Ti denuncio', '弁護士に相談します', '我要投诉'])('"%s" is an urgent dispute', (text) => {
    const t = classify(text);
    expect(t.category).toBe('dispute');
    expect(t.urgent).toBe(true);
    expect(kinds(t)).toContain('threat');
    expect(t.sentiment).toBe('negative');
  });
  it('positive feedback is no threat', () => {
    const t = classify("Great item, I'll leave positive feedback!");
    expect(t.category).toBe('feedback');
    expect(t.urgent).toBe(false);
  });
});

describe('shouting', () => {
  it.each(['WHERE IS MY ORDER', 'I NEED THIS FIXED TODAY', 'where is my order!!!', 'Please help!!!', 'まだですか！！！'])('"%s" is urgent', (text) => {
    const t = classify(text);
    expect(t.urgent).toBe(true);
    expect(kinds(t)).toContain('shouting');
  });
  it.each(['I ordered the USB-C cable from DHL', 'OK', 'Thanks!!', 'Is the XL in stock?'])('"%s" is not shouting', (text) => {
    expect(kinds(classify(text))).not.toContain('shouting');
  });
});

describe('repeated messages', () => {
  it('3+ unanswered buyer messages make it urgent', () => {
    const t = classify('Any news on my order?', { unansweredInARow: 3 });
    expect(t.urgent).toBe(true);
    expect(t.reasons).toContainEqual({ kind: 'repeated-messages', match: '3 unanswered messages in a row' });
  });
  it('2 do not', () => {
    expect(classify('Any news on my order?', { unansweredInARow: 2 }).urgent).toBe(false);
  });
  it('nor does nonsense', () => {
    expect(classify('Any news on my order?', { unansweredInARow: Number.NaN }).urgent).toBe(false);
  });
  it.each(['This is the third time I am writing to you', 'Ich habe schon mehrfach geschrieben', 'Je vous ai écrit plusieurs fois', 'Les escribí varias veces', 'Vi ho scritto più volte', '何度も連絡しています', '这是第三次联系'])('"%s" says so itself', (text) => {
    const t = classify(text);
    expect(t.urgent).toBe(true);
    expect(kinds(t)).toContain('repeated-messages');
  });
});

describe('platform signals', () => {
  const cases: [PlatformSignal, Category, boolean][] = [
    ['ebay-return-request', 'return', false],
    ['ebay-not-as-described', 'quality', false],
    ['ebay-item-not-received', 'dispute', true],
    ['amazon-a-to-z-claim', 'dispute', true],
    ['etsy-help-request', 'dispute', true],
  ];
  it.each(cases)('%s → %s (urgent: %s), whatever the text says', (signal, category, urgent) => {
    const t = classify('Thank you so much!', { signals: [signal] });
    expect(t.category).toBe(category);
    expect(t.urgent).toBe(urgent);
    expect(t.noResponseNeeded).toBe(false);
    expect(t.reasons[0]).toEqual({ kind: 'signal', match: signal, category });
  });
  it('the stronger of two signals wins', () => {
    expect(classify('', { signals: ['ebay-return-request', 'amazon-a-to-z-claim'] }).category).toBe('dispute');
  });
  it('unknown signals are ignored', () => {
    expect(classify('Where is my order?', { signals: ['made-up' as PlatformSignal] }).category).toBe('shipping');
  });
});

describe('subject', () => {
  it('names the category when the message does not', () => {
    expect(classify('See order 123.', { subject: 'Return request' }).category).toBe('return');
  });
  it('does not override the message', () => {
    expect(classify('Please cancel it.', { subject: 'Where is my parcel?' }).category).toBe('order');
  });
  it('its urgency and threats count', () => {
    expect(classify('The screen is cracked.', { subject: 'URGENT' }).urgent).toBe(true);
    expect(classify('See below', { subject: 'Chargeback' }).category).toBe('dispute');
  });
  it('its question mark blocks noResponseNeeded, but a thanks is still a thanks', () => {
    const t = classify('Arrived today, thank you.', { subject: 'Where is my parcel?' });
    expect(t.category).toBe('feedback');
    expect(t.noResponseNeeded).toBe(false);
  });
});

describe('noResponseNeeded', () => {
  it.each(['Thanks!', 'Got it, thank you.', 'Danke, passt.', 'Merci beaucoup !', 'Muchas gracias', 'Grazie mille', 'ありがとうございました。', '谢谢', '👍', 'ok thanks'])('"%s" needs no reply', (text) => {
    const t = classify(text);
    expect(t.category).toBe('feedback');
    expect(t.noResponseNeeded).toBe(true);
    expect(t.priority).toBe('C');
  });
  it.each([
    'Thanks! When will it ship?',
    'Thanks, how do I return it?',
    'Thank you, can you confirm',
    'Danke! Wann kommt das Paket',
    'Merci, mais le colis est abîmé',
    'Thanks, but the lid is cracked.',
    'Thanks for nothing. Terrible.',
    'THANK YOU!!!',
    'ありがとうございます。いつ届きますか',
  ])('never for a question or a complaint: "%s"', (text) => {
    expect(classify(text).noResponseNeeded).toBe(false);
  });
});

describe('sentiment', () => {
  it('is negative for complaints, even polite or sarcastic ones', () => {
    expect(classify('Great, just great. The mug arrived broken.').sentiment).toBe('negative');
    expect(classify('I am very disappointed with this.').sentiment).toBe('negative');
    expect(classify('I am not happy with the colour.').sentiment).toBe('negative');
  });
  it('is positive for praise and thanks', () => {
    expect(classify('Love it, thank you!').sentiment).toBe('positive');
  });
  it('is neutral for a plain question', () => {
    expect(classify('Where is my order?').sentiment).toBe('neutral');
  });
});

describe('priority', () => {
  it.each(CATEGORIES.map((c) => [c]))('follows the %s tier unless urgent', (category) => {
    const text: Record<Category, string> = {
      dispute: 'I filed a chargeback',
      order: 'Please cancel my order',
      return: 'I want a refund',
      quality: 'It arrived damaged',
      shipping: 'Where is my order?',
      product: 'Is it in stock?',
      feedback: 'Thanks!',
      other: 'Please send an invoice',
    };
    const t = classify(text[category]);
    expect(t.category).toBe(category);
    expect(t.priority).toBe(t.urgent ? 'A' : DEFAULT_POLICIES.categoryTargets[category].tier);
  });
});

describe('text handling', () => {
  it('reads HTML as text', () => {
    const t = classify('<div><p>Where is my <b>order</b>?</p><br/>Thanks &amp; regards</div>');
    expect(t.category).toBe('shipping');
    expect(t.reasons.every((r) => !r.match.includes('<'))).toBe(true);
  });
  it('ignores the quoted seller message below the buyer text', () => {
    const t = classify('Ok, please cancel then.\n\nOn 3 May 2025, ShopName wrote:\n> The item is out of stock, do you want a refund?');
    expect(t.category).toBe('order');
  });
  it("ignores '>' quoted lines", () => {
    expect(classify('> Your refund has been issued.\nThanks, got it!').category).toBe('feedback');
  });
  it('quotes reasons in the buyer’s own spelling', () => {
    const t = classify('Die Rücksendung ist unterwegs, wann kommt die Erstattung?');
    expect(t.reasons.map((r) => r.match)).toEqual(expect.arrayContaining(['Rücksendung', 'Erstattung']));
  });
  it('folds full-width characters and accents', () => {
    expect(classify('ＷＨＥＲＥ ＩＳ ＭＹ ＯＲＤＥＲ？').category).toBe('shipping');
    expect(classify('Je veux etre rembourse').category).toBe('return');
  });
  it('treats the empty string as other, language und', () => {
    expect(classify('')).toEqual({ category: 'other', priority: 'B', urgent: false, sentiment: 'neutral', language: 'und', reasons: [], noResponseNeeded: false });
  });
  it('caps the work on a huge message', () => {
    const huge = 'Where is my order? '.repeat(200_000);
    const start = performance.now();
    const t = classify(huge);
    expect(performance.now() - start).toBeLessThan(500);
    expect(t.category).toBe('shipping');
    expect(t.reasons.length).toBeLessThanOrEqual(24);
  });
});
