// i18n: every user-visible string exists in English and Simplified Chinese, with the same placeholders,
// and every key the code asks for exists.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import zh from '../public/_locales/zh_CN/messages.json';
import type { LocaleMessages } from './locale-messages';

const ROOT = path.resolve(import.meta.dirname, '..');
const locales: Record<string, LocaleMessages> = { en, zh_CN: zh };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

function placeholders(entry: LocaleMessages[string]): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, p]) => `${name.toLowerCase()}=${p.content}`)
    .sort();
}

describe('locales', () => {
  it('English and Chinese have the same keys', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is translated, with the same placeholders used in its text', () => {
    for (const [key, entry] of Object.entries(en as LocaleMessages)) {
      const other = (zh as LocaleMessages)[key]!;
      expect(other.message.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(entry));
      for (const [, messages] of Object.entries(locales)) {
        for (const name of Object.keys(messages[key]!.placeholders ?? {})) {
          expect(messages[key]!.message.toUpperCase(), `${key} uses $${name}$`).toContain(`$${name.toUpperCase()}$`);
        }
      }
    }
  });

  it('the Chinese texts are Chinese, not English left behind', () => {
    const untranslated = Object.entries(zh as LocaleMessages)
      .filter(([key]) => !['platformEbay', 'platformEtsy'].includes(key))
      .filter(([, entry]) => !/[\u4e00-\u9fff]/.test(entry.message))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('every key the code uses exists, and the manifest name comes from the locales', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles(path.join(ROOT, 'components')), ...sourceFiles(path.join(ROOT, 'entrypoints')), ...sourceFiles(path.join(ROOT, 'lib'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\b(?:t|getMessage)\(\s*'([A-Za-z0-9_]+)'/g)) used.add(match[1]!);
      for (const match of text.matchAll(/:\s*'((?:platform|page|problem)[A-Za-z0-9_]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("default_locale: 'en'");
  });
});
