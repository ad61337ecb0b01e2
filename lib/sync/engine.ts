/**
 * The sync engine: learns the latest available day, plans the sync as a
 * request budget, runs the plan through the shared rate limiter, and persists
 * the plan and every task's progress so a killed service worker, a closed
 * browser or a 429 storm resumes where it stopped.
 *
 * Lifecycle (see README.md in this folder):
 *   start → org /summaries (1 request: history + latest day) → plan → run tasks
 *   → done (plan cleared) | stopped by an error (plan kept, resumed next time).
 */
import { isApiError, type AnalyticsClient, type ApiError } from '@/lib/api';
import { idbHistoryStorage, type HistoryStorage } from '@/lib/store/history-store';
import type { StoredSyncRun } from '@/lib/store/records';
import type { Clock } from './clock';
import { addDays, apiFloorDay, dayNumber, maxDay, maxRangeDays, splitRange, utcDay } from './days';
import { toDaySummaries } from './map-rows';
import { defaultPlanOptions, historyStartDay, planSync, type PlanOptions } from './planner';
import type { RateLimiter } from './rate-limiter';
import { sendWithRetries, type RequestStats, type RetryPolicy } from './retry';
import { createLagTracker, type LagTracker } from './endpoint-lag';
import { runTask } from './run-task';
import { isKnownTask, type SyncPhase, type SyncTask } from './tasks';

/**
 * A planned sync, persisted so it can be resumed: the store's StoredSyncRun
 * (failed = tasks that failed for good, e.g. a day that does not parse;
 * deferred = days an endpoint has not published yet, planned again later)
 * whose tasks are this release's.
 */
export interface SyncRun extends StoredSyncRun {
  tasks: SyncTask[];
}

export interface SyncProgress {
  state: 'running' | 'done' | 'failed';
  phase: SyncPhase | 'start';
  /** The task being worked on, e.g. `user-day:2026-11-20`. */
  task: string | null;
  pagesDone: number;
  pagesPlanned: number;
  requests: number;
  rateLimited: number;
  /** Seconds left at the rate limit, for the pages still planned. */
  etaSeconds: number;
  latestDay: string | null;
  message: string | null;
}

export interface SyncDeps {
  client: AnalyticsClient;
  clock: Clock;
  limiter: RateLimiter;
  /** Requests per minute the limiter allows (for the ETA). */
  ratePerMinute?: number;
  policy?: RetryPolicy;
  random?: () => number;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /** Persist the limiter's window (called after every request). */
  saveLimiter?: () => Promise<void>;
  /** Where the history is written (default: the active source's IndexedDB history). */
  store?: HistoryStorage;
}

export interface SyncOutcome {
  state: 'done' | 'failed';
  requests: number;
  rateLimited: number;
  tasksRun: number;
  failedTasks: { id: string; message: string }[];
  /** Tasks an endpoint refused as not yet published (see endpoint-lag.ts), fetched by a later sync. */
  deferredTasks: { id: string; message: string }[];
  /** The error that stopped the sync (auth, rate-limit storm, network, quota…). */
  error?: ApiError | Error;
  latestDay: string | null;
}

/** The stored plan, when this release can resume it (every task known); else null (plan again). */
async function loadRun(store: HistoryStorage): Promise<SyncRun | null> {
  const stored = await store.getMeta('syncRun');
  if (!stored || !stored.tasks.every(isKnownTask)) return null;
  return stored as SyncRun;
}

async function saveRun(store: HistoryStorage, run: SyncRun | null): Promise<void> {
  await store.setMeta('syncRun', run);
}

/** Fetches org `/summaries` from the first missing day (less a revision window) and returns the latest day. */
async function syncOrgSummaries(
  deps: SyncDeps,
  send: <T>(request: () => Promise<T>) => Promise<T>,
  revisionDays: number,
  store: HistoryStorage,
): Promise<string> {
  const stored = await store.storedDays('org');
  const lastStored = stored.length ? stored[stored.length - 1]! : null;
  let start = lastStored ? addDays(lastStored, -(revisionDays - 1)) : apiFloorDay;
  // Fill older gaps too (in spans of at most 366 days, below).
  const firstGap = stored.length ? firstMissingDay(stored) : null;
  if (firstGap && firstGap < start) start = firstGap;
  start = maxDay(start, apiFloorDay);
  // Without ending_date the API answers up to its latest available day, but a range may
  // span at most 366 days: that request starts at most 364 days before today (our clock),
  // and older days come in spans of at most 366 days with an ending_date.
  let recent = maxDay(start, addDays(utcDay(deps.clock.now()), -(maxRangeDays - 2)));
  let page;
  for (;;) {
    try {
      const from = recent;
      page = await send(() => deps.client.listSummaries({ starting_date: from }));
      break;
    } catch (error) {
      // Our clock may run more than a year ahead of the API's latest day (a wrong clock, a
      // stalled pipeline): a 400 for that start, whatever its wording, steps back a year.
      if (!isApiError(error) || error.status !== 400 || recent <= start) throw error;
      const hint = error.latestAvailableDay;
      recent = maxDay(
        start,
        hint && hint < recent ? addDays(hint, -(maxRangeDays - 2)) : addDays(recent, -maxRangeDays),
      );
    }
  }
  const rows = [...page.data];
  for (const span of splitRange(start, recent)) {
    const older = await send(() =>
      deps.client.listSummaries({ starting_date: span.startDay, ending_date: span.endDay }),
    );
    rows.push(...older.data);
  }
  const fetchedAt = deps.clock.now();
  const { days, skipped } = toDaySummaries(rows, fetchedAt);
  const result = await store.putSummaries('org', days);
  if (result.rejected.length + skipped) {
    await store.appendSyncLog({
      at: fetchedAt,
      outcome: 'partial',
      kind: 'schema',
      message: `${result.rejected.length + skipped} org summary day(s) did not validate and were not stored; stored days were kept.`,
      requests: 0,
    });
  }
  const latest = page.data.findLast((row) => row.date !== null)?.date ?? lastStored;
  if (!latest) throw new Error('The Analytics API returned no days at all; nothing to sync yet.');
  return latest;
}

