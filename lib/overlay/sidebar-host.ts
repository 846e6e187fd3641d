// The content script's side of the sidebar: a closed shadow-root host, fixed to one edge of the seller page,
// holding an iframe of the extension's own sidebar page (React, Dexie and templates run there, never in the
// page's origin) and, collapsed, a small tab. It follows the open conversation across single-page
// navigation, never covers the page's reply box or send button, remembers side and collapse in
// browser.storage.local, and answers the background's relayed requests (insert text, collapse, move, focus
// the search). React-free; bound to ctx.signal; nothing it throws reaches the page.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { insertText } from '../dom/insert-text';
import { sendMessage, type HostStrings } from '../messaging';
import { conversationId } from '../model';
import type { PageRead, PageStore } from './page-store';
import { handleTabMessages, MAX_INSERT_CHARS, type InsertOutcome, type InsertTextRequest, type SidebarAction } from '../sidebar-protocol';
import { otherSide, placeSidebar, type Box, type Placement, type Side } from './sidebar-placement';

export const LAYOUT_KEY = 'sidebar.layout';
export const HOST_TAG = 'replyclock-sidebar';
/** A send button counts as the reply box's when it is this close to it (same form or toolbar). */
const SEND_BUTTON_REACH_PX = 200;

/** The agent's choice, remembered across pages and tabs. */
export interface SidebarLayout {
  side: Side;
  collapsed: boolean;
}

export const DEFAULT_LAYOUT: SidebarLayout = { side: 'right', collapsed: false };

/** What the page shows: no messaging page, a conversation list, or one conversation (id null if unreadable). */
export type PageView = { kind: 'none' } | { kind: 'list' } | { kind: 'thread'; conversationId: string | null };

export interface SidebarHostDeps {
  now: () => number;
  loadLayout: () => Promise<unknown>;
  saveLayout: (layout: SidebarLayout) => Promise<void>;
  /** The sidebar page's URL for a conversation; `fragment` asks it to focus its search. */
  frameUrl: (conversationId: string | null, fragment?: string) => string;
  /** The host's own words, from the background (a content script's first i18n lookup is slow in the page). */
  loadStrings: () => Promise<HostStrings>;
}

export interface SidebarHost {
  /** The closed shadow root (for tests: the page never gets it). */
  readonly root: ShadowRoot;
  readonly element: HTMLElement;
  view(): PageView;
  layout(): SidebarLayout;
  placement(): Placement | null;
}

export function defaultHostDeps(): SidebarHostDeps {
  return {
    now: Date.now,
    loadLayout: async () => (await browser.storage.local.get(LAYOUT_KEY))[LAYOUT_KEY],
    saveLayout: (layout) => browser.storage.local.set({ [LAYOUT_KEY]: layout }),
    frameUrl: (id, fragment) => sidebarUrl(browser.runtime.getURL('/sidebar.html'), id, fragment),
    loadStrings: () => sendMessage('hostStrings', null),
  };
}

/** /sidebar.html?conversation=<id>#<fragment>: the id is the whole query value, encoded. */
export function sidebarUrl(base: string, id: string | null, fragment?: string): string {
  const url = new URL(base);
  if (id !== null) url.searchParams.set('conversation', id);
  if (fragment) url.hash = fragment;
  return url.href;
}

/** A stored layout, or the default for anything unreadable. Pure. */
export function parseLayout(value: unknown): SidebarLayout {
  const stored = (typeof value === 'object' && value !== null ? value : {}) as Partial<SidebarLayout>;
  return {
    side: stored.side === 'left' || stored.side === 'right' ? stored.side : DEFAULT_LAYOUT.side,
    collapsed: typeof stored.collapsed === 'boolean' ? stored.collapsed : DEFAULT_LAYOUT.collapsed,
  };
}

/**
 * Which page a read of it shows: a thread page (or a two-pane inbox with a thread open) names its
 * conversation as platform:marketplace:threadId, the id the content script sends the background. Pure.
 */
