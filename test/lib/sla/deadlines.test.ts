// Table tests for deadlinesFor and the policy model: each platform rule, team targets, which one is due,
// coarse precision, edited policies, and parsePolicies' errors. Expected instants are written out by hand.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Category, Platform, TimePrecision } from '@/lib/model';
import { deadlinesFor, type DeadlineInput, type Deadlines } from '@/lib/sla/deadlines';
import { DEFAULT_POLICIES, parsePolicies, policiesFingerprint, type MessageKind, type SlaPolicies } from '@/lib/sla/policies';

const at = (iso: string, zone: string): number => {
  const dt = DateTime.fromISO(iso, { zone });
  if (!dt.isValid) throw new Error(`bad test date ${iso}`);
  return dt.toMillis();
};
const show = (ms: number | undefined, zone: string): string | null =>
  ms === undefined ? null : DateTime.fromMillis(ms, { zone }).toISO();

interface Row {
  name: string;
  platform: Platform;
  marketplace: string;
  category: Category;
  kind?: MessageKind;
  firstInThread?: boolean;
  wrote: string; // wall time in `zone`
  zone: string;
  precision?: TimePrecision;
  platformDue: string | null; // expected ISO with offset, in `zone`
  teamDue: string;
  dueIs: Deadlines['dueIs'];
}

const LA = 'America/Los_Angeles';
const LONDON = 'Europe/London';