function firstMissingDay(sortedDays: string[]): string | null {
  for (let i = 1; i < sortedDays.length; i++) {
    if (dayNumber(sortedDays[i]!) - dayNumber(sortedDays[i - 1]!) > 1)
      return addDays(sortedDays[i - 1]!, 1);
  }
  return sortedDays[0]! > apiFloorDay ? apiFloorDay : null;
}

async function planFromHistory(
  store: HistoryStorage,
  latestDay: string,
  options: PlanOptions,
): Promise<SyncTask[]> {
  const groups = await store.readGroups();
  const groupDays = await Promise.all(
    groups.map(async (g) => ({ id: g.id, storedDays: new Set(await store.storedDays(g.id)) })),
  );
  const membershipEnd = new Map<string, string>();
  for (const g of groups) {
    const snapshot = await store.latestMembership(g.id);
    if (snapshot) membershipEnd.set(g.id, snapshot.endDay);
  }
  const rollups = await store.storedRollups();
  const latestRollupEnd = rollups.reduce<string | null>(
    (a, r) => (!a || r.endDay > a ? r.endDay : a),
    null,
  );
  const catalog = await store.readCatalog('connectors', 'org');
  const catalogEnd = catalog.reduce<string | null>(
    (a, c) => (!a || c.endDay > a ? c.endDay : a),
    null,
  );
  const seats = await store.readSummaries('org', addDays(latestDay, -7), latestDay);
  const expectedMembers = Math.max(1, ...seats.map((s) => s.assignedSeats ?? 0));
  return planSync({
    latestDay,
    storedUserDays: new Set(await store.storedUserDays()),
    groups: groupDays,
    latestRollupEnd,
    membershipEnd,
    catalogEnd,
    expectedMembers,
    options,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Errors that stop the whole sync (the next sync resumes the plan); others fail one task. */
function stopsTheSync(error: unknown): boolean {
  if (!isApiError(error)) return true; // store errors (quota), aborts, bugs
  return (
    error.kind === 'auth' ||
    error.kind === 'rate-limit' ||
    error.kind === 'overloaded' ||
    error.kind === 'network' ||
    (error.kind === 'http' && (error.status ?? 0) >= 500)
  );
}

/**
 * Runs (or resumes) a sync. Never throws: the outcome says how it ended, and
 * the sync log and meta record it. Nothing already stored is lost on failure.
 */
export async function runSync(
  deps: SyncDeps,
  planOptions: Partial<PlanOptions> = {},
): Promise<SyncOutcome> {
  const options = { ...defaultPlanOptions, ...planOptions };
  const store = deps.store ?? idbHistoryStorage;
  const stats: RequestStats = { sent: 0, rateLimited: 0, retried: 0 };
  const rate = deps.ratePerMinute ?? 60;
  const send = async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await sendWithRetries(request, {
        limiter: deps.limiter,
        clock: deps.clock,
        policy: deps.policy,
        stats,
        random: deps.random,
        signal: deps.signal,
      });
    } finally {
      await deps.saveLimiter?.();
    }
  };
  let run: SyncRun | null = null;
  let pagesDone = 0;
  let current: SyncTask | null = null;
  const emit = (state: SyncProgress['state'], message: string | null = null) => {
    const planned = run ? run.tasks.reduce((s, t) => s + t.estimatedPages, 0) : 1;
    const remaining = Math.max(0, planned - pagesDone);
    deps.onProgress?.({
      state,
      phase: current?.phase ?? 'start',
      task: current?.id ?? null,
      pagesDone,
      pagesPlanned: Math.max(planned, pagesDone),
      requests: stats.sent,
      rateLimited: stats.rateLimited,
      etaSeconds: Math.ceil((remaining / rate) * 60),
      latestDay: run?.latestDay ?? null,
      message,
    });
  };

  const exec = (task: SyncTask) =>
    runTask(task, {
      client: deps.client,
      clock: deps.clock,
      store,
      send,
      onPage: () => ((pagesDone += 1), emit('running')),
      pageSize: options.pageSize,
    });
  let lag: LagTracker; // set once the latest day is known

  try {
    run = await loadRun(store);
    if (!run) {
      emit('running');
      const latestDay = await syncOrgSummaries(deps, send, options.revisionDays, store);
      lag = createLagTracker(latestDay);
      await store.setMeta('latestAvailableDay', latestDay);
      let tasks = await planFromHistory(store, latestDay, options);
      run = {
        id: `run-${deps.clock.now()}`,
        startedAt: deps.clock.now(),
        latestDay,
        tasks,
        done: [],
        failed: [],
      };
      if ((await store.readGroups()).length === 0) {
        // Cold start: discover the groups first, then plan their series and membership. When
        // /users has not published the latest day yet, any of the days before names the groups.
        const discover = tasks.find((t) => t.kind === 'group-day');
        if (discover) {
          current = discover;
          await saveRun(store, run);
          const outcome = await lag.run(discover, exec, { allowDayShift: true });
          tasks = await planFromHistory(store, latestDay, options);
          run = {
            ...run,
            tasks: [discover, ...tasks.filter((t) => t.id !== discover.id)],
            done: [discover.id],
            deferred: outcome.state === 'deferred' ? [{ id: discover.id, ...outcome }] : [],
          };
        }
      }
      await saveRun(store, run);
    } else {
      lag = createLagTracker(run.latestDay);
      pagesDone = run.tasks
        .filter((t) => run!.done.includes(t.id))
        .reduce((s, t) => s + t.estimatedPages, 0);
    }

    const done = new Set(run.done);
    const failedIds = new Set(run.failed.map((f) => f.id));
    for (const task of run.tasks) {
      if (done.has(task.id) || failedIds.has(task.id)) continue;
      deps.signal?.throwIfAborted();
      current = task;
      emit('running');
      const before = pagesDone;
      try {
        const outcome = await lag.run(task, exec);
        if (outcome.state === 'deferred') {
          if (task.kind === 'user-day') await store.discardStagedDay(task.day);
          await store.clearCheckpoints(task.id);
          (run.deferred ??= []).push({ id: task.id, message: outcome.message });
        }
      } catch (error) {
        if (stopsTheSync(error)) throw error; // staged pages and checkpoints are kept for the resume
        // A task that failed for good leaves nothing half-written behind.
        if (task.kind === 'user-day') await store.discardStagedDay(task.day);
        await store.clearCheckpoints(task.id);
        run.failed.push({ id: task.id, message: describe(error) });
        failedIds.add(task.id);
      }
      pagesDone = Math.max(pagesDone, before + task.estimatedPages);
      done.add(task.id);
      run.done = [...done];
      await saveRun(store, run);
    }

    const finishedAt = deps.clock.now();
    const deferred = run.deferred ?? [];
    await store.setMeta('lastSyncAt', finishedAt);
    await saveRun(store, null);
    await store.clearCheckpoints();
    await store.appendSyncLog({
      at: finishedAt,
      outcome: run.failed.length ? 'partial' : 'ok',
      message:
        (run.failed.length
          ? `Synced to ${run.latestDay}; ${run.failed.length} part(s) could not be read and were skipped (stored data kept).`
          : `Synced to ${run.latestDay}.`) +
        (deferred.length
          ? ` ${deferred.length} part(s) the Analytics API has not published yet will be fetched by a later sync.`
          : ''),
      requests: stats.sent,
    });
    current = null;
    emit('done');
    return {
      state: 'done',
      requests: stats.sent,
      rateLimited: stats.rateLimited,
      tasksRun: done.size,
      failedTasks: run.failed,
      deferredTasks: deferred,
      latestDay: run.latestDay,
    };
  } catch (error) {
    const message = describe(error);
    await store
      .appendSyncLog({
        at: deps.clock.now(),
        outcome: 'error',
        kind: isApiError(error) ? error.kind : error instanceof Error ? error.name : 'unknown',
        message,
        requests: stats.sent,
      })
      .catch(() => undefined);
    emit('failed', message);
    return {
      state: 'failed',
      requests: stats.sent,
      rateLimited: stats.rateLimited,
      tasksRun: run?.done.length ?? 0,
      failedTasks: run?.failed ?? [],
      deferredTasks: run?.deferred ?? [],
      error: error instanceof Error ? error : new Error(message),
      latestDay: run?.latestDay ?? null,
    };
  }
}

export { historyStartDay };
