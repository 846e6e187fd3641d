// Random damage to a parsed fixture page for the reader fuzz, reaching inside open shadow roots: nodes
// removed, moved, duplicated (with their shadow roots), attributes garbled (class, id, data-*, aria-*, href,
// datetime, label…), text garbled, a shadow root flattened into its host's light DOM, two shadow roots'
// contents swapped. Damage only: no mutation writes a new plausible time (junk has no digits, a datetime
// attribute is never truncated), so no mutated page genuinely shows a newer reply than the pristine one.
import type { Rng } from './rng';

export const MUTATION_KINDS = [
  'remove',
  'move',
  'duplicate',
  'garble-attribute',
  'garble-text',
  'flatten-shadow',
  'swap-shadow',
] as const;
export type MutationKind = (typeof MUTATION_KINDS)[number];

export interface AppliedMutation {
  kind: MutationKind;
  /** What was done to which node, e.g. `garble-text "Needs response" → "Needs re" in kat-badge>#shadow>span.badge`. */
  description: string;
}

const WEIGHTS: Record<MutationKind, number> = {
  remove: 20,
  move: 14,
  duplicate: 14,
  'garble-attribute': 22,
  'garble-text': 20,
  'flatten-shadow': 5,
  'swap-shadow': 5,
};

/** Applies `count` random mutations to `doc` in place and says what each did. */
export function mutatePage(doc: Document, rng: Rng, count: number): AppliedMutation[] {
  const applied: AppliedMutation[] = [];
  for (let attempt = 0; applied.length < count && attempt < count * 4; attempt++) {
    const page = collectNodes(doc);
    const kind = pickKind(rng, page);
    const description = MUTATORS[kind](doc, page, rng);
    if (description !== null) applied.push({ kind, description });
  }
  return applied;
}

interface PageNodes {
  /** Elements under <html> (not html/head/body themselves, nothing inside <style>), light and shadow. */
  elements: Element[];
  /** Text nodes with something besides whitespace, light and shadow (including inline script data). */
  texts: Text[];
  shadowHosts: Element[];
  /** Nodes somewhere inside a shadow root, so a pick can favour them. */
  inShadow: Set<Node>;
}

const SKIPPED_CONTAINERS = new Set(['STYLE', 'NOSCRIPT']);
const NO_CHILDREN = new Set(['IMG', 'INPUT', 'BR', 'HR', 'META', 'LINK', 'SCRIPT', 'STYLE', 'TEXTAREA', 'TITLE', 'TEMPLATE']);

