/**
 * Time as the sync engine sees it. Real syncs use the wall clock; benchmarks
 * and tests use a simulated clock whose `sleep` advances time instantly, so an
 * hour of rate-limited syncing runs in milliseconds with the same decisions.
 */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, Math.max(0, ms));
      signal?.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    }),
};

/** A clock that only moves when someone sleeps (or `advance` is called). */
export function createSimulatedClock(startMs = Date.UTC(2026, 10, 26, 9)): Clock & {
  advance(ms: number): void;
} {
  let t = startMs;
  return {
    now: () => t,
    sleep: async (ms) => {
      t += Math.max(0, ms);
    },
    advance(ms) {
      t += ms;
    },
  };
}
