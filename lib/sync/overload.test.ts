/**
 * 529 `overloaded_error` and the server's retry headers, through the mock, the real client and the
 * real engine: an overload is transient (retried, never a part "failed for good"), `retry-after-ms`
 * sets the wait, and `x-should-retry: false` stops the sync for a later resume instead of retrying.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch, type Faults } from '@/lib/demo/mock-api';
import { resetHistoryForTests } from '@/lib/store/db';
import { getMeta, storedUserDays } from '@/lib/store/history';
import { createSimulatedClock } from './clock';
import { runSync } from './engine';
import { createRateLimiter } from './rate-limiter';

const fast = { historyDepthDays: 7, spend: false } as const;

function setup(faults: Faults) {
  const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
  const api = createMockApi({
    org: { members: 300, groups: 6, seed: 7, latestAvailableDay: '2026-11-24' },
    now: clock.now,
    faults,
  });
  const sent: number[] = [];
  const client = createAnalyticsClient({
    apiKey: DEMO_KEY,
    fetch: mockFetch(api),
    onRequest: () => sent.push(clock.now()),
  });
  const limiter = createRateLimiter({ limit: 60, clock });
  return { api, sent, deps: { client, clock, limiter, random: () => 0.5 } };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
});

describe('529 overloaded', () => {
  it('is retried with backoff and the sync completes with nothing failed', async () => {
    const { deps } = setup({ overloadedNext: 3 });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('done');
    expect(outcome.failedTasks).toEqual([]);
    expect((await storedUserDays()).length).toBe(7);
  });

  it('waits what retry-after-ms asks (4.2 s) before sending again', async () => {
    const { deps, sent } = setup({
      overloadedNext: 1,
      overloadedHeaders: { 'retry-after-ms': '4200', 'retry-after': '30' },
    });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('done');
    // The first request (org /summaries) met the 529; its retry went 4.2 s later.
    expect(sent[1]! - sent[0]!).toBe(4_200);
  });

  it('with x-should-retry: false, stops the sync at once (nothing failed for good), and the next sync finishes', async () => {
    const { api, deps } = setup({ overloadedNext: 1, overloadedHeaders: {} });
    await runSync(deps, { ...fast, historyDepthDays: 3 });
    api.setFaults({
      latestAvailableDay: '2026-11-25',
      overloadedNext: 1,
      overloadedHeaders: { 'x-should-retry': 'false' },
    });
    const before = api.stats().requests;
    const stopped = await runSync(deps, fast);
    expect(api.stats().requests - before).toBe(1);
    expect(stopped.state).toBe('failed');
    expect(stopped.failedTasks).toEqual([]);
    expect((stopped.error as { kind?: string }).kind).toBe('overloaded');
    expect(stopped.error?.message).toMatch(/overloaded right now/);
    const resumed = await runSync(deps, fast);
    expect(resumed.state).toBe('done');
    expect(await storedUserDays()).toContain('2026-11-25');
    expect(await getMeta('syncRun')).toBeNull();
  });
});
