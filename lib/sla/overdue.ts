// What "overdue" and "due soon" mean everywhere (badge, popup, dashboard, countdowns): past the due time while
// still awaiting a reply, or due within the next two hours.
import type { Conversation } from '../model';

/** "Due soon": due within this long (the countdowns turn amber, the badge tooltip and popup count it). */
export const DUE_SOON_MS = 2 * 60 * 60 * 1000;

/** A replied or closed conversation carries no dueAt, so it is never overdue. */
export function isOverdue(conversation: Pick<Conversation, 'dueAt'>, now: number): boolean {
  return conversation.dueAt !== null && conversation.dueAt <= now;
}

/** Not yet overdue, but due within `windowMs`. */
export function isDueSoon(conversation: Pick<Conversation, 'dueAt'>, now: number, windowMs = DUE_SOON_MS): boolean {
  return conversation.dueAt !== null && conversation.dueAt > now && conversation.dueAt - now <= windowMs;
}
