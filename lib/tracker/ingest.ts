// Stores what a content script read: merges each snapshot into its conversation, appends the events, and
// records the page's read health, all in one transaction so a half-applied read never stays behind.
import type { ReplyclockDb } from '../db';
import type { IngestRequest, IngestResponse } from '../messaging';
import { conversationId, PLATFORMS, type ConversationSnapshot, type ReadResult } from '../model';
import { countOverdue } from './badge';
import { mergeSnapshot } from './merge-snapshot';
import { loadPolicies } from './reply-clock';

export async function ingest(db: ReplyclockDb, request: IngestRequest, now: number): Promise<IngestResponse> {
  assertReadResult(request);
  const { snapshots, health } = request.result;
  await db.transaction('rw', db.conversations, db.events, db.pageHealth, db.settings, async () => {
    const policies = await loadPolicies(db);
    const ids = snapshots.map((s) => conversationId(s.platform, s.marketplace, s.threadId));
    const existing = await db.conversations.bulkGet(ids);
    const merged = snapshots.map((snapshot, i) => mergeSnapshot(existing[i], snapshot, now, policies));
    await db.conversations.bulkPut(merged.map((m) => m.conversation));
    const events = merged.flatMap((m) => m.events);
    if (events.length > 0) await db.events.bulkAdd(events);
    await db.pageHealth.put({
      ...health,
      key: `${health.platform}:${health.marketplace}:${health.page}`,
      url: request.url,
      readAt: now,
    });
  });
  return { tracked: snapshots.length, overdue: await countOverdue(db, now) };
}

/** A malformed message is rejected whole, with a message that says what was wrong. */
function assertReadResult(request: IngestRequest): void {
  const result = request?.result as ReadResult | undefined;
  if (typeof request?.url !== 'string') throw new Error('ingest: url missing');
  if (!result || !Array.isArray(result.snapshots) || !result.health) throw new Error('ingest: result malformed');
  result.snapshots.forEach((snapshot, index) => {
    if (!isSnapshot(snapshot)) throw new Error(`ingest: snapshot ${index} malformed`);
  });
}

function isSnapshot(value: ConversationSnapshot): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (PLATFORMS as readonly string[]).includes(value.platform) &&
    typeof value.marketplace === 'string' &&
    typeof value.threadId === 'string' &&
    value.threadId.length > 0 &&
    typeof value.needsResponse === 'boolean' &&
    (value.lastMessageAt === null || Number.isFinite(value.lastMessageAt?.at))
  );
}
