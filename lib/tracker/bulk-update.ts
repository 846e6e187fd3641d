// The dashboard's bulk actions in the background: "no response needed", "resolved" or a new category on many
// conversations in one transaction (all of it lands, or none of it). Each row follows the single actions' own
// rules: markConversation's applyAgentStatus with its events attributed alike, setCategoryByAgent's category
// step. Rows the action does not apply to are skipped and counted, never an error.
import type { ReplyclockDb } from '../db';
import type { BulkAction, BulkUpdateResponse } from '../messaging';
import { CATEGORIES, type Category, type Conversation, type ConversationEvent } from '../model';
import { availableStatuses } from '../inbox/available-statuses';
import type { SlaPolicies } from '../sla/policies';
import { priorityFor } from './apply-triage';
import { loadSetting } from '../settings/team-settings';
import { attributeEvents } from './carry-over';
import { applyAgentStatus } from './conversation-actions';
import { loadPolicies, withAgentCategory } from './reply-clock';

export const BULK_STATUSES = ['no-response-needed', 'resolved'] as const;
/** Far above any real inbox; a bound so a malformed message cannot ask for millions of lookups. */
export const MAX_BULK_IDS = 100_000;

/** The action, checked whole: a malformed one throws before anything is read or written. */
export function parseBulkAction(action: unknown): BulkAction {
  if (typeof action === 'object' && action !== null) {
    const { status, category } = action as { status?: unknown; category?: unknown };
    if ('status' in action && !('category' in action) && (BULK_STATUSES as readonly unknown[]).includes(status)) {
      return { status: status as (typeof BULK_STATUSES)[number] };
    }
    if ('category' in action && !('status' in action) && (CATEGORIES as readonly unknown[]).includes(category)) {
      return { category: category as Conversation['category'] };
    }
  }
  throw new Error(`bulkUpdate: unknown action ${JSON.stringify(action)}`);
}

function parseIds(ids: unknown): string[] {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new Error('bulkUpdate: ids must be a list of conversation ids');
  if (ids.length > MAX_BULK_IDS) throw new Error(`bulkUpdate: more than ${MAX_BULK_IDS} conversations`);
  return [...new Set(ids as string[])];
}

/** Whether `action` changes this conversation: the status rule the sidebar's buttons follow, or a new category. */
export function bulkActionApplies(conversation: Conversation, action: BulkAction): boolean {
  if ('status' in action) return availableStatuses(conversation).includes(action.status);
  return conversation.category !== action.category || !conversation.categoryByAgent;
}

export async function bulkUpdate(db: ReplyclockDb, ids: unknown, action: unknown, now: number): Promise<BulkUpdateResponse> {
  const parsed = parseBulkAction(action);
  const unique = parseIds(ids);
  return db.transaction('rw', db.conversations, db.events, db.settings, async () => {
    // One read, one write per table: calling the single actions once per row (a transaction, a policies read
    // and a get/put each) took 16 s for 2,300 rows in Chromium; this takes a fraction of a second.
    const policies = await loadPolicies(db);
    const { agentName } = await loadSetting(db, 'team');
    const found = await db.conversations.bulkGet(unique);
    const changed: Conversation[] = [];
    const events: ConversationEvent[] = [];
    for (const conversation of found) {
      if (!conversation || !bulkActionApplies(conversation, parsed)) continue;
      if ('status' in parsed) {
        const result = applyAgentStatus(conversation, parsed.status, now, policies);
        changed.push(result.conversation);
        events.push(...attributeEvents(result.events, result.conversation, agentName));
      } else {
        changed.push(withAgentCategory(conversation, parsed.category, policies));
      }
    }
    await db.conversations.bulkPut(changed);
    if (events.length > 0) await db.events.bulkAdd(events);
    return { updated: changed.length, skipped: unique.length - changed.length };
  });
}
