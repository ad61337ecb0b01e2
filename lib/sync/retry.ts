import { isApiError } from '@/lib/api/errors';
import type { Clock } from './clock';
import type { RateLimiter } from './rate-limiter';

export interface RetryPolicy {
  /** Attempts for server errors (5xx) and network failures, including the first. */
  maxAttempts: number;
  /** Backoff base: attempt n waits a random time in [0, base·2^(n-1)] (full jitter), capped. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** 429 answers in a row before giving up (each waits its retry-after first). */
  maxRateLimitedInARow: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRateLimitedInARow: 8,
};

export interface RequestStats {
  /** HTTP requests actually sent (every attempt counts). */
  sent: number;
  rateLimited: number;
  retried: number;
}

/**
 * Whether an error is worth sending again soon: no HTTP answer, 529 overloaded, 5xx, and 408/409
 * (as the official SDK retries them). The server's `x-should-retry` header overrides this both ways.
 */
export function isTransient(error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.shouldRetry !== undefined) return error.shouldRetry;
  if (error.kind === 'network' || error.kind === 'overloaded') return true;
  const status = error.status ?? 0;
  return error.kind === 'http' && (status >= 500 || status === 408 || status === 409);
}

/**
 * Send one API request through the shared rate limiter, retrying what is
 * worth retrying, the way the official SDK decides it:
 * - `x-should-retry: false` forbids any retry, `true` forces one;
 * - 429: wait the server's `retry-after-ms` / `retry-after` (a full window if
 *   it gave none), then retry, up to `maxRateLimitedInARow` in a row;
 * - 529 overloaded, 5xx, 408, 409 and network failures: wait the server's
 *   retry-after when it gave one, else exponential backoff with full jitter,
 *   up to `maxAttempts`;
 * - auth, schema, cursor, not-yet-available and other 4xx: thrown at once.
 */
export async function sendWithRetries<T>(
  request: () => Promise<T>,
  deps: {
    limiter: RateLimiter;
    clock: Clock;
    policy?: RetryPolicy;
    stats?: RequestStats;
    random?: () => number;
    signal?: AbortSignal;
  },
): Promise<T> {
  const policy = deps.policy ?? defaultRetryPolicy;
  const random = deps.random ?? Math.random;
  let failures = 0;
  let rateLimitedInARow = 0;
  for (;;) {
    await deps.limiter.acquire(deps.signal);
    if (deps.stats) deps.stats.sent += 1;
    try {
      return await request();
    } catch (error) {
      if (isApiError(error, 'rate-limit')) {
        if (deps.stats) deps.stats.rateLimited += 1;
        rateLimitedInARow += 1;
        if (error.shouldRetry === false || rateLimitedInARow > policy.maxRateLimitedInARow)
          throw error;
        deps.limiter.penalise(error.retryAfterMs);
        continue;
      }
      rateLimitedInARow = 0;
      if (!isTransient(error)) throw error;
      failures += 1;
      if (failures >= policy.maxAttempts) throw error;
      if (deps.stats) deps.stats.retried += 1;
      const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
      const asked = isApiError(error) ? error.retryAfterMs : undefined;
      await deps.clock.sleep(asked ?? Math.round(random() * cap), deps.signal);
    }
  }
}
