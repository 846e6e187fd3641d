// A Chromium trace taken through a page's own CDP session (scripts/bench-page-load.ts), and what it says about
// the extension: every top-level task ('RunTask') on the page's renderer main thread that ran the extension's
// script. A task counts when a slice inside it names a chrome-extension:// script (EvaluateScript, v8.compile,
// FunctionCall of its timers, observers, listeners) or when the page's CPU profiler (CDP Profiler, 1 ms) sampled a
// stack with a chrome-extension:// frame during it: that catches what no slice names, e.g. code resumed after an
// `await` (setTimeout(resolve), scheduler.yield(), a message reply). The whole task's duration is reported.
// Other processes (the service worker, the sidebar's extension-page iframe) are not the page's main thread.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
}

export interface TraceTask {
  /** Trace clock, µs. */
  start: number;
  wallMs: number;
  /** The main thread's CPU time in the task (what TaskDuration with 'threadTicks' sums). */
  cpuMs: number;
}

/** RunTask, FrameCommittedInBrowser and thread names are in the disabled-by-default category. */
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline'];
/** The tracing category's own profiler samples every ~0.2 ms and costs the page ~40%: the CDP one, every 1 ms, is in noise. */
const SAMPLING_INTERVAL_US = 1_000;
const EXTENSION_URL = '"chrome-extension://';

export interface PageTrace {
  events: TraceEvent[];
  profile: CpuProfile;
}

/** Starts tracing and the page's CPU profiler; the function returned stops both and resolves with what they saw. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<PageTrace>> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }) => {
    for (const event of value) events.push(event as TraceEvent);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: CATEGORIES } });
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
    return { events, profile };
  };
}

const data = (event: TraceEvent) => (event.args?.data ?? {}) as Record<string, unknown>;

/** The renderer main thread that committed `url` as the tab's main frame (the last commit, if several). */
export function pageMainThread(events: TraceEvent[], url: string): { pid: number; tid: number } {
  const href = new URL(url).href;
  const commit = events
    .filter((e) => e.name === 'FrameCommittedInBrowser' && data(e).isOutermostMainFrame !== false)
    .filter((e) => typeof data(e).url === 'string' && new URL(data(e).url as string).href === href)
    .at(-1);
  const pid = commit ? Number(data(commit).processId) : NaN;
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (!thread) throw new Error(`the trace has no renderer main thread that committed ${url}`);
  return { pid, tid: thread.tid };
}

/** The top-level tasks on that thread that ran the extension's script, in order. */
export function extensionTasks({ events, profile }: PageTrace, thread: { pid: number; tid: number }): TraceTask[] {
  const slices = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const tasks: TraceEvent[] = [];
  let end = -Infinity;
  for (const slice of slices) {
    // Outermost tasks only: a nested run loop's RunTask is part of the task that spun it.
    if (slice.name === 'RunTask' && slice.ts >= end) {
      tasks.push(slice);
      end = slice.ts + slice.dur!;
    }
  }
  const found = new Set<TraceEvent>();
  for (const slice of slices) {
    if (slice.name === 'RunTask' || !slice.args || !JSON.stringify(slice.args).includes(EXTENSION_URL)) continue;
    found.add(containing(tasks, slice.ts, slice.dur!) ?? slice); // never outside a task in practice; if so, the slice
  }
  const { all, extension } = sampleTimes(profile);
  // The profile must be this thread's: some of its samples fall inside the thread's tasks.
  if (all.length > 0 && tasks.length > 0 && !all.some((at) => containing(tasks, at, 0))) {
    throw new Error('the CPU profile does not line up with the page main thread in the trace');
  }
  for (const at of extension) {
    const task = containing(tasks, at, 0);
    if (task) found.add(task);
  }
  return [...found]
    .sort((a, b) => a.ts - b.ts)
    .map((task) => ({ start: task.ts, wallMs: task.dur! / 1000, cpuMs: (task.tdur ?? task.dur!) / 1000 }));
}

/** The first instant event 'TimeStamp' (console.timeStamp) with this message: a mark the page set. */
export function timeStampAt(events: TraceEvent[], message: string): number | undefined {
  return events.find((e) => e.name === 'TimeStamp' && data(e).message === message)?.ts;
}

/** A CDP Profiler profile (Profiler.stop): nodes with children, samples with the µs since the one before. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  startTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** When the profile sampled (µs, the trace's clock): every sample, and those with the extension's script on the stack. */
function sampleTimes(profile: CpuProfile): { all: number[]; extension: number[] } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const memo = new Map<number, boolean>();
  const isExtension = (id: number): boolean => {
    let known = memo.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = byId.get(id)?.callFrame.url.startsWith('chrome-extension://') === true || (up !== undefined && isExtension(up));
      memo.set(id, known);
    }
    return known;
  };
  const all: number[] = [];
  const extension: number[] = [];
  let at = profile.startTime;
  (profile.samples ?? []).forEach((sample, i) => {
    at += profile.timeDeltas?.[i] ?? 0;
    all.push(at);
    if (isExtension(sample)) extension.push(at);
  });
  return { all, extension };
}

/** The task that spans [ts, ts + dur]. */
function containing(tasks: TraceEvent[], ts: number, dur: number): TraceEvent | undefined {
  let low = 0;
  let high = tasks.length - 1;
  let best: TraceEvent | undefined;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tasks[mid]!.ts <= ts) {
      best = tasks[mid];
      low = mid + 1;
    } else high = mid - 1;
  }
  return best && ts + dur <= best.ts + best.dur! ? best : undefined;
}
