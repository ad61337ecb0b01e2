import { describe, expect, it } from 'vitest';
import { createSimulatedClock } from './clock';
import { createRateLimiter } from './rate-limiter';

/** Largest number of acquisitions inside any window of `windowMs`. */
function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('createRateLimiter', () => {
  it('paces requests evenly: one a second at 60 per minute', async () => {
    const clock = createSimulatedClock(0);
    const limiter = createRateLimiter({ limit: 60, windowMs: 60_000, clock });
    const times: number[] = [];
    for (let i = 0; i < 121; i++) {
      await limiter.acquire();
      times.push(clock.now());
    }
    expect(times.slice(0, 4)).toEqual([0, 1_000, 2_000, 3_000]);
    expect(times[120]).toBe(120_000);
    expect(maxInWindow(times, 60_000)).toBe(60);
  });

  it('in burst mode lets a full window through at once, then waits for the oldest to leave', async () => {
    const clock = createSimulatedClock(0);
    const limiter = createRateLimiter({ limit: 60, windowMs: 60_000, spacingMs: 0, clock });
    const times: number[] = [];
    for (let i = 0; i < 150; i++) {
      await limiter.acquire();
      times.push(clock.now());
    }
    expect(times.slice(0, 60).every((t) => t === 0)).toBe(true);
    expect(times[60]).toBe(60_000);
    expect(times[120]).toBe(120_000);
    expect(maxInWindow(times, 60_000)).toBe(60);
  });

  it('never exceeds the limit in any sliding window when requests trickle in', async () => {
    const clock = createSimulatedClock(0);
    const limiter = createRateLimiter({ limit: 5, windowMs: 10_000, spacingMs: 0, clock });
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      await limiter.acquire();
      times.push(clock.now());
      clock.advance(i % 3 === 0 ? 700 : 0);
    }
    expect(maxInWindow(times, 10_000)).toBeLessThanOrEqual(5);
  });

  it('obeys retry-after, and a full window when the server did not say', async () => {
    const clock = createSimulatedClock(1_000);
    const limiter = createRateLimiter({ limit: 60, clock });
    limiter.penalise(7);
    await limiter.acquire();
    expect(clock.now()).toBe(8_000);
    limiter.penalise(undefined);
    await limiter.acquire();
    expect(clock.now()).toBe(68_000);
    // Pacing still applies after a penalty: the next request waits its second.
    await limiter.acquire();
    expect(clock.now()).toBe(69_000);
  });

  it('restores a persisted window, so a restarted worker does not burst', async () => {
    const clock = createSimulatedClock(0);
    const first = createRateLimiter({ limit: 3, windowMs: 60_000, spacingMs: 0, clock });
    for (let i = 0; i < 3; i++) await first.acquire();
    clock.advance(10_000);
    const restarted = createRateLimiter({
      limit: 3,
      windowMs: 60_000,
      clock,
      initial: first.state(),
    });
    await restarted.acquire();
    expect(clock.now()).toBe(60_000);
  });

  it('stops waiting when aborted', async () => {
    const clock = createSimulatedClock(0);
    const limiter = createRateLimiter({ limit: 1, clock });
    await limiter.acquire();
    const controller = new AbortController();
    controller.abort(new Error('stopped'));
    await expect(limiter.acquire(controller.signal)).rejects.toThrow('stopped');
  });
});
