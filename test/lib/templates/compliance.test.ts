// Compliance warnings: every rule with texts that break it and texts that must not be flagged, in several
// languages. The negatives are the ones agents actually write (order ids, tracking numbers, amazon.* links,
// thanking for five stars, PayPal at checkout), because a warning that cries wolf gets ignored.
import { describe, expect, it } from 'vitest';
import type { Platform } from '@/lib/model';
import { complianceWarnings, COMPLIANCE_RULES, type ComplianceRule } from '@/lib/templates/compliance';

const rulesOf = (text: string, platform: Platform) => complianceWarnings(text, platform).map((w) => w.rule);
/** The one warning the text gets for `rule`, with its match checked against the text. */
function only(text: string, platform: Platform, rule: ComplianceRule) {
  const warnings = complianceWarnings(text, platform).filter((w) => w.rule === rule);
  expect(warnings, text).toHaveLength(1);
  const warning = warnings[0]!;
  expect(text.slice(warning.index, warning.index + warning.match.length)).toBe(warning.match);
  return warning.match;
}

describe('rules as data', () => {
  it('has one entry per rule, each for one platform', () => {
    expect(COMPLIANCE_RULES.map((r) => r.rule).sort()).toEqual(
      ['amazon-contact-details', 'amazon-external-link', 'amazon-marketing', 'amazon-review-incentive', 'ebay-contact-details', 'ebay-offsite-trade', 'etsy-offsite-payment'].sort(),
    );
    for (const r of COMPLIANCE_RULES) expect(r.rule.startsWith(r.platform)).toBe(true);
  });

  it("only applies a platform's own rules", () => {
    const text = 'Pay me directly via PayPal: shop@example.com, https://myshop.com, discount code SAVE10.';
    expect(new Set(rulesOf(text, 'amazon'))).toEqual(new Set(['amazon-contact-details', 'amazon-external-link', 'amazon-marketing']));
    expect(new Set(rulesOf(text, 'ebay'))).toEqual(new Set(['ebay-offsite-trade', 'ebay-contact-details']));
    expect(rulesOf(text, 'etsy')).toEqual(['etsy-offsite-payment']);
  });

  it('reports warnings in text order with their offsets', () => {
    const text = 'Visit www.myshop.com or mail me at a@b.de.';
    expect(complianceWarnings(text, 'amazon')).toEqual([
      { rule: 'amazon-external-link', match: 'www.myshop.com', index: 6 },
      { rule: 'amazon-contact-details', match: 'a@b.de', index: 35 },
    ]);
  });

  it('finds nothing in an ordinary reply', () => {
    const reply = 'Hello Emma, your order 114-3941689-8772232 has shipped. Tracking: 1Z999AA10123456784. Kind regards, Lina';
    for (const platform of ['amazon', 'ebay', 'etsy'] as const) expect(complianceWarnings(reply, platform)).toEqual([]);
  });
});

describe('amazon-external-link', () => {
  it.each([
    ['Please see https://myshop.com/help for instructions.', 'https://myshop.com/help'],
    ['More photos at www.northwind-home.de', 'www.northwind-home.de'],
    ['Manual: northwind-home.com/manual.pdf', 'northwind-home.com/manual.pdf'],
    ['Track it at ups.com.', 'ups.com'],
    ['Short link: bit.ly/3xYz', 'bit.ly/3xYz'],
    ['詳しくは ｗｗｗ．ｎｏｒｔｈｗｉｎｄ．ｊｐ をご覧ください', 'ｗｗｗ．ｎｏｒｔｈｗｉｎｄ．ｊｐ'],
    ['Besuchen Sie northwind dot com', 'northwind dot com'],
    ['A look-alike: https://amazon.com.evil.io/login', 'https://amazon.com.evil.io/login'],
  ])('%s', (text, match) => {
    expect(only(text, 'amazon', 'amazon-external-link')).toBe(match);
  });

  it.each([
    ['Go to https://www.amazon.com/gp/your-account/order-history and choose the order.'],
    ['Rufen Sie amazon.de/meinebestellungen auf.'],
    ['Voir sellercentral.amazon.fr ou amazon.co.uk.'],
    ['Amazon.co.jp の注文履歴からご確認ください。'],
    ['It arrived.It works, thank you. Sizes e.g. S/M/L, i.e. all of them.'],
    ['Order 114-3941689-8772232, version 2.5.1, price 12.99.'],
  ])('not: %s', (text) => {
    expect(rulesOf(text, 'amazon')).not.toContain('amazon-external-link');
  });
});

