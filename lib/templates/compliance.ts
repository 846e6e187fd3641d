// Compliance warnings for a reply before it is sent: what each marketplace's messaging policy forbids (links off
// the platform, contact details, marketing, paid-for reviews, trading or paying outside the platform). Warnings,
// not blocks: the agent decides. Rules are data (phrase lists per language, allowed hosts); the code below only
// runs them. Pure: no DOM, no network, bounded regular expressions (no nested unbounded repetition).
//
// False positives cost trust, so each finder is narrow on purpose: amazon.* links are fine on Amazon, an order id
// or tracking number is never read as a phone number (a phone needs a phone word, a "+" country code, or a
// phone-number shape no order id has), and "5 stars" or "refund" alone is no violation; both in one sentence is.
import type { Platform } from '../model';

export type ComplianceRule =
  | 'amazon-external-link'
  | 'amazon-contact-details'
  | 'amazon-marketing'
  | 'amazon-review-incentive'
  | 'ebay-offsite-trade'
  | 'ebay-contact-details'
  | 'etsy-offsite-payment';

export interface ComplianceWarning {
  rule: ComplianceRule;
  /** The offending words as they appear in the text. */
  match: string;
  /** Offset of match in the text. */
  index: number;
}

type Language = 'en' | 'de' | 'fr' | 'es' | 'it' | 'ja' | 'zh';
/**
 * Phrases as regular-expression sources, per language. A plain space means "any whitespace". Phrases of
 * alphabetic languages only match whole words; Japanese and Chinese ones match anywhere (no spaces there).
 */
type Phrases = Partial<Record<Language, readonly string[]>>;

type Finder =
  | { kind: 'phrases'; phrases: Phrases }
  /** URLs and bare domains whose host is not allowed. */
  | { kind: 'links'; allowedHost: RegExp }
  | { kind: 'emails' }
  | { kind: 'phones' }
  /** A word of `first` and a word of `second` in one sentence ("5 stars" … "gift card"). */
  | { kind: 'together'; first: Phrases; second: Phrases };

export interface ComplianceRuleSpec {
  rule: ComplianceRule;
  platform: Platform;
  /** What the policy says, for the warning's tooltip. */
  description: string;
  find: readonly Finder[];
}

// ---------------------------------------------------------------------------------------------------------------
// Data.

const AMAZON_HOST =
  /(?:^|\.)(?:amazon\.(?:com|ca|com\.mx|com\.br|co\.uk|de|fr|it|es|nl|se|pl|com\.be|com\.tr|ae|sa|eg|in|co\.jp|jp|com\.au|sg|cn|ie|co\.za)|amzn\.(?:to|eu|asia|com)|a\.co)$/;
const EBAY_HOST =
  /(?:^|\.)(?:ebay\.(?:com|co\.uk|de|fr|it|es|at|ch|ie|nl|be|pl|ca|com\.au|com\.hk|com\.sg|com\.my|ph|in|us)|ebay\.to)$/;

/** Messengers named as a way to reach the seller: contact details even without a number. */
const MESSENGER_CONTACT: Phrases = {
  en: [
    '(?:contact|reach|message|text|call|add|find|write to) (?:us|me) (?:on|via|at|through|by|over) (?:whatsapp|wechat|telegram|skype|viber|signal|line|instagram|facebook|messenger)',
    '(?:whatsapp|wechat|telegram|skype|viber|line) (?:id|number|no\\.?|handle)',
  ],
  de: ['(?:kontaktieren|erreichen|schreiben) Sie (?:uns|mir|mich) (?:per|über|via|auf) (?:WhatsApp|WeChat|Telegram|Skype|Signal|Instagram|Facebook)'],
  fr: ['(?:contactez|écrivez|joignez)(?:-nous|-moi)? (?:sur|via|par) (?:WhatsApp|WeChat|Telegram|Skype|Instagram|Facebook)'],
  es: ['(?:contáctenos|contáctanos|escríbanos|escríbenos|contácteme) (?:por|vía|via|en) (?:WhatsApp|WeChat|Telegram|Skype|Instagram|Facebook)'],
  it: ['(?:contattaci|ci contatti|scrivici|ci scriva|contattami) (?:su|via|tramite) (?:WhatsApp|WeChat|Telegram|Skype|Instagram|Facebook)'],
  ja: ['(?:LINE|ライン|WhatsApp|WeChat)(?:の)?(?:ID|でご連絡|で連絡|にご連絡|追加)'],
  zh: ['(?:微信|微信号|WhatsApp)[:：]'],
};

