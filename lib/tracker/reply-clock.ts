// Puts the reply-clock rules (lib/sla) on stored conversations: the due times of one conversation, the
// policies as stored in settings, and the recompute of every open conversation when the rules change.
import type { ReplyclockDb } from '../db';
import type { Category, Conversation } from '../model';
import { deadlinesFor } from '../sla/deadlines';
import { CATEGORIES } from '../model';
import { DEFAULT_POLICIES, parsePolicies, policiesFingerprint, type SlaPolicies } from '../sla/policies';
import { priorityFor } from './apply-triage';

export const POLICIES_KEY = 'policies';
/** The fingerprint of the rules the stored due times were computed with. */
export const CLOCK_FINGERPRINT_KEY = 'clock.fingerprint';

/** The conversation with its due times for `policies`: set while awaiting a reply, cleared otherwise. */
export function withDeadlines(conversation: Conversation, policies: SlaPolicies): Conversation {
  if (conversation.status !== 'awaiting' || conversation.awaitingSince === null) {
    return { ...conversation, dueAt: null, platformDueAt: null, teamDueAt: null, resolveBy: null };
  }
  const deadlines = deadlinesFor(
    {
      platform: conversation.platform,
      marketplace: conversation.marketplace,
      category: conversation.category,
      kind: conversation.kind,
      firstInThread: conversation.firstInThread,
      messageAt: conversation.awaitingSince,
      // awaitingSince is already the earliest moment a coarse reading allows; only exactness matters here.
      precision: conversation.awaitingSinceApprox ? 'day' : 'exact',
    },
    policies,
  );
  return {
    ...conversation,
    dueAt: deadlines.due.at,
    platformDueAt: deadlines.platform?.at ?? null,
    teamDueAt: deadlines.teamTarget.at,
    resolveBy: deadlines.resolveBy.at,
  };
}

/** The policies in force: the stored ones, or the defaults when none are stored or the stored ones are unreadable. */
export async function loadPolicies(db: ReplyclockDb): Promise<SlaPolicies> {
  const stored = await db.settings.get(POLICIES_KEY);
  if (!stored) return DEFAULT_POLICIES;
  try {
    return parsePolicies(stored.value);
  } catch (error) {
    console.warn('[Replyclock] stored reply-clock policies are unreadable; using the defaults:', error);
    return DEFAULT_POLICIES;
  }
}

/** Stores new policies after validating them whole (a bad value throws and nothing is written). */
export async function savePolicies(db: ReplyclockDb, value: unknown): Promise<SlaPolicies> {
  const policies = parsePolicies(value);
  await db.settings.put({ key: POLICIES_KEY, value: policies });
  return policies;
}

/**
 * Recomputes the due times of every open conversation if the rules changed since they were computed
 * (policies, custom days off, or a schema upgrade that left no fingerprint). Returns how many it updated.
 */
export async function recomputeIfRulesChanged(db: ReplyclockDb): Promise<number> {
  const policies = await loadPolicies(db);
  const fingerprint = policiesFingerprint(policies);
  const stored = await db.settings.get(CLOCK_FINGERPRINT_KEY);
  if (stored?.value === fingerprint) return 0;
  return db.transaction('rw', db.conversations, db.settings, async () => {
    // Open conversations are exactly those with a dueAt: the index yields them without a scan.
    const open = await db.conversations.where('dueAt').above(-Infinity).toArray();
    await db.conversations.bulkPut(open.map((conversation) => withDeadlines(conversation, policies)));
    await db.settings.put({ key: CLOCK_FINGERPRINT_KEY, value: fingerprint });
    return open.length;
  });
}

/**
 * The agent's correction of a category: stored as the agent's (a later re-read never overwrites it), with the
 * priority and the due times that category implies.
 */
export async function setCategoryByAgent(db: ReplyclockDb, id: string, category: Category): Promise<Conversation> {
  if (!(CATEGORIES as readonly string[]).includes(category)) throw new Error(`setCategory: unknown category ${String(category)}`);
  return db.transaction('rw', db.conversations, db.settings, async () => {
    const conversation = await db.conversations.get(id);
    if (!conversation) throw new Error(`setCategory: no conversation ${id}`);
    const updated = withAgentCategory(conversation, category, await loadPolicies(db));
    await db.conversations.put(updated);
    return updated;
  });
}

/** The agent's category on a conversation: sticky, with the priority and due times it implies. Pure; the sidebar's
 *  correction and the dashboard's bulk change both use it. */
export function withAgentCategory(conversation: Conversation, category: Category, policies: SlaPolicies): Conversation {
  const priority = priorityFor(category, conversation.triage?.urgent ?? false, policies);
  return withDeadlines({ ...conversation, category, categoryByAgent: true, priority }, policies);
}
