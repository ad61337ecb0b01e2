/**
 * One headless sync: the extension's engine and planner (lib/sync/engine.ts)
 * with the directory store (file-store.ts), the API client of lib/api and the
 * shared rate limiter, whose window is kept in the directory so that a run
 * started right after a killed one still honours it.
 */
import { createAnalyticsClient, isApiError } from '@/lib/api';
import { isLoopbackUrl } from '@/lib/api/base-url';
import type { Clock } from '@/lib/sync/clock';
import { systemClock } from '@/lib/sync/clock';
import { runSync, type SyncOutcome, type SyncProgress } from '@/lib/sync/engine';
import { createRateLimiter } from '@/lib/sync/rate-limiter';
import type { HistoryStorage } from '@/lib/store/history-store';
import { diskMessage, HeadlessError, isFsError } from './errors';
import { organisationIdOf } from './organisation';

export interface HeadlessSyncOptions {
  store: HistoryStorage;
  /** The directory, for messages. */
  dir: string;
  key: string;
  /** Requests per minute this sync may send (the organisation's 60 are shared by every key). */
  maxRate: number;
  historyDepthDays: number | 'all';
  /** A loopback mock (npm run mock-api) instead of https://api.anthropic.com. */
  apiUrl?: string;
  clock?: Clock;
  /** Tests and benchmarks: the in-process mock (lib/demo/mock-api mockFetch) instead of the network. */
  fetch?: typeof fetch;
  signal?: AbortSignal;
  onProgress?: (progress: SyncProgress) => void;
  /**
   * After a successful sync, learn the organisation's API id (organisation.ts:
   * kept in the directory, else one request) for the history file's header.
   */
  resolveOrgId?: boolean;
}

/** Runs (or resumes) the sync; resolves with the outcome, throws a HeadlessError with a sentence on failure. */
export async function syncHeadless(
  options: HeadlessSyncOptions,
): Promise<SyncOutcome & { orgId: string | null }> {
  const clock = options.clock ?? systemClock;
  const { store } = options;
  const loopback = options.apiUrl !== undefined && isLoopbackUrl(new URL(options.apiUrl));
  if (options.apiUrl !== undefined && !loopback)
    throw new HeadlessError(
      'usage',
      '--api-url takes a local mock only (http://127.0.0.1:PORT or http://localhost:PORT); the real API is used without it.',
    );
  const client = createAnalyticsClient({
    apiKey: options.key,
    userAgent: 'uptake-headless',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(loopback ? { baseUrl: options.apiUrl, allowLoopbackForTests: true } : {}),
  });
  let outcome: SyncOutcome;
  let orgId: string | null = null;
  try {
    const limiter = createRateLimiter({
      limit: options.maxRate,
      clock,
      initial: (await store.getMeta('rateLimiter')) ?? undefined,
    });
    outcome = await runSync(
      {
        client,
        clock,
        limiter,
        store,
        ratePerMinute: options.maxRate,
        signal: options.signal,
        onProgress: options.onProgress,
        saveLimiter: () => store.setMeta('rateLimiter', limiter.state()),
      },
      { historyDepthDays: options.historyDepthDays },
    );
    if (options.resolveOrgId && outcome.state !== 'failed')
      orgId = await organisationIdOf(options.dir, {
        client,
        limiter,
        // The report is asked for the week the sync just read (a later week may not be published).
        today: outcome.latestDay ?? new Date(clock.now()).toISOString().slice(0, 10),
        signal: options.signal,
      });
  } catch (error) {
    throw failure(error, options.dir);
  }
  if (outcome.state === 'failed') throw failure(outcome.error, options.dir);
  return { ...outcome, orgId };
}

function failure(error: unknown, dir: string): HeadlessError {
  if (isFsError(error)) return new HeadlessError('disk', diskMessage(error, dir));
  const resumes = 'What was stored is kept; the next run resumes where this one stopped.';
  if (isApiError(error, 'rate-limit'))
    return new HeadlessError(
      'sync',
      `${error.message} Other syncs of this organisation share its 60 requests a minute: lower --max-rate here or there. ${resumes}`,
    );
  if (isApiError(error)) return new HeadlessError('sync', `${error.message} ${resumes}`);
  const message = error instanceof Error ? error.message : String(error);
  return new HeadlessError('sync', `The sync stopped: ${message} ${resumes}`);
}