/** Promotion of the shop, other products, codes and newsletters (Amazon allows none in buyer messages). */
const MARKETING: Phrases = {
  en: [
    '(?:discount|promo|promotional|promotion|coupon|voucher) codes?',
    'use (?:the |our )?code',
    '\\d{1,2} ?% off',
    '(?:check out|have a look at|take a look at|browse|visit|see|discover) (?:our|my) (?:other|new|latest|full) (?:products|items|listings|collection|range|designs)',
    '(?:visit|check out|browse|follow|discover) (?:our|my) (?:store|shop|storefront|website|web ?site|brand store)',
    'newsletters?',
    '(?:subscribe|sign up) (?:to|for) (?:our|my)',
    'follow us (?:on|at)',
    'special offers?',
    '(?:exclusive|limited[- ]time) (?:offers?|deals?|discounts?)',
    '(?:discount|coupon|voucher|code|credit|\\d{1,2} ?% off) (?:\\w+ ){0,2}(?:on|for|off) your next (?:order|purchase)',
  ],
  de: [
    '(?:Rabatt|Gutschein|Aktions|Promo)-?codes?',
    '\\d{1,2} ?% Rabatt',
    'unsere(?:n)? (?:anderen|weiteren|neuen) (?:Produkte|Artikel)',
    '(?:besuchen|entdecken) Sie (?:unseren|meinen) (?:Shop|Store|Markenshop|Onlineshop)',
    'Newsletter',
    'folgen Sie uns',
    '(?:Sonder|Spezial)angebot(?:e|en)?',
    '(?:Rabatt|Gutschein|Code) (?:\\p{L}+ ){0,2}(?:für|auf|bei) Ihre(?:r|n)? nächste(?:n|r)? (?:Bestellung|Einkauf|Kauf)',
  ],
  fr: [
    'codes? (?:promo|de réduction|de remise|promotionnel)',
    '\\d{1,2} ?% de (?:réduction|remise)',
    'nos (?:autres|nouveaux) (?:produits|articles|créations)',
    '(?:visitez|découvrez|consultez) notre (?:boutique|magasin|site)',
    'newsletter',
    "lettre d'information",
    'suivez-nous',
    'offres? spéciales?',
    '(?:réduction|remise|bon|code) (?:\\p{L}+ ){0,3}(?:sur|pour) votre prochaine commande',
  ],
  es: [
    'c[óo]digos? (?:de descuento|promocional|de cup[óo]n)',
    'cup[óo]n(?:es)? de descuento',
    '\\d{1,2} ?% de descuento',
    'nuestros (?:otros|nuevos) (?:productos|art[íi]culos)',
    '(?:visite|visita|descubra|descubre) nuestra tienda',
    'bolet[íi]n',
    's[íi]ganos',
    's[íi]guenos',
    'ofertas? especial(?:es)?',
    '(?:descuento|cup[óo]n|c[óo]digo) (?:\\p{L}+ ){0,3}(?:en|para) (?:su|tu) pr[óo]xim[ao] (?:pedido|compra)',
  ],
  it: [
    'codic[ei] (?:sconto|promozionale|coupon)',
    '\\d{1,2} ?% di sconto',
    '(?:i )?nostri (?:altri|nuovi) (?:prodotti|articoli)',
    '(?:visiti|visita|scopra|scopri) il nostro negozio',
    'newsletter',
    'seguici',
    'offert[ae] special[ei]',
    '(?:sconto|buono|codice) (?:\\p{L}+ ){0,3}(?:sul|per il) (?:suo|tuo) prossimo (?:ordine|acquisto)',
  ],
  ja: [
    'クーポン',
    '割引コード',
    'プロモーションコード',
    '\\d{1,2} ?[%％] ?(?:OFF|オフ|割引)',
    '(?:他|ほか)の(?:商品|製品)(?:も|を)(?:ぜひ)?(?:ご覧|チェック)',
    'ストア(?:を|も)(?:ご覧|フォロー|チェック)',
    'メルマガ',
    'メールマガジン',
    'ニュースレター',
  ],
};

