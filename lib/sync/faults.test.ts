/**
 * Bad input and faults, each through the mock's fault switches and the real
 * engine and store: a clear message, nothing cached lost, nothing half-written.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { withTimeout } from '@/lib/api/timeout-fetch';
import { createMockApi, DEMO_KEY, mockFetch, type MockApiOptions } from '@/lib/demo/mock-api';
import { resetHistoryForTests } from '@/lib/store/db';
import { readSummaries, readSyncLog, stagedDays, storedUserDays } from '@/lib/store/history';
import { createSimulatedClock } from './clock';
import { runSync } from './engine';
import { createRateLimiter } from './rate-limiter';

const fast = { historyDepthDays: 7, spend: false } as const;

function setup(
  options: MockApiOptions = {},
  extra: { timeoutMs?: number; limit?: number; fetch?: typeof fetch } = {},
) {
  const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
  const api = createMockApi({
    org: { members: 300, groups: 6, seed: 7 },
    now: clock.now,
    latestAvailableDay: '2026-11-24', // the dates below; not the clock's
    ...options,
  });
  let fetchFn = extra.fetch ?? mockFetch(api);
  if (extra.timeoutMs) fetchFn = withTimeout(fetchFn, extra.timeoutMs);
  const urls: string[] = [];
  const client = createAnalyticsClient({
    apiKey: DEMO_KEY,
    fetch: fetchFn,
    onRequest: ({ url }) => urls.push(url),
  });
  const limiter = createRateLimiter({ limit: extra.limit ?? 60, clock });
  const deps = { client, clock, limiter, random: () => 0.5 };
  return { api, deps, urls, clock };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
});

describe('sync under faults', () => {
  it('malformed JSON on a day fails only that day, keeps the rest, and the next sync heals it', async () => {
    const { api, deps } = setup();
    await runSync(deps, fast);
    const before = await storedUserDays();
    api.setFaults({ latestAvailableDay: '2026-11-25' });
    // org summaries, group day (3), then the first member day gets a broken body.
    let calls = 0;
    const client = createAnalyticsClient({
      apiKey: DEMO_KEY,
      fetch: async (input, init) => {
        calls += 1;
        if (calls === 5) api.setFaults({ latestAvailableDay: '2026-11-25', malformedJsonNext: 1 });
        return mockFetch(api)(input, init);
      },
    });
    const outcome = await runSync({ ...deps, client }, fast);
    expect(outcome.state).toBe('done');
    expect(outcome.failedTasks).toHaveLength(1);
    expect(outcome.failedTasks[0]!.message).toMatch(
      /shape Uptake does not recognise|not JSON|could not be read/i,
    );
    const after = await storedUserDays();
    for (const day of before) expect(after).toContain(day);
    expect(await stagedDays()).toEqual([]);
    expect((await readSyncLog())[0]!.outcome).toBe('partial');
    const healed = await runSync(deps, fast);
    expect(healed.state).toBe('done');
    expect(await storedUserDays()).toContain(outcome.failedTasks[0]!.id.replace('user-day:', ''));
  });

  it('a renamed required field stops the sync with the field named, and keeps the stored summaries', async () => {
    const { api, deps } = setup();
    await runSync(deps, fast);
    const stored = await readSummaries('org', '2026-11-01', '2026-11-24');
    api.setFaults({
      renameField: { from: 'daily_active_user_count', to: 'dau' },
      latestAvailableDay: '2026-11-25',
    });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('failed');
    expect(outcome.error?.message).toContain('daily_active_user_count');
    expect(await readSummaries('org', '2026-11-01', '2026-11-24')).toEqual(stored);
  });

  it('an unknown new field is kept out of the way: the sync succeeds', async () => {
    const { api, deps } = setup();
    api.setFaults({ addUnknownField: 'brand_new_metric' });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('done');
    expect((await storedUserDays()).length).toBe(7);
  });

  it('429 bursts from a stricter server are waited out and the sync completes', async () => {
    const { api, deps } = setup({ rateLimitPerMinute: 20 }, { limit: 600 });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('done');
    expect(api.stats().rateLimited).toBeGreaterThan(0);
    expect(outcome.rateLimited).toBe(api.stats().rateLimited);
  });

  it('500s are retried with backoff and the sync completes', async () => {
    const { api, deps } = setup({ faults: { failNext: 3 } });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('done');
    expect(api.stats().requests).toBeGreaterThan(outcome.requests - 1);
  });

  it('a server that never answers times out as a network error and the sync stops with a message', async () => {
    const { deps } = setup({ faults: { latencyMs: 200 } }, { timeoutMs: 20 });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('failed');
    expect((outcome.error as { kind?: string }).kind).toBe('network');
    expect(outcome.requests).toBe(5);
  });

  it('API access switched off stops the sync and says what to do', async () => {
    const { deps } = setup({ accessEnabled: false });
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('failed');
    expect(outcome.error?.message).toMatch(/API access/i);
    expect(outcome.requests).toBe(1);
  });

  it('a day that is no longer available (late pipeline) defers only its tasks to a later sync', async () => {
    const { api, deps } = setup();
    await runSync(deps, fast);
    api.setFaults({ latestAvailableDay: '2026-11-25' });
    let calls = 0;
    const client = createAnalyticsClient({
      apiKey: DEMO_KEY,
      fetch: async (input, init) => {
        calls += 1;
        // After the plan is made for 2026-11-25, the pipeline steps back a day.
        if (calls === 2) api.setFaults({ latestAvailableDay: '2026-11-24' });
        return mockFetch(api)(input, init);
      },
    });
    const outcome = await runSync({ ...deps, client }, fast);
    expect(outcome.state).toBe('done');
    // Not published (any more) is not a failure: the day is fetched by a later sync.
    expect(outcome.failedTasks).toEqual([]);
    expect(outcome.deferredTasks.map((f) => f.id)).toContain('user-day:2026-11-25');
    expect(outcome.deferredTasks.find((f) => f.id === 'user-day:2026-11-25')!.message).toBe(
      'user-day:2026-11-25: /users has not published 2026-11-25 yet; a later sync fetches it.',
    );
    expect(await storedUserDays()).not.toContain('2026-11-25');
    expect(await storedUserDays()).toContain('2026-11-24');
  });

  it('an organisation with no data yet says so', async () => {
    const { deps } = setup(
      {},
      {
        fetch: async () =>
          new Response(JSON.stringify({ data: [], next_page: null }), {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
      },
    );
    const outcome = await runSync(deps, fast);
    expect(outcome.state).toBe('failed');
    expect(outcome.error?.message).toMatch(/no days/i);
  });

  it(
    'a 20,000-member organisation pages through 20 pages a day',
    { timeout: 180_000 },
    async () => {
      const { deps, urls } = setup({ org: { members: 20_000, groups: 8, seed: 3 } });
      const outcome = await runSync(deps, { historyDepthDays: 1, revisionDays: 1, spend: false });
      expect(outcome.state).toBe('done');
      expect(
        urls.filter(
          (u) =>
            u.includes('/users?') &&
            u.includes('date=2026-11-24') &&
            !u.includes('group_by') &&
            !u.includes('starting_date'),
        ).length,
      ).toBe(20);
      expect(await storedUserDays()).toEqual(['2026-11-24']);
    },
  );

  it(
    'a cursor that stops working restarts the day once, then fails it cleanly',
    { timeout: 60_000 },
    async () => {
      const { api, deps } = setup({ org: { members: 2500, groups: 6, seed: 7 } });
      api.setFaults({ expireCursors: true });
      const outcome = await runSync(deps, { historyDepthDays: 2, revisionDays: 1, spend: false });
      expect(outcome.state).toBe('done');
      const dayFailures = outcome.failedTasks.filter((f) => f.id.startsWith('user-day:'));
      expect(dayFailures).toHaveLength(2);
      expect(dayFailures[0]!.message).toMatch(/cursor|page/i);
      expect(await storedUserDays()).toEqual([]);
      expect(await stagedDays()).toEqual([]);
    },
  );
});
