// The content script's work on a seller page: read the conversation list and the open thread when they
// appear or change, send what changed to the background, and keep doing so across single-page navigation.
// Small and React-free; bound to the content script's lifetime (ctx.signal), and nothing it throws ever
// reaches the host page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { whileReading } from '../dom/deep-query';
import { observeDeep } from '../dom/observe-deep';
import { sendMessage } from '../messaging';
import type { ReadResult, ThreadReadResult } from '../model';
import type { PlatformAdapter } from '../platforms/adapter';

/** Lists re-render in bursts; read once the burst has settled. */
export const READ_SETTLE_MS = 400;
/** A slow re-read while the tab is visible: relative times age, and some lists update without DOM changes we see. */
export const POLL_VISIBLE_MS = 60_000;

export interface OverlayDeps {
  send: typeof sendMessage;
  now: () => number;
}

export function runOverlay(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  deps: OverlayDeps = { send: sendMessage, now: Date.now },
): void {
  const lastSent = { inbox: '', thread: '' };
  let timer: number | undefined;

  const send = (kind: 'inbox' | 'thread', signature: string, message: () => Promise<unknown>) => {
    if (signature === lastSent[kind]) return;
    lastSent[kind] = signature;
    message().catch((error: unknown) => {
      lastSent[kind] = ''; // try again on the next change
      if (!ctx.isInvalid) console.warn('[Replyclock] could not reach the background:', error);
    });
  };

  const read = () => {
    timer = undefined;
    // One look at the page: the observer's refresh and both readers share what whileReading remembers (one walk
    // of the page's shadow roots instead of three). Nothing here changes the page.
    whileReading(readPage);
  };
  const readPage = () => {
    try {
      const url = new URL(location.href);
      const onInbox = adapter.isInbox(url);
      const onThread = adapter.isThread(url);
      if (!onInbox && !onThread) return;
      observer.refresh();
      const now = deps.now();
      // eBay's thread page shows the list beside the conversation: read it there too, but only an inbox
      // page without rows is a read failure.
      const inbox = adapter.readInbox(document, url, now);
      if (onInbox || inbox.snapshots.length > 0) {
        send('inbox', inboxSignature(inbox), () => deps.send('ingest', { url: url.href, result: inbox }));
      }
      // A two-pane inbox shows a thread only once one is opened: there, no thread is not a read failure.
      const thread = adapter.readThread(document, url, now);
      if (onThread || thread.thread !== null) {
        send('thread', threadSignature(thread), () => deps.send('ingestThread', { url: url.href, result: thread }));
      }
    } catch (error) {
      console.warn('[Replyclock] could not read this page:', error);
    }
  };
  const schedule = () => {
    if (ctx.isInvalid) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(read, READ_SETTLE_MS);
  };

  const observer = observeDeep(document, schedule, ctx.signal);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    lastSent.inbox = '';
    lastSent.thread = '';
    schedule();
  });
  // ctx.setInterval is cleared when the content script's context ends (navigation away, extension update).
  ctx.setInterval(() => {
    if (document.visibilityState === 'visible') schedule();
  }, POLL_VISIBLE_MS);
  schedule();
}

/**
 * What the background needs to hear again: the rows and their state, not the wording of relative times,
 * which changes every minute without anything having happened.
 */
export function inboxSignature(result: ReadResult): string {
  return JSON.stringify([
    result.health.variant,
    result.health.problems.map((p) => p.code),
    result.snapshots.map((s) => [
      s.threadId,
      s.needsResponse,
      s.lastMessageAt?.precision === 'exact' ? s.lastMessageAt.at : s.lastMessageAt?.precision,
      s.subject,
    ]),
  ]);
}

export function threadSignature(result: ThreadReadResult): string {
  const thread = result.thread;
  return JSON.stringify([
    result.health.variant,
    result.health.problems.map((p) => p.code),
    thread && [thread.threadId, thread.kind, thread.messages.map((m) => [m.from, m.at?.at, m.text.length])],
  ]);
}