/** Asking for a good review outright (Amazon: "You may not ask for positive reviews"). */
const POSITIVE_REVIEW_ASK: Phrases = {
  en: [
    '(?:leave|give|write|post|drop) (?:us |me )?(?:an? )?(?:positive|good|great|glowing|(?:5|five)[- ]?stars?) (?:review|rating|feedback)',
    '(?:rate|give) us (?:5|five) stars',
  ],
  de: [
    '(?:positive|gute|(?:5|fünf)-Sterne-)Bewertung (?:hinterlassen|abgeben|schreiben|geben)',
    '(?:hinterlassen|geben|schreiben|vergeben) Sie (?:uns |mir )?(?:bitte )?(?:eine )?(?:positive |gute |(?:5|fünf)-Sterne-)Bewertung',
    '(?:uns )?(?:5|fünf) Sterne (?:geben|vergeben)',
  ],
  fr: [
    '(?:laisser|laissez|donner|donnez|écrire|écrivez) (?:un |une )?(?:avis|évaluation|commentaire) (?:positif|positive|favorable|5 étoiles|cinq étoiles)',
    '(?:nous )?(?:donner|donnez|mettre|mettez) (?:5|cinq) étoiles',
  ],
  es: [
    '(?:dejar|deje|deja|déjenos|déjanos|escribir|escriba) (?:una )?(?:reseña|valoración|opinión) (?:positiva|de (?:5|cinco) estrellas)',
    '(?:darnos|danos|denos|dar) (?:5|cinco) estrellas',
  ],
  it: [
    '(?:lasciare|lasci|lasciarci|ci lasci|scrivere) (?:una |un )?(?:recensione|valutazione|feedback) (?:positiv[ao]|a (?:5|cinque) stelle)',
    '(?:darci|dare|dateci|ci dia) (?:5|cinque) stelle',
  ],
  ja: ['(?:高評価|星5|★5|★★★★★|5つ星|良い評価|高い評価|好評価)[^。！？!?\\n]{0,12}(?:お願い|ください|下さい|いただけ|頂け)'],
};

/** Reviews and ratings as nouns (the verb "we will review your case" is not one). */
const REVIEW_WORDS: Phrases = {
  en: [
    '(?:a|an|your|the|our|positive|good|great|honest|5-star|five-star|product|seller) reviews?(?! of (?:your|the|this) (?:case|claim|request|return|order|account))',
    '(?:a|an|your|the|positive|good|great|5-star|five-star|star|seller|product) ratings?',
    '(?:5|five)[- ]?stars?',
    '(?:leave|give|change|remove|update|revise|delete|post|withdraw) (?:\\w+ ){0,3}feedback',
    'positive feedback',
  ],
  de: ['Bewertung(?:en)?', 'Rezension(?:en)?', '(?:5|fünf)[- ]?Sterne(?:n)?', 'Feedback (?:abgeben|hinterlassen|ändern|entfernen|löschen)'],
  fr: ['(?:un|votre|vos|des|bon) avis(?! de passage)', 'avis (?:positif|favorable|client)', 'évaluations?', 'commentaires? positifs?', '(?:5|cinq) étoiles'],
  es: ['reseñas?', 'valoraci(?:ón|ones)', 'opini(?:ón|ones)', '(?:5|cinco) estrellas'],
  it: ['recension[ei]', 'valutazion[ei]', '(?:un|il|suo|tuo|vostro) feedback', '(?:5|cinque) stelle'],
  ja: ['レビュー', '評価', '星5', '★', '5つ星', 'フィードバック'],
};