const ROWS: Row[] = [
  {
    name: 'Amazon, the night before the US spring change: 24 real hours, so 00:30 PDT two days on',
    platform: 'amazon',
    marketplace: 'US',
    category: 'feedback',
    wrote: '2026-03-07T23:30',
    zone: LA,
    platformDue: '2026-03-09T00:30:00.000-07:00',
    teamDue: '2026-03-09T00:30:00.000-07:00',
    dueIs: 'platform', // a tie goes to the platform
  },
  {
    name: 'Amazon across the US autumn change: 11:00 PST the next day',
    platform: 'amazon',
    marketplace: 'US',
    category: 'product',
    wrote: '2026-10-31T12:00',
    zone: LA,
    platformDue: '2026-11-01T11:00:00.000-08:00',
    teamDue: '2026-11-01T00:00:00.000-07:00',
    dueIs: 'team',
  },
  {
    name: 'Amazon on a Saturday and a holiday still counts every hour (UK, Christmas Day)',
    platform: 'amazon',
    marketplace: 'UK',
    category: 'other',
    wrote: '2026-12-25T10:00',
    zone: LONDON,
    platformDue: '2026-12-26T10:00:00.000+00:00',
    teamDue: '2026-12-25T22:00:00.000+00:00',
    dueIs: 'team',
  },
  {
    name: 'Amazon dispute: the 1 h team target wins',
    platform: 'amazon',
    marketplace: 'DE',
    category: 'dispute',
    wrote: '2026-06-10T09:15',
    zone: 'Europe/Berlin',
    platformDue: '2026-06-11T09:15:00.000+02:00',
    teamDue: '2026-06-10T10:15:00.000+02:00',
    dueIs: 'team',
  },
  {
    name: 'eBay UK return request on Christmas Eve: past Dec 25 and the Dec 28 Boxing Day substitute to Thu Dec 31',
    platform: 'ebay',
    marketplace: 'UK',
    category: 'return',
    kind: 'case',
    wrote: '2026-12-24T15:00',
    zone: LONDON,
    platformDue: '2026-12-31T15:00:00.000+00:00',
    teamDue: '2026-12-24T16:00:00.000+00:00',
    dueIs: 'team',
  },
  {
    name: 'eBay US case over Thanksgiving (the day after is a business day)',
    platform: 'ebay',
    marketplace: 'US',
    category: 'feedback',
    kind: 'case',
    wrote: '2026-11-25T10:00',
    zone: LA,
    platformDue: '2026-12-01T10:00:00.000-08:00',
    teamDue: '2026-11-26T10:00:00.000-08:00',
    dueIs: 'team',
  },
  {
    name: 'eBay US case before the Independence Day substitute (Fri Jul 3)',
    platform: 'ebay',
    marketplace: 'US',
    category: 'feedback',
    kind: 'case',
    wrote: '2026-07-01T08:00',
    zone: LA,
    platformDue: '2026-07-07T08:00:00.000-07:00',
    teamDue: '2026-07-02T08:00:00.000-07:00',
    dueIs: 'team',
  },
  {
    name: 'eBay DE case across the EU spring change keeps the wall time',
    platform: 'ebay',
    marketplace: 'DE',
    category: 'product',
    kind: 'case',
    wrote: '2026-03-27T09:00',
    zone: 'Europe/Berlin',
    platformDue: '2026-04-01T09:00:00.000+02:00',
    teamDue: '2026-03-27T21:00:00.000+01:00',
    dueIs: 'team',
  },
  {
    name: 'eBay AU case before Easter (Good Friday and Easter Monday off, AEDT ends)',
    platform: 'ebay',
    marketplace: 'AU',
    category: 'feedback',
    kind: 'case',
    wrote: '2026-04-02T16:00',
    zone: 'Australia/Sydney',
    platformDue: '2026-04-09T16:00:00.000+10:00',
    teamDue: '2026-04-03T16:00:00.000+11:00',
    dueIs: 'team',
  },
  {
    name: 'eBay UK case on a Saturday counts from Monday 00:00',
    platform: 'ebay',
    marketplace: 'UK',
    category: 'feedback',
    kind: 'case',
    wrote: '2026-06-13T10:00',
    zone: LONDON,
    platformDue: '2026-06-18T00:00:00.000+01:00',
    teamDue: '2026-06-14T10:00:00.000+01:00',
    dueIs: 'team',
  },
  {
    name: 'eBay case on an unknown marketplace: 3 × 24 elapsed hours',
    platform: 'ebay',
    marketplace: 'XX',
    category: 'feedback',
    kind: 'case',
    wrote: '2026-05-01T10:00',
    zone: 'UTC',
    platformDue: '2026-05-04T10:00:00.000Z',
    teamDue: '2026-05-02T10:00:00.000Z',
    dueIs: 'team',
  },
  {
    name: 'eBay US member message: no platform deadline, team target only',
    platform: 'ebay',
    marketplace: 'US',
    category: 'shipping',
    kind: 'message',
    wrote: '2026-08-03T09:00',
    zone: LA,
    platformDue: null,
    teamDue: '2026-08-03T13:00:00.000-07:00',
    dueIs: 'team',
  },
  {
    name: 'Etsy first message of a thread: 24 h (feedback ties, platform wins)',
    platform: 'etsy',
    marketplace: 'US',
    category: 'feedback',
    firstInThread: true,
    wrote: '2026-07-01T09:00',
    zone: 'America/New_York',
    platformDue: '2026-07-02T09:00:00.000-04:00',
    teamDue: '2026-07-02T09:00:00.000-04:00',
    dueIs: 'platform',
  },
  {
    name: 'Etsy follow-up in a thread: no platform deadline',
    platform: 'etsy',
    marketplace: 'US',
    category: 'shipping',
    firstInThread: false,
    wrote: '2026-07-01T09:00',
    zone: 'America/New_York',
    platformDue: null,
    teamDue: '2026-07-01T13:00:00.000-04:00',
    dueIs: 'team',
  },
];

