// The reader fuzz's oracle: reads a page as the extension does (the adapter's raw read, interpreted:
// lib/tracker/interpret-read.ts readInbox / readThread) and folds the snapshots into conversations with
// mergeSnapshot / mergeThread, as the background would; then compares a mutated
// page's reading, folded into the pristine conversations, with the pristine one. Misreads counted:
//   throws             any exception out of a reader or a merge
//   waiting→answered   a conversation awaiting a reply after the pristine read and not after the mutated one
//                      (mutations never add a reply, so every such end of a wait is a misread); split by
//                      whether the mutated read that ended it reported a health problem or was silent
//   lost rows          fewer distinct list rows, or fewer thread messages / no thread, than the pristine
//                      read, with no health problem and a variant other than 'empty'; each says whether
//                      what was lost left a trace on the page (a reader could have noticed) or none (removed
//                      whole: no reader can tell that from a page that shows one row fewer)
import type { PlatformAdapter } from '@/lib/platforms/adapter';
import { readInbox, readThread } from '@/lib/tracker/interpret-read';
import { conversationId, type Conversation, type ReadResult, type ThreadReadResult } from '@/lib/model';
import { mergeSnapshot } from '@/lib/tracker/merge-snapshot';
import { mergeThread } from '@/lib/tracker/merge-thread';

export type ReadKind = 'inbox' | 'thread';

export interface FoldedReading {
  inbox: ReadResult;
  thread: ThreadReadResult;
  conversations: Map<string, Conversation>;
  /** Conversations a merge of this reading took out of 'awaiting', by the read whose merge did it last. */
  waitEndedBy: Map<string, ReadKind>;
}

/** An exception out of the code under test, with where it escaped. */
export class EscapedThrow extends Error {
  constructor(
    readonly where: string,
    readonly original: unknown,
  ) {
    super(`${where} threw: ${original instanceof Error ? `${original.name}: ${original.message}` : String(original)}`);
  }
}

function guarded<T>(where: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw new EscapedThrow(where, error);
  }
}

/** Reads `root` as inbox and as thread at `url`, and folds both into `start` (inbox rows first, as a tab would). */
export function readAndFold(
  adapter: PlatformAdapter,
  root: ParentNode,
  url: URL,
  now: number,
  start: ReadonlyMap<string, Conversation> = new Map(),
): FoldedReading {
  const inbox = guarded('readInbox', () => readInbox(adapter, root, url, now));
  const thread = guarded('readThread', () => readThread(adapter, root, url, now));
  const conversations = new Map(start);
  const waitEndedBy = new Map<string, ReadKind>();
  const fold = (id: string, read: ReadKind, merge: (existing: Conversation | undefined) => Conversation) => {
    const existing = conversations.get(id);
    const merged = merge(existing);
    conversations.set(id, merged);
    if (existing?.status === 'awaiting' && merged.status !== 'awaiting') waitEndedBy.set(id, read);
  };
  for (const snapshot of inbox.snapshots) {
    const id = conversationId(snapshot.platform, snapshot.marketplace, snapshot.threadId);
    fold(id, 'inbox', (existing) => guarded('mergeSnapshot', () => mergeSnapshot(existing, snapshot, now)).conversation);
  }
  const open = thread.thread;
  if (open) {
    const id = conversationId(open.platform, open.marketplace, open.threadId);
    fold(id, 'thread', (existing) => guarded('mergeThread', () => mergeThread(existing, open, now)).conversation);
  }
  return { inbox, thread, conversations, waitEndedBy };
}

export interface WaitingToAnswered {
  conversationId: string;
  /** The mutated read whose merge ended the wait. */
  read: ReadKind;
  /** That read's health problem codes; empty: a silent misread. */
  problems: string[];
  statusAfter: Conversation['status'];
  /** What the mutated read showed that ended the wait, in words (times in UTC). */
  shown: string;
  /** The mutated read shows a seller message newer than the buyer's latest known one (made of moved or
   *  swapped page parts: still a misread, but one a merge cannot tell from a real reply). */
  apparentReply: boolean;
}

export interface LostRows {
  read: ReadKind;
  pristine: number;
  mutated: number;
  variant: string | null;
  /** Some lost row's thread id, order id or buyer (a lost message's text) is still somewhere on the page. */
  traceLeft: boolean;
}

export interface Verdict {
  waitingToAnswered: WaitingToAnswered[];
  lostRows: LostRows[];
}

/**
 * Compares the mutated page's reading (folded into the pristine conversations) with the pristine one;
 * `mutatedRoot` is the mutated page, searched for traces of what a read lost.
 */
