// What "overdue" means everywhere (badge, popup, dashboard): past the due time while still awaiting a reply.
import type { Conversation } from '../model';

/** A replied or closed conversation carries no dueAt, so it is never overdue. */
export function isOverdue(conversation: Pick<Conversation, 'dueAt'>, now: number): boolean {
  return conversation.dueAt !== null && conversation.dueAt <= now;
}
