// The DOM the reader fuzz parses fixture pages with: a happy-dom Window whose DOM classes (DOMParser, which
// loadFixture calls, and ShadowRoot, Node, HTML*Element… that readers test with instanceof) are put on
// globalThis, replaced by a fresh Window every `pagesPerWindow` pages. happy-dom keeps about 1 MB of every
// page a Window ever parsed until that Window is closed, so 10,000 pages on one Window would take 10 GB.
// Works under tsx (no DOM globals yet) and under Vitest's happy-dom environment (its globals are swapped
// for the fuzz's and put back by close()).
import { Window } from 'happy-dom';

// Under Vitest these already exist (the environment's); the fuzz's page must be made of the same classes.
const DOM_CLASSES = new Set(
  ['DOMParser', 'XMLSerializer', 'Node', 'NodeFilter', 'NodeList', 'Element', 'Text', 'Comment', 'CharacterData']
    .concat(['Attr', 'NamedNodeMap', 'DOMTokenList', 'ShadowRoot', 'Document', 'DocumentFragment', 'HTMLDocument'])
    .concat(['TreeWalker', 'NodeIterator', 'Range', 'Selection', 'MutationObserver', 'CustomElementRegistry']),
);
const isDomClass = (key: string) => DOM_CLASSES.has(key) || /^(HTML|SVG)\w*Element$/.test(key);

export class RecyclingDomWindow {
  private window: Window | null = null;
  private pagesParsed = 0;
  private readonly originals = new Map<string, PropertyDescriptor | undefined>();

  constructor(private readonly pagesPerWindow = 100) {}

  /** Call before parsing each page: the first call, and every pagesPerWindow-th after, installs a fresh Window. */
  async beforePage(): Promise<void> {
    if (this.window && this.pagesParsed < this.pagesPerWindow) {
      this.pagesParsed++;
      return;
    }
    await this.window?.happyDOM.close();
    this.window = new Window({
      url: 'https://localhost/',
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
    });
    this.install(this.window);
    this.pagesParsed = 1;
  }

  /** Closes the Window and puts back whatever globals were there before. */
  async close(): Promise<void> {
    await this.window?.happyDOM.close();
    this.window = null;
    for (const [key, descriptor] of this.originals) {
      if (descriptor) Object.defineProperty(globalThis, key, descriptor);
      else delete (globalThis as Record<string, unknown>)[key];
    }
    this.originals.clear();
  }

  private install(window: Window): void {
    const source = window as unknown as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(window)) {
      const value = source[key];
      // Elsewhere only what Node lacks: its own URL, Event, fetch… stay.
      const wanted = isDomClass(key) ? value !== undefined : /^[A-Z]/.test(key) && typeof value === 'function' && !(key in globalThis);
      if (!wanted && !this.originals.has(key)) continue;
      if (!this.originals.has(key)) this.originals.set(key, Object.getOwnPropertyDescriptor(globalThis, key));
      Object.defineProperty(globalThis, key, { value, writable: true, configurable: true });
    }
  }
}
