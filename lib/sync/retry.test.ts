import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from '@/lib/api/errors';
import { createSimulatedClock } from './clock';
import { createRateLimiter } from './rate-limiter';
import { sendWithRetries, type RequestStats } from './retry';

function apiError(
  kind: ApiErrorKind,
  extra: { status?: number; retryAfterMs?: number; shouldRetry?: boolean } = {},
) {
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
  // No margin: only the waits of the retries themselves move the clock (1 s pacing ≤ every wait).
  const limiter = createRateLimiter({ limit: 60, marginMs: 0, clock });
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
    const request = failingThen([apiError('rate-limit', { retryAfterMs: 12_000 })]);
    await expect(sendWithRetries(request.fn, deps)).resolves.toBe('ok');
    expect(deps.clock.now()).toBe(12_000);
    expect(deps.stats.rateLimited).toBe(1);
  });

  it('gives up after too many 429s in a row', async () => {
    const deps = setup();
    const request = failingThen(
      Array.from({ length: 20 }, () => apiError('rate-limit', { retryAfterMs: 1_000 })),
    );
    await expect(
      sendWithRetries(request.fn, {
        ...deps,
        policy: { maxAttempts: 5, baseDelayMs: 1000, maxDelayMs: 30000, maxRateLimitedInARow: 3 },
      }),
    ).rejects.toMatchObject({ kind: 'rate-limit' });
    expect(request.calls()).toBe(4);
  });

  it('retries 529 overloaded with growing backoff, never giving it up as permanent', async () => {
    const deps = setup();
    const request = failingThen([
      apiError('overloaded', { status: 529 }),
      apiError('overloaded', { status: 529 }),
    ]);
    await expect(sendWithRetries(request.fn, deps)).resolves.toBe('ok');
    // random() = 1 → waits 1 s, then 2 s.
    expect(deps.clock.now()).toBe(3_000);
    expect(deps.stats).toEqual({ sent: 3, rateLimited: 0, retried: 2 });
  });

  it('waits what retry-after-ms asked for instead of the backoff', async () => {
    const deps = setup();
    const request = failingThen([apiError('overloaded', { status: 529, retryAfterMs: 2_500 })]);
    await expect(sendWithRetries(request.fn, deps)).resolves.toBe('ok');
    expect(deps.clock.now()).toBe(2_500);
  });

  it.each([
    ['a 529', apiError('overloaded', { status: 529, shouldRetry: false })],
    ['a 500', apiError('http', { status: 500, shouldRetry: false })],
    ['a 429', apiError('rate-limit', { status: 429, shouldRetry: false, retryAfterMs: 1_000 })],
  ])('x-should-retry: false forbids retrying %s', async (_what, error) => {
    const deps = setup();
    const request = failingThen([error]);
    await expect(sendWithRetries(request.fn, deps)).rejects.toBe(error);
    expect(request.calls()).toBe(1);
  });

  it.each([
    ['a 400', apiError('http', { status: 400, shouldRetry: true })],
    ['a 409 (retried by the SDK too)', apiError('http', { status: 409 })],
    ['a 408 (retried by the SDK too)', apiError('http', { status: 408 })],
  ])('retries %s when the server says so', async (_what, error) => {
    const deps = setup();
    const request = failingThen([error]);
    await expect(sendWithRetries(request.fn, deps)).resolves.toBe('ok');
    expect(request.calls()).toBe(2);
  });
});
