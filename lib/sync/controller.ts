/**
 * The background's sync controller: one sync at a time, started by a saved
 * key, the "Sync now" button, the schedule alarm, or a worker restart that
 * finds an unfinished plan. It is the only code that reads the API key.
 *
 * State lives in IndexedDB (plan, checkpoints, limiter window) and
 * storage.session (the latest progress, for pages opened mid-sync), never only
 * in memory: the worker may be stopped at any moment, and an alarm resumes.
 */
import { createAnalyticsClient, testConnection, type AnalyticsClient } from '@/lib/api';
import { defaultRequestTimeoutMs, networkFetch, withTimeout } from '@/lib/api/timeout-fetch';
import { createMockApi, DEMO_KEY, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { getMeta, setMeta } from '@/lib/store/history';
import { readApiKey } from '@/lib/store/secrets';
import { readSettings } from '@/lib/store/settings';
import { systemClock, type Clock } from './clock';
import { runSync, type SyncOutcome, type SyncProgress } from './engine';
import { createRateLimiter } from './rate-limiter';

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

export interface SyncController {
  /** Start a sync unless one runs; resolves when it ends. */
  start(): Promise<SyncOutcome | null>;
  isRunning(): boolean;
  /** The latest progress of the running or last sync (also kept in storage.session). */
  progress(): Promise<SyncProgress | null>;
}

export function createSyncController(deps: {
  clock?: Clock;
  onProgress?: (progress: SyncProgress) => void;
  /** Called when a sync stops for a reason worth retrying soon (rate limit, network, killed). */
  scheduleResume?: () => void;
}): SyncController {
  const clock = deps.clock ?? systemClock;
  let running: Promise<SyncOutcome | null> | null = null;
  let lastSaved = 0;

  const saveProgress = async (progress: SyncProgress, force = false) => {
    // At most a few writes a second; always the final state.
    if (!force && progress.state === 'running' && clock.now() - lastSaved < 250) return;
    lastSaved = clock.now();
    await browser.storage.session.set({ [progressKey]: progress }).catch(() => undefined);
  };

  const run = async (): Promise<SyncOutcome | null> => {
    const choice = await chooseClient();
    if (!choice) return null;
    const limiter = createRateLimiter({
      limit: choice.ratePerMinute,
      clock,
      initial: (await getMeta('rateLimiter')) ?? undefined,
    });
    const { sync } = await readSettings();
    const outcome = await runSync(
      {
        client: choice.client,
        clock,
        limiter,
        ratePerMinute: choice.ratePerMinute,
        saveLimiter: () => setMeta('rateLimiter', limiter.state()),
        onProgress: (progress) => {
          deps.onProgress?.(progress);
          void saveProgress(progress, progress.state !== 'running');
        },
      },
      { historyDepthDays: sync.historyDepthDays },
    );
    if (outcome.state === 'failed') {
      const kind = (outcome.error as { kind?: string } | undefined)?.kind;
      if (kind === 'rate-limit' || kind === 'overloaded' || kind === 'network' || kind === 'http')
        deps.scheduleResume?.();
    }
    return outcome;
  };

  return {
    start() {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    isRunning: () => running !== null,
    async progress() {
      const stored = (await browser.storage.session.get(progressKey))[progressKey];
      return (stored as SyncProgress | undefined) ?? null;
    },
  };
}

/** Is there an unfinished sync plan to resume (after a worker restart)? */
export async function hasUnfinishedSync(): Promise<boolean> {
  return (await getMeta('syncRun')) !== null;
}
