// Mutation fuzz of the page readers, counting silent misreads: every fixture page under test/fixtures/
// {amazon,ebay,etsy}/ is read pristine, damaged at random (nodes removed / moved / duplicated, attributes
// and text garbled, shadow roots flattened or swapped; test/fuzz/mutate-page.ts) and read again; the table
// counts per fixture the throws, the waits for a reply that the damaged page ended (with a health problem,
// or silently) and the rows lost without a health problem (test/fuzz/misread-oracle.ts).
// Run: `npx tsx scripts/fuzz-readers.ts [--cases=10000] [--seed=1] [--fixture=etsy/] [--examples=8]`;
// one case in full: `--seed=S --case=N`. Exits 1 on any throw or misread. happy-dom runs in Node here
// (test/fuzz/dom-window.ts recycles its Window so memory stays bounded); peak RSS is printed.
import { performance } from 'node:perf_hooks';
import { formatCase, formatTable, isFailure, runFuzz, type CaseResult } from '../test/fuzz/run-fuzz';

// `… | head` closes stdout early: stop quietly instead of dying on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

function option(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function integer(name: string, fallback: number): number {
  const text = option(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} wants a non-negative integer, got ${text}`);
  return value;
}

const seed = integer('seed', 1);
const replayCase = option('case') === undefined ? null : integer('case', 0);
const cases = replayCase === null ? integer('cases', 10_000) : replayCase + 1;
const fixtureFilter = option('fixture');
const exampleCount = integer('examples', 8);

let peakRss = 0;
const sampleRss = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const start = performance.now();
let done = 0;
const report = await runFuzz({
  seed,
  cases,
  only: (caseIndex, page) => (replayCase === null || caseIndex === replayCase) && (!fixtureFilter || page.fixture.includes(fixtureFilter)),
  onCase: (result) => {
    if (++done % 100 === 0) sampleRss();
    if (replayCase !== null) console.log(`${formatCase(result, seed)}${isClean(result) ? '\n  no misread' : ''}`);
  },
});
sampleRss();
const seconds = (performance.now() - start) / 1000;

function isClean(result: CaseResult): boolean {
  return !isFailure(result) && !result.harnessError;
}

/** Examples spread over fixtures: first a throw or silent wait→answered per fixture, then any misread per
 *  fixture, then the rest in case order. */
function examples(failures: CaseResult[], wanted: number): CaseResult[] {
  const silent = (result: CaseResult) => result.verdict?.waitingToAnswered.some((ended) => ended.problems.length === 0) ?? false;
  const chosen = new Set<CaseResult>();
  const passes: [(result: CaseResult) => boolean, boolean][] = [
    [(result) => result.thrown !== null || silent(result), true],
    [() => true, true],
    [() => true, false],
  ];
  for (const [wantedHere, onePerFixture] of passes) {
    const fixtures = new Set<string>();
    for (const result of failures) {
      if (chosen.size >= wanted) return [...chosen];
      if (chosen.has(result) || !wantedHere(result) || (onePerFixture && fixtures.has(result.fixture))) continue;
      chosen.add(result);
      fixtures.add(result.fixture);
    }
  }
  return [...chosen];
}

console.log(`\nReader mutation fuzz: seed ${seed}, ${report.total.cases} cases over ${report.perFixture.length} fixture pages\n`);
console.log(formatTable(report));
console.log(
  '\nwait→answered counts conversations, lost rows counts reads (inbox or thread); "…no trace left": lost rows ' +
    "whose thread id, order id and buyer (a message's text) are gone from the page, i.e. removed whole",
);
const ended = report.failures.flatMap((result) => result.verdict?.waitingToAnswered ?? []);
if (ended.length > 0) {
  const silentEnded = ended.filter((e) => e.problems.length === 0);
  const byRead = (list: typeof ended, read: string) => list.filter((e) => e.read === read).length;
  console.log(
    `\nwait→answered ended by: inbox read ${byRead(ended, 'inbox')} (silent ${byRead(silentEnded, 'inbox')}), ` +
      `thread read ${byRead(ended, 'thread')} (silent ${byRead(silentEnded, 'thread')}); ` +
      `of these, ${ended.filter((e) => e.apparentReply).length} show a seller message newer than the buyer's latest known ` +
      `(moved or swapped page parts), ${ended.filter((e) => !e.apparentReply).length} show no such reply at all`,
  );
}
if (replayCase === null && report.failures.length > 0 && exampleCount > 0) {
  console.log(`\nExamples (${Math.min(exampleCount, report.failures.length)} of ${report.failures.length} failing cases):\n`);
  for (const result of examples(report.failures, exampleCount)) console.log(`${formatCase(result, seed)}\n`);
}
for (const result of report.harnessErrors.slice(0, 3)) console.log(`\n${formatCase(result, seed)}`);
const peakMb = Math.max(peakRss, process.resourceUsage().maxRSS * 1024) / 1024 / 1024;
console.log(
  `\n${report.total.cases} cases in ${seconds.toFixed(1)} s (${(report.total.cases / Math.max(seconds, 1e-9)).toFixed(0)} cases/s), ` +
    `peak RSS ${peakMb.toFixed(0)} MB`,
);

const misreads = report.total.waitingToAnsweredWithProblem + report.total.waitingToAnsweredSilent + report.total.lostRowsSilent;
if (report.total.throws > 0 || misreads > 0 || report.total.harnessErrors > 0) {
  console.log(`FAIL: ${report.total.throws} throws, ${misreads} misreads, ${report.total.harnessErrors} harness errors`);
  process.exitCode = 1;
}