export function judge(pristine: FoldedReading, mutated: FoldedReading, mutatedRoot: Node): Verdict {
  const waitingToAnswered: WaitingToAnswered[] = [];
  for (const [id, before] of pristine.conversations) {
    const after = mutated.conversations.get(id);
    if (before.status !== 'awaiting' || !after || after.status === 'awaiting') continue;
    const read = mutated.waitEndedBy.get(id) ?? 'inbox';
    const health = read === 'inbox' ? mutated.inbox.health : mutated.thread.health;
    waitingToAnswered.push({
      conversationId: id,
      read,
      problems: health.problems.map((problem) => problem.code),
      statusAfter: after.status,
      ...whatEndedTheWait(read, id, before, mutated),
    });
  }

  const lostRows: LostRows[] = [];
  let pageText: string | undefined;
  const onPage = (needles: string[]) => {
    pageText ??= composedText(mutatedRoot);
    return needles.some((needle) => needle.length >= 3 && pageText!.includes(needle));
  };
  const pristineRows = rowsById(pristine.inbox);
  const mutatedRows = rowsById(mutated.inbox);
  if (mutatedRows.size < pristineRows.size && isQuiet(mutated.inbox.health)) {
    const lost = [...pristineRows].filter(([id]) => !mutatedRows.has(id)).map(([, snapshot]) => snapshot);
    lostRows.push({
      read: 'inbox',
      pristine: pristineRows.size,
      mutated: mutatedRows.size,
      variant: mutated.inbox.health.variant,
      traceLeft: onPage(lost.flatMap((row) => [row.threadId, row.orderId ?? '', row.buyer])),
    });
  }
  const pristineMessages = pristine.thread.thread?.messages ?? null;
  const mutatedMessages = mutated.thread.thread?.messages ?? [];
  if (pristineMessages && (mutated.thread.thread === null || mutatedMessages.length < pristineMessages.length) && isQuiet(mutated.thread.health)) {
    const kept = new Set(mutatedMessages.map((message) => message.text));
    const lost = pristineMessages.filter((message) => !kept.has(message.text));
    lostRows.push({
      read: 'thread',
      pristine: pristineMessages.length,
      mutated: mutatedMessages.length,
      variant: mutated.thread.health.variant,
      traceLeft: onPage(lost.map((message) => message.text.replace(/\s+/g, ' ').trim().slice(0, 40))),
    });
  }
  return { waitingToAnswered, lostRows };
}

function rowsById(result: ReadResult): Map<string, ReadResult['snapshots'][number]> {
  return new Map(result.snapshots.map((snapshot) => [conversationId(snapshot.platform, snapshot.marketplace, snapshot.threadId), snapshot]));
}

/** Every text and attribute value under `root`, shadow roots included, whitespace collapsed. */
function composedText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (node.nodeType === 1) {
      const element = node as Element;
      for (const name of element.getAttributeNames()) parts.push(element.getAttribute(name) ?? '');
      if (element.shadowRoot) walk(element.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

function isQuiet(health: { problems: unknown[]; variant: string | null }): boolean {
  return health.problems.length === 0 && health.variant !== 'empty';
}

function whatEndedTheWait(
  read: ReadKind,
  id: string,
  before: Conversation,
  mutated: FoldedReading,
): Pick<WaitingToAnswered, 'shown' | 'apparentReply'> {
  const buyerAt = before.lastBuyerAt ?? before.awaitingSince;
  if (read === 'inbox') {
    const row = mutated.inbox.snapshots.find((s) => conversationId(s.platform, s.marketplace, s.threadId) === id);
    return { shown: `list row needsResponse=${String(row?.needsResponse)} lastMessageAt=${time(row?.lastMessageAt?.at)}`, apparentReply: false };
  }
  const messages = mutated.thread.thread?.messages ?? [];
  const sellers = messages.filter((message) => message.from === 'seller');
  const newer = sellers.filter((message) => message.at !== null && buyerAt !== null && message.at.at > buyerAt);
  const order = messages.map((message) => `${message.from[0]}@${time(message.at?.at)}`).join(' ');
  const summary = `thread [${order}] (b=buyer, s=seller, oldest first); buyer's latest known ${time(buyerAt)}`;
  if (newer.length > 0) return { shown: `${summary}; a seller message is newer`, apparentReply: true };
  const sameTime = sellers.some((message) => message.at !== null && message.at.at === buyerAt);
  const note = sameTime ? ', one at that very time (the buyer\'s own message read as the seller\'s?)' : '';
  return { shown: `${summary}; no seller message newer than that${note}`, apparentReply: false };
}

function time(at: number | null | undefined): string {
  return at === null || at === undefined ? 'none' : new Date(at).toISOString().slice(0, 16).replace('T', ' ');
}
