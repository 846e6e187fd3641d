// A database with something in every table (invented buyers), the way a working install looks, and a dump of
// every table to compare before and after a backup is exported, refused or restored.
import type { ReplyclockDb } from '@/lib/db';
import type { Conversation } from '@/lib/model';
import { DEFAULT_SETTINGS } from '@/lib/settings/team-settings';
import { DEFAULT_POLICIES } from '@/lib/sla/policies';
import { seedTemplates } from '@/lib/templates/seed';

export const NOW = Date.UTC(2025, 2, 14, 9, 30);

export const AWAITING: Conversation = {
  id: 'amazon:US:T1',
  platform: 'amazon',
  marketplace: 'US',
  threadId: 'T1',
  buyer: 'Nora Lindqvist',
  orderId: '113-5550001-1234567',
  subject: 'Parcel arrived damaged',
  url: 'https://sellercentral.amazon.com/messaging/thread/T1',
  lastBuyerAt: NOW - 3_600_000,
  awaitingSince: NOW - 3_600_000,
  awaitingSinceApprox: false,
  lastSellerAt: null,
  status: 'awaiting',
  kind: 'message',
  caseSignal: null,
  firstInThread: true,
  category: 'quality',
  priority: 'A',
  dueAt: NOW + 3_600_000,
  platformDueAt: NOW + 82_800_000,
  teamDueAt: NOW + 3_600_000,
  resolveBy: NOW + 169_200_000,
  triage: {
    language: 'en',
    sentiment: 'negative',
    urgent: true,
    noResponseNeeded: false,
    reasons: [{ kind: 'keyword', match: 'damaged', category: 'quality' }, { kind: 'shouting', match: 'BROKEN' }],
    category: 'quality',
    textKey: 'k1',
  },
  categoryByAgent: false,
  escalation: { note: 'Photos show a cracked lid — ask the warehouse.', at: NOW - 600_000 },
  firstSeenAt: NOW - 3_600_000,
  updatedAt: NOW - 600_000,
};

export const RESOLVED: Conversation = {
  ...AWAITING,
  id: 'ebay:DE:R7',
  platform: 'ebay',
  marketplace: 'DE',
  threadId: 'R7',
  buyer: 'Jonas Brückner',
  orderId: null,
  subject: 'Rücksendung',
  url: 'https://www.ebay.de/mesh/ord/details?orderid=R7',
  awaitingSince: null,
  lastSellerAt: NOW - 7_200_000,
  status: 'resolved',
  kind: 'case',
  caseSignal: 'ebay-return-request',
  category: 'return',
  dueAt: null,
  platformDueAt: null,
  teamDueAt: null,
  resolveBy: null,
  triage: null,
  categoryByAgent: true,
  escalation: null,
};

export async function fillDatabase(db: ReplyclockDb): Promise<void> {
  await db.conversations.bulkAdd([AWAITING, RESOLVED]);
  await db.events.bulkAdd([
    { conversationId: AWAITING.id, platform: 'amazon', marketplace: 'US', type: 'received', at: NOW - 3_600_000, approx: false, category: 'quality' },
    { conversationId: RESOLVED.id, platform: 'ebay', marketplace: 'DE', type: 'replied', at: NOW - 7_200_000, approx: true, agent: 'Mei' },
    { conversationId: RESOLVED.id, platform: 'ebay', marketplace: 'DE', type: 'resolved', at: NOW - 7_100_000, approx: false },
  ]);
  const templates = seedTemplates(NOW - 86_400_000).slice(0, 3);
  templates[0] = { ...templates[0]!, useCount: 4, lastUsedAt: NOW - 60_000, shortcut: 'alt+1' };
  await db.templates.bulkAdd(templates);
  await db.settings.bulkAdd([
    { key: 'policies', value: structuredClone(DEFAULT_POLICIES) },
    { key: 'team', value: { agentName: 'Mei', shopName: 'Lakeside Ceramics', teamZone: 'Asia/Shanghai' } },
    { key: 'notifications', value: DEFAULT_SETTINGS.notifications },
    { key: 'clock.fingerprint', value: 'f-123' },
    // A setting of some feature this restore does not check: kept as it is, Date and undefined included.
    { key: 'feature.lastRun', value: { at: new Date(NOW), note: undefined } },
  ]);
  await db.pageHealth.put({
    key: 'etsy:US:inbox',
    platform: 'etsy',
    marketplace: 'US',
    page: 'inbox',
    variant: 'list-2024',
    rows: 12,
    problems: [{ code: 'unparsed-time', detail: 'Yesterday-ish' }],
    url: 'https://www.etsy.com/messages',
    readAt: NOW - 120_000,
  });
}

/** Every table's rows, in key order. */
export async function dump(db: ReplyclockDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()] as const)));
}

/** A backup file's JSON, edited, as a new file. */
export async function editBackup(file: Blob, edit: (json: any) => void): Promise<Blob> {
  const json = JSON.parse(await file.text());
  edit(json);
  return new Blob([JSON.stringify(json)], { type: 'application/json' });
}

/** The rows of one table inside a backup's JSON. */
export function tableRows(json: any, table: string): any[] {
  return json.data.data.find((part: { tableName: string }) => part.tableName === table).rows;
}
