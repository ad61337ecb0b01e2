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
  it('paces requests evenly with a 1 s margin: one every 1.017 s at 60 per minute', async () => {
    const clock = createSimulatedClock(0);
    const limiter = createRateLimiter({ limit: 60, windowMs: 60_000, clock });
    const times: number[] = [];
    for (let i = 0; i < 121; i++) {
      await limiter.acquire();
      times.push(clock.now());
    }
    // 61 s / 60 = 1016.7 ms, rounded up to whole ms.
    expect(times.slice(0, 4)).toEqual([0, 1_017, 2_034, 3_051]);
    expect(times[120]).toBe(122_040);
    // Requests 60 apart leave at least 61 s apart: 1 s of network jitter cannot squeeze 61
    // arrivals into one minute.
    expect(Math.min(...times.slice(60).map((t, i) => t - times[i]!))).toBe(61_020);
    expect(maxInWindow(times, 60_000)).toBe(59);
  });

  it('without a margin, paces at exactly the limit', async () => {
    const clock = createSimulatedClock(0);
    const limiter = createRateLimiter({ limit: 60, windowMs: 60_000, marginMs: 0, clock });
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
    const limiter = createRateLimiter({
      limit: 60,
      windowMs: 60_000,
      marginMs: 0,
      spacingMs: 0,
      clock,
    });
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
    const limiter = createRateLimiter({
      limit: 5,
      windowMs: 10_000,
      marginMs: 0,
      spacingMs: 0,
      clock,
    });
    const times: number[] = [];
    for (let i = 0; i < 40; i++) {
      await limiter.acquire();
      times.push(clock.now());
      clock.advance(i % 3 === 0 ? 700 : 0);
    }
    expect(maxInWindow(times, 10_000)).toBeLessThanOrEqual(5);
  });

  it('obeys retry-after (in ms), and a full window with its margin when the server did not say', async () => {
    const clock = createSimulatedClock(1_000);
    const limiter = createRateLimiter({ limit: 60, clock });
    limiter.penalise(7_000);
    await limiter.acquire();
    expect(clock.now()).toBe(8_000);
    limiter.penalise(1_500);
    await limiter.acquire();
    expect(clock.now()).toBe(9_500);
    limiter.penalise(undefined);
    await limiter.acquire();
    expect(clock.now()).toBe(70_500);
    // Pacing still applies after a penalty: the next request waits its 1.017 s.
    await limiter.acquire();
    expect(clock.now()).toBe(71_517);
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
    // The oldest request leaves the 60 s window (+ 1 s margin) at 61 s.
    expect(clock.now()).toBe(61_000);
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