export function pageViewOf(read: PageRead | null): PageView {
  if (!read || (!read.onThread && !read.onInbox)) return { kind: 'none' };
  const thread = read.thread?.thread;
  if (thread) return { kind: 'thread', conversationId: conversationId(thread.platform, thread.marketplace, thread.threadId) };
  return read.onThread ? { kind: 'thread', conversationId: null } : { kind: 'list' };
}

/** Collapsed when the agent collapsed it, and on a list page unless the agent opened it there. Pure. */
export function wantsCollapsed(view: PageView, layout: SidebarLayout, openedOnList: boolean): boolean {
  if (layout.collapsed) return true;
  return view.kind === 'list' && !openedOnList;
}

export function startSidebarHost(ctx: ContentScriptContext, store: PageStore, deps: SidebarHostDeps = defaultHostDeps()): SidebarHost {
  const element = document.createElement(HOST_TAG);
  // Inline and !important: a page rule for unknown elements must not move, hide or restyle the host. Fixed and
  // zero-sized, so the page's own layout never shifts; the panel and tab inside are fixed to the viewport.
  element.style.cssText =
    'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; ' +
    'height: 0 !important; overflow: visible !important; z-index: 2147483647 !important; display: block !important;';
  // Closed: the page's scripts cannot reach the iframe, its URL (the conversation) or the tab.
  const root = element.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = HOST_CSS;
  const panel = document.createElement('div');
  panel.className = 'panel';
  panel.hidden = true;
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.className = 'tab';
  tab.hidden = true;
  root.append(style, panel, tab);

  let view: PageView = { kind: 'none' };
  let layout: SidebarLayout = { ...DEFAULT_LAYOUT };
  let layoutLoaded = false;
  let openedOnList = false;
  let frame: HTMLIFrameElement | null = null;
  let frameConversation: string | null = null;
  let searchRequests = 0;
  let frameLoaded = false;
  let focusWhenLoaded = false;
  let placement: Placement | null = null;
  let appliedStyle = '';
  let framePending = false;
  let controls: ReplyControls | null = null;
  let strings: HostStrings = { tabLabel: 'Replyclock', tabTitle: 'Replyclock', frameTitle: 'Replyclock' };
  const applyStrings = () => {
    tab.textContent = strings.tabLabel;
    tab.title = strings.tabTitle;
    tab.setAttribute('aria-label', strings.tabTitle);
    if (frame) frame.title = strings.frameTitle;
  };
  applyStrings();
  deps
    .loadStrings()
    .then((loaded) => {
      if (ctx.isInvalid || typeof loaded?.tabLabel !== 'string') return;
      strings = loaded;
      applyStrings();
    })
    .catch((error: unknown) => console.warn('[Replyclock] sidebar strings:', error));

  const guard =
    <A extends unknown[]>(work: (...args: A) => void) =>
    (...args: A) => {
      if (ctx.isInvalid) return;
      try {
        work(...args);
      } catch (error) {
        console.warn('[Replyclock] sidebar:', error);
      }
    };

  /** What the page store read: which conversation is open, and where the reply box is. */
  const applyRead = (read: PageRead | null) => {
    const next = pageViewOf(read);
    if (next.kind !== 'list') openedOnList = false;
    view = next;
    controls = view.kind === 'none' ? null : findReplyControls(read?.replyBox ?? null);
  };

  /** The controls found at the last settled read, found again if the page replaced the editor since. */
  const currentControls = () => {
    if (controls && !controls.editor.isConnected) controls = findReplyControls(store.replyBox());
    return controls;
  };

  const newFrame = (id: string | null, fragment?: string) => {
    const created = document.createElement('iframe');
    created.title = strings.frameTitle;
    // A new element for each conversation: its first load adds no entry to the tab's history (changing src
    // would, and the page's Back button would then step the sidebar instead of the page).
    created.src = deps.frameUrl(id, fragment);
    created.addEventListener(
      'load',
      guard(() => {
        if (created !== frame) return;
        frameLoaded = true;
        if (!focusWhenLoaded) return;
        focusWhenLoaded = false;
        created.focus();
      }),
    );
    frame?.remove();
    frame = created;
    frameLoaded = false;
    focusWhenLoaded = false;
    frameConversation = id;
    panel.append(created);
  };

  const conversationShown = () => (view.kind === 'thread' ? view.conversationId : null);

  /** Applies view, layout and the reply box's position to the DOM, writing only what changed. */
  const render = () => {
    if (view.kind === 'none' || !layoutLoaded) {
      if (element.isConnected) element.remove();
      placement = null;
      return;
    }
    if (!element.isConnected) document.documentElement.append(element);
    placement = placeSidebar({
      viewport: { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight },
      avoid: measureReplyControls(currentControls()),
      side: layout.side,
      collapsed: wantsCollapsed(view, layout, openedOnList),
    });
    const open = !placement.collapsed;
    if (open && (frame === null || frameConversation !== conversationShown())) newFrame(conversationShown());
    const { box } = placement;
    const css = `left:${box.left}px;top:${box.top}px;width:${box.right - box.left}px;height:${box.bottom - box.top}px`;
    const key = `${open}|${placement.side}|${css}`;
    if (key === appliedStyle) return;
    appliedStyle = key;
    panel.hidden = !open;
    tab.hidden = open;
    const target = open ? panel : tab;
    target.style.cssText = css;
    target.dataset.side = placement.side;
  };

  const scheduleRender = () => {
    if (framePending || ctx.isInvalid) return;
    framePending = true;
    ctx.requestAnimationFrame(() => {
      framePending = false;
      guard(render)();
    });
  };

  const refresh = guard(() => {
    applyRead(store.current());
    render();
  });

  const remember = (next: SidebarLayout) => {
    layout = next;
    deps.saveLayout(next).catch((error: unknown) => console.warn('[Replyclock] could not remember the sidebar layout:', error));
  };

  const expand = () => {
    if (view.kind === 'list') openedOnList = true;
    if (layout.collapsed) remember({ ...layout, collapsed: false });
  };

  const act = (action: SidebarAction) => {
    applyRead(store.current());
    if (action === 'collapse') {
      openedOnList = false;
      if (!layout.collapsed) remember({ ...layout, collapsed: true });
    } else if (action === 'expand') {
      expand();
    } else if (action === 'toggle-side') {
      remember({ ...layout, side: otherSide(placement?.side ?? layout.side) });
    } else if (action === 'focus-search') {
      if (view.kind === 'none') return;
      expand();
      render();
      focusSearch();
      return;
    }
    render();
  };

  /** Focus moves into the frame, and a new fragment tells the sidebar page to focus its search input. */
  const focusSearch = () => {
    if (!frame || placement?.collapsed) return;
    const fragment = `search-${++searchRequests}`;
    frame.focus();
    // A frame still loading takes focus again once loaded (its page focuses the search input itself).
    focusWhenLoaded = !frameLoaded;
    try {
      // replace(): a fragment change of the same page, with no history entry; allowed across origins.
      frame.contentWindow?.location.replace(deps.frameUrl(frameConversation, fragment));
    } catch {
      newFrame(frameConversation, fragment);
    }
  };

  const insert = ({ text, conversationId: wanted }: InsertTextRequest): InsertOutcome => {
    if (typeof text !== 'string') throw new Error('insertText: text missing');
    if (text.length > MAX_INSERT_CHARS) return { inserted: false, reason: 'too-long' };
    applyRead(store.readThreadNow()); // the page may have moved on since the last settled read
    if (wanted !== null && wanted !== conversationShown()) return { inserted: false, reason: 'conversation-changed' };
    const editor = store.replyBox();
    if (!editor) return { inserted: false, reason: 'no-reply-box' };
    return insertText(editor, text) ? { inserted: true } : { inserted: false, reason: 'not-editable' };
  };

  handleTabMessages(
    {
      insertText: (data) => insert(data),
      sidebar: ({ action }) => {
        guard(act)(action);
        return null;
      },
    },
    ctx.signal,
  );

  tab.addEventListener(
    'click',
    guard(() => {
      expand();
      render();
    }),
  );

  // The page store says when the page has settled after a change or a navigation.
  store.subscribe(refresh);
  // The reply box moves with scrolling, resizing and typing (auto-growing editors): keep clear of it.
  ctx.addEventListener(window, 'resize', scheduleRender);
  ctx.addEventListener(window, 'scroll', scheduleRender, { capture: true, passive: true });
  ctx.addEventListener(document, 'input', scheduleRender, { capture: true, passive: true });
  ctx.signal.addEventListener('abort', () => element.remove(), { once: true });

  deps
    .loadLayout()
    .then(
      (stored) => {
        layout = parseLayout(stored);
      },
      () => undefined,
    )
    .finally(() => {
      layoutLoaded = true;
      refresh();
    });

  return {
    root,
    element,
    view: () => view,
    layout: () => ({ ...layout }),
    placement: () => placement,
  };
}