describe('deadlinesFor', () => {
  it.each(ROWS)('$name', (row) => {
    const d = deadlinesFor({
      platform: row.platform,
      marketplace: row.marketplace,
      category: row.category,
      kind: row.kind ?? 'message',
      firstInThread: row.firstInThread ?? true,
      messageAt: at(row.wrote, row.zone),
      precision: row.precision ?? 'exact',
    });
    expect(show(d.platform?.at, row.zone)).toBe(row.platformDue);
    expect(show(d.teamTarget.at, row.zone)).toBe(row.teamDue);
    expect(d.dueIs).toBe(row.dueIs);
    expect(show(d.due.at, row.zone)).toBe(row.dueIs === 'platform' ? row.platformDue : row.teamDue);
    expect(d.platform?.approximate ?? false).toBe(false);
    expect(d.due.approximate).toBe(false);
  });

  it('marks every deadline approximate for a day-precision message (already the start of that day)', () => {
    const d = deadlinesFor({
      platform: 'amazon',
      marketplace: 'US',
      category: 'product',
      kind: 'message',
      firstInThread: true,
      messageAt: at('2026-05-10T00:00', LA),
      precision: 'day',
    });
    expect(d).toEqual({
      platform: { at: at('2026-05-11T00:00', LA), approximate: true },
      teamTarget: { at: at('2026-05-10T12:00', LA), approximate: true },
      resolveBy: { at: at('2026-05-12T00:00', LA), approximate: true },
      due: { at: at('2026-05-10T12:00', LA), approximate: true },
      dueIs: 'team',
      tier: 'B',
    });
  });

  it('marks an hour-precision business-day deadline approximate too', () => {
    const d = deadlinesFor({
      platform: 'ebay',
      marketplace: 'UK',
      category: 'feedback',
      kind: 'case',
      firstInThread: true,
      messageAt: at('2026-06-15T14:00', LONDON),
      precision: 'hour',
    });
    expect(d.platform).toEqual({ at: at('2026-06-18T14:00', LONDON), approximate: true });
    expect(d.teamTarget.approximate && d.resolveBy.approximate && d.due.approximate).toBe(true);
  });

  it.each([
    ['dispute', 1, 24, 'A'],
    ['order', 2, 4, 'A'],
    ['return', 1, 24, 'A'],
    ['quality', 2, 48, 'A'],
    ['shipping', 4, 24, 'B'],
    ['product', 12, 48, 'B'],
    ['feedback', 24, 72, 'C'],
    ['other', 12, 48, 'B'],
  ] as const)('team target for %s: first response %i h, resolution %i h, tier %s', (category, first, resolve, tier) => {
    const wrote = Date.UTC(2026, 0, 5, 9, 0);
    const d = deadlinesFor({
      platform: 'etsy',
      marketplace: 'US',
      category,
      kind: 'message',
      firstInThread: false,
      messageAt: wrote,
      precision: 'exact',
    });
    expect(d.teamTarget.at).toBe(wrote + first * 3600_000);
    expect(d.resolveBy.at).toBe(wrote + resolve * 3600_000);
    expect(d.tier).toBe(tier);
  });

  it('counts custom days off for the marketplace country', () => {
    const policies: SlaPolicies = { ...DEFAULT_POLICIES, customDaysOff: { GB: ['2026-12-29'] } };
    const d = deadlinesFor(
      {
        platform: 'ebay',
        marketplace: 'UK',
        category: 'feedback',
        kind: 'case',
        firstInThread: true,
        messageAt: at('2026-12-24T15:00', LONDON),
        precision: 'exact',
      },
      policies,
    );
    // Dec 29 off, Dec 30 and 31 count, Jan 1 is New Year's Day, then the weekend: Monday Jan 4.
    expect(show(d.platform?.at, LONDON)).toBe('2027-01-04T15:00:00.000+00:00');
  });

  it('applies edited policy values, not built-in numbers', () => {
    const edited = parsePolicies(JSON.parse(JSON.stringify(DEFAULT_POLICIES)));
    const ebay = edited.platformRules.find((r) => r.platform === 'ebay');
    if (!ebay) throw new Error('no eBay rule');
    ebay.window = { kind: 'business-days', days: 5 };
    ebay.kinds = ['case', 'message'];
    edited.categoryTargets.feedback = { firstResponseHours: 200, resolutionHours: 300, tier: 'A' };
    const input: DeadlineInput = {
      platform: 'ebay',
      marketplace: 'UK',
      category: 'feedback',
      kind: 'message',
      firstInThread: false,
      messageAt: at('2026-06-15T14:00', LONDON),
      precision: 'exact',
    };
    const d = deadlinesFor(input, edited);
    expect(show(d.platform?.at, LONDON)).toBe('2026-06-22T14:00:00.000+01:00');
    expect(d.dueIs).toBe('platform');
    expect(d.tier).toBe('A');
    expect(deadlinesFor(input).platform).toBeNull();
  });

  it('takes the earliest deadline when several rules cover a message', () => {
    const policies: SlaPolicies = {
      ...DEFAULT_POLICIES,
      platformRules: [
        ...DEFAULT_POLICIES.platformRules,
        { platform: 'ebay', kinds: ['case'], firstInThreadOnly: false, window: { kind: 'elapsed', hours: 30 }, source: 'test' },
      ],
    };
    const d = deadlinesFor(
      {
        platform: 'ebay',
        marketplace: 'UK',
        category: 'feedback',
        kind: 'case',
        firstInThread: true,
        messageAt: at('2026-06-15T14:00', LONDON),
        precision: 'exact',
      },
      policies,
    );
    expect(show(d.platform?.at, LONDON)).toBe('2026-06-16T20:00:00.000+01:00');
  });
});