function collectNodes(doc: Document): PageNodes {
  const page: PageNodes = { elements: [], texts: [], shadowHosts: [], inShadow: new Set() };
  const walk = (parent: ParentNode & Node, inShadow: boolean) => {
    for (const child of Array.from(parent.childNodes)) {
      if (child.nodeType === 3) {
        if ((child.nodeValue ?? '').trim() !== '') {
          page.texts.push(child as Text);
          if (inShadow) page.inShadow.add(child);
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (SKIPPED_CONTAINERS.has(element.tagName)) continue;
        if (!['HTML', 'HEAD', 'BODY'].includes(element.tagName)) {
          page.elements.push(element);
          if (inShadow) page.inShadow.add(element);
        }
        walk(element, inShadow);
        if (element.shadowRoot) {
          page.shadowHosts.push(element);
          walk(element.shadowRoot, true);
        }
      }
    }
  };
  if (doc.documentElement) walk(doc.documentElement, false);
  return page;
}

function pickKind(rng: Rng, page: PageNodes): MutationKind {
  const usable = MUTATION_KINDS.filter((kind) => {
    if (kind === 'flatten-shadow') return page.shadowHosts.length > 0;
    if (kind === 'swap-shadow') return page.shadowHosts.length > 1;
    return true;
  });
  const total = usable.reduce((sum, kind) => sum + WEIGHTS[kind], 0);
  let roll = rng.next() * total;
  for (const kind of usable) {
    roll -= WEIGHTS[kind];
    if (roll < 0) return kind;
  }
  return usable[usable.length - 1]!;
}

/** A pick that lands inside a shadow root a third of the time when the page has any, so they are not starved. */
function pickFavouringShadow<T extends Node>(rng: Rng, items: readonly T[], page: PageNodes): T | null {
  if (items.length === 0) return null;
  const shadowed = items.filter((item) => page.inShadow.has(item));
  if (shadowed.length > 0 && rng.chance(1 / 3)) return rng.pick(shadowed);
  return rng.pick(items);
}

type Mutator = (doc: Document, page: PageNodes, rng: Rng) => string | null;

const MUTATORS: Record<MutationKind, Mutator> = {
  remove(_doc, page, rng) {
    const node = pickFavouringShadow<ChildNode>(rng, rng.chance(0.7) ? page.elements : page.texts, page);
    if (!node) return null;
    const description = `remove ${describe(node)}`;
    node.remove();
    return description;
  },

  move(_doc, page, rng) {
    const node = pickFavouringShadow<ChildNode>(rng, rng.chance(0.8) ? page.elements : page.texts, page);
    if (!node) return null;
    const parent = pickParent(rng, page, (candidate) => candidate !== node && !composedContains(node, candidate));
    if (!parent) return null;
    const description = `move ${describe(node)} into ${describe(parent)}`;
    insertAtRandom(rng, parent, node);
    return description;
  },

  duplicate(_doc, page, rng) {
    const node = pickFavouringShadow<ChildNode>(rng, rng.chance(0.85) ? page.elements : page.texts, page);
    if (!node?.parentNode) return null;
    const copy = cloneWithShadowRoots(node);
    if (rng.chance(0.7)) {
      node.parentNode.insertBefore(copy, node.nextSibling);
      return `duplicate ${describe(node)} (copy right after it)`;
    }
    const parent = pickParent(rng, page, () => true);
    if (!parent) return null;
    const description = `duplicate ${describe(node)} (copy into ${describe(parent)})`;
    insertAtRandom(rng, parent, copy);
    return description;
  },

  'garble-attribute'(doc, page, rng) {
    const withAttributes = page.elements.filter((element) => element.attributes.length > 0);
    const element = pickFavouringShadow(rng, withAttributes, page);
    if (!element) return null;
    const names = element.getAttributeNames();
    const interesting = names.filter((name) => INTERESTING_ATTRIBUTE.test(name));
    const name = rng.pick(interesting.length > 0 && rng.chance(0.8) ? interesting : names);
    const before = element.getAttribute(name) ?? '';
    const where = describe(element);
    if (name === 'class' && before.trim() !== '' && rng.chance(0.5)) return garbleClass(doc, element, before, rng, where);
    const roll = rng.next();
    if (roll < 0.3) {
      element.removeAttribute(name);
      return `garble-attribute remove ${name}="${short(before)}" on ${where}`;
    }
    const after =
      roll < 0.45
        ? ''
        : roll < 0.65 || name === 'datetime' // a truncated ISO time can lose its zone and read later
          ? junk(rng)
          : roll < 0.85
            ? before.slice(0, rng.int(Math.max(before.length, 1)))
            : spliceJunk(rng, before);
    element.setAttribute(name, after);
    return `garble-attribute ${name}="${short(before)}" → "${short(after)}" on ${where}`;
  },

  'garble-text'(_doc, page, rng) {
    const text = pickFavouringShadow(rng, page.texts, page);
    if (!text) return null;
    const before = text.nodeValue ?? '';
    const trimmed = before.trim();
    const roll = rng.next();
    const after =
      roll < 0.2
        ? ''
        : roll < 0.4
          ? junk(rng)
          : roll < 0.65
            ? trimmed.slice(0, 1 + rng.int(Math.max(trimmed.length - 1, 1)))
            : roll < 0.85
              ? spliceJunk(rng, trimmed)
              : `${trimmed}${junk(rng)}`;
    text.nodeValue = after;
    return `garble-text "${short(trimmed)}" → "${short(after)}" in ${describe(text.parentNode ?? text)}`;
  },

  'flatten-shadow'(doc, page, rng) {
    const host = pickFavouringShadow(rng, page.shadowHosts, page);
    if (!host?.shadowRoot) return null;
    const description = `flatten-shadow of ${describe(host)} (its shadow content now light DOM)`;
    const replacement = doc.createElement(host.localName);
    for (const name of host.getAttributeNames()) replacement.setAttribute(name, host.getAttribute(name) ?? '');
    const light = Array.from(host.childNodes);
    replacement.append(...Array.from(host.shadowRoot.childNodes));
    const slot = replacement.querySelector('slot:not([name])');
    if (slot) slot.replaceWith(...light);
    else replacement.append(...light);
    host.replaceWith(replacement);
    return description;
  },

  'swap-shadow'(_doc, page, rng) {
    const first = rng.pick(page.shadowHosts);
    const others = page.shadowHosts.filter((host) => host !== first && !composedContains(first, host) && !composedContains(host, first));
    if (others.length === 0 || !first.shadowRoot) return null;
    const second = rng.pick(others);
    if (!second.shadowRoot) return null;
    const firstContent = Array.from(first.shadowRoot.childNodes);
    const secondContent = Array.from(second.shadowRoot.childNodes);
    first.shadowRoot.replaceChildren(...secondContent);
    second.shadowRoot.replaceChildren(...firstContent);
    return `swap-shadow contents of ${describe(first)} and ${describe(second)}`;
  },
};

const INTERESTING_ATTRIBUTE = /^(class|id|href|datetime|title|label|text|role|type|name|data-.*|aria-.*)$/;

/** Class damage a redesign does: one token dropped or renamed, on this element or on every element that has it. */
function garbleClass(doc: Document, element: Element, before: string, rng: Rng, where: string): string {
  const tokens = before.split(/\s+/).filter(Boolean);
  const token = rng.pick(tokens);
  const renamed = rng.chance(0.5) ? `${token}${junk(rng)}` : null;
  const change = (target: Element) => {
    const kept = (target.getAttribute('class') ?? '').split(/\s+/).filter((t) => t && t !== token);
    target.setAttribute('class', [...kept, ...(renamed ? [renamed] : [])].join(' '));
  };
  if (rng.chance(0.3)) {
    const everywhere = allElements(doc).filter((target) => target.classList.contains(token));
    everywhere.forEach(change);
    return `garble-attribute class .${token} ${renamed ? `renamed .${renamed}` : 'dropped'} on all ${everywhere.length} elements`;
  }
  change(element);
  return `garble-attribute class .${token} ${renamed ? `renamed .${renamed}` : 'dropped'} on ${where}`;
}

function allElements(doc: Document): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(doc);
  return found;
}

