/**
 * Pacing against an API that counts the way the real one might: a sliding one-minute window over
 * the moments requests *arrive*, written here independently of the mock's own limiter
 * (lib/demo/mock-api/rate-limit.ts, switched off below). Each request travels 20–900 ms (random
 * network jitter) after the client sends it, so two requests sent 60 s apart can arrive less than
 * 60 s apart. A full sync at 60 requests per minute must meet no 429 at all.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch } from '@/lib/demo/mock-api';
import { resetHistoryForTests } from '@/lib/store/db';
import { createSimulatedClock, type Clock } from './clock';
import { runSync } from './engine';
import { createRateLimiter } from './rate-limiter';

const WINDOW_MS = 60_000;
const LIMIT = 60;

/** mulberry32: a small seeded generator, so the jitter is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A fetch in front of `inner` that delays each request by 20–900 ms on the simulated clock, then
 * admits it only if fewer than 60 requests arrived in the minute before (arrivals in
 * (now − 60 s, now]); otherwise it answers 429 with the seconds until a slot frees.
 */
function slidingMinuteApi(inner: typeof fetch, clock: Clock, random: () => number) {
  const arrivals: number[] = [];
  const counts = { admitted: 0, refused: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    await clock.sleep(20 + random() * 880);
    const at = clock.now();
    while (arrivals.length > 0 && arrivals[0]! <= at - WINDOW_MS) arrivals.shift();
    if (arrivals.length >= LIMIT) {
      counts.refused += 1;
      const retryAfter = Math.max(1, Math.ceil((arrivals[0]! + WINDOW_MS - at) / 1000));
      return new Response(
        JSON.stringify({
          type: 'error',
          error: { type: 'rate_limit_error', message: 'Rate limited' },
          request_id: 'req_pacing',
        }),
        { status: 429, headers: { 'retry-after': String(retryAfter) } },
      );
    }
    arrivals.push(at);
    counts.admitted += 1;
    return inner(input, init);
  };
  return { fetch, counts };
}

async function fullSync(limiterOptions: { marginMs?: number } = {}) {
  const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
  // The mock's own limiter is out of the way: the sliding minute above is the only one.
  const api = createMockApi({
    org: { members: 300, groups: 6, seed: 7, latestAvailableDay: '2026-11-24' },
    now: clock.now,
    rateLimitPerMinute: 1_000_000,
  });
  const net = slidingMinuteApi(mockFetch(api), clock, seeded(20261126));
  const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: net.fetch });
  const limiter = createRateLimiter({ limit: LIMIT, clock, ...limiterOptions });
  const outcome = await runSync(
    { client, clock, limiter, random: () => 0.5 },
    { historyDepthDays: 90, spend: true },
  );
  return { outcome, counts: net.counts };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
});

describe('pacing with a margin', () => {
  it(
    'a full sync at 60 requests per minute meets no 429 from a sliding minute with network jitter',
    { timeout: 120_000 },
    async () => {
      const { outcome, counts } = await fullSync();
      expect(outcome.state).toBe('done');
      // Well over a minute's worth of requests, so the window is really tested.
      expect(counts.admitted).toBeGreaterThan(100);
      console.log(counts);
      expect(counts.refused).toBe(0);
      expect(outcome.rateLimited).toBe(0);
    },
  );

  it(
    'without the margin, the same sync does meet 429s (what real sessions saw)',
    { timeout: 120_000 },
    async () => {
      const { outcome, counts } = await fullSync({ marginMs: 0 });
      expect(outcome.state).toBe('done');
      expect(counts.refused).toBeGreaterThan(0);
    },
  );
});
