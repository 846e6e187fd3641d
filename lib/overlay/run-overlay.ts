// The content script's sender: whenever the page store (lib/overlay/page-store.ts) has read the page, send
// the background what changed in the conversation list and the open thread, as raw strings (the background
// reads the times). Small and React-free; bound to the content script's lifetime (ctx.signal), and nothing it
// throws ever reaches the host page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import type { RawSnapshot, RawThreadReadResult } from '../platforms/raw-read';
import type { PageStore } from './page-store';

/** A slow re-read while the tab is visible: some lists update without DOM changes we see. */
export const POLL_VISIBLE_MS = 60_000;

export interface OverlayDeps {
  send: typeof sendMessage;
}

export function runOverlay(ctx: ContentScriptContext, store: PageStore, deps: OverlayDeps = { send: sendMessage }): void {
  const lastSent = { inbox: '', thread: '' };

  const send = (kind: 'inbox' | 'thread', signature: string, message: () => Promise<unknown>) => {
    if (signature === lastSent[kind]) return;
    lastSent[kind] = signature;
    message().catch((error: unknown) => {
      lastSent[kind] = ''; // try again on the next change
      if (!ctx.isInvalid) console.warn('[Replyclock] could not reach the background:', error);
    });
  };

  // What each row said when it was last sent: a list where a few rows changed sends those rows only (the
  // background merges row by row; a row not sent keeps what it has).
  let sentRows = new Map<string, string>();
  let lastUrl = '';
  store.subscribe((read) => {
    if (ctx.isInvalid) return;
    if (read.url !== lastUrl) {
      // A new page says everything again, even what the last page said.
      lastUrl = read.url;
      lastSent.inbox = '';
      lastSent.thread = '';
      sentRows = new Map();
    }
    const { inbox, thread, url } = read;
    if (inbox) {
      const rows = new Map(inbox.snapshots.map((snapshot) => [snapshot.threadId, rowSignature(snapshot)]));
      const changed = inbox.snapshots.filter((snapshot) => sentRows.get(snapshot.threadId) !== rows.get(snapshot.threadId));
      const healthSignature = JSON.stringify([inbox.health.variant, inbox.health.problems.map((p) => p.code), rows.size]);
      const wholeList = healthSignature !== lastSent.inbox || changed.length === inbox.snapshots.length;
      const result = wholeList ? inbox : { ...inbox, snapshots: changed };
      if (wholeList || changed.length > 0) {
        lastSent.inbox = healthSignature;
        const previous = sentRows;
        sentRows = rows;
        deps.send('ingest', { url, result }).catch((error: unknown) => {
          lastSent.inbox = ''; // try again on the next change
          sentRows = previous;
          if (!ctx.isInvalid) console.warn('[Replyclock] could not reach the background:', error);
        });
      }
    }
    if (thread) send('thread', threadSignature(thread), () => deps.send('ingestThread', { url, result: thread }));
  });
  // ctx.setInterval is cleared when the content script's context ends (navigation away, extension update).
  ctx.setInterval(() => {
    if (document.visibilityState === 'visible') store.schedule();
  }, POLL_VISIBLE_MS);
}

/** What the background needs to hear again about a row: its state, what its time says, its words. */
export function rowSignature(s: RawSnapshot): string {
  return JSON.stringify([s.needsResponse, s.lastMessageAt?.datetime ?? s.lastMessageAt?.text, s.subject, s.preview, s.buyer, s.kind, s.url]);
}

export function threadSignature(result: RawThreadReadResult): string {
  const thread = result.thread;
  return JSON.stringify([
    result.health.variant,
    result.health.problems.map((p) => p.code),
    thread && [thread.threadId, thread.kind, thread.messages.map((m) => [m.from, m.at?.datetime ?? m.at?.text ?? m.at?.epochMs, m.text.length])],
  ]);
}
