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
 * Send one API request through the shared rate limiter, retrying what is
 * worth retrying:
 * - 429: wait the server's `retry-after` (a full window if it gave none), then retry;
 * - 5xx and network failures: exponential backoff with full jitter, up to `maxAttempts`;
 * - auth, schema, cursor, not-yet-available and other 4xx: never retried — thrown at once.
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
        if (rateLimitedInARow > policy.maxRateLimitedInARow) throw error;
        deps.limiter.penalise(error.retryAfterSeconds);
        continue;
      }
      rateLimitedInARow = 0;
      const transient =
        isApiError(error, 'network') || (isApiError(error, 'http') && (error.status ?? 0) >= 500);
      if (!transient) throw error;
      failures += 1;
      if (failures >= policy.maxAttempts) throw error;
      if (deps.stats) deps.stats.retried += 1;
      const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (failures - 1));
      await deps.clock.sleep(Math.round(random() * cap), deps.signal);
    }
  }
}