describe('amazon-contact-details', () => {
  it.each([
    ['Write to us at support@northwind-home.com', 'support@northwind-home.com'],
    ['Schreiben Sie an kundenservice@northwind.de.', 'kundenservice@northwind.de'],
    ['lina.wu at gmail dot com', 'lina.wu at gmail dot com'],
    ['Call us on +1 (555) 010-2030 any time.', 'Call us on +1 (555) 010-2030'],
    ['Or +1 (555) 010-2030, any time.', '+1 (555) 010-2030'],
    ['Our number is 555-010-2030.', '555-010-2030'],
    ['Telefon: 030 1234567', 'Telefon: 030 1234567'],
    ['Rufen Sie uns an unter 0171 2345678', 'Rufen Sie uns an unter 0171 2345678'],
    ['Appelez-nous au 01 23 45 67 89', 'Appelez-nous au 01 23 45 67 89'],
    ['Llámenos al 912 345 678', 'Llámenos al 912 345 678'],
    ['Telefono: 02 1234 5678', 'Telefono: 02 1234 5678'],
    ['お電話：03-1234-5678までご連絡ください', '電話：03-1234-5678'],
    ['090-1234-5678 までお電話ください', '090-1234-5678'],
    ['+49 30 1234567', '+49 30 1234567'],
    ['Contact me on WhatsApp for faster help', 'Contact me on WhatsApp'],
    ['LINEのIDを追加してください', 'LINEのID'],
  ])('%s', (text, match) => {
    expect(only(text, 'amazon', 'amazon-contact-details')).toBe(match);
  });

  it.each([
    ['Your order 114-3941689-8772232 has shipped.'], // Amazon order id
    ['eBay order 14-12345-67890, Etsy receipt 3012345678.'],
    ['Tracking: 9400 1000 0000 0000 0000 00 (USPS), 1Z999AA10123456784 (UPS), LX123456789CN.'],
    ['Shipped on 2026-01-17 at 10:30; it weighs 1.250 kg.'],
    ['Does it work with WhatsApp video calls? Yes, it does.'],
    ['Please reply to this message with a photo.'],
    ['Model number 12345678'],
    ['ご注文番号：250-1234567-1234567'],
  ])('not: %s', (text) => {
    expect(rulesOf(text, 'amazon')).not.toContain('amazon-contact-details');
  });
});

describe('amazon-marketing', () => {
  it.each([
    ['Use code THANKYOU10 at checkout.', 'Use code'],
    ['Here is a discount code for you: SPRING', 'discount code'],
    ['Enjoy 15% off with our compliments', '15% off'],
    ['We would love you to check out our other products.', 'check out our other products'],
    ['Visit our store for the new collection', 'Visit our store'],
    ['Join our newsletter!', 'newsletter'],
    ['Mit dem Rabattcode WINTER sparen Sie.', 'Rabattcode'],
    ['Entdecken Sie unsere anderen Produkte!', 'unsere anderen Produkte'],
    ['Profitez de notre code promo HIVER.', 'code promo'],
    ['Découvrez nos autres produits.', 'nos autres produits'],
    ['Aproveche nuestro código de descuento.', 'código de descuento'],
    ['Le regaliamo un codice sconto del 10%.', 'codice sconto'],
    ['次回使えるクーポンをお送りします。', 'クーポン'],
  ])('%s', (text, match) => {
    expect(only(text, 'amazon', 'amazon-marketing')).toBe(match);
  });

  it.each([
    ['We will be extra careful with your next order.'],
    ['We can offer a partial refund as a discount on this order.'],
    ['Bei Ihrer nächsten Bestellung achten wir besonders darauf.'],
    ['The courier will visit again tomorrow.'],
    ['It is 100% cotton.'],
  ])('not: %s', (text) => {
    expect(rulesOf(text, 'amazon')).not.toContain('amazon-marketing');
  });
});

describe('amazon-review-incentive', () => {
  it.each([
    ['Leave us 5 stars and we will send you a free gift.', '5 stars and we will send you a free'],
    ['We will refund you in full if you update your review.', 'refund you in full if you update your review'],
    ['Remove your negative feedback and get a 20% discount.', 'Remove your negative feedback and get a 20% discount'],
    ['Get a $10 gift card for an honest review!', 'gift card for an honest review'],
    ['Please leave a positive review.', 'leave a positive review'],
    ['Rate us five stars!', 'Rate us five stars'],
    ['Für eine 5-Sterne-Bewertung erhalten Sie einen Gutschein.', '5-Sterne-Bewertung erhalten Sie einen Gutschein'],
    ['Bitte hinterlassen Sie uns eine positive Bewertung.', 'hinterlassen Sie uns eine positive Bewertung'],
    ['Könnten Sie eine 5-Sterne-Bewertung abgeben?', '5-Sterne-Bewertung abgeben'],
    ['Laissez un avis 5 étoiles, nous vous offrons un cadeau.', 'Laissez un avis 5 étoiles'],
    ['Si nos deja una reseña de 5 estrellas, le hacemos un reembolso.', 'deja una reseña de 5 estrellas'], // the ask covers the stretch
    ['Con su reseña le hacemos un reembolso.', 'reseña le hacemos un reembolso'],
    ['Con una recensione a 5 stelle riceverà un buono sconto.', 'recensione a 5 stelle riceverà un buono sconto'],
    ['星5のレビューをいただけましたら、返金いたします。', '星5のレビューをいただけましたら、返金'],
  ])('%s', (text, match) => {
    expect(only(text, 'amazon', 'amazon-review-incentive')).toBe(match);
  });

  it.each([
    ['Thank you for the 5 stars!'],
    ['This lamp is rated 5 stars by our customers.'],
    ['We will review your request and issue a refund today.'], // "review" the verb
    ['After the review of your case, a refund will be issued.'],
    ['Your refund has been issued. Thank you for your review.'], // different sentences: no link between them
    ['Feel free to leave a review.'],
    ['Vielen Dank für Ihre 5 Sterne!'],
    ['Wir haben Ihnen den Betrag erstattet.'],
    ["Vous avez reçu un avis de passage ; le remboursement est en cours."],
    ['返金手続きを完了いたしました。'],
  ])('not: %s', (text) => {
    expect(rulesOf(text, 'amazon')).not.toContain('amazon-review-incentive');
  });
});