/** Something of value for the buyer. */
const INCENTIVE_WORDS: Phrases = {
  en: [
    'refund(?:s|ed)?',
    'money back',
    'discounts?',
    'coupons?',
    'vouchers?',
    'gift(?: card)?s?',
    '(?<!feel )free',
    'rewards?',
    'cash ?back',
    'compensation',
    'in exchange',
    'in return',
    'bonus',
    '\\d{1,2} ?% off',
  ],
  de: ['Rückerstattung', 'erstatten', 'Geld zurück', 'Rabatt', 'Gutschein(?:e|code)?', 'Geschenk(?:e|karte)?', 'gratis', 'kostenlos(?:e|en)?', 'Belohnung', 'im Gegenzug', 'als Dankeschön', 'Entschädigung'],
  fr: ['rembours\\p{L}*', 'réduction', 'remise', "bon d'achat", 'cadeaux?', 'gratuit(?:e|s|es)?', 'offert(?:e|s|es)?', 'en échange', 'en contrepartie', 'récompense'],
  es: ['reembols\\p{L}*', 'descuentos?', 'cup[óo]n(?:es)?', 'regalos?', 'gratis', 'gratuit[oa]s?', 'a cambio', 'recompensa', 'tarjeta regalo'],
  it: ['rimbors\\p{L}*', 'scont[oi]', 'buono (?:sconto|regalo|acquisto)', 'coupon', 'regal[oi]', 'omaggio', 'gratis', 'gratuit[oaie]', 'in cambio', 'ricompensa'],
  ja: ['返金', '割引', 'クーポン', 'プレゼント', '無料', 'ギフト', '特典', 'お礼に', 'ポイント', '値引き', 'キャッシュバック'],
};

/** Trading or paying outside eBay. */
const EBAY_OFFSITE: Phrases = {
  en: [
    'outside (?:of )?ebay',
    'off[- ]ebay',
    '(?:pay|buy from|purchase from|order from) (?:us|me) directly',
    '(?:pay|buy|purchase|order) directly (?:from|to|with) (?:us|me)',
    '(?:pay|buy|purchase|order)(?: it| them| this)? (?:directly )?(?:from|with|through|via|on|at) (?:our|my) (?:own )?(?:website|web ?site|site|web ?shop|online shop)',
    // PayPal alone is fine (eBay checkout offers it); paying the seller's own PayPal is not.
    '(?:pay|send|transfer)(?: \\w+){0,3} (?:directly )?(?:to|via|by|through|with|using|on) (?:my|our) (?:paypal|bank account|venmo|zelle|wise|revolut)',
    '(?:pay|send|transfer)(?: \\w+){0,3} (?:via|by|through|with|using) (?:bank transfer|wire transfer|western union|venmo|zelle|wise|cash ?app|revolut)',
    'pay (?:me|us)(?: directly)? (?:via|by|through|with|using|on) paypal',
    'send (?:the |your )?(?:money|payment)(?: \\w+){0,2} (?:via|by|through|with|using) paypal',
    'paypal\\.me',
    'paypal ?me',
    'paypal (?:friends|f ?& ?f)',
    'friends (?:and|&) family (?:payment|option|transfer)',
    'direct (?:deal|sale|transaction|payment)',
    'cheaper (?:on|from|via|at) (?:our|my) (?:own )?(?:website|web ?site|site|web ?shop|online shop)',
    '(?:bank|wire) transfer',
    'western union',
    '(?:without|avoid|avoiding|save) (?:the )?ebay fees?',
  ],
  de: [
    'außerhalb (?:von )?ebay',
    '(?:direkt )?(?:bei|über) (?:uns|mich|unseren (?:Shop|Webshop|Onlineshop)|unsere Website)(?: direkt)? (?:kaufen|bestellen|bezahlen)',
    '(?:per|via|über) (?:PayPal|Überweisung|Banküberweisung)(?: direkt)? (?:an (?:uns|mich)|bezahlen|zahlen|senden)',
    'Banküberweisung',
    'PayPal Freunde',
    'überweisen Sie',
    'ohne ebay-Gebühren',
  ],
  fr: [
    "en dehors d'ebay",
    "hors (?:d')?ebay",
    '(?:payer|payez|régler|réglez) directement',
    '(?:acheter|achetez|commander|commandez) directement',
    'virement(?: bancaire)?',
    'paypal entre (?:proches|amis)',
  ],
  es: ['fuera de ebay', '(?:pagar|pague|paga|comprar|compre|compra)(?:nos)? directamente', 'transferencia bancaria', 'paypal (?:amigos|familia)'],
  it: ['(?:al di )?fuori (?:da )?ebay', '(?:pagare|paghi|paga|pagarci|comprare|compri|acquistare|acquisti) direttamente', 'bonifico(?: bancario)?', 'paypal (?:amici|familiari)'],
  ja: ['eBay外', 'eBayを通さず', 'eBayを介さず', '直接(?:取引|購入|ご購入|お支払い|支払い|送金)', '銀行振込', 'PayPal(?:で|に)直接'],
};

