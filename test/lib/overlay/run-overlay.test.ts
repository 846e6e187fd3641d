// The content script's loop on a live page: it reads the inbox once the page settles, sends again only
// when the rows change (inside shadow roots too), ignores pages that are not an inbox, and stops with its
// context.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { IngestRequest, IngestThreadRequest, sendMessage } from '@/lib/messaging';
import { startPageStore } from '@/lib/overlay/page-store';
import { runOverlay } from '@/lib/overlay/run-overlay';
import { amazon } from '@/lib/platforms/amazon';
import { showFixture } from '../../fixtures/load-fixture';

const NOW = Date.UTC(2026, 10, 22, 20, 0);
const INBOX = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';

function setUp(url: string, fixture = 'amazon/inbox-v3.html') {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  showFixture(document, fixture, { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' });
  const sent: IngestRequest[] = [];
  const threads: IngestThreadRequest[] = [];
  const send = vi.fn(async (type: string, data: IngestRequest | IngestThreadRequest) => {
    if (type === 'ingest') sent.push(data as IngestRequest);
    else threads.push(data as IngestThreadRequest);
    return { tracked: 0, overdue: 0 };
  });
  const ctx = new ContentScriptContext('amazon-test');
  runOverlay(ctx, startPageStore(ctx, amazon, { now: () => NOW, yieldToPage: () => Promise.resolve() }), { send: send as unknown as typeof sendMessage });
  return { ctx, sent, threads, send };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
let current: ContentScriptContext | undefined;
afterEach(() => current?.abort());

describe('runOverlay', () => {
  it('reads the inbox once the page settles and sends it to the background', async () => {
    const { ctx, sent, threads } = setUp(INBOX);
    current = ctx;
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3000 });
    expect(sent[0]!.url).toBe(INBOX);
    expect(sent[0]!.result.snapshots.map((s) => s.buyer)).toHaveLength(5);
    // No thread is open in the right-hand pane: nothing to send about one, and no false "unreadable".
    expect(threads).toEqual([]);
  });

  it('sends only the row that changed when the rest of the list is as it was', async () => {
    const { ctx, sent } = setUp(INBOX);
    current = ctx;
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3000 });
    const cell = document.querySelectorAll('kat-table-body kat-table-row')[2]!.children[1]!;
    cell.textContent = 'Package arrived damaged, the lid is cracked · Order 113-5550001-7770002';
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 3000 });
    expect(sent[1]!.result.snapshots.map((s) => [s.buyer, s.subject])).toEqual([['Olivia Grant', 'Package arrived damaged, the lid is cracked']]);
  });

  it('sends again when a row goes, and not for changes that leave the rows as they were', async () => {
    const { ctx, sent } = setUp(INBOX);
    current = ctx;
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3000 });
    document.body.append(document.createElement('div'));
    await pause(700);
    expect(sent).toHaveLength(1);
    document.querySelector('kat-table-body kat-table-row:last-of-type')!.remove();
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 3000 });
    expect(sent[1]!.result.snapshots).toHaveLength(4);
  });

  it('sees changes inside an open shadow root, where a document observer alone is blind', async () => {
    const { ctx, sent } = setUp('https://sellercentral.amazon.com/messaging/inbox-v3?fi=all', 'amazon/inbox-v3-redesigned.html');
    current = ctx;
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3000 });
    expect(sent[0]!.result.snapshots.map((s) => s.needsResponse)).toEqual([true, true, null]);
    // The agent answers Hannah in another tab: the list drops her row's unread mark. Its going is no proof of
    // an answer (a re-render drops it too): the row says "cannot tell", and the open thread will settle it.
    const shadow = document.querySelector('messaging-app')!.shadowRoot!;
    shadow.querySelector('[data-conversation-id="amzn1.thread.RD0001"]')!.classList.remove('is-unread-3f');
    await vi.waitFor(() => expect(sent).toHaveLength(2), { timeout: 3000 });
    // Only the row that changed is sent again, with the whole list's health.
    expect(sent[1]!.result.snapshots.map((s) => [s.threadId, s.needsResponse])).toEqual([['amzn1.thread.RD0001', null]]);
    expect(sent[1]!.result.health).toMatchObject({ variant: 'testid-row', rows: 3, problems: [] });
  });

  it('does nothing on Seller Central pages that are not the inbox', async () => {
    const { ctx, send } = setUp('https://sellercentral.amazon.com/home');
    current = ctx;
    await pause(700);
    expect(send).not.toHaveBeenCalled();
  });

  it('lets go of the page when its context ends', async () => {
    const { ctx, sent } = setUp(INBOX);
    await vi.waitFor(() => expect(sent).toHaveLength(1), { timeout: 3000 });
    ctx.abort();
    document.querySelector('kat-table-body kat-table-row:last-of-type')!.remove();
    await pause(700);
    expect(sent).toHaveLength(1);
  });
});
