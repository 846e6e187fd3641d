// Rendering templates: every variable, visible placeholders for missing values, unknown tags left as written,
// the cursor stop, plain text (no HTML escaping, markup stays text), rejected logic (sections and the like),
// the values one conversation gives, and first names.
import { DateTime } from 'luxon';
import Mustache from 'mustache';
import { describe, expect, it } from 'vitest';
import { formatReplyBy } from '@/lib/shifts/reply-by';
import { DEFAULT_TEMPLATES } from '@/lib/templates/default-pack';
import {
  firstNameOf,
  renderTemplate,
  TemplateSyntaxError,
  templateSyntaxProblems,
  templateVariables,
  TEMPLATE_VARIABLE_NAMES,
  type TemplateVariables,
} from '@/lib/templates/render';

const FULL: Required<TemplateVariables> = {
  buyerName: 'Emma Whitfield',
  buyerFirstName: 'Emma',
  orderId: '114-3941689-8772232',
  itemTitle: 'Brass desk lamp',
  trackingNumber: '1Z999AA10123456784',
  agentName: 'Lina',
  shopName: 'Northwind Home',
  today: 'January 17, 2026',
  replyBy: 'Monday, 10:00 AM EST',
};

describe('renderTemplate', () => {
  it('fills every variable', () => {
    const body = TEMPLATE_VARIABLE_NAMES.map((name) => `${name}={{${name}}}`).join('\n');
    const rendered = renderTemplate(body, FULL);
    expect(rendered.text).toBe(
      [
        'buyerName=Emma Whitfield',
        'buyerFirstName=Emma',
        'orderId=114-3941689-8772232',
        'itemTitle=Brass desk lamp',
        'trackingNumber=1Z999AA10123456784',
        'agentName=Lina',
        'shopName=Northwind Home',
        'today=January 17, 2026',
        'replyBy=Monday, 10:00 AM EST',
      ].join('\n'),
    );
    expect(rendered).toMatchObject({ missing: [], unknown: [], cursor: null, parts: [{ text: rendered.text }] });
  });

  it('reads tags with spaces and the triple and & forms the same way', () => {
    expect(renderTemplate('{{ orderId }}|{{{orderId}}}|{{& orderId}}', FULL).text).toBe('114-3941689-8772232|114-3941689-8772232|114-3941689-8772232');
  });

  it('leaves a missing variable visible as [name], reports it once, and marks its part', () => {
    const rendered = renderTemplate('Hello {{buyerName}}, order {{orderId}} ({{orderId}}) ships today.', { buyerName: 'Emma' });
    expect(rendered.text).toBe('Hello Emma, order [orderId] ([orderId]) ships today.');
    expect(rendered.missing).toEqual(['orderId']);
    expect(rendered.parts).toEqual([
      { text: 'Hello Emma, order ' },
      { text: '[orderId]', missing: 'orderId' },
      { text: ' (' },
      { text: '[orderId]', missing: 'orderId' },
      { text: ') ships today.' },
    ]);
  });

  it('treats a blank value as missing: never a silent gap', () => {
    const rendered = renderTemplate('Hi {{buyerFirstName}},', { buyerFirstName: '  ' });
    expect(rendered.text).toBe('Hi [buyerFirstName],');
    expect(rendered.missing).toEqual(['buyerFirstName']);
  });

  it('reports missing variables in order of first appearance', () => {
    expect(renderTemplate('{{shopName}} {{orderId}} {{shopName}} {{today}}', {}).missing).toEqual(['shopName', 'orderId', 'today']);
  });

  it('leaves unknown tags as written and reports them', () => {
    const rendered = renderTemplate('Order {{orderNumber}} for {{ buyer.name }} by {{agentName}}', { agentName: 'Lina' });
    expect(rendered.text).toBe('Order {{orderNumber}} for {{ buyer.name }} by Lina');
    expect(rendered.unknown).toEqual(['{{orderNumber}}', '{{ buyer.name }}']);
    expect(rendered.missing).toEqual([]);
    expect(rendered.parts).toEqual([
      { text: 'Order ' },
      { text: '{{orderNumber}}', unknown: true },
      { text: ' for ' },
      { text: '{{ buyer.name }}', unknown: true },
      { text: ' by Lina' },
    ]);
  });

  it('removes {{cursor}} and gives its offset in the rendered text', () => {
    const rendered = renderTemplate('Hello {{buyerName}},\n\n{{cursor}}\n\nKind regards,\n{{agentName}}', FULL);
    expect(rendered.text).toBe('Hello Emma Whitfield,\n\n\n\nKind regards,\nLina');
    expect(rendered.cursor).toBe('Hello Emma Whitfield,\n\n'.length);
    expect(rendered.text.slice(0, rendered.cursor!)).toBe('Hello Emma Whitfield,\n\n');
  });

  it('counts the cursor offset after placeholders of missing values, and keeps the first of two cursors', () => {
    const rendered = renderTemplate('{{orderId}}: {{cursor}}x{{cursor}}y', {});
    expect(rendered.text).toBe('[orderId]: xy');
    expect(rendered.cursor).toBe('[orderId]: '.length);
  });

  it('has no cursor when the template has none', () => {
    expect(renderTemplate('Thanks!', {}).cursor).toBeNull();
  });

  it('keeps markup in a value as literal text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const rendered = renderTemplate('Hi {{buyerName}} / {{{buyerName}}}', { buyerName: evil });
    expect(rendered.text).toBe(`Hi ${evil} / ${evil}`);
  });

  it('does not HTML-escape & or quotes (the text goes into a text box, not HTML)', () => {
    const rendered = renderTemplate("{{shopName}} — {{itemTitle}}", { shopName: 'Smith & Sons', itemTitle: `Tom's "Deluxe" <lamp>` });
    expect(rendered.text).toBe(`Smith & Sons — Tom's "Deluxe" <lamp>`);
  });

  it('never re-reads a value as a template', () => {
    expect(renderTemplate('{{buyerName}}', { buyerName: '{{orderId}} {{#x}}' }).text).toBe('{{orderId}} {{#x}}');
  });

  it('keeps the template text exactly, apart from the tags (whitespace, newlines, Japanese)', () => {
    const body = '{{buyerName}} 様\n\n  ご注文（注文番号：{{orderId}}）\t\n';
    expect(renderTemplate(body, FULL).text).toBe('Emma Whitfield 様\n\n  ご注文（注文番号：114-3941689-8772232）\t\n');
  });

  it('gives the same text as Mustache.render with escaping off, for every pack template', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(renderTemplate(t.body, FULL).text, t.name).toBe(Mustache.render(t.body, FULL, {}, { escape: (value: string) => value }));
    }
  });

  it('cuts the text into parts that join back to it', () => {
    const rendered = renderTemplate('{{buyerName}} {{orderId}} {{nope}} {{shopName}}', { buyerName: 'Emma' });
    expect(rendered.parts.map((p) => p.text).join('')).toBe(rendered.text);
  });
});

