// The sidebar's host on a live page (happy-dom): it mounts on conversation pages only, shows just its tab on
// list pages, names the open conversation in the frame's URL and follows navigation, remembers side and
// collapse, keeps clear of the page's reply box and send button, inserts text into the reply box on the
// background's request, and lets go of the page when its context ends. Placement itself is pure and tested
// first.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { amazon } from '@/lib/platforms/amazon';
import { ebay } from '@/lib/platforms/ebay';
import type { PlatformAdapter } from '@/lib/platforms/adapter';
import {
  LAYOUT_KEY,
  parseLayout,
  pageViewOf,
  sidebarUrl,
  startSidebarHost,
  wantsCollapsed,
  type SidebarHost,
  type SidebarHostDeps,
} from '@/lib/overlay/sidebar-host';
import { readPageOnce, startPageStore } from '@/lib/overlay/page-store';
import { PANEL, placeSidebar, TAB, overlaps, type Box } from '@/lib/overlay/sidebar-placement';
import { showFixture } from '../../fixtures/load-fixture';

const NOW = Date.UTC(2026, 10, 22, 20, 0);
const US = { now: NOW, zone: 'America/Los_Angeles', locale: 'en-US' };
const VIEWPORT = { width: 1280, height: 800 };
const EBAY_THREAD = 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2901234561';
const EBAY_INBOX = 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE';
const AMAZON_INBOX = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded';
const AMAZON_THREAD = 'https://sellercentral.amazon.com/messaging/inbox-v3?fi=responseNeeded&threadId=amzn1.thread.FX0001';

const box = (left: number, top: number, right: number, bottom: number): Box => ({ left, top, right, bottom });

describe('placeSidebar (pure)', () => {
  const place = (avoid: Box[], side: 'left' | 'right' = 'right', collapsed = false) => placeSidebar({ viewport: VIEWPORT, avoid, side, collapsed });

  it('puts the panel on the agent’s side, full height below the site’s top bar', () => {
    expect(place([])).toEqual({
      side: 'right',
      collapsed: false,
      box: box(1280 - PANEL.width - PANEL.margin, PANEL.top, 1280 - PANEL.margin, 800 - PANEL.margin),
      adjusted: null,
    });
    expect(place([], 'left').box.left).toBe(PANEL.margin);
  });

  it('moves to the other side when the reply box or send button is under it', () => {
    const replyBox = box(700, 600, 1200, 700);
    const placed = place([replyBox]);
    expect(placed).toMatchObject({ side: 'left', collapsed: false, adjusted: 'moved' });
    expect(overlaps(placed.box, replyBox)).toBe(false);
    // A send button alone under the panel counts too.
    expect(place([box(400, 600, 700, 700), box(1100, 710, 1180, 740)])).toMatchObject({ side: 'left', adjusted: 'moved' });
  });

  it('shortens itself to the free band above a full-width reply box, then collapses when no band is tall enough', () => {
    const wide = box(0, 560, 1280, 720);
    const shortened = place([wide]);
    expect(shortened).toMatchObject({ side: 'right', collapsed: false, adjusted: 'shortened' });
    expect(shortened.box.bottom).toBeLessThanOrEqual(560);
    expect(overlaps(shortened.box, wide)).toBe(false);

    const tall = box(0, 150, 1280, 700);
    const collapsed = place([tall]);
    expect(collapsed).toMatchObject({ collapsed: true, adjusted: 'collapsed' });
    expect(overlaps(collapsed.box, tall)).toBe(false);
  });

  it('collapsed, is a small tab on the edge that also keeps clear of the reply box', () => {
    const tab = place([], 'right', true);
    expect(tab).toMatchObject({ side: 'right', collapsed: true, adjusted: null });
    expect(tab.box.right - tab.box.left).toBe(TAB.width);
    expect(tab.box.right).toBe(1280);
    const replyBox = box(0, 300, 1280, 500); // across the middle, where the tab would sit
    const moved = place([replyBox], 'right', true);
    expect(moved.collapsed).toBe(true);
    expect(overlaps(moved.box, replyBox)).toBe(false);
  });

  it('ignores empty boxes (a hidden reply box has no size)', () => {
    expect(place([box(1000, 100, 1000, 100)])).toMatchObject({ side: 'right', adjusted: null });
  });
});