describe('parsePolicies', () => {
  const valid = (): Record<string, unknown> => JSON.parse(JSON.stringify(DEFAULT_POLICIES)) as Record<string, unknown>;

  it('accepts DEFAULT_POLICIES round-tripped through JSON', () => {
    expect(parsePolicies(valid())).toEqual(DEFAULT_POLICIES);
  });

  it('returns a copy, not the object it was given', () => {
    const input = valid();
    const parsed = parsePolicies(input);
    parsed.categoryTargets.dispute.firstResponseHours = 5;
    expect((input.categoryTargets as SlaPolicies['categoryTargets']).dispute.firstResponseHours).toBe(1);
  });

  const edit = (change: (p: SlaPolicies) => void): unknown => {
    const p = valid() as unknown as SlaPolicies;
    change(p);
    return p;
  };

  it.each<[string, unknown, RegExp]>([
    ['not an object', null, /policies must be an object, got null/],
    ['an array', [], /policies must be an object/],
    ['a partial object', { platformRules: [] }, /policies is missing 'categoryTargets', 'customDaysOff'/],
    ['an unknown top-level field', { ...valid(), extra: 1 }, /policies has unknown field 'extra'/],
    ['a missing category', edit((p) => delete (p.categoryTargets as Partial<SlaPolicies['categoryTargets']>).feedback), /categoryTargets is missing 'feedback'/],
    ['an unknown category', edit((p) => Object.assign(p.categoryTargets, { refund: p.categoryTargets.other })), /categoryTargets has unknown field 'refund'/],
    ['negative hours', edit((p) => (p.categoryTargets.order.firstResponseHours = -1)), /categoryTargets\.order\.firstResponseHours must be a number of hours greater than 0.*got -1/],
    ['hours as text', edit((p) => Object.assign(p.categoryTargets.order, { resolutionHours: '4' })), /categoryTargets\.order\.resolutionHours .* got "4"/],
    ['resolution before first response', edit((p) => (p.categoryTargets.order.resolutionHours = 1)), /order\.resolutionHours \(1\) must not be less than firstResponseHours \(2\)/],
    ['a bad tier', edit((p) => Object.assign(p.categoryTargets.order, { tier: 'D' })), /categoryTargets\.order\.tier must be one of 'A', 'B', 'C', got "D"/],
    ['a misspelt field', edit((p) => Object.assign(p.categoryTargets.order, { firstResponseHour: 2 })), /categoryTargets\.order has unknown field 'firstResponseHour'/],
    ['an unknown platform', edit((p) => Object.assign(p.platformRules[0]!, { platform: 'walmart' })), /platformRules\[0\]\.platform must be one of 'amazon', 'ebay', 'etsy', got "walmart"/],
    ['no kinds', edit((p) => (p.platformRules[1]!.kinds = [])), /platformRules\[1\]\.kinds must name at least one/],
    ['an unknown kind', edit((p) => Object.assign(p.platformRules[1]!, { kinds: ['claim'] })), /platformRules\[1\]\.kinds\[0\] must be one of 'message', 'case'/],
    ['a fractional day count', edit((p) => (p.platformRules[1]!.window = { kind: 'business-days', days: 2.5 })), /platformRules\[1\]\.window\.days must be a whole number of business days from 1 to 60, got 2\.5/],
    ['an unknown window kind', edit((p) => Object.assign(p.platformRules[0]!, { window: { kind: 'calendar-days', days: 3 } })), /platformRules\[0\]\.window\.kind must be 'elapsed' or 'business-days', got "calendar-days"/],
    ['hours on a business-day window', edit((p) => Object.assign(p.platformRules[1]!, { window: { kind: 'business-days', hours: 3 } })), /platformRules\[1\]\.window is missing 'days'/],
    ['a missing firstInThreadOnly', edit((p) => delete (p.platformRules[2] as Partial<SlaPolicies['platformRules'][number]>).firstInThreadOnly), /platformRules\[2\] is missing 'firstInThreadOnly'/],
    ['an empty source', edit((p) => (p.platformRules[2]!.source = ' ')), /platformRules\[2\]\.source must be a non-empty string/],
    ['a lower-case country', edit((p) => (p.customDaysOff = { gb: ['2026-05-05'] })), /customDaysOff keys must be ISO 3166 alpha-2 country codes/],
    ['an impossible date', edit((p) => (p.customDaysOff = { GB: ['2026-02-30'] })), /customDaysOff\.GB\[0\] must be a date 'YYYY-MM-DD', got "2026-02-30"/],
    ['days off not in a list', edit((p) => Object.assign(p.customDaysOff, { GB: '2026-05-05' })), /customDaysOff\.GB must be an array/],
  ])('rejects %s with a message that says what is wrong', (_, value, message) => {
    expect(() => parsePolicies(value)).toThrow(message);
  });
});