describe('logic-less: sections, partials, comments and delimiter changes are rejected', () => {
  it.each([
    ['{{#orderId}}Order {{orderId}}{{/orderId}}', '{{#orderId}} at character 1: sections'],
    ['Hi {{^buyerName}}there{{/buyerName}}', '{{^buyerName}} at character 4: inverted sections'],
    ['{{> signature}}', '{{> signature}} at character 1: partials'],
    ['{{! note to self }}Hello', '{{! note to self }} at character 1: comments'],
    ['{{=<% %>=}}<% orderId %>', '{{=<% %>=}} at character 1: delimiter changes'],
  ])('%s', (body, message) => {
    expect(templateSyntaxProblems(body)[0]).toContain(message);
    expect(() => renderTemplate(body, FULL)).toThrow(TemplateSyntaxError);
    expect(() => renderTemplate(body, FULL)).toThrow(message);
  });

  it('says why a broken template cannot be read', () => {
    expect(templateSyntaxProblems('Order {{orderId')).toEqual(['the template cannot be read: unclosed tag at character 16 (every "{{" needs its "}}")']);
    expect(templateSyntaxProblems('{{#a}} open')[0]).toBe(
      'the template cannot be read: unclosed section "a" at character 12 (Replyclock templates are plain text with {{variables}} only)',
    );
    expect(templateSyntaxProblems('{{/a}}')[0]).toContain('unopened section "a" at character 1');
  });

  it('finds nothing wrong with plain text and variables', () => {
    expect(templateSyntaxProblems('Hello {{buyerName}}, {{cursor}} {{unknownThing}} } { }}')).toEqual([]);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Emma Whitfield', 'Emma'],
    ['  Emma   Whitfield ', 'Emma'],
    ['Emma', 'Emma'],
    ['emma whitfield', 'Emma'], // typed in lower case
    ['EMMA WHITFIELD', 'Emma'],
    ['DeShawn Jones', 'DeShawn'], // mixed case is the person's own spelling
    ['Jean-Luc Picard', 'Jean-Luc'],
    ["Seán O'Brien", 'Seán'],
    ['Whitfield, Emma', 'Emma'],
    ['Dr. Emma Whitfield', 'Emma'],
    ['Mrs Emma Whitfield', 'Emma'],
    ['Frau Anna Müller', 'Anna'],
    ['Mme Claire Dubois', 'Claire'],
    ['Sr. José García', 'José'],
    ['Sig.ra Giulia Rossi', 'Giulia'],
    ['Mary J. Blige', 'Mary'],
    ['Иван Петров', 'Иван'],
    ['Emma Whitfield (gift)', 'Emma'],
  ])('%s → %s', (name, first) => {
    expect(firstNameOf(name)).toBe(first);
  });

  it.each([
    ['山田 太郎'], // Japanese: family name first, addressed in full (with 様)
    ['山田太郎'],
    ['王小明'],
    ['김민준'],
  ])('%s is used in full', (name) => {
    expect(firstNameOf(name)).toBe(name);
  });

  it.each([
    ['mira.kettle'], // user ids
    ['pollyanna_b'],
    ['rheinland_retro'],
    ['buyer1987'],
    ['mirakettle'],
    ['j***n'], // masked
    ['someone@example.com'],
    ['Dr. Whitfield'], // title and surname: no first name to use
    ['Herr Müller'],
    ['J. Smith'], // an initial
    ['J Smith'],
    ['ACME GmbH'], // companies
    ['Northwind Ltd.'],
    [''],
    ['   '],
  ])('%s is no first name', (name) => {
    expect(firstNameOf(name)).toBe('');
  });
});

