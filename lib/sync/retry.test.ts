import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from '@/lib/api/errors';
import { createSimulatedClock } from './clock';
import { createRateLimiter } from './rate-limiter';
import { sendWithRetries, type RequestStats } from './retry';

function apiError(kind: ApiErrorKind, extra: { status?: number; retryAfterSeconds?: number } = {}) {
  return new ApiError({ kind, message: `${kind} happened`, endpoint: '/users', ...extra });
}

/** A request that fails with the given errors in turn, then answers 'ok'. */
function failingThen(errors: ApiError[]) {
  let calls = 0;
  const fn = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'ok';
  };
  return { fn, calls: () => calls };
}

function setup() {
  const clock = createSimulatedClock(0);
  const limiter = createRateLimiter({ limit: 60, clock });
  const stats: RequestStats = { sent: 0, rateLimited: 0, retried: 0 };
  return { clock, limiter, stats, random: () => 1 };
}

describe('sendWithRetries', () => {
  it.each([
    ['auth', {}],
    ['schema', {}],
    ['cursor', {}],
    ['not-yet-available', {}],
    ['http', { status: 400 }],
  ] as const)('never retries %s errors', async (kind, extra) => {
    const deps = setup();
    const request = failingThen([apiError(kind, extra)]);
    await expect(sendWithRetries(request.fn, deps)).rejects.toMatchObject({ kind });
    expect(request.calls()).toBe(1);
    expect(deps.stats.sent).toBe(1);
  });

  it('retries 5xx and network failures with growing backoff, then succeeds', async () => {
    const deps = setup();
    const request = failingThen([
      apiError('http', { status: 500 }),
      apiError('network'),
      apiError('http', { status: 503 }),
    ]);
    await expect(sendWithRetries(request.fn, deps)).resolves.toBe('ok');
    expect(request.calls()).toBe(4);
    // random() = 1 → waits 1 s, 2 s, 4 s.
    expect(deps.clock.now()).toBe(7_000);
    expect(deps.stats).toEqual({ sent: 4, rateLimited: 0, retried: 3 });
  });

  it('gives up after maxAttempts server errors', async () => {
    const deps = setup();
    const request = failingThen(Array.from({ length: 9 }, () => apiError('http', { status: 500 })));
    await expect(sendWithRetries(request.fn, deps)).rejects.toMatchObject({ status: 500 });
    expect(request.calls()).toBe(5);
  });

  it('waits retry-after on 429 and then succeeds', async () => {
    const deps = setup();
    const request = failingThen([apiError('rate-limit', { retryAfterSeconds: 12 })]);
    await expect(sendWithRetries(request.fn, deps)).resolves.toBe('ok');
    expect(deps.clock.now()).toBe(12_000);
    expect(deps.stats.rateLimited).toBe(1);
  });

  it('gives up after too many 429s in a row', async () => {
    const deps = setup();
    const request = failingThen(
      Array.from({ length: 20 }, () => apiError('rate-limit', { retryAfterSeconds: 1 })),
    );
    await expect(
      sendWithRetries(request.fn, {
        ...deps,
        policy: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 30000, maxRateLimitedInARow: 3 },
      }),
    ).rejects.toMatchObject({ kind: 'rate-limit' });
    expect(request.calls()).toBe(4);
  });
});
