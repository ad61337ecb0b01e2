import type { RateLimiterState } from '@/lib/store/records';
import type { Clock } from './clock';

export type { RateLimiterState };

/** Network jitter the pacing absorbs, per window (see `createRateLimiter`). */
export const defaultMarginMs = 1_000;

export interface RateLimiter {
  /** Wait until a request may be sent without exceeding the limit, then claim the slot. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** The server said 429: send nothing for `retryAfterMs` (or a full window when it did not say). */
  penalise(retryAfterMs: number | undefined): void;
  /** Current state, to persist so a restarted service worker keeps honouring the window. */
  state(): RateLimiterState;
}

/**
 * A sliding-window limiter: never more than `limit` requests in any
 * `windowMs + marginMs` (the Analytics API allows 60 per minute per
 * organisation, shared by all keys). Restores a persisted state, so a service
 * worker that is killed and restarted mid-sync does not burst past the window.
 *
 * Requests are also paced evenly, one every `(windowMs + marginMs) / limit`
 * (1.017 s at 60 per minute, in whole ms): the API's window algorithm is not documented,
 * so Uptake never bursts. The margin (default 1 s per window) absorbs network
 * jitter: requests 60 apart leave at least 61 s apart, so even when the later
 * one travels up to 1 s faster they arrive more than 60 s apart, and a sliding
 * minute counted where requests arrive never sees 61 (tested in
 * pacing.test.ts). A long backfill runs at 60/61 of the limit.
 */
export function createRateLimiter(options: {
  limit?: number;
  /** The server's window; default 60 s. */
  windowMs?: number;
  /** Added to the window Uptake keeps to, for network jitter; default 1 s. */
  marginMs?: number;
  /** Minimum time between two requests; default (windowMs + marginMs) / limit. 0 allows bursts. */
  spacingMs?: number;
  clock: Clock;
  initial?: RateLimiterState;
}): RateLimiter {
  const limit = options.limit ?? 60;
  const windowMs = (options.windowMs ?? 60_000) + (options.marginMs ?? defaultMarginMs);
  // Whole milliseconds: a fractional gap can be smaller than the clock's precision, and a wait
  // that does not move the clock would never end.
  const spacingMs = Math.ceil(options.spacingMs ?? windowMs / limit);
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
        await clock.sleep(Math.ceil(blockedUntil - now), signal);
        continue;
      }
      const last = sent[sent.length - 1];
      if (last !== undefined && now < last + spacingMs) {
        await clock.sleep(Math.ceil(last + spacingMs - now), signal);
        continue;
      }
      if (sent.length < limit) {
        sent.push(now);
        return;
      }
      // The oldest request leaves the window at sent[0] + windowMs.
      await clock.sleep(Math.ceil(sent[0]! + windowMs - now), signal);
    }
  };

  return {
    acquire(signal) {
      const turn = queue.then(() => acquireNow(signal));
      queue = turn.catch(() => undefined);
      return turn;
    },
    penalise(retryAfterMs) {
      const wait = retryAfterMs ?? windowMs;
      blockedUntil = Math.max(blockedUntil, clock.now() + wait);
    },
    state: () => ({ sent: [...sent], blockedUntil }),
  };
}
