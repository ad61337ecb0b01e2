/**
 * Reading a Chromium trace (DevTools protocol, Tracing domain) for the
 * main-thread time one origin's scripts took in one page.
 *
 * Definitions:
 * - the page's main thread: the thread named `CrRendererMain` of the
 *   renderer process that hosts the page's frame (from the
 *   `TracingStartedInBrowser` event's frames, matched by URL);
 * - the origin's events on that thread: those whose script URL
 *   (`args.data.url`, `args.fileName`) starts with the origin: evaluation
 *   (`EvaluateScript`, `v8.run`), compilation (`v8.compile`), top-level
 *   callbacks (`FunctionCall`); and the calls into the origin's worlds
 *   (`v8.callFunction` with the `worldId` of one of those events): a content
 *   script's listener called from inside the page's own task (an event the
 *   page dispatched) carries no URL, only its world;
 * - script time of an origin: the union (not the sum: a compile nests inside
 *   its evaluation) of those events' intervals, in thread time (`tts`,
 *   `tdur`: the time the thread ran them, not the time the operating system
 *   gave other processes meanwhile), and in wall time as a diagnostic;
 * - a long task: a `RunTask` of 50 ms or more (wall time) on that thread;
 *   it is the origin's when the origin made it long: without the origin's
 *   time inside it, it would be under 50 ms (a page's own long click handler
 *   that calls a 0.1 ms listener of the origin is the page's).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread time (µs), where the trace records it. */
  tts?: number;
  tdur?: number;
  args?: {
    name?: string;
    fileName?: string;
    worldId?: number;
    data?: { url?: string; frames?: { url?: string; processId?: number }[] };
  };
}

export interface ScriptTime {
  /** Main-thread time of the origin's scripts (ms, thread time). */
  ms: number;
  /** The same in wall time (ms). */
  wallMs: number;
  /** Long tasks (≥ 50 ms) on the page's main thread that the origin's scripts made long. */
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
  const byUrl = (e: TraceEvent) =>
    [e.args?.data?.url, e.args?.fileName].some((u) => u?.startsWith(origin));
  const worlds = new Set(
    complete.filter(byUrl).flatMap((e) => (e.args?.worldId === undefined ? [] : [e.args.worldId])),
  );
  const ours = complete.filter(
    (e) =>
      byUrl(e) ||
      (e.name === 'v8.callFunction' && e.args?.worldId !== undefined && worlds.has(e.args.worldId)),
  );
  const wall = ours.map((e) => [e.ts, e.ts + e.dur!] as [number, number]);
  const thread = ours.map(
    (e) => [e.tts ?? e.ts, (e.tts ?? e.ts) + (e.tdur ?? e.dur!)] as [number, number],
  );
  const long = complete.filter((e) => e.name === 'RunTask' && e.dur! >= LONG_TASK_US);
  const oursIn = (task: TraceEvent) =>
    unionLength(wall.filter(([s, end]) => s >= task.ts && end <= task.ts + task.dur!));
  const madeLong = (task: TraceEvent) => {
    const mine = oursIn(task);
    return mine > 0 && task.dur! - mine < LONG_TASK_US;
  };
  return {
    ms: unionLength(thread) / 1000,
    wallMs: unionLength(wall) / 1000,
    longTasks: long.filter(madeLong).length,
    allLongTasks: long.length,
    events: ours.length,
  };
}
