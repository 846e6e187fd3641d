// Watches a page for changes, including inside open shadow roots and same-origin iframes, which a
// MutationObserver on the document never sees. Everything is released when `signal` aborts.
import { searchRoots } from './deep-query';

export interface DeepObserver {
  /** Starts observing roots that appeared since the last call (new shadow roots, loaded iframes). */
  refresh(): void;
}

export function observeDeep(root: Document, onChange: () => void, signal: AbortSignal): DeepObserver {
  const observer = new MutationObserver(onChange);
  const observed = new WeakSet<Node>();
  const refresh = () => {
    if (signal.aborted) return;
    for (const searchRoot of searchRoots(root)) {
      const node = searchRoot as unknown as Node;
      if (observed.has(node)) continue;
      observed.add(node);
      observer.observe(node, { childList: true, subtree: true, characterData: true, attributes: true });
      // A same-origin iframe's document is replaced when it loads: watch for that too.
      if (node.nodeType === 9 && node !== root) {
        (node as Document).defaultView?.addEventListener('load', onChange, { signal });
      }
    }
  };
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  refresh();
  return { refresh };
}
