// The built content scripts stay small and React- and Dexie-free (they run inside every seller page; React,
// Dexie and the template library belong to the extension's own pages). Reads the build this e2e run loads,
// prints each script's size, and proves the check can fail by finding the markers where they belong.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/extension-browser';
import { contentScriptFiles, contentScriptSizes, forbiddenLibraries, formatSizeTable } from '../../scripts/content-script-report';

const read = (file: string) => readFileSync(path.join(EXTENSION_DIR, file), 'utf8');

describe('the built content scripts', () => {
  it('are one per platform, and their sizes are reported', () => {
    const sizes = contentScriptSizes(EXTENSION_DIR);
    expect(sizes.map((s) => s.file)).toEqual(['content-scripts/amazon.js', 'content-scripts/ebay.js', 'content-scripts/etsy.js']);
    for (const size of sizes) expect(size.gzipBytes).toBeLessThan(size.bytes);
    console.log(`\n${formatSizeTable(sizes)}\n`);
  });

  it('carry neither React nor Dexie', () => {
    for (const file of contentScriptFiles(EXTENSION_DIR)) {
      expect({ file, found: forbiddenLibraries(read(file)) }).toEqual({ file, found: [] });
    }
  });

  it('would be caught carrying them: the markers are found in the extension pages’ code that has them', () => {
    const pages = readdirSync(path.join(EXTENSION_DIR, 'chunks')).map((name) => read(path.join('chunks', name))).join('\n');
    expect(forbiddenLibraries(pages).map((found) => found.library)).toEqual(['React', 'Dexie']);
    expect(forbiddenLibraries(read('background.js')).map((found) => found.library)).toContain('Dexie');
  });
});
