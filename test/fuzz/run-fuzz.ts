// Runs the reader fuzz: case N loads fixture page N mod the page count (test/fuzz/fixture-pages.ts), reads
// and folds it pristine, applies 1–6 random mutations from the case's own seeded stream (mutate-page.ts),
// reads and folds it again at the same `now`, and asks misread-oracle.ts what went wrong. Shared by
// scripts/fuzz-readers.ts (10,000 cases, a table) and test/lib/platforms/readers-fuzz.test.ts (CI).
import { adapterFor } from '@/lib/platforms/registry';
import { loadFixture } from '../fixtures/load-fixture';
import { RecyclingDomWindow } from './dom-window';
import { fixturePages, type FixturePage } from './fixture-pages';
import { EscapedThrow, judge, readAndFold, type Verdict } from './misread-oracle';
import { mutatePage, type AppliedMutation } from './mutate-page';
import { rngForCase } from './rng';

export const MAX_MUTATIONS = 6;

export interface CaseResult {
  caseIndex: number;
  fixture: string;
  mutations: AppliedMutation[];
  /** An exception out of a reader or a merge, on the pristine page or the mutated one. */
  thrown: string | null;
  /** A bug of the fuzz itself (a mutation the DOM refused): not a reader's fault, but the case proves nothing. */
  harnessError: string | null;
  verdict: Verdict | null;
}

export function runCase(page: FixturePage, seed: number, caseIndex: number): CaseResult {
  const result: CaseResult = { caseIndex, fixture: page.fixture, mutations: [], thrown: null, harnessError: null, verdict: null };
  const url = new URL(page.url);
  const adapter = adapterFor(url);
  if (!adapter) throw new Error(`${page.fixture}: no adapter serves ${page.url}`);
  const now = page.clock.now;
  const rng = rngForCase(seed, caseIndex);
  const doc = loadFixture(page.fixture, page.clock);
  try {
    const pristine = readAndFold(adapter, doc, url, now);
    try {
      result.mutations = mutatePage(doc, rng, 1 + rng.int(MAX_MUTATIONS));
    } catch (error) {
      result.harnessError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      return result;
    }
    const mutated = readAndFold(adapter, doc, url, now, pristine.conversations);
    result.verdict = judge(pristine, mutated, doc);
  } catch (error) {
    if (!(error instanceof EscapedThrow)) throw error;
    result.thrown = `${result.mutations.length === 0 ? 'pristine page: ' : ''}${error.message}`;
  }
  return result;
}

export interface Tally {
  fixture: string;
  cases: number;
  throws: number;
  /** Conversations (not cases) whose wait a mutated read ended while reporting a health problem. */
  waitingToAnsweredWithProblem: number;
  /** … and while reporting none. */
  waitingToAnsweredSilent: number;
  /** Reads (inbox or thread) that lost rows or messages without a health problem. */
  lostRowsSilent: number;
  /** … of which what was lost left no trace on the page (removed whole: no reader could tell). */
  lostRowsNoTrace: number;
  harnessErrors: number;
}

export interface FuzzReport {
  seed: number;
  perFixture: Tally[];
  total: Tally;
  /** Every case that threw or misread, in case order. */
  failures: CaseResult[];
  harnessErrors: CaseResult[];
}

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** Only the cases this accepts run (replaying one case, one fixture). */
  only?: (caseIndex: number, page: FixturePage) => boolean;
  pagesPerWindow?: number;
  onCase?: (result: CaseResult) => void;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const pages = fixturePages();
  const perFixture = new Map(pages.map((page) => [page.fixture, emptyTally(page.fixture)]));
  const total = emptyTally('total');
  const failures: CaseResult[] = [];
  const harnessErrors: CaseResult[] = [];
  const dom = new RecyclingDomWindow(options.pagesPerWindow);
  try {
    for (let caseIndex = 0; caseIndex < options.cases; caseIndex++) {
      const page = pages[caseIndex % pages.length]!;
      if (options.only && !options.only(caseIndex, page)) continue;
      await dom.beforePage();
      const result = runCase(page, options.seed, caseIndex);
      options.onCase?.(result);
      for (const tally of [perFixture.get(page.fixture)!, total]) count(tally, result);
      if (result.harnessError) harnessErrors.push(result);
      else if (isFailure(result)) failures.push(result);
    }
  } finally {
    await dom.close();
  }
  return { seed: options.seed, perFixture: [...perFixture.values()].filter((tally) => tally.cases > 0), total, failures, harnessErrors };
}