/** A parent to insert into: an element that may hold children, or (one time in eight) a shadow root. */
function pickParent(rng: Rng, page: PageNodes, allowed: (candidate: Node) => boolean): (ParentNode & Node) | null {
  const roots = page.shadowHosts.map((host) => host.shadowRoot!).filter(allowed);
  if (roots.length > 0 && rng.chance(1 / 8)) return rng.pick(roots);
  const elements = page.elements.filter((element) => !NO_CHILDREN.has(element.tagName) && allowed(element));
  return elements.length > 0 ? pickFavouringShadow(rng, elements, page) : null;
}

function insertAtRandom(rng: Rng, parent: ParentNode & Node, node: Node): void {
  const siblings = Array.from(parent.childNodes).filter((child) => child !== node);
  parent.insertBefore(node, siblings[rng.int(siblings.length + 1)] ?? null);
}

/** cloneNode(true) leaves shadow roots behind; a duplicated web component keeps its own here. */
function cloneWithShadowRoots<T extends Node>(node: T): T {
  const copy = node.cloneNode(false) as T;
  if (node.nodeType === 1) {
    const original = node as unknown as Element;
    const element = copy as unknown as Element;
    if (original.shadowRoot && !element.shadowRoot) {
      const root = element.attachShadow({ mode: original.shadowRoot.mode });
      for (const child of Array.from(original.shadowRoot.childNodes)) root.appendChild(cloneWithShadowRoots(child));
    }
  }
  for (const child of Array.from(node.childNodes)) copy.appendChild(cloneWithShadowRoots(child));
  return copy;
}

/** Whether `node` is `ancestor` or inside it, crossing shadow boundaries (a shadow root's parent is its host). */
function composedContains(ancestor: Node, node: Node): boolean {
  let current: Node | null = node;
  while (current) {
    if (current === ancestor) return true;
    current = current.nodeType === 11 && 'host' in current ? (current as ShadowRoot).host : current.parentNode;
  }
  return false;
}

// Junk has no digits and no vowels, so it never forms a time, a date word, "am"/"pm" or "ago".
const JUNK = 'xqzXQZ§¤~#_ ';

function junk(rng: Rng): string {
  return Array.from({ length: 1 + rng.int(8) }, () => JUNK[rng.int(JUNK.length)]).join('');
}

function spliceJunk(rng: Rng, value: string): string {
  const at = rng.int(value.length + 1);
  return `${value.slice(0, at)}${junk(rng)}${value.slice(at)}`;
}

function short(value: string, max = 40): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A short CSS-like path of the node and up to two ancestors, `#shadow` marking a shadow boundary. */
export function describe(node: Node): string {
  const parts: string[] = [];
  let current: Node | null = node;
  for (let depth = 0; current && depth < 3; depth++) {
    if (current.nodeType === 11) {
      parts.unshift('#shadow');
      current = 'host' in current ? (current as ShadowRoot).host : null;
      continue;
    }
    parts.unshift(current.nodeType === 3 ? `"${short(current.nodeValue ?? '', 24)}"` : label(current as Element));
    current = current.parentNode;
  }
  return parts.join('>');
}

function label(element: Element): string {
  const tag = element.localName ?? 'node';
  const id = element.id ? `#${element.id}` : '';
  const firstClass = element.classList?.[0] ? `.${element.classList[0]}` : '';
  const testId = element.getAttribute?.('data-testid');
  return `${tag}${id}${firstClass}${testId ? `[data-testid=${testId}]` : ''}`;
}