/** Paying outside Etsy. PayPal alone is fine: Etsy Payments offers it at checkout. */
const ETSY_OFFSITE_PAYMENT: Phrases = {
  en: [
    'paypal\\.me',
    'paypal ?me',
    // PayPal alone is fine (Etsy checkout offers it); paying the seller's own PayPal is not.
    '(?:pay|send|transfer)(?: \\w+){0,3} (?:directly )?(?:to|via|by|through|with|using|over|on) (?:my|our) (?:paypal|venmo|zelle|wise|cash ?app|revolut|bank account)',
    'pay (?:me|us)(?: directly)? (?:via|by|through|with|using|over|on) paypal',
    'send (?:the |your )?(?:money|payment|balance)(?: \\w+){0,2} (?:via|by|through|with|using|over) paypal',
    '(?:pay|send|transfer)(?: \\w+){0,3} (?:via|by|through|with|using|over) (?:bank transfer|wire transfer|western union|bitcoin|crypto|venmo|zelle|wise|cash ?app|revolut)',
    'my paypal(?: account| address| email)?',
    'venmo',
    'zelle',
    'cash ?app',
    '(?:bank|wire) transfer',
    'iban',
    'western union',
    '(?:via|by|through|with|using|over) wise',
    'outside (?:of )?etsy',
    'off[- ]etsy',
    'paypal (?:friends|f ?& ?f)',
    'friends (?:and|&) family (?:payment|option|transfer)',
  ],
  de: [
    'PayPal(?:-| )?(?:Freunde|direkt)',
    '(?:per|via|über) (?:PayPal|Überweisung|Banküberweisung|Wise|Revolut)(?: direkt)? (?:an (?:mich|uns)|bezahlen|zahlen|senden|überweisen)',
    'Banküberweisung',
    'IBAN',
    'außerhalb (?:von )?Etsy',
    'überweisen Sie',
  ],
  fr: ['virement(?: bancaire)?', '(?:payer|payez|régler|réglez) (?:directement|par paypal|par virement)', "en dehors d'etsy", "hors (?:d')?etsy", 'IBAN'],
  es: ['transferencia bancaria', '(?:pagar|pague|paga)(?:me|nos)? (?:directamente|por paypal|por bizum|con bizum)', 'bizum', 'fuera de etsy', 'IBAN'],
  it: ['bonifico(?: bancario)?', '(?:pagare|paghi|paga)(?:mi|ci)? (?:direttamente|con paypal|tramite paypal|con satispay)', 'satispay', 'fuori (?:da )?etsy', 'IBAN'],
  ja: ['銀行振込', 'PayPal(?:で|に)直接', 'Etsy外', 'Etsyを通さず', '直接(?:お支払い|支払い|送金|振込|お振込)'],
};

