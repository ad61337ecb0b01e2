import type { Clock } from './clock';

export interface RateLimiterState {
  /** Start times (ms) of requests inside the current window, oldest first. */
  sent: number[];
  /** No request before this time (ms), set by a 429's retry-after. */
  blockedUntil: number;
}

export interface RateLimiter {
  /** Wait until a request may be sent without exceeding the limit, then claim the slot. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The server said 429: send nothing for `retryAfterSeconds` (or a full window when it did not say). */
  penalise(retryAfterSeconds: number | undefined): void;
  /** Current state, to persist so a restarted service worker keeps honouring the window. */
  state(): RateLimiterState;
}

/**
 * A sliding-window limiter: never more than `limit` requests in any
 * `windowMs` (the Analytics API allows 60 per minute per organisation,
 * shared by all keys). Restores a persisted state, so a service worker that
 * is killed and restarted mid-sync does not burst past the window.
 *
 * Requests are also paced evenly, one every `windowMs / limit` (1 s at 60 per
 * minute): the API's window algorithm is not documented, so Uptake never
 * bursts, and a long backfill runs at exactly the allowed rate.
 */
export function createRateLimiter(options: {
  limit?: number;
  windowMs?: number;
  /** Minimum time between two requests; default windowMs / limit. 0 allows bursts. */
  spacingMs?: number;
  clock: Clock;
  initial?: RateLimiterState;
}): RateLimiter {
  const limit = options.limit ?? 60;
  const windowMs = options.windowMs ?? 60_000;
  const spacingMs = options.spacingMs ?? windowMs / limit;
  const { clock } = options;
  const sent = [...(options.initial?.sent ?? [])].sort((a, b) => a - b);
  let blockedUntil = options.initial?.blockedUntil ?? 0;
  // Requests wait their turn in order; a chain of promises serialises them.
  let queue: Promise<void> = Promise.resolve();

  const prune = (now: number) => {
    while (sent.length && sent[0]! <= now - windowMs) sent.shift();
  };

  const acquireNow = async (signal?: AbortSignal) => {
    for (;;) {
      signal?.throwIfAborted();
      const now = clock.now();
      prune(now);
      if (now < blockedUntil) {
        await clock.sleep(blockedUntil - now, signal);
        continue;
      }
      const last = sent[sent.length - 1];
      if (last !== undefined && now < last + spacingMs) {
        await clock.sleep(last + spacingMs - now, signal);
        continue;
      }
      if (sent.length < limit) {
        sent.push(now);
        return;
      }
      // The oldest request leaves the window at sent[0] + windowMs.
      await clock.sleep(sent[0]! + windowMs - now, signal);
    }
  };

  return {
    acquire(signal) {
      const turn = queue.then(() => acquireNow(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
    penalise(retryAfterSeconds) {
      const wait = retryAfterSeconds !== undefined ? retryAfterSeconds * 1000 : windowMs;
      blockedUntil = Math.max(blockedUntil, clock.now() + wait);
    },
    state: () => ({ sent: [...sent], blockedUntil }),
  };
}
