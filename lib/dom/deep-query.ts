// Site-independent DOM queries that pierce open shadow roots and same-origin iframes.
// Seller Central renders parts of its inbox inside KAT web components (open shadow roots) and, on some
// accounts, inside an iframe; document.querySelectorAll sees neither, so every adapter reads through these.

/**
 * What a read has already asked of the page. A reader asks the same questions of a row many times (its roots,
 * its leaves, each cell's text); within one synchronous read the page cannot change (no observer or page script
 * runs until the read returns), so the first answer stays true. Null outside `whileReading`: no caching.
 */
interface ReadCache {
  roots: Map<ParentNode, ParentNode[]>;
  queries: Map<ParentNode, Map<string, Element[]>>;
  texts: Map<Element, string>;
}
let cache: ReadCache | null = null;

/**
 * Runs `work`, one synchronous read of the page, with searchRoots, queryAllIn and deepText remembering their
 * answers until it returns. Nested calls share the outer read's memory. Do not mutate the page inside `work`.
 */
export function whileReading<T>(work: () => T): T {
  if (cache) return work();
  cache = { roots: new Map(), queries: new Map(), texts: new Map() };
  try {
    return work();
  } finally {
    cache = null;
  }
}

/** Every searchable root under `root`: itself, each open shadow root, and each same-origin iframe document. */
export function searchRoots(root: ParentNode): ParentNode[] {
  const known = cache?.roots.get(root);
  if (known) return known.slice(); // a copy: callers may change their array
  const roots: ParentNode[] = [];
  const pending: ParentNode[] = [root];
  while (pending.length > 0) {
    const current = pending.pop()!;
    roots.push(current);
    // Index loops, here and below: Chromium iterates a NodeList several times slower with for…of or Array.from.
    const elements = allUnder(current);
    for (let i = 0; i < elements.length; i++) {
      const element = elements[i]!;
      if (element.shadowRoot) pending.push(element.shadowRoot);
      if (element instanceof HTMLIFrameElement || element.tagName === 'IFRAME') {
        const doc = frameDocument(element as HTMLIFrameElement);
        if (doc) pending.push(doc);
      }
    }
  }
  cache?.roots.set(root, roots.slice());
  return roots;
}

/** Every element under `root` in document order (not piercing shadow roots or frames), remembered during a read. */
function allUnder(root: ParentNode): ArrayLike<Element> {
  return cache ? cachedQueryAll(cache, root, '*', false) : root.querySelectorAll('*');
}

/** root.querySelectorAll(selector) as an array, remembered; a throw is not remembered, so it repeats as before. */
function cachedQueryAll(read: ReadCache, root: ParentNode, selector: string, swallow: boolean): Element[] {
  let bySelector = read.queries.get(root);
  if (!bySelector) {
    bySelector = new Map();
    read.queries.set(root, bySelector);
  }
  let found = bySelector.get(selector);
  if (!found) {
    try {
      found = toArray(root.querySelectorAll(selector));
    } catch (error) {
      if (!swallow) throw error;
      return []; // an invalid selector in a fallback list must not stop the others
    }
    bySelector.set(selector, found);
  }
  return found;
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument; // null or a throw for cross-origin frames: those are not ours to read
  } catch {
    return null;
  }
}

/** querySelectorAll over roots already found by `searchRoots` (find them once per read: it walks the tree). */
export function queryAllIn(roots: readonly ParentNode[], selector: string): Element[] {
  const found: Element[] = [];
  for (const searchRoot of roots) {
    for (const element of cache ? cachedQueryAll(cache, searchRoot, selector, true) : safeQueryAll(searchRoot, selector)) {
      found.push(element);
    }
  }
  return found;
}

/** querySelectorAll across `root`, its open shadow roots and same-origin iframes. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  return queryAllIn(searchRoots(root), selector);
}

export function deepQuery(root: ParentNode, selector: string): Element | null {
  return deepQueryAll(root, selector)[0] ?? null;
}

/** The first selector of an ordered fallback list that matches anything, with its matches. */
export function firstMatching<T extends string>(
  roots: readonly ParentNode[],
  selectors: readonly T[],
): { selector: T; elements: Element[] } | null {
  for (const selector of selectors) {
    const elements = queryAllIn(roots, selector);
    if (elements.length > 0) return { selector, elements };
  }
  return null;
}

/** Drops every element that sits inside another element of the list (across shadow boundaries too). */
export function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((element) => {
    for (let node = composedParent(element); node; node = composedParent(node)) {
      if (set.has(node as Element)) return false;
    }
    return true;
  });
}

function composedParent(node: Node): Node | null {
  if (node.parentNode instanceof ShadowRoot || (node.parentNode && isShadowRoot(node.parentNode))) {
    return (node.parentNode as ShadowRoot).host;
  }
  return node.parentNode;
}

function isShadowRoot(node: Node): node is ShadowRoot {
  return node.nodeType === 11 && 'host' in node;
}

/**
 * The text a person sees in `element`, including its open shadow roots and the `label`/`aria-label`
 * attributes that KAT components render from. Whitespace is collapsed.
 */
export function deepText(element: Element): string {
  const known = cache?.texts.get(element);
  if (known !== undefined) return known;
  const parts: string[] = [];
  collectText(element, parts);
  const text = collapse(parts.join(' '));
  cache?.texts.set(element, text);
  return text;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const VISIBLE = /\S/;

/**
 * Appends the text under `node` to `parts` (one piece per text node or label; joined with spaces and collapsed
 * once by the caller) and says whether any of it is visible. One pass, no string built per element: a row's
 * text is read this way thousands of times on a large inbox.
 */
function collectText(node: Node, parts: string[]): boolean {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    if (text === '') return false;
    parts.push(text);
    return VISIBLE.test(text);
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return false;
  let visible = false;
  if (node.nodeType === 1) {
    const element = node as Element;
    const tag = element.tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') return false;
    // Within a read, a part already read (a row's cell, before the row) stands in for its subtree: the same
    // text once collapsed, since parts are joined with spaces and collapsed again at the end.
    const known = cache?.texts.get(element);
    if (known !== undefined) {
      if (known === '') return false;
      parts.push(known);
      return true;
    }
    if (element.shadowRoot) visible = collectText(element.shadowRoot, parts);
  }
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (collectText(child, parts)) visible = true;
  }
  // A component that has not rendered its label yet (or renders it only from the attribute) still says it.
  if (!visible && node.nodeType === 1) {
    const element = node as Element;
    const label = element.getAttribute('label') ?? element.getAttribute('aria-label') ?? '';
    if (label !== '') {
      parts.push(label);
      visible = VISIBLE.test(label);
    }
  }
  return visible;
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return toArray(root.querySelectorAll(selector));
  } catch {
    return []; // an invalid selector in a fallback list must not stop the others
  }
}

function toArray(list: NodeListOf<Element>): Element[] {
  const array: Element[] = new Array<Element>(list.length);
  for (let i = 0; i < array.length; i++) array[i] = list[i]!;
  return array;
}

/**
 * False only when no element under `element` can show one of `words` (lower case): its light-DOM text has none
 * of them, and no shadow root, frame or label attribute could add one. A cheap test before a walk that
 * compares each element's text with a list (is there an "Unread" label in this row?).
 */
export function mayShowWord(element: Element, words: readonly string[]): boolean {
  if (searchRoots(element).length > 1 || element.querySelector('[label], [aria-label]') !== null) return true;
  if (element.hasAttribute('label') || element.hasAttribute('aria-label')) return true;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').toLowerCase();
  return words.some((word) => text.includes(word));
}