export const COMPLIANCE_RULES: readonly ComplianceRuleSpec[] = [
  {
    rule: 'amazon-external-link',
    platform: 'amazon',
    description: 'Amazon buyer messages may not link to sites other than Amazon.',
    find: [{ kind: 'links', allowedHost: AMAZON_HOST }],
  },
  {
    rule: 'amazon-contact-details',
    platform: 'amazon',
    description: 'Amazon buyer messages may not contain email addresses, phone numbers or other ways to reach the seller.',
    find: [{ kind: 'emails' }, { kind: 'phones' }, { kind: 'phrases', phrases: MESSENGER_CONTACT }],
  },
  {
    rule: 'amazon-marketing',
    platform: 'amazon',
    description: 'Amazon buyer messages may not market or promote: no discount codes, other products, newsletters.',
    find: [{ kind: 'phrases', phrases: MARKETING }],
  },
  {
    rule: 'amazon-review-incentive',
    platform: 'amazon',
    description: 'Amazon sellers may not ask for positive reviews or offer anything (refund, discount, gift) for a review.',
    find: [
      { kind: 'phrases', phrases: POSITIVE_REVIEW_ASK },
      { kind: 'together', first: REVIEW_WORDS, second: INCENTIVE_WORDS },
    ],
  },
  {
    rule: 'ebay-offsite-trade',
    platform: 'ebay',
    description: 'eBay members may not offer to buy, sell or pay outside eBay.',
    find: [{ kind: 'phrases', phrases: EBAY_OFFSITE }],
  },
  {
    rule: 'ebay-contact-details',
    platform: 'ebay',
    description: 'eBay messages may not share email addresses, phone numbers or links outside eBay.',
    find: [{ kind: 'emails' }, { kind: 'phones' }, { kind: 'phrases', phrases: MESSENGER_CONTACT }, { kind: 'links', allowedHost: EBAY_HOST }],
  },
  {
    rule: 'etsy-offsite-payment',
    platform: 'etsy',
    description: 'Etsy orders must be paid through Etsy: no PayPal, bank transfer, Venmo, Zelle or Wise payments directly to the seller.',
    find: [{ kind: 'phrases', phrases: ETSY_OFFSITE_PAYMENT }],
  },
];

/** Words that announce a phone number, per language; the number must follow within a few characters. */
const PHONE_WORDS: Phrases = {
  en: ['phone', 'tel', 'telephone', 'mobile', 'cell(?: phone)?', 'call (?:us|me)(?: on| at)?', 'text (?:us|me)(?: on| at)?', 'whatsapp', 'hotline', 'fax'],
  de: ['Telefon(?:nummer)?', 'Tel', 'Handy(?:nummer)?', 'Mobil(?:nummer)?', 'Rufnummer', 'Hotline', 'rufen Sie (?:uns|mich) (?:an )?unter', 'erreichen Sie (?:uns|mich) unter', 'Fax'],
  fr: ['t[ée]l[ée]phone', 't[ée]l', 'portable', 'mobile', 'appelez(?:-nous|-moi)?(?: au)?', 'joignable au', 'fax'],
  es: ['tel[ée]fono', 'tel', 'm[óo]vil', 'celular', 'll[áa]m(?:enos|eme|anos|ame)(?: al)?', 'fax'],
  it: ['telefono', 'tel', 'cellulare', 'cell', 'chiam(?:ateci|aci|ami|imi)(?: al)?', 'fax'],
  ja: ['電話(?:番号)?', 'TEL', '携帯(?:番号)?', 'FAX'],
};

// ---------------------------------------------------------------------------------------------------------------
// Machinery.

/** ' ?' in a phrase is optional whitespace, any other ' ' is whitespace. */
const spaced = (phrase: string) => phrase.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+');
const LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const LETTER_AFTER = '(?![\\p{L}\\p{N}])';
const NO_SPACE_LANGUAGES: ReadonlySet<Language> = new Set(['ja', 'zh']);

function phraseSource(language: Language, phrases: readonly string[]): string {
  const body = phrases.map(spaced).join('|');
  return NO_SPACE_LANGUAGES.has(language) ? `(?:${body})` : `${LETTER_BEFORE}(?:${body})${LETTER_AFTER}`;
}

const compiled = new WeakMap<Phrases, RegExp[]>();
function regexesOf(phrases: Phrases): RegExp[] {
  let list = compiled.get(phrases);
  if (!list) {
    list = Object.entries(phrases).map(([language, items]) => new RegExp(phraseSource(language as Language, items ?? []), 'giu'));
    compiled.set(phrases, list);
  }
  return list;
}

interface Hit {
  index: number;
  end: number;
}

function phraseHits(text: string, phrases: Phrases): Hit[] {
  const hits: Hit[] = [];
  for (const re of regexesOf(phrases)) for (const m of text.matchAll(re)) if (m[0] !== '') hits.push({ index: m.index, end: m.index + m[0].length });
  return hits;
}

