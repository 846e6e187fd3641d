// A short, stable fingerprint of a text (FNV-1a, base 36): ids for rows that show none, and "same text as
// before?" checks. Not for security.
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