/** The page's reply editor and the buttons that may be its send button, found once per settled DOM. */
export interface ReplyControls {
  editor: Element;
  buttons: Element[];
}

/**
 * The buttons in the reply editor's form (or, inside a web component, its host's form), found when the page
 * store has read the page, not on every scroll.
 */
export function findReplyControls(editor: Element | null): ReplyControls | null {
  if (!editor) return null;
  const scope = formAround(editor);
  const buttons = scope ? Array.from(scope.querySelectorAll('button, input[type="submit"], kat-button, [role="button"]')).slice(0, 20) : [];
  return { editor, buttons };
}

/** Where those are now: the editor, and the buttons beside or below it (send, attach). Cheap: rectangles only. */
export function measureReplyControls(controls: ReplyControls | null): Box[] {
  if (!controls) return [];
  const box = controls.editor.getBoundingClientRect();
  const boxes: Box[] = [box];
  for (const button of controls.buttons) {
    const rect = button.getBoundingClientRect();
    if (rect.top < box.bottom + SEND_BUTTON_REACH_PX && rect.bottom > box.top - SEND_BUTTON_REACH_PX) boxes.push(rect);
  }
  return boxes;
}

/**
 * The editor's form, looking out of shadow roots (a KAT textarea's editor is inside its component); else the
 * grandparent of the outermost host, where a toolbar with the send button sits beside the editor.
 */
