// Stores what a content script read: merges each snapshot into its conversation, appends the events, and
// records the page's read health, all in one transaction so a half-applied read never stays behind.
import type { ReplyclockDb } from '../db';
import type { IngestRequest, IngestResponse, IngestThreadRequest } from '../messaging';
import { conversationId, PLATFORMS, type Conversation, type ReadHealth } from '../model';
import { interpretInbox, interpretThread, timeReadingFor, type TimeReading } from './interpret-read';
import type { RawReadResult, RawSnapshot, RawThread, RawTime } from '../platforms/raw-read';
import { adapterFor } from '../platforms/registry';
import { loadSetting } from '../settings/team-settings';
import { countOverdue } from './badge';
import { attributeEvents } from './carry-over';
import { mergeSnapshot, type MergeResult } from './merge-snapshot';
import { mergeThread } from './merge-thread';
import { loadPolicies } from './reply-clock';

/** What an ingest did: the answer for the content script, and the conversations that just became urgent. */
export interface IngestOutcome extends IngestResponse {
  newlyUrgent: Conversation[];
}

export async function ingest(db: ReplyclockDb, request: IngestRequest, now: number): Promise<IngestOutcome> {
  assertReadResult(request);
  const { snapshots, health } = interpretInbox(request.result, readingFor(request.url), now);
  const newlyUrgent = await db.transaction('rw', db.conversations, db.events, db.pageHealth, db.settings, async () => {
    const policies = await loadPolicies(db);
    const ids = snapshots.map((s) => conversationId(s.platform, s.marketplace, s.threadId));
    const existing = await db.conversations.bulkGet(ids);
    const merged = snapshots.map((snapshot, i) => mergeSnapshot(existing[i], snapshot, now, policies));
    await store(db, merged, health, request.url, now);
    return merged.map((m) => m.conversation).filter((c, i) => becameUrgent(existing[i], c));
  });
  return { tracked: snapshots.length, overdue: await countOverdue(db, now), newlyUrgent };
}

/** Stores what an open thread shows: the settled state of its conversation. */
export async function ingestThread(db: ReplyclockDb, request: IngestThreadRequest, now: number): Promise<IngestOutcome> {
  const raw = request?.result?.thread;
  if (typeof request?.url !== 'string' || !request.result?.health) throw new Error('ingestThread: request malformed');
  if (raw !== null && !isThread(raw)) throw new Error('ingestThread: thread malformed');
  const { thread, health } = interpretThread(request.result, readingFor(request.url), now);
  const newlyUrgent = await db.transaction('rw', db.conversations, db.events, db.pageHealth, db.settings, async () => {
    const policies = await loadPolicies(db);
    if (!thread) {
      await store(db, [], health, request.url, now);
      return [];
    }
    const existing = await db.conversations.get(conversationId(thread.platform, thread.marketplace, thread.threadId));
    const merged = mergeThread(existing, thread, now, policies);
    await store(db, [merged], health, request.url, now);
    return becameUrgent(existing, merged.conversation) ? [merged.conversation] : [];
  });
  return { tracked: thread ? 1 : 0, overdue: await countOverdue(db, now), newlyUrgent };
}

/** Urgent now, and not already urgent in the same wait: an alert is raised once, not on every re-read. */
function becameUrgent(before: Conversation | undefined, after: Conversation): boolean {
  if (after.status !== 'awaiting' || !after.triage?.urgent) return false;
  const sameWait = before?.status === 'awaiting';
  return !(sameWait && before?.triage?.urgent);
}

/** Inside the caller's transaction: conversations, their new events, and the page's read health. */
async function store(db: ReplyclockDb, merged: MergeResult[], health: ReadHealth, url: string, now: number): Promise<void> {
  if (merged.length > 0) await db.conversations.bulkPut(merged.map((m) => m.conversation));
  const agentName = merged.some((m) => m.events.length > 0) ? (await loadSetting(db, 'team')).agentName : '';
  const events = merged.flatMap((m) => attributeEvents(m.events, m.conversation, agentName));
  if (events.length > 0) await db.events.bulkAdd(events);
  await db.pageHealth.put({ ...health, key: `${health.platform}:${health.marketplace}:${health.page}`, url, readAt: now });
}

/** A malformed message is rejected whole, with a message that says what was wrong. */
function assertReadResult(request: IngestRequest): void {
  const result = request?.result as RawReadResult | undefined;
  if (typeof request?.url !== 'string') throw new Error('ingest: url missing');
  if (!result || !Array.isArray(result.snapshots) || !result.health) throw new Error('ingest: result malformed');
  result.snapshots.forEach((snapshot, index) => {
    if (!isSnapshot(snapshot)) throw new Error(`ingest: snapshot ${index} malformed`);
  });
}

/** The zone, language and order the page's times are read in: its marketplace's. */
function readingFor(pageUrl: string): TimeReading {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    throw new Error('ingest: url unreadable');
  }
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`ingest: not a seller page we read: ${url.hostname}`);
  return timeReadingFor(adapter, url);
}

function isThread(value: RawThread): boolean {
  return (
    typeof value === 'object' &&
    (PLATFORMS as readonly string[]).includes(value.platform) &&
    typeof value.threadId === 'string' &&
    value.threadId.length > 0 &&
    Array.isArray(value.messages) &&
    value.messages.every((m) => (m.from === 'buyer' || m.from === 'seller') && typeof m.text === 'string' && isRawTime(m.at))
  );
}

function isRawTime(value: RawTime | null): boolean {
  return value === null || (typeof value === 'object' && typeof value.text === 'string');
}

function isSnapshot(value: RawSnapshot): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    (PLATFORMS as readonly string[]).includes(value.platform) &&
    typeof value.marketplace === 'string' &&
    typeof value.threadId === 'string' &&
    value.threadId.length > 0 &&
    (typeof value.needsResponse === 'boolean' || value.needsResponse === null) &&
    isRawTime(value.lastMessageAt)
  );
}