describe('templateVariables', () => {
  const berlinEvening = DateTime.fromISO('2026-01-16T23:30', { zone: 'Europe/Berlin' }).toMillis(); // 17:30 in New York

  it('takes the buyer, first name and order from the conversation, the rest from the input', () => {
    expect(
      templateVariables({
        conversation: { buyer: ' Emma  Whitfield ', orderId: '114-3941689-8772232', subject: 'Where is my order?', platform: 'amazon', marketplace: 'US' },
        agentName: 'Lina',
        shopName: 'Northwind Home',
        trackingNumber: '1Z999AA10123456784',
        itemTitle: 'Brass desk lamp',
        replyBy: 'Monday, 10:00 AM EST',
        now: berlinEvening,
        buyerZone: 'America/New_York',
        buyerLocale: 'en-US',
      }),
    ).toEqual({
      buyerName: 'Emma Whitfield',
      buyerFirstName: 'Emma',
      orderId: '114-3941689-8772232',
      itemTitle: 'Brass desk lamp',
      trackingNumber: '1Z999AA10123456784',
      agentName: 'Lina',
      shopName: 'Northwind Home',
      today: 'January 16, 2026',
      replyBy: 'Monday, 10:00 AM EST',
    });
  });

  it('leaves out what is unknown, so it renders as a visible placeholder', () => {
    const values = templateVariables({
      conversation: { buyer: 'mira.kettle', orderId: null, subject: 'Question about my order', platform: 'etsy', marketplace: 'US' },
      now: berlinEvening,
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(values).toEqual({ buyerName: 'mira.kettle', today: 'January 16, 2026' });
    expect(renderTemplate('Hi {{buyerFirstName}}, about {{orderId}} and {{itemTitle}}', values).missing).toEqual(['buyerFirstName', 'orderId', 'itemTitle']);
  });

  it("uses an eBay conversation's subject (the listing title) as the item title, without Re:", () => {
    const values = templateVariables({
      conversation: { buyer: 'rheinland_retro', orderId: '03-13579-24680', subject: 'AW: Retro-Telefon W48, grün', platform: 'ebay', marketplace: 'DE' },
      now: berlinEvening,
      buyerZone: 'Europe/Berlin',
      buyerLocale: 'de-DE',
    });
    expect(values.itemTitle).toBe('Retro-Telefon W48, grün');
    expect(values.today).toBe('16. Januar 2026');
  });

  it('prefers the given item title to the eBay subject', () => {
    const values = templateVariables({
      conversation: { buyer: 'x', orderId: null, subject: 'Vintage brass desk lamp', platform: 'ebay', marketplace: 'US' },
      itemTitle: 'Brass lamp (1970s)',
      now: berlinEvening,
      buyerZone: 'America/New_York',
      buyerLocale: 'en-US',
    });
    expect(values.itemTitle).toBe('Brass lamp (1970s)');
  });

  it('writes today as the buyer reads it, in the buyer zone', () => {
    const at = (zone: string, locale: string) =>
      templateVariables({ conversation: { buyer: '', orderId: null, subject: '', platform: 'amazon', marketplace: 'X' }, now: berlinEvening, buyerZone: zone, buyerLocale: locale }).today;
    expect(at('Asia/Tokyo', 'ja-JP')).toBe('2026年1月17日'); // already Saturday in Tokyo
    expect(at('Europe/Paris', 'fr-FR')).toBe('16 janvier 2026');
    expect(at('Europe/Madrid', 'es-ES')).toBe('16 de enero de 2026');
    expect(at('Europe/Rome', 'it-IT')).toBe('16 gennaio 2026');
    expect(at('Europe/London', 'en-GB')).toBe('16 January 2026');
    expect(at('Not/A_Zone', 'en-US')).toBeUndefined(); // a wrong date is worse than the placeholder
  });

  it('fills a Japanese holding reply end to end with the promised time', () => {
    const promise = DateTime.fromISO('2026-01-19T10:00', { zone: 'Asia/Tokyo' }).toMillis();
    const values = templateVariables({
      conversation: { buyer: '山田 太郎', orderId: '250-1234567-1234567', subject: '', platform: 'amazon', marketplace: 'JP' },
      agentName: '李',
      shopName: 'Northwind Home',
      replyBy: formatReplyBy(promise, 'Asia/Tokyo', 'ja-JP'),
      now: berlinEvening,
      buyerZone: 'Asia/Tokyo',
      buyerLocale: 'ja-JP',
    });
    const template = DEFAULT_TEMPLATES.find((t) => t.name === 'Holding reply · ja')!;
    const rendered = renderTemplate(template.body, values);
    expect(rendered.missing).toEqual([]);
    expect(rendered.text).toContain('山田 太郎 様');
    expect(rendered.text).toContain('月曜日 10:00までに');
  });
});
