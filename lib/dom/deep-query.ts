// Site-independent DOM queries that pierce open shadow roots and same-origin iframes.
// Seller Central renders parts of its inbox inside KAT web components (open shadow roots) and, on some
// accounts, inside an iframe; document.querySelectorAll sees neither, so every adapter reads through these.

/** Every searchable root under `root`: itself, each open shadow root, and each same-origin iframe document. */
export function searchRoots(root: ParentNode): ParentNode[] {
  const roots: ParentNode[] = [];
  const pending: ParentNode[] = [root];
  while (pending.length > 0) {
    const current = pending.pop()!;
    roots.push(current);
    for (const element of current.querySelectorAll('*')) {
      if (element.shadowRoot) pending.push(element.shadowRoot);
      if (element instanceof HTMLIFrameElement || element.tagName === 'IFRAME') {
        const doc = frameDocument(element as HTMLIFrameElement);
        if (doc) pending.push(doc);
      }
    }
  }
  return roots;
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
    for (const element of safeQueryAll(searchRoot, selector)) found.push(element);
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
  const parts: string[] = [];
  collectText(element, parts);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

function collectText(node: Node, parts: string[]): void {
  if (node.nodeType === 3) {
    parts.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const own: string[] = [];
  if (node.nodeType === 1) {
    const element = node as Element;
    if (element.tagName === 'SCRIPT' || element.tagName === 'STYLE' || element.tagName === 'TEMPLATE') return;
    if (element.shadowRoot) collectText(element.shadowRoot, own);
  }
  for (const child of node.childNodes) collectText(child, own);
  // A component that has not rendered its label yet (or renders it only from the attribute) still says it.
  if (node.nodeType === 1 && own.join('').trim() === '') {
    const element = node as Element;
    own.push(element.getAttribute('label') ?? element.getAttribute('aria-label') ?? '');
  }
  parts.push(...own);
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return []; // an invalid selector in a fallback list must not stop the others
  }
}
