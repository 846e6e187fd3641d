// Data retention: resolved and no-response-needed conversations the agent no longer needs are deleted once
// they have not changed for N days (180 by default), on a daily alarm and from the settings page's "Purge now".
// Only conversations go: the events log stays, because analytics (response times, late rates, volume) is
// computed from events alone, and an event holds no buyer text or name — only ids, kinds and times.
import type { ReplyclockDb } from '../db';
import type { ConversationStatus } from '../model';
import { loadSetting } from '../settings/team-settings';

export const RETENTION_ALARM = 'replyclock:retention';

const DAY = 86_400_000;
const CLOSED: readonly ConversationStatus[] = ['resolved', 'no-response-needed'];

/** The ids of closed conversations last updated more than `days` days before `now`. */
async function purgeableIds(db: ReplyclockDb, now: number, days: number): Promise<string[]> {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Retention must be a whole number of days >= 1, got ${days}`);
  const cutoff = now - days * DAY;
  // A scan, not an index: status and updatedAt are not indexed (no other query needs them) and this runs once a day.
  return db.conversations
    .filter((conversation) => CLOSED.includes(conversation.status) && conversation.updatedAt < cutoff)
    .primaryKeys();
}

/** How many conversations a purge would delete now: the count the agent confirms before purging. */
export async function countPurgeable(db: ReplyclockDb, now: number, days: number): Promise<number> {
  return (await purgeableIds(db, now, days)).length;
}

/** Deletes the closed conversations not updated for more than `days` days; returns how many it deleted. */
export async function purgeResolved(db: ReplyclockDb, now: number, days: number): Promise<number> {
  return db.transaction('rw', db.conversations, async () => {
    const ids = await purgeableIds(db, now, days);
    await db.conversations.bulkDelete(ids);
    return ids.length;
  });
}

/** The daily run: the retention the team set (or the default), applied. */
export async function purgeWithSettings(db: ReplyclockDb, now: number): Promise<number> {
  const { resolvedDays } = await loadSetting(db, 'retention');
  return purgeResolved(db, now, resolvedDays);
}
