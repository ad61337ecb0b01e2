import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import {
  getMeta,
  readGroups,
  readSummaries,
  readSyncLog,
  storedUserDays,
  setMeta,
} from '@/lib/store/history';
import { resetHistoryForTests } from '@/lib/store/db';
import { createSimulatedClock } from './clock';
import { runSync, type SyncProgress } from './engine';
import { createRateLimiter } from './rate-limiter';

function setup(options: { members?: number; groups?: number; latest?: string; key?: string } = {}) {
  const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
  const api: MockApi = createMockApi({
    org: {
      members: options.members ?? 300,
      groups: options.groups ?? 6,
      seed: 7,
      latestAvailableDay: options.latest ?? '2026-11-24',
    },
    now: clock.now,
  });
  const urls: string[] = [];
  const client = createAnalyticsClient({
    apiKey: options.key ?? DEMO_KEY,
    fetch: mockFetch(api),
    onRequest: ({ url }) => urls.push(url),
  });
  const limiter = createRateLimiter({ limit: 60, clock });
  const progress: SyncProgress[] = [];
  const deps = {
    client,
    clock,
    limiter,
    random: () => 0.5,
    onProgress: (p: SyncProgress) => progress.push(p),
  };
  return { clock, api, client, limiter, deps, progress, urls };
}

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
});

describe('runSync', () => {
  it('cold-starts a small org within the budget, never over the rate limit, and stores the picture', async () => {
    const { api, deps, progress } = setup();
    const outcome = await runSync(deps, { historyDepthDays: 14, spend: false });
    expect(outcome.state).toBe('done');
    expect(outcome.rateLimited).toBe(0);
    expect(api.stats().rateLimited).toBe(0);
    expect(outcome.latestDay).toBe('2026-11-24');
    expect(await getMeta('latestAvailableDay')).toBe('2026-11-24');
    const groups = await readGroups();
    expect(groups.length).toBeGreaterThanOrEqual(6);
    // Org series since 2026-01-01, one row per day.
    const org = await readSummaries('org', '2026-01-01', '2026-11-24');
    expect(org).toHaveLength(328);
    // 14 days of member history.
    expect((await storedUserDays()).length).toBe(14);
    // Every group has a daily series.
    for (const g of groups)
      expect((await readSummaries(g.id, '2026-11-20', '2026-11-24')).length).toBe(5);
    expect(progress.at(-1)?.state).toBe('done');
    expect(await getMeta('syncRun')).toBeNull();
  });

  it('an incremental sync fetches only the new day and the revision window', async () => {
    const { api, deps } = setup({ latest: '2026-11-23' });
    await runSync(deps, { historyDepthDays: 14, spend: false });
    const before = api.stats().requests;
    api.setFaults({ latestAvailableDay: '2026-11-24' });
    const outcome = await runSync(deps, { historyDepthDays: 14, spend: false });
    expect(outcome.state).toBe('done');
    const used = api.stats().requests - before;
    // 1 org summaries + 3 group-day + 2 user days (300 members: 1 page each).
    expect(used).toBe(6);
    expect((await storedUserDays()).at(-1)).toBe('2026-11-24');
  });

  it('a revoked key stops the sync with a clear message and keeps what was stored', async () => {
    const { api, deps } = setup();
    await runSync(deps, { historyDepthDays: 7, spend: false });
    const days = await storedUserDays();
    api.setFaults({ revokeKey: DEMO_KEY, latestAvailableDay: '2026-11-25' });
    const outcome = await runSync(deps, { historyDepthDays: 7, spend: false });
    expect(outcome.state).toBe('failed');
    expect(outcome.error?.message).toMatch(/not accepted|revoked/i);
    expect(outcome.error?.message).not.toContain(DEMO_KEY);
    expect(await storedUserDays()).toEqual(days);
    const log = await readSyncLog();
    expect(log[0]?.outcome).toBe('error');
  });

  it('a stored plan holding a task this release does not know is planned again, not resumed', async () => {
    const { deps } = setup();
    // E.g. written by a later release, then the extension was rolled back.
    await setMeta('syncRun', {
      id: 'run-from-elsewhere',
      startedAt: 0,
      latestDay: '2026-11-24',
      tasks: [
        { id: 'future:1', kind: 'future-kind', phase: 'history', estimatedPages: 1 } as never,
      ],
      done: [],
      failed: [],
    });
    const outcome = await runSync(deps, { historyDepthDays: 7, spend: false });
    expect(outcome.state).toBe('done');
    expect(outcome.failedTasks).toEqual([]);
    expect((await storedUserDays()).length).toBe(7);
    expect(await getMeta('syncRun')).toBeNull();
  });

  it('resumes an interrupted sync without re-fetching finished pages', async () => {
    const { api, deps, clock, urls } = setup({ members: 2500 });
    const controller = new AbortController();
    let pages = 0;
    const first = await runSync(
      {
        ...deps,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.task?.startsWith('user-day') && ++pages === 7)
            controller.abort(new Error('worker killed'));
        },
      },
      { historyDepthDays: 10, spend: false },
    );
    expect(first.state).toBe('failed');
    expect(await getMeta('syncRun')).not.toBeNull();
    const firstRunUrls = urls.length;
    clock.advance(5_000);
    const second = await runSync({ ...deps }, { historyDepthDays: 10, spend: false });
    expect(second.state).toBe('done');
    expect(firstRunUrls).toBeLessThan(urls.length);
    expect((await storedUserDays()).length).toBe(10);
    // Member-day pages (date=…, no grouping): every page fetched exactly once across both runs.
    const dayPages = urls.filter(
      (u) =>
        u.includes('/users?') &&
        u.includes('date=') &&
        !u.includes('group_by') &&
        !u.includes('starting_date'),
    );
    expect(dayPages).toHaveLength(10 * 3);
    expect(new Set(dayPages).size).toBe(dayPages.length);
    expect(api.stats().rateLimited).toBe(0);
  });
});
