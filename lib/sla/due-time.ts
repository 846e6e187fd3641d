// When a reply is due. For now one rule for every platform: 24 elapsed hours from the oldest unanswered buyer
// message (Amazon's published rule; elapsed time, so a daylight-saving change does not move it). The
// reply-clock issue replaces this with per-platform deadlines, team targets by category and business days.
import type { Conversation } from '../model';

export const HOUR = 60 * 60 * 1000;
export const DEFAULT_REPLY_WINDOW = 24 * HOUR;

export interface DueTimes {
  dueAt: number;
  platformDueAt: number;
}

export function dueTimesFor(awaitingSince: number): DueTimes {
  const deadline = awaitingSince + DEFAULT_REPLY_WINDOW;
  return { dueAt: deadline, platformDueAt: deadline };
}

/** Overdue means past due and still awaiting a reply (a replied conversation carries no dueAt). */
export function isOverdue(conversation: Pick<Conversation, 'dueAt'>, now: number): boolean {
  return conversation.dueAt !== null && conversation.dueAt <= now;
}
