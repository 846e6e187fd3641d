// What every marketplace's list reader needs: one snapshot per thread, the longest of some texts, and
// whether a phrase appears anywhere on the page (an "empty inbox" message, for instance).
import { deepText } from '../dom/deep-query';

/** One snapshot per thread: a list can show a row twice while it re-renders (or scrolls in more). */
export function oneRowPerThread<T extends { threadId: string }>(snapshots: T[]): T[] {
  const byId = new Map<string, T>();
  for (const snapshot of snapshots) if (!byId.has(snapshot.threadId)) byId.set(snapshot.threadId, snapshot);
  return [...byId.values()];
}

export function longestText(texts: string[]): string | null {
  return texts.filter(Boolean).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Whether the page's visible text contains any of the (lower-case) phrases. */
export function pageHasPhrase(root: ParentNode, phrases: readonly string[]): boolean {
  const element = (root as Document).body ?? (root as Document).documentElement ?? (root as Element);
  if (!element) return false;
  const text = deepText(element).toLowerCase();
  return phrases.some((phrase) => text.includes(phrase));
}