describe('the host’s pure decisions', () => {
  it('reads stored layouts defensively', () => {
    expect(parseLayout(undefined)).toEqual({ side: 'right', collapsed: false });
    expect(parseLayout({ side: 'left', collapsed: true })).toEqual({ side: 'left', collapsed: true });
    expect(parseLayout({ side: 'top', collapsed: 'yes' })).toEqual({ side: 'right', collapsed: false });
  });

  it('collapses on list pages unless the agent opened it there', () => {
    const layout = { side: 'right' as const, collapsed: false };
    expect(wantsCollapsed({ kind: 'list' }, layout, false)).toBe(true);
    expect(wantsCollapsed({ kind: 'list' }, layout, true)).toBe(false);
    expect(wantsCollapsed({ kind: 'thread', conversationId: 'x' }, layout, false)).toBe(false);
    expect(wantsCollapsed({ kind: 'thread', conversationId: 'x' }, { ...layout, collapsed: true }, false)).toBe(true);
  });

  it('names the conversation in the sidebar URL, encoded', () => {
    expect(sidebarUrl('chrome-extension://id/sidebar.html', 'amazon:US:amzn1.thread.FX0001', 'search-2')).toBe(
      'chrome-extension://id/sidebar.html?conversation=amazon%3AUS%3Aamzn1.thread.FX0001#search-2',
    );
    expect(sidebarUrl('chrome-extension://id/sidebar.html', null)).toBe('chrome-extension://id/sidebar.html');
  });

  it('tells thread pages (and a two-pane inbox with a thread open) from lists and other pages', () => {
    showFixture(document, 'ebay/thread.html', US);
    expect(pageViewOf(readPageOnce(ebay, document, new URL(EBAY_THREAD), NOW))).toEqual({ kind: 'thread', conversationId: 'ebay:US:2901234561' });
    showFixture(document, 'amazon/thread-v3.html', US);
    expect(pageViewOf(readPageOnce(amazon, document, new URL(AMAZON_THREAD), NOW))).toEqual({ kind: 'thread', conversationId: 'amazon:US:amzn1.thread.FX0001' });
    showFixture(document, 'amazon/inbox-v3.html', US);
    expect(pageViewOf(readPageOnce(amazon, document, new URL(AMAZON_INBOX), NOW))).toEqual({ kind: 'list' });
    expect(pageViewOf(readPageOnce(amazon, document, new URL('https://sellercentral.amazon.com/home'), NOW))).toEqual({ kind: 'none' });
  });
});

// ---------------------------------------------------------------------------------------------------------

let current: ContentScriptContext | undefined;
afterEach(() => {
  current?.abort();
  current = undefined;
  document.querySelectorAll('replyclock-sidebar').forEach((element) => element.remove());
});

interface HappyDom {
  setURL(url: string): void;
  setViewport(viewport: object): void;
  settings: { disableIframePageLoading: boolean };
}

function setUp(url: string, fixture: string, adapter: PlatformAdapter, deps: Partial<SidebarHostDeps> = {}) {
  const happyDOM = (window as unknown as { happyDOM: HappyDom }).happyDOM;
  // happy-dom cannot load chrome-extension:// pages (the real frame is the e2e test's business).
  happyDOM.settings.disableIframePageLoading = true;
  happyDOM.setURL(url);
  happyDOM.setViewport(VIEWPORT);
  showFixture(document, fixture, US);
  const ctx = new ContentScriptContext('sidebar-test');
  current = ctx;
  const host = startSidebarHost(ctx, startPageStore(ctx, adapter), {
    now: () => NOW,
    loadLayout: async () => (await fakeBrowser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY],
    saveLayout: (layout) => fakeBrowser.storage.local.set({ [LAYOUT_KEY]: layout }),
    frameUrl: (id, fragment) => sidebarUrl('chrome-extension://test-extension-id/sidebar.html', id, fragment),
    loadStrings: async () => ({ tabLabel: 'Replyclock', tabTitle: 'Open the Replyclock sidebar', frameTitle: 'Replyclock sidebar' }),
    ...deps,
  });
  return { ctx, host };
}

