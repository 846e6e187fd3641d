// SLA policies as data: the platforms' published reply deadlines and the team's targets by category, so the
// settings page can edit every value and `deadlinesFor` applies them without platform-specific branches.
import { CATEGORIES, MESSAGE_KINDS, PLATFORMS, type Category, type MessageKind, type Platform, type Priority } from '../model';

/** 'case': eBay item-not-received, return and not-as-described requests; 'message': everything else. */
export { MESSAGE_KINDS, type MessageKind };

export type ReplyWindow = { kind: 'elapsed'; hours: number } | { kind: 'business-days'; days: number };

export interface PlatformRule {
  platform: Platform;
  /** Which kinds the rule covers. */
  kinds: MessageKind[];
  /** Etsy: only the first message of a thread. */
  firstInThreadOnly: boolean;
  window: ReplyWindow;
  /** One line: which published rule this encodes. */
  source: string;
}

export interface CategoryTarget {
  firstResponseHours: number;
  resolutionHours: number;
  tier: Priority;
}

export interface SlaPolicies {
  platformRules: PlatformRule[];
  categoryTargets: Record<Category, CategoryTarget>;
  /** Extra days off per marketplace country, ISO dates 'YYYY-MM-DD' (e.g. a local strike day). */
  customDaysOff: Record<string, string[]>;
}

const PRIORITIES: readonly Priority[] = ['A', 'B', 'C'];

// Bounds keep a hand-edited or imported policy from making a deadline absurd or a business-day walk endless.
const MAX_HOURS = 24 * 366;
const MAX_BUSINESS_DAYS = 60;
const MAX_DAYS_OFF_PER_COUNTRY = 366;

export const DEFAULT_POLICIES: SlaPolicies = deepFreeze({
  platformRules: [
    {
      platform: 'amazon',
      kinds: ['message', 'case'],
      firstInThreadOnly: false,
      window: { kind: 'elapsed', hours: 24 },
      source: 'Amazon Contact Response Time: answer every buyer message within 24 hours, weekends and holidays included',
    },
    {
      platform: 'ebay',
      kinds: ['case'],
      firstInThreadOnly: false,
      window: { kind: 'business-days', days: 3 },
      source: 'eBay Money Back Guarantee: respond to item-not-received, return and not-as-described requests within 3 business days',
    },
    {
      platform: 'etsy',
      kinds: ['message', 'case'],
      firstInThreadOnly: true,
      window: { kind: 'elapsed', hours: 24 },
      source: 'Etsy Star Seller: reply to the first message of a conversation within 24 hours',
    },
  ],
  categoryTargets: {
    dispute: { firstResponseHours: 1, resolutionHours: 24, tier: 'A' },
    order: { firstResponseHours: 2, resolutionHours: 4, tier: 'A' },
    return: { firstResponseHours: 1, resolutionHours: 24, tier: 'A' },
    quality: { firstResponseHours: 2, resolutionHours: 48, tier: 'A' },
    shipping: { firstResponseHours: 4, resolutionHours: 24, tier: 'B' },
    product: { firstResponseHours: 12, resolutionHours: 48, tier: 'B' },
    feedback: { firstResponseHours: 24, resolutionHours: 72, tier: 'C' },
    other: { firstResponseHours: 12, resolutionHours: 48, tier: 'B' },
  },
  customDaysOff: {},
});

/** Validates an unknown value (from storage or an import) into SlaPolicies, or throws an Error whose message says what is wrong. Partial objects are NOT merged silently: missing/invalid fields are errors. */
export function parsePolicies(value: unknown): SlaPolicies {
  const root = record(value, 'policies', ['platformRules', 'categoryTargets', 'customDaysOff']);
  return {
    platformRules: array(root.platformRules, 'policies.platformRules').map((rule, i) =>
      parseRule(rule, `policies.platformRules[${i}]`),
    ),
    categoryTargets: parseTargets(root.categoryTargets, 'policies.categoryTargets'),
    customDaysOff: parseDaysOff(root.customDaysOff, 'policies.customDaysOff'),
  };
}

function parseRule(value: unknown, path: string): PlatformRule {
  const r = record(value, path, ['platform', 'kinds', 'firstInThreadOnly', 'window', 'source']);
  const kinds = array(r.kinds, `${path}.kinds`).map((k, i) => oneOf(k, MESSAGE_KINDS, `${path}.kinds[${i}]`));
  if (kinds.length === 0) fail(`${path}.kinds must name at least one of ${MESSAGE_KINDS.join(', ')}`);
  if (new Set(kinds).size !== kinds.length) fail(`${path}.kinds lists a kind twice`);
  if (typeof r.firstInThreadOnly !== 'boolean') fail(`${path}.firstInThreadOnly must be true or false, got ${show(r.firstInThreadOnly)}`);
  if (typeof r.source !== 'string' || r.source.trim() === '') fail(`${path}.source must be a non-empty string, got ${show(r.source)}`);
  return {
    platform: oneOf(r.platform, PLATFORMS, `${path}.platform`),
    kinds,
    firstInThreadOnly: r.firstInThreadOnly,
    window: parseWindow(r.window, `${path}.window`),
    source: r.source,
  };
}

