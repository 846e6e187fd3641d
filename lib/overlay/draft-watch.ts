// Night watch's eyes on a seller page: remembers when the agent last typed into an editor here, and answers
// the background's question right before a reload (lib/night-watch/tab-activity.ts): which kind of page this
// is, whether a reply draft is unsent, whether the agent is typing. React-free; bound to ctx.signal; it only
// reads the page, and nothing it throws reaches the page (an error is no answer, and no answer never reloads).
import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { deepQueryAll } from '../dom/deep-query';
import { isActivityRequest, isDraftText, type PageKind, type TabActivity } from '../night-watch/tab-activity';
import type { PlatformAdapter } from '../platforms/adapter';
import type { PageStore } from './page-store';
import { HOST_TAG } from './sidebar-host';

/** Events that put text into (or take it out of) an editor: keys, IME composition, paste, cut, drop. */
const TYPING_EVENTS = ['keydown', 'input', 'compositionstart', 'compositionupdate', 'paste', 'cut', 'drop'] as const;

/** Input types that hold free text (the same list lib/dom/insert-text.ts inserts into). */
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'url', 'tel', '']);

/**
 * Multi-line editors hold written messages: any of them with text is a draft. Single-line fields (search,
 * filters) are not: a reload loses nothing there the agent wrote for a buyer.
 */
const MESSAGE_EDITORS = 'textarea, [contenteditable]:not([contenteditable="false"])';

export interface DraftWatchDeps {
  now: () => number;
}

export interface DraftWatch {
  /** What the page would answer now. */
  activity(): TabActivity;
}

export function startDraftWatch(ctx: ContentScriptContext, adapter: PlatformAdapter, store: PageStore, deps: DraftWatchDeps = { now: Date.now }): DraftWatch {
  let lastKeyAt: number | null = null;

  const onTyping = (event: Event) => {
    // composedPath()[0]: the editor itself, inside an open shadow root (KAT's textarea) too.
    const target = event.composedPath?.()[0] ?? event.target;
    if (target instanceof Element && isEditor(target)) lastKeyAt = deps.now();
  };
  for (const type of TYPING_EVENTS) ctx.addEventListener(document, type, onTyping, { capture: true, passive: true });

  const activity = (): TabActivity => readActivity(adapter, store.replyBox(), document, new URL(location.href), lastKeyAt, deps.now());

  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (answer: unknown) => void) => {
    if (!isActivityRequest(message)) return false;
    if (sender.id !== undefined && sender.id !== browser.runtime.id) return false;
    if (ctx.isInvalid) return false;
    let answer: TabActivity;
    try {
      answer = activity();
    } catch (error) {
      console.warn('[Replyclock] night watch could not read this page:', error);
      return false; // no answer: the background does not reload
    }
    sendResponse(answer);
    return true; // the form every browser (and the fake one) reads as "answered"
  };
  const onMessage = browser.runtime.onMessage as unknown as {
    addListener(l: typeof listener): void;
    removeListener(l: typeof listener): void;
  };
  if (!ctx.signal.aborted) {
    onMessage.addListener(listener);
    ctx.signal.addEventListener('abort', () => onMessage.removeListener(listener), { once: true });
  }
  return { activity };
}

/** The page's answer, read off the DOM. `lastKeyAt` is what the listeners saw; `now` stands for keys we cannot see. */
export function readActivity(
  adapter: PlatformAdapter,
  reply: Element | null,
  doc: Document,
  url: URL,
  lastKeyAt: number | null,
  now: number,
): TabActivity {
  const page: PageKind = adapter.isInbox(url) ? 'inbox' : adapter.isThread(url) ? 'thread' : 'none';
  const focus = focusedPlace(doc);
  return {
    page,
    hasDraft: hasDraft(reply, doc),
    // Keys typed into a frame (our sidebar's, or a page's editor frame) never reach this document: focus
    // there counts as typing now.
    lastKeyAt: focus === 'frame' ? now : lastKeyAt,
    editorFocused: focus !== 'elsewhere',
  };
}

/** Unsent text in the page's reply box, or in any other visible, writable multi-line editor (a note, a second box). */
export function hasDraft(reply: Element | null, doc: Document): boolean {
  if (reply && isDraftText(editorText(reply))) return true;
  return deepQueryAll(doc, MESSAGE_EDITORS).some((editor) => isWritable(editor) && isShown(editor) && isDraftText(editorText(editor)));
}

/**
 * Where the caret is while the page's window has focus: an editor of the page, a frame (whose keys we
 * cannot see), or elsewhere (nothing focused, a button, or the window itself not focused).
 */
function focusedPlace(doc: Document): 'editor' | 'frame' | 'elsewhere' {
  if (!doc.hasFocus()) return 'elsewhere';
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return 'elsewhere';
  const tag = active.tagName.toLowerCase();
  if (tag === HOST_TAG || tag === 'iframe' || tag === 'frame') return 'frame';
  return isEditor(active) ? 'editor' : 'elsewhere';
}

function isEditor(element: Element): boolean {
  const tag = element.tagName;
  if (tag === 'TEXTAREA') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
  return (element as HTMLElement).isContentEditable === true || element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

function editorText(editor: Element): string {
  if (editor.tagName === 'TEXTAREA' || editor.tagName === 'INPUT') return (editor as HTMLTextAreaElement).value;
  return editor.textContent ?? '';
}

/** A read-only or disabled box shows text; the agent cannot have written it. */
function isWritable(editor: Element): boolean {
  if (editor.tagName === 'TEXTAREA') return !(editor as HTMLTextAreaElement).disabled && !(editor as HTMLTextAreaElement).readOnly;
  return true;
}

/** Hidden editors (a captcha's answer field, a template) are nobody's draft. */
function isShown(editor: Element): boolean {
  return typeof editor.checkVisibility === 'function' ? editor.checkVisibility() : true;
}