// Bounded runs ({1,64}): unbounded ones would rescan long space-free text (Japanese) from every position.
const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,4}\.\p{L}{2,24}/gu;
/** "name at gmail dot com": the spelled-out way around an address filter. */
const SPELLED_EMAIL = /[\p{L}\p{N}._-]{1,64} ?[([]?at[)\]]? ?(?:gmail|googlemail|yahoo|hotmail|outlook|icloud|gmx|web|qq|163|126|aol|proton(?:mail)?)(?: ?[([]?dot[)\]]? ?| ?\. ?)(?:com|de|fr|net|cn|co\.uk|it|es|jp)(?![\p{L}\p{N}])/giu;

function emailHits(text: string): Hit[] {
  return [...text.matchAll(EMAIL), ...text.matchAll(SPELLED_EMAIL)].map((m) => ({ index: m.index, end: m.index + m[0].length }));
}

/** Top-level domains a bare "shop.com" can end in; lower case only, so "arrived.It works" is no domain. */
const TLDS =
  'com|net|org|info|biz|shop|store|online|site|app|io|co|me|ly|gl|to|link|page|xyz|top|club|de|fr|es|it|nl|be|at|ch|uk|eu|jp|cn|us|ca|au|ie|pl|se|dk|no|fi|pt|ru|in|mx|br|tv|cc|hk|sg|tw|kr|nz|za|ae';
const URL_WITH_SCHEME = /(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+/giu;
const BARE_DOMAIN = new RegExp(
  `(?<![@\\p{L}\\p{N}._%+/-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}(?:${TLDS})(?![\\p{L}\\p{N}@-])(?:/[^\\s<>"'()\\[\\]{}]*)?`,
  'gu',
);
/** "myshop dot com". */
const SPELLED_DOMAIN = /(?<![\p{L}\p{N}])[a-z0-9-]{1,63} ?[([]?dot[)\]]? ?(?:com|net|org|de|co\.uk|fr|it|es)(?![\p{L}\p{N}])/giu;

function hostOf(url: string): string {
  return url
    .replace(/^[a-z]+:\/\//i, '')
    .split(/[/?#:]/)[0]!
    .toLowerCase();
}

function linkHits(text: string, allowedHost: RegExp): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<number>();
  for (const re of [URL_WITH_SCHEME, BARE_DOMAIN]) {
    for (const m of text.matchAll(re)) {
      const raw = m[0].replace(/[.,;:!?]+$/, ''); // the sentence's full stop is not part of the link
      if (seen.has(m.index) || allowedHost.test(hostOf(raw))) continue;
      // Inside a URL found by the first pattern ("www.shop.com" then "shop.com")? Already reported.
      if (hits.some((h) => m.index >= h.index && m.index < h.end)) continue;
      seen.add(m.index);
      hits.push({ index: m.index, end: m.index + raw.length });
    }
  }
  for (const m of text.matchAll(SPELLED_DOMAIN)) hits.push({ index: m.index, end: m.index + m[0].length });
  return hits;
}

const digitCount = (s: string) => s.replace(/\D/g, '').length;
/** A phone number's digits (after a phone word): 7 to 15 digits, separators allowed. */
const PHONE_NUMBER = '(\\+?\\(?\\d[\\d \\t().\\-]{5,20}\\d)';
const AFTER_PHONE_WORD = `[\\s:：.\\-]{0,4}(?:(?:number|nummer|nr|no|n°|numéro|número|numero|番号)[\\s:：.]{0,3})?${PHONE_NUMBER}`;
/** Shapes that are phone numbers without a phone word; no order id or tracking number has them. */
const PHONE_SHAPES: readonly RegExp[] = [
  // +49 30 1234567, +1 (555) 123-4567, +86 138 0013 8000
  /(?<![\p{L}\p{N}+])\+\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,5}){1,4}(?![\d-])/gu,
  // (555) 123-4567, 555-123-4567, 1-555-123-4567 (never inside a longer dash chain such as an order id)
  /(?<![\d-])(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d-])/g,
  // Japanese 03-1234-5678, 090-1234-5678
  /(?<![\d-])0\d{1,4}-\d{1,4}-\d{4}(?![\d-])/g,
];