function formAround(editor: Element): ParentNode | null {
  let node: Element = editor;
  for (let depth = 0; depth < 5; depth++) {
    const form = node.closest('form');
    if (form) return form;
    const root = node.getRootNode() as Node & { host?: Element };
    if (!root.host) break;
    node = root.host;
  }
  return node.parentElement?.parentElement ?? node.parentElement;
}

const HOST_CSS = `
.panel {
  position: fixed;
  box-sizing: border-box;
  background: #fff;
  border: 1px solid #c8ccd1;
  border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18);
  overflow: hidden;
}
.panel[hidden], .tab[hidden] { display: none; }
iframe { display: block; width: 100%; height: 100%; border: 0; color-scheme: normal; }
.tab {
  position: fixed;
  box-sizing: border-box;
  margin: 0;
  padding: 8px 4px;
  border: 1px solid #c8ccd1;
  background: #1a4d8f;
  color: #fff;
  font: 600 12px/1.2 system-ui, sans-serif;
  writing-mode: vertical-rl;
  cursor: pointer;
}
.tab[data-side="right"] { border-radius: 8px 0 0 8px; border-right: 0; }
.tab[data-side="left"] { border-radius: 0 8px 8px 0; border-left: 0; transform: rotate(180deg); }
.tab:focus-visible { outline: 3px solid #f0b400; outline-offset: 1px; }
`;
