/**
 * Reading a Chromium trace (DevTools protocol, Tracing domain) for the
 * main-thread time one origin's scripts took in one page.
 *
 * Definitions:
 * - the page's main thread: the thread named `CrRendererMain` of the
 *   renderer process that hosts the page's frame (from the
 *   `TracingStartedInBrowser` event's frames, matched by URL);
 * - script time of an origin: the union (not the sum: a listener's
 *   `FunctionCall` nests inside its task's `EvaluateScript`, a compile inside
 *   the evaluation) of the intervals of every complete event on that thread
 *   whose `args.data.url` starts with the origin: script evaluation
 *   (`EvaluateScript`), compilation (`v8.compile`), callbacks and listeners
 *   (`FunctionCall`);
 * - a long task: a `RunTask` of 50 ms or more on that thread; it is the
 *   origin's when one of the origin's intervals falls inside it.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    data?: { url?: string; frames?: { url?: string; processId?: number }[] };
  };
}

export interface ScriptTime {
  /** Main-thread time of the origin's scripts (ms). */
  ms: number;
  /** Long tasks (≥ 50 ms) on the page's main thread in which the origin's scripts ran. */
  longTasks: number;
  /** Long tasks on the page's main thread, whoever ran them. */
  allLongTasks: number;
  /** How many of the origin's events were counted. */
  events: number;
}

const LONG_TASK_US = 50_000;

/** Merge [start, end) intervals and return their total length. */
export function unionLength(intervals: [number, number][]): number {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}

/** The page's main thread: `[pid, tid]` of `CrRendererMain` in the process of the frame at `pageUrl`. */
export function pageMainThread(events: TraceEvent[], pageUrl: (url: string) => boolean) {
  const pids = new Set<number>();
  for (const e of events)
    if (e.name === 'TracingStartedInBrowser')
      for (const f of e.args?.data?.frames ?? [])
        if (f.url && pageUrl(f.url) && f.processId) pids.add(f.processId);
  for (const e of events)
    if (e.name === 'FrameCommittedInBrowser' || e.name === 'navigationStart') {
      const frame = e.args?.data as { url?: string; processId?: number } | undefined;
      if (frame?.url && pageUrl(frame.url) && frame.processId) pids.add(frame.processId);
    }
  const threads = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  return threads
    .filter((t) => pids.size === 0 || pids.has(t.pid))
    .map((t) => [t.pid, t.tid] as [number, number]);
}

/** See the module note. */
export function scriptTime(
  events: TraceEvent[],
  origin: string,
  threads: [number, number][],
): ScriptTime {
  const onMain = (e: TraceEvent) => threads.some(([p, t]) => e.pid === p && e.tid === t);
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && onMain(e));
  const ours = complete.filter((e) => e.args?.data?.url?.startsWith(origin));
  const intervals = ours.map((e) => [e.ts, e.ts + e.dur!] as [number, number]);
  const long = complete.filter((e) => e.name === 'RunTask' && e.dur! >= LONG_TASK_US);
  const hasOurs = (task: TraceEvent) =>
    intervals.some(([s, end]) => s >= task.ts && end <= task.ts + task.dur!);
  return {
    ms: unionLength(intervals) / 1000,
    longTasks: long.filter(hasOurs).length,
    allLongTasks: long.length,
    events: ours.length,
  };
}
