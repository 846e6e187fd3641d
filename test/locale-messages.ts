// Formats a messages.json entry the way browser.i18n.getMessage does: $NAME$ placeholders whose content is
// $1..$9, and $1..$9 directly. Used by the test setup (the fake browser has no i18n) and the locale tests.
export type LocaleMessages = Record<
  string,
  { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }
>;

export function formatMessage(messages: LocaleMessages, key: string, subs?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return '';
  const values = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? '');
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), positional(p.content)]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => placeholders[name.toLowerCase()] ?? match)
    .replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? '')
    .replace(/\$\$/g, '$');
}