describe('ebay-offsite-trade', () => {
  it.each([
    ["Let's do this outside of eBay.", 'outside of eBay'],
    ['You can pay me directly and save the fees.', 'pay me directly'],
    ['Pay me via PayPal and I will ship today.', 'Pay me via PayPal'],
    ['Send the money to my PayPal account.', 'Send the money to my PayPal'],
    ['paypal.me/northwind', 'paypal.me'],
    ['Buy it from our website, it is cheaper.', 'Buy it from our website'],
    ['Please pay by bank transfer.', 'pay by bank transfer'],
    ['Wir können das außerhalb von eBay abwickeln.', 'außerhalb von eBay'],
    ['Bezahlen Sie per Banküberweisung an uns.', 'per Banküberweisung an uns'],
    ["Nous pouvons traiter en dehors d'eBay.", "en dehors d'eBay"],
    ['Puede pagarnos directamente.', 'pagarnos directamente'],
    ['Può pagare con bonifico bancario.', 'bonifico bancario'],
    ['eBay外でのお取引も可能です。', 'eBay外'],
  ])('%s', (text, match) => {
    expect(only(text, 'ebay', 'ebay-offsite-trade')).toBe(match);
  });

  it.each([
    ['You can pay with PayPal at checkout.'],
    ['Please open a return on eBay; the refund is issued through eBay.'],
    ['Check out our eBay store for matching items.'],
    ['Send the item directly to our warehouse.'],
    ['Bitte starten Sie die Rückgabe über eBay.'],
  ])('not: %s', (text) => {
    expect(rulesOf(text, 'ebay')).not.toContain('ebay-offsite-trade');
  });
});

describe('ebay-contact-details', () => {
  it.each([
    ['Email me: seller@northwind.co.uk', 'seller@northwind.co.uk'],
    ['Phone: 07700 900123', 'Phone: 07700 900123'],
    ['See https://northwind-home.com/returns', 'https://northwind-home.com/returns'],
    ['Handynummer: 0171 2345678', 'Handynummer: 0171 2345678'],
    ['Schreiben Sie mir per WhatsApp', 'Schreiben Sie mir per WhatsApp'],
  ])('%s', (text, match) => {
    expect(only(text, 'ebay', 'ebay-contact-details')).toBe(match);
  });

  it.each([
    ['See https://www.ebay.com/itm/123456789012 for the listing.'],
    ['Item number 123456789012, order 14-12345-67890.'],
    ['Alle Infos auf ebay.de im Angebot.'],
  ])('not: %s', (text) => {
    expect(rulesOf(text, 'ebay')).not.toContain('ebay-contact-details');
  });
});

describe('etsy-offsite-payment', () => {
  it.each([
    ['Send the payment via PayPal and I will start.', 'Send the payment via PayPal'],
    ['You can pay me directly via PayPal', 'pay me directly via PayPal'],
    ['paypal.me/handmadebymira', 'paypal.me'],
    ['I take Venmo.', 'Venmo'],
    ['Zelle works too.', 'Zelle'],
    ['Transfer the balance via Wise.', 'Transfer the balance via Wise'],
    ['My IBAN is DE89 3704 0044 0532 0130 00', 'IBAN'],
    ['Let us settle this outside of Etsy.', 'outside of Etsy'],
    ['Bezahl bitte per PayPal direkt an mich.', 'per PayPal direkt an mich'],
    ['Vous pouvez payer par virement bancaire.', 'payer par virement'],
    ['Puedes pagarme por Bizum.', 'pagarme por Bizum'],
    ['Puoi pagare con bonifico.', 'bonifico'],
    ['銀行振込でお支払いください。', '銀行振込'],
  ])('%s', (text, match) => {
    expect(only(text, 'etsy', 'etsy-offsite-payment')).toBe(match);
  });

  it.each([
    ['You can pay with PayPal at checkout on Etsy.'],
    ['I will refund you through Etsy.'],
    ['The perfect gift for friends and family.'],
    ['That was a wise choice!'],
    ['Otherwise, just message me.'],
  ])('not: %s', (text) => {
    expect(rulesOf(text, 'etsy')).toEqual([]);
  });
});