const panelOf = (host: SidebarHost) => host.root.querySelector<HTMLElement>('.panel')!;
const tabOf = (host: SidebarHost) => host.root.querySelector<HTMLButtonElement>('.tab')!;
const frameOf = (host: SidebarHost) => host.root.querySelector('iframe');

async function mounted(host: SidebarHost) {
  await vi.waitFor(() => expect(host.element.isConnected).toBe(true), { timeout: 3000 });
}

/** What the background relays to this tab (lib/sidebar-protocol.ts's envelope), answered by the host. */
function tabMessage(type: string, data: unknown): Promise<unknown> {
  return fakeBrowser.runtime.sendMessage({ replyclockTab: 1, type, data });
}

function replyBoxAt(adapter: PlatformAdapter, rect: Box) {
  const editor = adapter.replyBox(document)!;
  editor.getBoundingClientRect = () => ({ ...rect, x: rect.left, y: rect.top, width: rect.right - rect.left, height: rect.bottom - rect.top, toJSON: () => rect }) as DOMRect;
  return editor;
}

describe('startSidebarHost on a live page', () => {
  it('mounts on a thread page: a fixed host, a closed shadow root, an iframe of the sidebar for the open conversation', async () => {
    const { host } = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(host);
    expect(host.element.tagName).toBe('REPLYCLOCK-SIDEBAR');
    expect(host.element.parentNode).toBe(document.documentElement);
    expect(host.element.shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(host.element.style.getPropertyValue('position')).toBe('fixed');
    expect(host.element.style.getPropertyValue('width')).toBe('0px');
    expect(panelOf(host).hidden).toBe(false);
    expect(tabOf(host).hidden).toBe(true);
    expect(frameOf(host)!.getAttribute('src')).toBe('chrome-extension://test-extension-id/sidebar.html?conversation=ebay%3AUS%3A2901234561');
    expect(frameOf(host)!.title).toBe('Replyclock sidebar');
    expect(host.placement()).toMatchObject({ side: 'right', collapsed: false });
  });

  it('mounts nowhere else: a seller-centre page that is neither list nor thread gets nothing', async () => {
    const { host } = setUp('https://sellercentral.amazon.com/home', 'amazon/inbox-v3.html', amazon);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(host.element.isConnected).toBe(false);
    expect(document.querySelector('replyclock-sidebar')).toBeNull();
  });

  it('shows only its tab on a list page, and opens (with no conversation) when the tab is clicked', async () => {
    const { host } = setUp(AMAZON_INBOX, 'amazon/inbox-v3.html', amazon);
    await mounted(host);
    expect(host.view()).toEqual({ kind: 'list' });
    expect(tabOf(host).hidden).toBe(false);
    expect(panelOf(host).hidden).toBe(true);
    expect(frameOf(host)).toBeNull(); // nothing loaded until it is opened
    expect(tabOf(host).getAttribute('aria-label')).toBe('Open the Replyclock sidebar');
    tabOf(host).click();
    expect(panelOf(host).hidden).toBe(false);
    expect(frameOf(host)!.getAttribute('src')).toBe('chrome-extension://test-extension-id/sidebar.html');
  });

  it('follows single-page navigation to a thread: the frame is replaced for the new conversation', async () => {
    const { host } = setUp(AMAZON_INBOX, 'amazon/inbox-v3.html', amazon);
    await mounted(host);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(AMAZON_THREAD);
    showFixture(document, 'amazon/thread-v3.html', US); // replaces <html>'s children: the host goes too, and comes back
    await vi.waitFor(() => expect(host.view()).toEqual({ kind: 'thread', conversationId: 'amazon:US:amzn1.thread.FX0001' }), { timeout: 3000 });
    await vi.waitFor(() => expect(host.element.isConnected).toBe(true), { timeout: 3000 });
    expect(panelOf(host).hidden).toBe(false);
    expect(frameOf(host)!.getAttribute('src')).toContain('conversation=amazon%3AUS%3Aamzn1.thread.FX0001');
  });

  it('remembers collapse and side in storage.local, and a new page starts as the agent left it', async () => {
    const first = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(first.host);
    expect(await tabMessage('sidebar', { action: 'collapse' })).toEqual({ ok: true, value: null });
    expect(panelOf(first.host).hidden).toBe(true);
    expect(tabOf(first.host).hidden).toBe(false);
    expect(await tabMessage('sidebar', { action: 'toggle-side' })).toEqual({ ok: true, value: null });
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY]).toEqual({ side: 'left', collapsed: true }), { timeout: 3000 });
    first.ctx.abort();

    const second = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(second.host);
    expect(second.host.layout()).toEqual({ side: 'left', collapsed: true });
    expect(tabOf(second.host).hidden).toBe(false);
    expect(tabOf(second.host).dataset.side).toBe('left');
    tabOf(second.host).click();
    expect(panelOf(second.host).hidden).toBe(false);
    expect(panelOf(second.host).dataset.side).toBe('left');
    await vi.waitFor(async () => expect((await fakeBrowser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY]).toEqual({ side: 'left', collapsed: false }), { timeout: 3000 });
  });

  it('never covers the reply box: moves to the other side, and back when the box moves away (without storing it)', async () => {
    const { host } = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(host);
    expect(host.placement()).toMatchObject({ side: 'right', adjusted: null });
    const editor = replyBoxAt(ebay, box(800, 600, 1200, 700));
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(host.placement()).toMatchObject({ side: 'left', adjusted: 'moved' }), { timeout: 3000 });
    expect(panelOf(host).dataset.side).toBe('left');
    expect(overlaps(host.placement()!.box, editor.getBoundingClientRect())).toBe(false);
    expect(host.layout().side).toBe('right'); // the agent's choice is unchanged

    replyBoxAt(ebay, box(300, 600, 700, 700));
    editor.dispatchEvent(new Event('input', { bubbles: true })); // an auto-growing editor moves as the agent types
    await vi.waitFor(() => expect(host.placement()).toMatchObject({ side: 'right', adjusted: null }), { timeout: 3000 });
  });

  it('keeps clear of the send button beside a KAT reply box too (Amazon), collapsing when nothing else fits', async () => {
    const { host } = setUp(AMAZON_THREAD, 'amazon/thread-v3.html', amazon);
    await mounted(host);
    // The editor is inside kat-textarea's shadow root; the Send kat-button is beside it, outside.
    replyBoxAt(amazon, box(100, 200, 600, 760));
    const send = document.querySelector('kat-button')! as HTMLElement;
    send.getBoundingClientRect = () => ({ left: 1100, top: 700, right: 1270, bottom: 740, x: 1100, y: 700, width: 170, height: 40, toJSON: () => ({}) }) as DOMRect;
    window.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(host.placement()).toMatchObject({ collapsed: false, adjusted: 'shortened' }), { timeout: 3000 });
    const placed = host.placement()!;
    expect(overlaps(placed.box, send.getBoundingClientRect())).toBe(false);
    expect(overlaps(placed.box, amazon.replyBox(document)!.getBoundingClientRect())).toBe(false);
  });

  it('inserts text into the page’s reply box on request, as text, and says why when it cannot', async () => {
    const { host } = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(host);
    const textarea = ebay.replyBox(document) as HTMLTextAreaElement;
    const inputs: string[] = [];
    textarea.addEventListener('input', () => inputs.push(textarea.value));
    const text = 'Hi <img src=x onerror=alert(1)>, your tracking number is 1Z999.';
    expect(await tabMessage('insertText', { text, conversationId: 'ebay:US:2901234561' })).toEqual({ ok: true, value: { inserted: true } });
    expect(textarea.value).toBe(text);
    expect(inputs).toEqual([text]);
    expect(document.querySelector('img[src="x"]')).toBeNull();

    expect(await tabMessage('insertText', { text: 'x', conversationId: 'ebay:US:999' })).toEqual({
      ok: true,
      value: { inserted: false, reason: 'conversation-changed' },
    });
    textarea.disabled = true;
    expect(await tabMessage('insertText', { text: 'x', conversationId: 'ebay:US:2901234561' })).toEqual({
      ok: true,
      value: { inserted: false, reason: 'not-editable' },
    });
    textarea.remove();
    expect(await tabMessage('insertText', { text: 'x', conversationId: 'ebay:US:2901234561' })).toEqual({
      ok: true,
      value: { inserted: false, reason: 'no-reply-box' },
    });
    expect(await tabMessage('insertText', { text: 'x'.repeat(20_001), conversationId: null })).toEqual({
      ok: true,
      value: { inserted: false, reason: 'too-long' },
    });
  });

  it('on the keyboard command, focuses the frame and asks it (a new #search-n, no history entry) for its search', async () => {
    const { host } = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(host);
    const frame = frameOf(host)!;
    const replace = vi.fn();
    Object.defineProperty(frame, 'contentWindow', { value: { location: { replace } } });
    const focus = vi.spyOn(frame, 'focus');
    await tabMessage('sidebar', { action: 'focus-search' });
    await tabMessage('sidebar', { action: 'focus-search' });
    expect(replace.mock.calls).toEqual([
      ['chrome-extension://test-extension-id/sidebar.html?conversation=ebay%3AUS%3A2901234561#search-1'],
      ['chrome-extension://test-extension-id/sidebar.html?conversation=ebay%3AUS%3A2901234561#search-2'],
    ]);
    expect(focus).toHaveBeenCalled();
    expect(frameOf(host)).toBe(frame); // the same page: only its fragment changed
  });

  it('on the keyboard command, opens a collapsed sidebar first (and remembers it open)', async () => {
    await fakeBrowser.storage.local.set({ [LAYOUT_KEY]: { side: 'right', collapsed: true } });
    const { host } = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(host);
    expect(panelOf(host).hidden).toBe(true);
    await tabMessage('sidebar', { action: 'focus-search' });
    expect(panelOf(host).hidden).toBe(false);
    expect(frameOf(host)).not.toBeNull();
    expect(host.layout().collapsed).toBe(false);
  });

  it('lets go of the page when its context ends: host removed, requests no longer answered, no more reads', async () => {
    const readThread = vi.spyOn(ebay, 'readThreadRaw');
    const { ctx, host } = setUp(EBAY_THREAD, 'ebay/thread.html', ebay);
    await mounted(host);
    ctx.abort();
    expect(host.element.isConnected).toBe(false);
    await expect(tabMessage('sidebar', { action: 'collapse' })).rejects.toThrow();
    const reads = readThread.mock.calls.length;
    document.body.append(document.createElement('div'));
    window.dispatchEvent(new Event('resize'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(readThread.mock.calls.length).toBe(reads);
    expect(document.querySelector('replyclock-sidebar')).toBeNull();
    readThread.mockRestore();
  });

  it('never throws into the page: an adapter that breaks leaves the page alone', async () => {
    const broken: PlatformAdapter = { ...ebay, readThreadRaw: () => { throw new Error('boom'); } };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { host } = setUp(EBAY_THREAD, 'ebay/thread.html', broken);
    await vi.waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 3000 });
    expect(host.element.isConnected).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
