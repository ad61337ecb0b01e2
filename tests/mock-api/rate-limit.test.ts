// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { SlidingWindow } from '@/lib/demo/mock-api/rate-limit';
import { get, KEY, testApi } from './helpers';

describe('SlidingWindow (3 per 10 s)', () => {
  it.each([
    // [times of earlier accepted requests, now, expected]
    [[0, 1000, 2000], 2500, { ok: false, retryAfterSeconds: 8 }], // oldest leaves at 10 000 → 7.5 s → 8
    [[0, 1000, 2000], 9999, { ok: false, retryAfterSeconds: 1 }],
    [[0, 1000, 2000], 10000, { ok: true }],
    [[0, 1000], 1500, { ok: true }],
  ])('after %j, a request at %i → %j', (times, now, expected) => {
    const w = new SlidingWindow(3, 10_000);
    for (const t of times) expect(w.tryAcquire(t)).toEqual({ ok: true });
    expect(w.tryAcquire(now)).toEqual(expected);
  });

  it('does not count rejected requests', () => {
    const w = new SlidingWindow(2, 10_000);
    w.tryAcquire(0);
    w.tryAcquire(5000);
    for (let t = 6000; t < 10_000; t += 500) expect(w.tryAcquire(t).ok).toBe(false);
    expect(w.tryAcquire(10_000)).toEqual({ ok: true }); // only the request at 0 left the window
    expect(w.tryAcquire(10_001).ok).toBe(false);
  });
});

describe('mock API rate limit: 60 requests per 60 s per organisation', () => {
  it('answers 429 with retry-after, then succeeds once the clock has moved on', async () => {
    let now = 1_000_000;
    const api = testApi({ rateLimitPerMinute: 60, now: () => now });
    for (let i = 0; i < 60; i++) {
      const key = i % 2 === 0 ? KEY : 'sk-ant-api01-second-key'; // shared by all keys of the org
      expect((await get(api, '/users?date=2026-11-02&limit=1', { 'x-api-key': key })).status).toBe(
        200,
      );
      now += 500; // 60 requests over 30 s
    }
    const limited = await get(api, '/summaries?starting_date=2026-11-02');
    expect(limited.status).toBe(429);
    expect(limited.json.error.type).toBe('rate_limit_error');
    expect(limited.headers['retry-after']).toBe('30'); // first request (t0) leaves at t0 + 60 s; now = t0 + 30 s
    expect(api.stats().rateLimited).toBe(1);
    now += 29_000;
    expect((await get(api, '/summaries?starting_date=2026-11-02')).headers['retry-after']).toBe(
      '1',
    );
    now += 1_000;
    expect((await get(api, '/summaries?starting_date=2026-11-02')).status).toBe(200);
    expect(api.stats()).toMatchObject({ requests: 63, rateLimited: 2 });
  });

  it('does not count requests with a bad key', async () => {
    const api = testApi({ rateLimitPerMinute: 2, now: () => 0 });
    for (let i = 0; i < 5; i++)
      expect((await get(api, '/users?date=2026-11-02', {})).status).toBe(404);
    expect((await get(api, '/users?date=2026-11-02&limit=1')).status).toBe(200);
    expect((await get(api, '/users?date=2026-11-02&limit=1')).status).toBe(200);
    expect((await get(api, '/users?date=2026-11-02&limit=1')).status).toBe(429);
  });
});
