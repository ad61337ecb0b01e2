/**
 * The background's sync controller: one sync at a time, started by a saved
 * key, the "Sync now" button, the schedule alarm, or a worker restart that
 * finds an unfinished plan. It is the only code that reads the API key.
 *
 * State lives in IndexedDB (plan, checkpoints, limiter window) and
 * storage.session (the latest progress, for pages opened mid-sync), never only
 * in memory: the worker may be stopped at any moment, and an alarm resumes.
 *
 * Every sync writes the active source's history (lib/store/sources.ts). Before
 * it starts, the source follows demo mode, and a newly saved key's
 * organisation is identified (identify.ts) so its days never land in another
 * organisation's history. `stop()` ends a running sync before the source
 * changes. With a shared history URL set, a sync is a refresh of that file
 * instead (`refreshShared`), and the key is never read.
 */
import { createAnalyticsClient, testConnection, type AnalyticsClient } from '@/lib/api';
import { defaultRequestTimeoutMs, networkFetch, withTimeout } from '@/lib/api/timeout-fetch';
import { createMockApi, DEMO_KEY, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { getMeta, setMeta } from '@/lib/store/history';
import { readApiKey } from '@/lib/store/secrets';
import { readSettings } from '@/lib/store/settings';
import { matchSourceToMode } from '@/lib/store/source-switch';
import { systemClock, type Clock } from './clock';
import { runSync, type SyncOutcome, type SyncProgress } from './engine';
import { placeKey } from './place-key';
import { createRateLimiter } from './rate-limiter';
import { enforceRetention, firstKeptDayFor } from '@/lib/store/retention';
import { importDemoChatgpt } from '@/lib/chatgpt/demo-import';
import { dayString, latestDayAt } from '@/lib/demo';

export const syncAlarm = 'uptake:sync';
export const resumeAlarm = 'uptake:resume';
const progressKey = 'syncProgress';

/** The demo organisation's own API answers at a raised limit, so the demo fills in minutes. */
const demoRatePerMinute = 1200;

let demoApi: MockApi | null = null;
function demoMock(): MockApi {
  demoApi ??= createMockApi({ rateLimitPerMinute: demoRatePerMinute });
  return demoApi;
}

/** Is `id` a member of the built-in demo organisation (the one demo mode syncs)? */
export function isDemoMember(id: string): boolean {
  return demoMock().org.memberById.has(id);
}

export interface ClientChoice {
  client: AnalyticsClient;
  ratePerMinute: number;
  mode: 'live' | 'demo';
}

/** The client for the current settings: demo (in-process mock), live (the saved key), or none. */
export async function chooseClient(): Promise<ClientChoice | null> {
  const settings = await readSettings();
  if (settings.demo) {
    return {
      client: createAnalyticsClient({
        apiKey: DEMO_KEY,
        fetch: withTimeout(mockFetch(demoMock()), defaultRequestTimeoutMs),
      }),
      ratePerMinute: demoRatePerMinute,
      mode: 'demo',
    };
  }
  const saved = await readApiKey();
  if (!saved) return null;
  return {
    client: createAnalyticsClient({
      apiKey: saved.key,
      fetch: networkFetch(),
    }),
    ratePerMinute: settings.sync.rateLimitPerMinute,
    mode: 'live',
  };
}

/** A client for a key that is not saved yet (Test connection before Save). */
export function clientForKey(key: string): AnalyticsClient {
  return createAnalyticsClient({
    apiKey: key,
    fetch: networkFetch(),
  });
}

export { testConnection };

/** Why a sync was stopped by `stop()` (its log entry says so). */
export const switchingSourceMessage =
  'Stopped to change the data source; this history resumes its sync when it is shown again.';

/**
 * What a sync reports from the moment it starts until it says how far it is
 * (its client, source and plan are being prepared, which took seconds for
 * the demo organisation on a loaded machine): running, nothing done yet, as
 * the engine's own first report.
 */
export const startingProgress: SyncProgress = {
  state: 'running',
  phase: 'start',
  task: null,
  pagesDone: 0,
  pagesPlanned: 1,
  requests: 0,
  rateLimited: 0,
  etaSeconds: 0,
  latestDay: null,
  message: null,
};

export interface SyncController {
  /** Start a sync unless one runs; resolves when it ends. */
  start(): Promise<SyncOutcome | null>;
  /** Stop the running sync (if any) and resolve once it has ended. */
  stop(): Promise<void>;
  /**
   * Changes the data source with no sync in between: stops the running sync,
   * then runs `change`; a `start()` asked meanwhile (the schedule's alarm, a
   * Sync now) waits until `change` has ended, and switches run one at a time.
   * Without this, an alarm firing while a key was saved started a sync of the
   * demo between the key's save and demo mode's end, and the new key's
   * history never synced.
   */
  switchSource(change: () => Promise<void>): Promise<void>;
  isRunning(): boolean;
  /**
   * The latest progress of the running sync (from its first moment:
   * `startingProgress` until it reports), else of the last one (kept in
   * storage.session). A page that asks while a sync starts is told it runs,
   * and follows it: the overlay polls only while a sync runs.
   */
  progress(): Promise<SyncProgress | null>;
}

export function createSyncController(deps: {
  clock?: Clock;
  onProgress?: (progress: SyncProgress) => void;
  /** Called when a sync stops for a reason worth retrying soon (rate limit, network, killed). */
  scheduleResume?: () => void;
  /**
   * Issue 14 item 3: with a shared history URL (settings.sharedHistoryUrl) or
   * a lead's shared team snapshot URL (sharedSnapshotUrl) set, a "sync" is
   * this refresh of the shared files (lib/shared-source) and no API sync
   * starts, whatever key is saved: one sync per organisation.
   */
  refreshShared?: (
    urls: { history: string | null; snapshot: string | null },
    signal: AbortSignal,
  ) => Promise<void>;
}): SyncController {
  const clock = deps.clock ?? systemClock;
  let running: Promise<SyncOutcome | null> | null = null;
  /** The running sync's latest progress (set when it starts). */
  let current: SyncProgress = startingProgress;
  let lastSaved = 0;

  const saveProgress = async (progress: SyncProgress, force = false) => {
    // At most a few writes a second; always the final state.
    if (!force && progress.state === 'running' && clock.now() - lastSaved < 250) return;
    lastSaved = clock.now();
    await browser.storage.session.set({ [progressKey]: progress }).catch(() => undefined);
  };

  let stopping: AbortController | null = null;

  const run = async (signal: AbortSignal): Promise<SyncOutcome | null> => {
    const { sharedHistoryUrl: history, sharedSnapshotUrl: snapshot } = await readSettings();
    if (history !== null || snapshot !== null) {
      await deps.refreshShared?.({ history, snapshot }, signal);
      return null;
    }
    await matchSourceToMode((await readSettings()).demo, clock.now());
    const choice = await chooseClient();
    if (!choice) return null;
    const limiter = createRateLimiter({
      limit: choice.ratePerMinute,
      clock,
      initial: (await getMeta('rateLimiter')) ?? undefined,
    });
    if (choice.mode === 'live' && !(await placeKey(choice.client, { limiter, clock, signal })))
      return null;
    const { sync } = await readSettings();
    const outcome = await runSync(
      {
        client: choice.client,
        clock,
        limiter,
        signal,
        ratePerMinute: choice.ratePerMinute,
        saveLimiter: () => setMeta('rateLimiter', limiter.state()),
        onProgress: (progress) => {
          current = progress;
          deps.onProgress?.(progress);
          void saveProgress(progress, progress.state !== 'running');
        },
      },
      { historyDepthDays: sync.historyDepthDays },
    );
    // Retention (issue 11 item 12): per-person history older than the period goes after each sync.
    if (outcome.state !== 'failed' && sync.retentionDays !== null) {
      const today = new Date(clock.now()).toISOString().slice(0, 10);
      await enforceRetention(firstKeptDayFor(today, sync.retentionDays)).catch(() => undefined);
    }
    // Demo mode (issue 13): the demo organisation's ChatGPT exports, through the same parser,
    // into the demo's history; only periods it lacks (a list read when nothing is new).
    if (choice.mode === 'demo' && outcome.state !== 'failed') {
      const latest = dayString(latestDayAt(clock.now()));
      await importDemoChatgpt(demoMock().org, latest).catch(() => undefined);
    }
    if (outcome.state === 'failed') {
      const kind = (outcome.error as { kind?: string } | undefined)?.kind;
      if (kind === 'rate-limit' || kind === 'overloaded' || kind === 'network' || kind === 'http')
        deps.scheduleResume?.();
    }
    return outcome;
  };

  const startNow = (): Promise<SyncOutcome | null> => {
    if (!running) {
      const abort = new AbortController();
      stopping = abort;
      current = startingProgress;
      running = run(abort.signal).finally(() => {
        running = null;
        if (stopping === abort) stopping = null;
      });
    }
    return running;
  };
  const stop = async () => {
    stopping?.abort(new Error(switchingSourceMessage));
    await running?.catch(() => undefined);
  };
  /** The source changes in progress, one after another; starts wait for the last. */
  let switching: Promise<void> | null = null;

  const start = (): Promise<SyncOutcome | null> => (switching ? switching.then(start) : startNow());

  return {
    start,
    stop,
    switchSource(change) {
      const previous = switching ?? Promise.resolve();
      const done = previous.then(async () => {
        await stop();
        await change();
      });
      const settled = done.catch(() => undefined);
      switching = settled;
      void settled.then(() => {
        if (switching === settled) switching = null;
      });
      return done;
    },
    isRunning: () => running !== null,
    async progress() {
      if (running) return current;
      const stored = (await browser.storage.session.get(progressKey))[progressKey];
      return (stored as SyncProgress | undefined) ?? null;
    },
  };
}

/** Is there an unfinished sync plan to resume (after a worker restart)? */
export async function hasUnfinishedSync(): Promise<boolean> {
  return (await getMeta('syncRun')) !== null;
}