function parseWindow(value: unknown, path: string): ReplyWindow {
  const kind = value !== null && typeof value === 'object' ? (value as Record<string, unknown>).kind : undefined;
  if (kind === 'elapsed') {
    const w = record(value, path, ['kind', 'hours']);
    return { kind, hours: hours(w.hours, `${path}.hours`) };
  }
  if (kind === 'business-days') {
    const w = record(value, path, ['kind', 'days']);
    if (typeof w.days !== 'number' || !Number.isInteger(w.days) || w.days < 1 || w.days > MAX_BUSINESS_DAYS) {
      fail(`${path}.days must be a whole number of business days from 1 to ${MAX_BUSINESS_DAYS}, got ${show(w.days)}`);
    }
    return { kind, days: w.days };
  }
  return fail(`${path}.kind must be 'elapsed' or 'business-days', got ${show(kind)}`);
}

function parseTargets(value: unknown, path: string): Record<Category, CategoryTarget> {
  const r = record(value, path, CATEGORIES);
  const entries = CATEGORIES.map((category): [Category, CategoryTarget] => {
    const p = `${path}.${category}`;
    const t = record(r[category], p, ['firstResponseHours', 'resolutionHours', 'tier']);
    const firstResponseHours = hours(t.firstResponseHours, `${p}.firstResponseHours`);
    const resolutionHours = hours(t.resolutionHours, `${p}.resolutionHours`);
    if (resolutionHours < firstResponseHours) {
      fail(`${p}.resolutionHours (${resolutionHours}) must not be less than firstResponseHours (${firstResponseHours})`);
    }
    return [category, { firstResponseHours, resolutionHours, tier: oneOf(t.tier, PRIORITIES, `${p}.tier`) }];
  });
  return Object.fromEntries(entries) as Record<Category, CategoryTarget>;
}

function parseDaysOff(value: unknown, path: string): Record<string, string[]> {
  const r = record(value, path, null);
  const out: Record<string, string[]> = {};
  for (const [country, dates] of Object.entries(r)) {
    const p = `${path}.${country}`;
    if (!/^[A-Z]{2}$/.test(country)) fail(`${path} keys must be ISO 3166 alpha-2 country codes such as 'GB' or 'US', got ${show(country)}`);
    const list = array(dates, p);
    if (list.length > MAX_DAYS_OFF_PER_COUNTRY) fail(`${p} lists ${list.length} days off; at most ${MAX_DAYS_OFF_PER_COUNTRY} are allowed`);
    out[country] = list.map((d, i) => {
      if (typeof d !== 'string' || !isIsoDate(d)) fail(`${p}[${i}] must be a date 'YYYY-MM-DD', got ${show(d)}`);
      return d;
    });
  }
  return out;
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s; // rejects 2026-02-30 and friends
}

/** A plain object; `keys` are exactly the fields it must have (null: any keys). */
function record(value: unknown, path: string, keys: readonly string[] | null): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(`${path} must be an object, got ${show(value)}`);
  const r = value as Record<string, unknown>;
  if (keys) {
    const missing = keys.filter((k) => !Object.hasOwn(r, k));
    if (missing.length > 0) fail(`${path} is missing ${missing.map((k) => `'${k}'`).join(', ')}`);
    // Unknown fields are rejected rather than dropped: in an edited file they are usually a misspelt field.
    const unknown = Object.keys(r).filter((k) => !keys.includes(k));
    if (unknown.length > 0) fail(`${path} has unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `'${k}'`).join(', ')}`);
  }
  return r;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(`${path} must be an array, got ${show(value)}`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(`${path} must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got ${show(value)}`);
  }
  return value as T;
}

function hours(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_HOURS) {
    fail(`${path} must be a number of hours greater than 0 and at most ${MAX_HOURS}, got ${show(value)}`);
  }
  return value;
}

function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const json = JSON.stringify(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

function fail(message: string): never {
  throw new Error(`Invalid SLA policies: ${message}`);
}

/** A short stable string that changes whenever anything in the policies changes (used to know when to recompute). */
export function policiesFingerprint(p: SlaPolicies): string {
  return hash53(canonicalJson(p)).toString(36);
}

/** JSON with object keys sorted, so the same policies give the same text whatever order their keys were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash; collisions only cost a missed recompute, and 53 bits make them negligible. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

// The defaults are shared by every caller: freezing makes an accidental in-place edit fail loudly.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
