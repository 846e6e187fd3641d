// Which read problems mean a page is not being clocked (shown to the agent), and which are only degraded reads.
import type { PageHealth, ReadProblemCode } from '../model';

const BLOCKING: ReadonlySet<ReadProblemCode> = new Set(['no-rows', 'no-messages', 'read-failed']);

/** The problem that keeps this page from being clocked, or null when its last read was good enough. */
export function blockingProblem(health: Pick<PageHealth, 'problems'>): ReadProblemCode | null {
  return health.problems.find((problem) => BLOCKING.has(problem.code))?.code ?? null;
}
