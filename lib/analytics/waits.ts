// Turns the append-only events log into waits: a buyer starts waiting ('received'), and the wait ends when the
// seller answers or the agent marks it. Every analytics figure (response times, late rates, heatmaps, staffing)
// is computed from these, so the pairing rule lives here once. Pure.
import { CATEGORIES, type Category, type Conversation, type ConversationEvent, type Platform } from '../model';

/**
 * What the tracker logs (lib/tracker/merge-snapshot.ts, merge-thread.ts, conversation-actions.ts):
 * - 'received' once when a wait STARTS (a new conversation, or the buyer writing again after our answer) — not
 *   for every buyer message: three messages in a row are one wait, timed from the first.
 * - 'replied' when a running wait is answered (read off the page, or marked by the agent).
 * - 'resolved' / 'no-response-needed' whenever the agent sets that status, waiting or not.
 *
 * The pairing rule: a wait's first response is the first 'replied' OR 'resolved' after its 'received'. Marking
 * a waiting conversation resolved is how an agent closes one answered on the page before the extension saw the
 * reply, and the log then holds no separate 'replied', so resolving counts as the answer. 'no-response-needed'
 * ends the wait unanswered: Amazon removes such messages from its metric, and so does every figure here.
 * A 'received' while a wait is already running (not logged by the tracker today) keeps the earlier start.
 */
export type WaitEnd = 'replied' | 'resolved' | 'no-response-needed';

export interface Wait {
  conversationId: string;
  platform: Platform;
  marketplace: string;
  /** The category stored on the 'received' event, or for older events the conversation's current one. */
  category: Category;
  receivedAt: number;
  /** The start time was only known to the day or hour. */
  approx: boolean;
  /** The conversation's first wait in the log: Etsy counts only a thread's first message (see late-response.ts). */
  firstOfConversation: boolean;
  endedAt: number | null;
  endedBy: WaitEnd | null;
  /** Who answered (the ending event's agent), or null when not recorded. */
  agent: string | null;
}

/** The log grouped by conversation, each timeline in time order (ties keep the log's order). */
export type Timelines = Map<string, ConversationEvent[]>;

export function timelinesOf(events: readonly ConversationEvent[]): Timelines {
  const timelines: Timelines = new Map();
  for (const event of events) {
    const timeline = timelines.get(event.conversationId);
    if (timeline) timeline.push(event);
    else timelines.set(event.conversationId, [event]);
  }
  for (const timeline of timelines.values()) {
    // Dexie returns the log in time order already; only an out-of-order log pays for a sort (stable: ties keep ids).
    if (timeline.some((event, i) => i > 0 && event.at < timeline[i - 1]!.at)) timeline.sort((a, b) => a.at - b.at);
  }
  return timelines;
}

/** Every wait in the log, oldest first per conversation. `conversations` supplies categories for old events. */
export function waitsOf(timelines: Timelines, conversations: ReadonlyMap<string, Pick<Conversation, 'category'>>): Wait[] {
  const waits: Wait[] = [];
  for (const [conversationId, timeline] of timelines) {
    let open: Wait | null = null;
    let first = true;
    for (const event of timeline) {
      if (event.type === 'received') {
        if (open) continue;
        open = {
          conversationId,
          platform: event.platform,
          marketplace: event.marketplace,
          category: known(event.category) ?? known(conversations.get(conversationId)?.category) ?? 'other',
          receivedAt: event.at,
          approx: event.approx,
          firstOfConversation: first,
          endedAt: null,
          endedBy: null,
          agent: null,
        };
        first = false;
        waits.push(open);
      } else if (open) {
        open.endedAt = Math.max(event.at, open.receivedAt); // an approximate time must not make a negative wait
        open.endedBy = event.type;
        open.agent = event.agent || null;
        open = null;
      }
    }
  }
  return waits;
}

/** A category analytics can file under; anything else (a damaged or future value) is not one. */
function known(category: string | undefined): Category | undefined {
  return (CATEGORIES as readonly string[]).includes(category ?? '') ? (category as Category) : undefined;
}

export function isAnswered(wait: Wait): boolean {
  return wait.endedBy === 'replied' || wait.endedBy === 'resolved';
}

/** How long the buyer waited for the first response; null unless answered. */
export function responseTime(wait: Wait): number | null {
  return isAnswered(wait) && wait.endedAt !== null ? wait.endedAt - wait.receivedAt : null;
}
