// Puts text into a page's own reply editor (a textarea, a text input, or a contenteditable element) so the
// page's framework (React, Preact, KAT web components) sees it as typed, and the agent can still edit it.
// Text is always text: it is set as a value or a text node, never parsed as markup.

/** Input types that hold free text; a checkbox or a date picker is no reply editor. */
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', 'search', 'email', 'url', 'tel', '']);

/**
 * Inserts `text` at the editor's caret or selection (or after its content) and tells the page.
 * Returns false, changing nothing, for anything that is not an enabled, writable text editor.
 */
export function insertText(editor: HTMLTextAreaElement | HTMLInputElement | HTMLElement, text: string): boolean {
  try {
    if (isTextField(editor)) return insertIntoField(editor, text);
    if (isEditable(editor)) return insertIntoEditable(editor, text);
  } catch {
    // a page that breaks on focus or events must not break the extension
  }
  return false;
}

type TextField = HTMLTextAreaElement | HTMLInputElement;

function isTextField(element: Element): element is TextField {
  if (element.tagName === 'TEXTAREA') return true;
  return element.tagName === 'INPUT' && TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').toLowerCase());
}

function isEditable(element: Element): element is HTMLElement {
  const attribute = element.getAttribute('contenteditable');
  if (attribute !== null) return ['', 'true', 'plaintext-only'].includes(attribute.toLowerCase());
  return (element as HTMLElement).isContentEditable === true; // editable by inheritance
}

function insertIntoField(field: TextField, text: string): boolean {
  if (field.disabled || field.readOnly) return false;
  const setter = nativeValueSetter(field);
  if (!setter) return false;
  const value = field.value;
  const [start, end] = insertionRange(field, value);
  field.focus({ preventScroll: true });
  // React (and Preact's compat) track the value through a setter on the element itself and drop an input
  // event whose value they already recorded; the prototype's native setter leaves that record stale, so the
  // framework sees the change as the user's.
  setter.call(field, value.slice(0, start) + text + value.slice(end));
  const caret = start + text.length;
  try {
    field.setSelectionRange(caret, caret);
  } catch {
    // email and url inputs have no selection API
  }
  field.dispatchEvent(inputEvent(field, text));
  field.dispatchEvent(new (viewOf(field)?.Event ?? Event)('change', { bubbles: true }));
  return true;
}

/**
 * Where to insert: the selection when the agent placed one. An unfocused field whose caret still sits at 0
 * was never clicked into (a field starts there), so its draft is kept and the text goes after it.
 */
function insertionRange(field: TextField, value: string): [number, number] {
  let start: number | null = null;
  let end: number | null = null;
  try {
    start = field.selectionStart;
    end = field.selectionEnd;
  } catch {
    // no selection API for this input type
  }
  if (start === null || end === null) return [value.length, value.length];
  if (start === 0 && end === 0 && value !== '' && !isFocused(field)) return [value.length, value.length];
  const from = Math.min(start, end, value.length);
  return [from, Math.min(Math.max(start, end), value.length)];
}

/** The `value` setter of the element's own realm's prototype (an iframe's textarea has its own). */
function nativeValueSetter(field: TextField): ((this: TextField, value: string) => void) | null {
  const view = viewOf(field);
  const prototype =
    field.tagName === 'TEXTAREA'
      ? (view?.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype
      : (view?.HTMLInputElement ?? HTMLInputElement).prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) return setter as (this: TextField, value: string) => void;
  // Otherwise the nearest setter on the prototype chain, skipping anything defined on the element itself.
  let proto = Object.getPrototypeOf(field) as object | null;
  for (; proto; proto = Object.getPrototypeOf(proto) as object | null) {
    const inherited = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (inherited) return inherited as (this: TextField, value: string) => void;
  }
  return null;
}

function insertIntoEditable(editor: HTMLElement, text: string): boolean {
  const doc = editor.ownerDocument;
  const selection = selectionFor(editor);
  // The agent's selection inside the editor, read before focusing (focus may move it); else the end.
  let range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (!range || !contains(editor, range.commonAncestorContainer)) {
    range = doc.createRange();
    range.selectNodeContents(editor);
    range.collapse(false);
  }
  editor.focus({ preventScroll: true });
  range.deleteContents();
  const nodes = textNodes(editor, text);
  const fragment = doc.createDocumentFragment();
  fragment.append(...nodes);
  range.insertNode(fragment);
  const last = nodes[nodes.length - 1];
  if (last) {
    range.setStartAfter(last);
    range.collapse(true);
  }
  selection?.removeAllRanges();
  selection?.addRange(range);
  editor.dispatchEvent(inputEvent(editor, text));
  return true;
}

/** The text as nodes: one text node, or lines joined by <br> where the editor would collapse a newline. */
function textNodes(editor: HTMLElement, text: string): Node[] {
  const doc = editor.ownerDocument;
  if (editor.getAttribute('contenteditable')?.toLowerCase() === 'plaintext-only' || !text.includes('\n')) {
    return [doc.createTextNode(text)];
  }
  return text.split('\n').flatMap((line, index) => {
    const nodes: Node[] = index > 0 ? [doc.createElement('br')] : [];
    if (line) nodes.push(doc.createTextNode(line));
    return nodes;
  });
}

/** The selection an editor's caret lives in: its shadow root's (Chromium) or the document's. */
function selectionFor(editor: HTMLElement): Selection | null {
  const root = editor.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if ('host' in root && typeof root.getSelection === 'function') {
    const own = root.getSelection();
    if (own) return own;
  }
  return editor.ownerDocument.getSelection();
}

function isFocused(element: Element): boolean {
  let active: Element | null = element.ownerDocument.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active === element;
}

function contains(ancestor: Node, node: Node): boolean {
  return ancestor === node || ancestor.contains(node);
}

/** An `input` event that crosses shadow boundaries (KAT components re-emit it from their host). */
function inputEvent(target: Element, text: string): Event {
  const view = viewOf(target);
  const init = { bubbles: true, composed: true, inputType: 'insertText', data: text };
  const InputEventClass = view?.InputEvent ?? (typeof InputEvent === 'function' ? InputEvent : undefined);
  return InputEventClass ? new InputEventClass('input', init) : new (view?.Event ?? Event)('input', init);
}

function viewOf(element: Element): (Window & typeof globalThis) | null {
  return (element.ownerDocument.defaultView as (Window & typeof globalThis) | null) ?? null;
}
