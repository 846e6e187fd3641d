// The content script's work on a seller page: read the conversation list when it appears or changes, send
// what changed to the background, and keep doing so across single-page navigation. Small and React-free;
// bound to the content script's lifetime (ctx.signal), and nothing it throws ever reaches the host page.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observeDeep } from '../dom/observe-deep';
import { sendMessage } from '../messaging';
import type { ReadResult } from '../model';
import type { PlatformAdapter } from '../platforms/adapter';

/** Lists re-render in bursts; read once the burst has settled. */
export const READ_SETTLE_MS = 400;

export interface OverlayDeps {
  send: typeof sendMessage;
  now: () => number;
}

export function runOverlay(
  ctx: ContentScriptContext,
  adapter: PlatformAdapter,
  deps: OverlayDeps = { send: sendMessage, now: Date.now },
): void {
  let lastSent = '';
  let timer: number | undefined;

  const read = () => {
    timer = undefined;
    try {
      const url = new URL(location.href);
      if (!adapter.isInbox(url)) return;
      observer.refresh();
      const result = adapter.readInbox(document, url, deps.now());
      const signature = readSignature(result);
      if (signature === lastSent) return;
      lastSent = signature;
      deps.send('ingest', { url: url.href, result }).catch((error: unknown) => {
        lastSent = ''; // try again on the next change
        if (!ctx.isInvalid) console.warn('[Replyclock] could not reach the background:', error);
      });
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
    lastSent = '';
    schedule();
  });
  schedule();
}

/**
 * What the background needs to hear again: the rows and their state, not the wording of relative times,
 * which changes every minute without anything having happened.
 */
export function readSignature(result: ReadResult): string {
  return JSON.stringify([
    result.health.variant,
    result.health.problems.map((p) => p.code),
    result.snapshots.map((s) => [s.threadId, s.needsResponse, s.lastMessageAt?.precision === 'exact' ? s.lastMessageAt.at : s.lastMessageAt?.precision, s.subject]),
  ]);
}
