// insertText: text reaches a framework-controlled editor as if typed (React's own value setter bypassed,
// events that leave shadow roots), lands at the caret, and is always text, never markup.
import { afterEach, describe, expect, it } from 'vitest';
import { insertText } from '@/lib/dom/insert-text';

const nativeValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;

afterEach(() => {
  document.body.replaceChildren();
});

/** A textarea inside an open shadow root, as kat-textarea renders it. */
function shadowTextarea(): { host: HTMLElement; textarea: HTMLTextAreaElement } {
  const host = document.createElement('kat-textarea');
  document.body.append(host);
  const textarea = document.createElement('textarea');
  host.attachShadow({ mode: 'open' }).append(textarea);
  return { host, textarea };
}

/**
 * React's value tracking: a `value` property on the element itself records every value set through it, and
 * React's change handler ignores an input event whose value equals the last recorded one.
 */
function controlLikeReact(textarea: HTMLTextAreaElement, onChange: (value: string) => void): string[] {
  const recorded: string[] = [];
  let tracked = nativeValue.get!.call(textarea) as string;
  Object.defineProperty(textarea, 'value', {
    configurable: true,
    get() {
      return nativeValue.get!.call(this);
    },
    set(value: string) {
      recorded.push(value);
      tracked = value;
      nativeValue.set!.call(this, value);
    },
  });
  // React listens at its root (here: the document); the event must leave the shadow root to get there.
  document.addEventListener('input', (event) => {
    if (event.composedPath()[0] !== textarea) return;
    const current = textarea.value;
    if (current !== tracked) {
      tracked = current;
      onChange(current);
    }
  });
  return recorded;
}

describe('insertText into a textarea', () => {
  it('reaches a React-controlled textarea in a shadow root through the native setter', () => {
    const { textarea } = shadowTextarea();
    const changes: string[] = [];
    const recorded = controlLikeReact(textarea, (value) => changes.push(value));
    const seen: Event[] = [];
    document.addEventListener('input', (event) => seen.push(event));

    expect(insertText(textarea, 'Thanks for your message.')).toBe(true);

    expect(textarea.value).toBe('Thanks for your message.');
    expect(recorded).toEqual([]); // React's own setter was bypassed, so its record is stale…
    expect(changes).toEqual(['Thanks for your message.']); // …and its change handler fires
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ type: 'input', bubbles: true, composed: true });
  });

  it('dispatches change too, and focuses the editor first', () => {
    const { textarea } = shadowTextarea();
    const events: string[] = [];
    textarea.addEventListener('focus', () => events.push('focus'));
    textarea.addEventListener('input', () => events.push('input'));
    textarea.addEventListener('change', () => events.push('change'));
    insertText(textarea, 'Hi');
    expect(events).toEqual(['focus', 'input', 'change']);
  });

  it('inserts at the caret and replaces a selection, leaving the caret after the text', () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    textarea.value = 'Hello world';
    textarea.focus();
    textarea.setSelectionRange(6, 6);
    insertText(textarea, 'big ');
    expect(textarea.value).toBe('Hello big world');
    expect([textarea.selectionStart, textarea.selectionEnd]).toEqual([10, 10]);

    textarea.setSelectionRange(6, 15);
    insertText(textarea, 'there');
    expect(textarea.value).toBe('Hello there');
  });

  it('appends to a draft in a field the agent never clicked into', () => {
    const textarea = document.createElement('textarea');
    textarea.textContent = 'Dear Emma,';
    document.body.append(textarea);
    insertText(textarea, ' thanks!');
    expect(textarea.value).toBe('Dear Emma, thanks!');
  });

  it('keeps markup in the text as text', () => {
    const textarea = document.createElement('textarea');
    document.body.append(textarea);
    insertText(textarea, '<b>bold</b> & <img src=x onerror=alert(1)>');
    expect(textarea.value).toBe('<b>bold</b> & <img src=x onerror=alert(1)>');
  });

  it('works for a text input', () => {
    const input = document.createElement('input');
    document.body.append(input);
    expect(insertText(input, 'tracking 1Z999')).toBe(true);
    expect(input.value).toBe('tracking 1Z999');
  });
});

describe('insertText into a contenteditable editor', () => {
  it('inserts a text node at the selection and fires an InputEvent', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    editor.textContent = 'Dear Emma, regards';
    document.body.append(editor);
    const range = document.createRange();
    range.setStart(editor.firstChild!, 11);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    const seen: Event[] = [];
    document.addEventListener('input', (event) => seen.push(event));

    expect(insertText(editor, 'it ships today. ')).toBe(true);
    expect(editor.textContent).toBe('Dear Emma, it ships today. regards');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ type: 'input', bubbles: true, composed: true, inputType: 'insertText', data: 'it ships today. ' });
  });

  it('appends when the selection is elsewhere, and keeps <b> literal', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', '');
    editor.textContent = 'Hi';
    document.body.append(editor);
    document.getSelection()!.removeAllRanges();
    insertText(editor, ' <b>not bold</b>');
    expect(editor.textContent).toBe('Hi <b>not bold</b>');
    expect(editor.querySelector('b')).toBeNull();
  });

  it('breaks lines with <br> elements, never parsed markup', () => {
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(editor);
    insertText(editor, 'Line one\nLine <i>two</i>');
    expect(Array.from(editor.childNodes).map((node) => node.nodeName)).toEqual(['#text', 'BR', '#text']);
    expect(editor.textContent).toBe('Line oneLine <i>two</i>');
  });
});

describe('insertText refuses what is not a writable text editor', () => {
  it('returns false and changes nothing', () => {
    const div = document.createElement('div');
    div.textContent = 'static';
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    const readonly = document.createElement('textarea');
    readonly.readOnly = true;
    readonly.value = 'kept';
    const disabled = document.createElement('textarea');
    disabled.disabled = true;
    const notEditable = document.createElement('div');
    notEditable.setAttribute('contenteditable', 'false');
    document.body.append(div, checkbox, readonly, disabled, notEditable);
    const seen: Event[] = [];
    document.addEventListener('input', (event) => seen.push(event));

    for (const element of [div, checkbox, readonly, disabled, notEditable]) expect(insertText(element, 'x')).toBe(false);
    expect([div.textContent, checkbox.value, readonly.value, disabled.value, notEditable.textContent]).toEqual(['static', 'on', 'kept', '', '']);
    expect(seen).toEqual([]);
  });
});