export function isFailure(result: CaseResult): boolean {
  const verdict = result.verdict;
  return result.thrown !== null || (verdict !== null && (verdict.waitingToAnswered.length > 0 || verdict.lostRows.length > 0));
}

function emptyTally(fixture: string): Tally {
  const counts = { throws: 0, waitingToAnsweredWithProblem: 0, waitingToAnsweredSilent: 0, lostRowsSilent: 0, lostRowsNoTrace: 0 };
  return { fixture, cases: 0, ...counts, harnessErrors: 0 };
}

function count(tally: Tally, result: CaseResult): void {
  tally.cases++;
  if (result.thrown) tally.throws++;
  if (result.harnessError) tally.harnessErrors++;
  for (const ended of result.verdict?.waitingToAnswered ?? []) {
    if (ended.problems.length > 0) tally.waitingToAnsweredWithProblem++;
    else tally.waitingToAnsweredSilent++;
  }
  tally.lostRowsSilent += result.verdict?.lostRows.length ?? 0;
  tally.lostRowsNoTrace += result.verdict?.lostRows.filter((lost) => !lost.traceLeft).length ?? 0;
}

/** The counts as a fixed-width table, one row per fixture and a total. */
export function formatTable(report: FuzzReport): string {
  const header = ['fixture', 'cases', 'throws', 'wait→answered (problem)', 'wait→answered (silent)', 'lost rows (no problem)', '…no trace left'];
  const rows = [...report.perFixture, report.total].map((t) => [
    t.fixture,
    String(t.cases),
    String(t.throws),
    String(t.waitingToAnsweredWithProblem),
    String(t.waitingToAnsweredSilent),
    String(t.lostRowsSilent),
    String(t.lostRowsNoTrace),
  ]);
  if (report.total.harnessErrors > 0) {
    header.push('harness errors');
    [...report.perFixture, report.total].forEach((t, i) => rows[i]!.push(String(t.harnessErrors)));
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}

/** One failing case in full: its replay command, the mutations, and what went wrong. */
export function formatCase(result: CaseResult, seed: number): string {
  const lines = [`case ${result.caseIndex} (${result.fixture}), replay: npx tsx scripts/fuzz-readers.ts --seed=${seed} --case=${result.caseIndex}`];
  for (const mutation of result.mutations) lines.push(`  mutation: ${mutation.description}`);
  if (result.harnessError) lines.push(`  HARNESS ERROR: ${result.harnessError}`);
  if (result.thrown) lines.push(`  THROW: ${result.thrown}`);
  for (const ended of result.verdict?.waitingToAnswered ?? []) {
    const health = ended.problems.length > 0 ? `health problems [${ended.problems.join(', ')}]` : 'SILENT (no health problem)';
    lines.push(`  waiting→${ended.statusAfter}: ${ended.conversationId} by the ${ended.read} read, ${health}${ended.apparentReply ? ', apparent reply' : ''}`);
    lines.push(`    shown: ${ended.shown}`);
  }
  for (const lost of result.verdict?.lostRows ?? []) {
    const unit = lost.read === 'inbox' ? 'rows' : 'messages';
    const trace = lost.traceLeft ? 'still on the page' : 'no trace left on the page';
    lines.push(`  lost ${unit} without a health problem: ${lost.read} read ${lost.pristine} → ${lost.mutated} ${unit} (variant ${lost.variant}; ${trace})`);
  }
  return lines.join('\n');
}
