// Prints triage throughput (messages classified per second, median of 7 runs) and the bundle size that
// lib/triage/classify.ts adds to the extension (esbuild, minified ESM for the browser, with franc-min and the
// rule data; gzip shown for reference). Run: `npx tsx scripts/bench-triage.ts`. Target: > 10,000 messages/s.
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { classify } from '../lib/triage/classify';
import { classifyItem, loadCorpus, type CorpusItem } from './eval-triage';

const RUNS = 7;
const items: CorpusItem[] = [...loadCorpus('corpus'), ...loadCorpus('holdout'), ...loadCorpus('unseen')];

function medianMs(work: () => void): number {
  work(); // warm-up: JIT, fold cache
  const times = Array.from({ length: RUNS }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

let sink = 0;
const row = (benchmark: string, messages: number, ms: number) => ({
  benchmark,
  messages,
  'median ms': ms.toFixed(1),
  'messages / s': Math.round(messages / (ms / 1000)).toLocaleString('en-US'),
  'µs / message': ((ms * 1000) / messages).toFixed(1),
});

// 1. The labelled messages as they are (short, all languages, with contexts), repeated to 20,000.
const REPEAT = Math.ceil(20_000 / items.length);
const corpusMs = medianMs(() => {
  for (let r = 0; r < REPEAT; r++) for (const item of items) sink += classifyItem(item).reasons.length;
});
// 2. Long messages: five corpus messages of one language glued into one, like a full email.
const languages = [...new Set(items.map((item) => item.language))];
const byLanguage = languages.map((language) => items.filter((item) => item.language === language)).filter((group) => group.length >= 5);
const long = Array.from({ length: 2_000 }, (_, i) => {
  const group = byLanguage[i % byLanguage.length]!;
  return [0, 1, 2, 3, 4].map((k) => group[(i * 5 + k) % group.length]!.text).join('\n\n');
});
const longMs = medianMs(() => {
  for (const text of long) sink += classify(text).reasons.length;
});
// 3. Worst case: a pasted 1 MB message (capped to 3,000 cleaned characters).
const huge = 'Where is my order? I want a refund. '.repeat(30_000);
const hugeMs = medianMs(() => {
  for (let i = 0; i < 20; i++) sink += classify(huge).reasons.length;
});

console.log('\nTriage throughput (Node, one core)\n');
console.table([
  row(`corpus messages (${items.length} × ${REPEAT})`, items.length * REPEAT, corpusMs),
  row(`long messages (~${Math.round(long.reduce((n, t) => n + t.length, 0) / long.length)} chars)`, long.length, longMs),
  row('1 MB pasted message (capped)', 20, hugeMs),
]);

// Bundle size: the whole of lib/triage/classify.ts as the background would import it.
const result = await build({
  entryPoints: [path.join(import.meta.dirname, '..', 'lib', 'triage', 'classify.ts')],
  bundle: true,
  minify: true,
  write: false,
  format: 'esm',
  platform: 'browser',
  metafile: true,
});
const output = result.outputFiles[0]!;
const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
const bytesOf = (test: (file: string) => boolean) => Object.entries(inputs).reduce((n, [file, info]) => n + (test(file) ? info.bytesInOutput : 0), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('\nBundle added by lib/triage/classify.ts (esbuild, minified ESM, browser)\n');
console.table([
  { part: 'franc-min (+ trigram-utils, n-gram, collapse-white-space)', minified: kb(bytesOf((f) => f.includes('node_modules'))) },
  { part: 'rule data (lib/triage/rules/*.ts, symbols.ts)', minified: kb(bytesOf((f) => f.includes('lib/triage/rules/') || f.endsWith('symbols.ts'))) },
  { part: 'triage code (lib/triage/*.ts)', minified: kb(bytesOf((f) => f.includes('lib/triage/') && !f.includes('/rules/') && !f.endsWith('symbols.ts'))) },
  { part: 'lib/sla/policies.ts, lib/model.ts (tiers; already in the extension)', minified: kb(bytesOf((f) => f.includes('lib/sla/') || f.endsWith('lib/model.ts'))) },
  { part: 'total', minified: kb(output.contents.length), gzip: kb(gzipSync(output.contents).length) },
]);
if (sink === -1) console.log(''); // keep the results alive