describe('policiesFingerprint and DEFAULT_POLICIES', () => {
  it('is short, stable across key order and JSON, and changes with any value', () => {
    const base = policiesFingerprint(DEFAULT_POLICIES);
    expect(base).toMatch(/^[0-9a-z]{1,12}$/);
    expect(policiesFingerprint(parsePolicies(JSON.parse(JSON.stringify(DEFAULT_POLICIES))))).toBe(base);
    const reordered: SlaPolicies = {
      customDaysOff: {},
      categoryTargets: DEFAULT_POLICIES.categoryTargets,
      platformRules: DEFAULT_POLICIES.platformRules,
    };
    expect(policiesFingerprint(reordered)).toBe(base);

    const changed = [
      { ...DEFAULT_POLICIES, customDaysOff: { GB: ['2026-05-05'] } },
      {
        ...DEFAULT_POLICIES,
        categoryTargets: { ...DEFAULT_POLICIES.categoryTargets, other: { firstResponseHours: 12, resolutionHours: 49, tier: 'B' } },
      },
      { ...DEFAULT_POLICIES, platformRules: DEFAULT_POLICIES.platformRules.slice(1) },
    ] satisfies SlaPolicies[];
    const prints = changed.map(policiesFingerprint);
    expect(new Set([base, ...prints]).size).toBe(4);
  });

  it('freezes the shared defaults so nobody edits them in place', () => {
    expect(Object.isFrozen(DEFAULT_POLICIES.categoryTargets.dispute)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICIES.platformRules[0]?.window)).toBe(true);
  });
});