const phoneWordRegexes = new Map<Language, RegExp>();
function phoneHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (phoneWordRegexes.size === 0) {
    for (const [language, words] of Object.entries(PHONE_WORDS) as [Language, readonly string[]][]) {
      const lead = NO_SPACE_LANGUAGES.has(language) ? '' : LETTER_BEFORE;
      const source = `${lead}(?:${words.map(spaced).join('|')})(?![\\p{L}])${AFTER_PHONE_WORD}`;
      phoneWordRegexes.set(language, new RegExp(source, 'giu'));
    }
  }
  for (const re of phoneWordRegexes.values()) {
    for (const m of text.matchAll(re)) {
      const digits = digitCount(m[1] ?? '');
      if (digits >= 7 && digits <= 15) hits.push({ index: m.index, end: m.index + m[0].length });
    }
  }
  for (const re of PHONE_SHAPES) {
    for (const m of text.matchAll(re)) {
      const digits = digitCount(m[0]);
      if (digits >= 8 && digits <= 15) hits.push({ index: m.index, end: m.index + m[0].length });
    }
  }
  return hits;
}

/** Sentence spans: ends at . ! ? followed by a space or the end, at 。！？, or at a line break. */
function sentences(text: string): Hit[] {
  const spans: Hit[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s|$)|[。！？]+|\n/g)) {
    const end = m.index + m[0].length;
    spans.push({ index: start, end });
    start = end;
  }
  if (start < text.length) spans.push({ index: start, end: text.length });
  return spans;
}

function togetherHits(text: string, first: Phrases, second: Phrases): Hit[] {
  const a = phraseHits(text, first);
  const b = phraseHits(text, second);
  if (a.length === 0 || b.length === 0) return [];
  const hits: Hit[] = [];
  for (const s of sentences(text)) {
    const inside = (h: Hit) => h.index >= s.index && h.end <= s.end;
    const x = a.filter(inside).sort((p, q) => p.index - q.index)[0];
    const y = b.filter((h) => inside(h) && (!x || h.end <= x.index || h.index >= x.end)).sort((p, q) => p.index - q.index)[0];
    if (x && y) hits.push({ index: Math.min(x.index, y.index), end: Math.max(x.end, y.end) });
  }
  return hits;
}

function hitsOf(text: string, finder: Finder): Hit[] {
  switch (finder.kind) {
    case 'phrases':
      return phraseHits(text, finder.phrases);
    case 'links':
      return linkHits(text, finder.allowedHost);
    case 'emails':
      return emailHits(text);
    case 'phones':
      return phoneHits(text);
    case 'together':
      return togetherHits(text, finder.first, finder.second);
  }
}

/**
 * Full-width ASCII (Japanese keyboards: "ｗｗｗ．ｓｈｏｐ．ｃｏｍ", "０９０－") to ASCII, curly apostrophes to
 * straight, ideographic spaces to spaces. Every change keeps the length, so offsets stay the text's own.
 */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u2019]/g, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u2019') return "'";
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}

/** Messages longer than this are checked in their first part only (no marketplace accepts more). */
const MAX_CHECKED_CHARS = 20_000;

/** What in `text` the platform's messaging policy forbids, in text order; empty when nothing. */
export function complianceWarnings(text: string, platform: Platform): ComplianceWarning[] {
  const source = text.length > MAX_CHECKED_CHARS ? text.slice(0, MAX_CHECKED_CHARS) : text;
  const folded = foldWidth(source);
  const warnings: ComplianceWarning[] = [];
  const seen = new Set<string>();
  for (const spec of COMPLIANCE_RULES) {
    if (spec.platform !== platform) continue;
    const hits = spec.find.flatMap((finder) => hitsOf(folded, finder)).sort((p, q) => p.index - q.index || q.end - p.end);
    let coveredUntil = -1;
    for (const hit of hits) {
      // One warning per stretch of text per rule: "+1 555-123-4567" is one phone number, not two.
      if (hit.index < coveredUntil) continue;
      coveredUntil = hit.end;
      const key = `${spec.rule}:${hit.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push({ rule: spec.rule, match: source.slice(hit.index, hit.end), index: hit.index });
    }
  }
  return warnings.sort((p, q) => p.index - q.index);
}
