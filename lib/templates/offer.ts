// What the sidebar's template panel shows for one conversation, decided here so the component stays thin: the
// best templates for the query (searchTemplates), each rendered for this buyer with its gaps and its
// compliance warnings, and which template a key press (its own shortcut, e.g. "alt+1") asks for.
import type { Conversation, Template } from '../model';
import { adapterFor } from '../platforms/registry';
import { replyBy } from '../shifts/reply-by';
import { DEFAULT_SHIFTS, type Shift } from '../shifts/schedule';
import { complianceWarnings, type ComplianceWarning } from './compliance';
import { renderTemplate, templateVariables, type Rendered, type TemplateVariables } from './render';
import { searchTemplates } from './search';

export interface TemplateOffer {
  template: Template;
  rendered: Rendered;
  warnings: ComplianceWarning[];
}

/** A handful: the panel is a quick pick beside the reply box, not the library's editor. */
export const OFFER_LIMIT = 5;

/** The buyer's clock and language: the marketplace's (a buyer on amazon.de reads German dates in Berlin time). */
export function buyerClock(url: string): { zone: string; locale: string } {
  try {
    const parsed = new URL(url);
    const market = adapterFor(parsed)?.marketplaceFor(parsed);
    if (market) return { zone: market.zone, locale: market.locale };
  } catch {
    // A stored URL that does not parse: fall back below rather than show no templates.
  }
  return { zone: 'UTC', locale: 'en-US' };
}

/**
 * What the team's settings put into templates: who signs ({{agentName}}, {{shopName}}) and when the team works
 * ({{replyBy}}). The background builds it from the stored settings (lib/templates/sidebar-context.ts) and
 * hands it to the sidebar, whose frame cannot open the database; days off come as dates, already worked out,
 * so the sidebar needs no holiday tables.
 */
export interface TemplateContext {
  agentName: string;
  shopName: string;
  shifts: Shift[];
  /** Team days off, ISO dates in the team's zone, around now. */
  daysOff: string[];
}

/** Before the settings arrive (or where none are stored): the default shifts, no names (they show as gaps). */
export const DEFAULT_TEMPLATE_CONTEXT: TemplateContext = { agentName: '', shopName: '', shifts: DEFAULT_SHIFTS, daysOff: [] };

/**
 * The values for this conversation. {{replyBy}} is the honest promise for the team's shifts and days off,
 * within the platform's deadline when the team can meet it; when no shift runs in the look-ahead it stays
 * unfilled, so the agent sees the gap rather than a made-up time. An unset agent or shop name stays a
 * visible [agentName] / [shopName] for the same reason.
 */
export function variablesFor(conversation: Conversation, now: number, context: TemplateContext = DEFAULT_TEMPLATE_CONTEXT): TemplateVariables {
  const clock = buyerClock(conversation.url);
  const daysOff = new Set(context.daysOff);
  const promise = replyBy({
    now,
    shifts: context.shifts,
    isDayOff: daysOff.size > 0 ? (isoDate) => daysOff.has(isoDate) : undefined,
    platformDeadline: conversation.platformDueAt,
    buyerZone: clock.zone,
    buyerLocale: clock.locale,
  });
  return templateVariables({
    conversation,
    now,
    buyerZone: clock.zone,
    buyerLocale: clock.locale,
    replyBy: promise?.text,
    agentName: context.agentName,
    shopName: context.shopName,
  });
}

/** The templates to offer, best first, rendered for this conversation; one whose body does not parse is left out. */
export function templateOffers(
  templates: readonly Template[],
  query: string,
  conversation: Conversation,
  now: number,
  limit = OFFER_LIMIT,
  context: TemplateContext = DEFAULT_TEMPLATE_CONTEXT,
): TemplateOffer[] {
  const found = searchTemplates(
    templates,
    query,
    { platform: conversation.platform, language: conversation.triage?.language ?? 'en', category: conversation.category },
    // Room for bodies that fail to render, so the panel still shows `limit`.
    limit + 5,
  );
  const variables = variablesFor(conversation, now, context);
  const offers: TemplateOffer[] = [];
  for (const template of found) {
    if (offers.length >= limit) break;
    const offer = offerFor(template, conversation, now, variables);
    if (offer) offers.push(offer);
  }
  return offers;
}

/** One template rendered for this conversation, or null when its body does not parse. */
export function offerFor(
  template: Template,
  conversation: Conversation,
  now: number,
  variables: TemplateVariables = variablesFor(conversation, now),
): TemplateOffer | null {
  let rendered: Rendered;
  try {
    rendered = renderTemplate(template.body, variables);
  } catch {
    return null; // an imported template with unsupported syntax: the importer reports it; here it is not offered
  }
  return { template, rendered, warnings: complianceWarnings(rendered.text, conversation.platform) };
}

export interface ShortcutKey {
  key: string;
  code?: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/**
 * Whether a key press is `shortcut` ("alt+1", "ctrl+shift+k"). The key is compared by its physical code too:
 * on a Mac, Option+1 types "¡", so event.key alone would never match "alt+1".
 */
export function matchesShortcut(shortcut: string, event: ShortcutKey): boolean {
  const parts = shortcut.toLowerCase().split('+').map((p) => p.trim()).filter(Boolean);
  const key = parts.pop();
  if (!key) return false;
  const mods = new Set(parts);
  if (mods.has('alt') !== event.altKey || mods.has('ctrl') !== event.ctrlKey || mods.has('shift') !== event.shiftKey) return false;
  if ((mods.has('meta') || mods.has('cmd')) !== event.metaKey) return false;
  if (event.key.toLowerCase() === key) return true;
  const code = /^[0-9]$/.test(key) ? `Digit${key}` : /^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : null;
  return code !== null && event.code === code;
}

/** The template whose own shortcut this key press is, if any (only key presses with a modifier qualify). */
export function templateForShortcut(templates: readonly Template[], event: ShortcutKey, platform: Conversation['platform']): Template | null {
  if (!event.altKey && !event.ctrlKey && !event.metaKey) return null; // plain typing goes to the search
  const available = (t: Template) => t.platforms.length === 0 || t.platforms.includes(platform);
  return templates.find((template) => available(template) && template.shortcut && matchesShortcut(template.shortcut, event)) ?? null;
}
