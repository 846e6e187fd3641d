// "Due soon" notifications, decided without a browser: a conversation is announced once when it comes within
// the lead time of its team target (30 min by default) and once for its platform deadline (2 h), and never
// again for the same deadline, even after the worker restarts (the announced set is stored). A conversation
// answered and later waiting again has new deadlines, so it is announced again.
import type { Conversation } from '../model';

export type DueClock = 'team' | 'platform';

export interface DueSoonLeads {
  /** Minutes before the team target (settings notifications.dueSoonTeamMinutes; 0: off). */
  teamMinutes: number;
  /** Minutes before the platform deadline (notifications.dueSoonPlatformMinutes; 0: off). */
  platformMinutes: number;
}

/** One announcement made: which conversation, which clock, and the deadline it was about. */
export interface AnnouncedDue {
  id: string;
  clock: DueClock;
  dueAt: number;
}

export interface DueSoonNotice extends AnnouncedDue {
  conversation: Conversation;
}

export interface DueSoonPlan {
  /** What to announce now, soonest first. */
  announce: DueSoonNotice[];
  /** The announced set to store: earlier entries whose deadline is still ahead, plus `announce`. */
  announced: AnnouncedDue[];
}

const MINUTE = 60_000;

/** How far ahead of now the caller must look (a range over the dueAt index up to now + this). */
export function dueSoonHorizon(leads: DueSoonLeads): number {
  return Math.max(leads.teamMinutes, leads.platformMinutes, 0) * MINUTE;
}

/**
 * The crossings to announce at `now`: a clock whose deadline lies in (now, now + lead] and that was not yet
 * announced for that deadline. `hold` (quiet hours, off duty) announces nothing and records nothing, so what
 * is still ahead when the quiet time ends is announced then; a deadline that passed meanwhile is not (the
 * badge shows it as overdue). A team target on the very moment of the platform deadline is announced once, as
 * the platform deadline. Entries whose deadline has passed are dropped: they can never be announced again.
 */
export function planDueSoon(
  conversations: readonly Conversation[],
  previous: readonly AnnouncedDue[],
  leads: DueSoonLeads,
  now: number,
  hold = false,
): DueSoonPlan {
  const announced = previous.filter((entry) => entry.dueAt > now);
  const seen = new Set(announced.map(announcedKey));
  const announce: DueSoonNotice[] = [];
  if (!hold) {
    for (const conversation of conversations) {
      if (conversation.status !== 'awaiting') continue;
      for (const [clock, dueAt, minutes] of [
        ['platform', conversation.platformDueAt, leads.platformMinutes],
        ['team', sameAsPlatform(conversation, leads) ? null : conversation.teamDueAt, leads.teamMinutes],
      ] as const) {
        if (dueAt === null || minutes <= 0 || dueAt <= now || dueAt - minutes * MINUTE > now) continue;
        const notice: DueSoonNotice = { id: conversation.id, clock, dueAt, conversation };
        if (seen.has(announcedKey(notice))) continue;
        seen.add(announcedKey(notice));
        announce.push(notice);
      }
    }
  }
  announce.sort((a, b) => a.dueAt - b.dueAt || a.id.localeCompare(b.id));
  return { announce, announced: [...announced, ...announce.map(({ id, clock, dueAt }) => ({ id, clock, dueAt }))] };
}

/** A team target that falls on the platform deadline is that deadline: announced once, as the platform's. */
function sameAsPlatform(conversation: Conversation, leads: DueSoonLeads): boolean {
  return leads.platformMinutes > 0 && conversation.teamDueAt === conversation.platformDueAt;
}

function announcedKey(entry: AnnouncedDue): string {
  return `${entry.clock}|${entry.dueAt}|${entry.id}`;
}

/** A stored announced set, or none when it is unreadable (at worst a notification is repeated once). */
export function parseAnnounced(value: unknown): AnnouncedDue[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (entry): entry is AnnouncedDue =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof entry.id === 'string' &&
      (entry.clock === 'team' || entry.clock === 'platform') &&
      Number.isFinite(entry.dueAt),
  );
}
