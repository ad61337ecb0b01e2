/**
 * Sync benchmarks: requests and simulated time for a cold start, a 90-day
 * backfill, an incremental sync and a resume, against the mock API of a
 * 5,000-member, 20-group organisation at 60 requests per minute. A simulated
 * clock (shared by the limiter and the mock) makes an hour of rate-limited
 * syncing run in seconds with the same decisions; the history is the real
 * store code on fake-indexeddb. The mock's latest day is 2026-11-24, or
 * `UPTAKE_BENCH_LATEST` (e.g. 2028-02-29: a cold start then asks two
 * years of series in spans of at most 366 days).
 */
import 'fake-indexeddb/auto';
import './fake-browser';
import { IDBFactory } from 'fake-indexeddb';
import { createAnalyticsClient } from '../../lib/api';
import { assignedSeats, dayIndex } from '../../lib/demo';
import { createMockApi, DEMO_KEY, mockFetch } from '../../lib/demo/mock-api';
import { resetHistoryForTests } from '../../lib/store/db';
import { addDays } from '../../lib/sync/days';
import { createSimulatedClock } from '../../lib/sync/clock';
import { runSync, type SyncProgress } from '../../lib/sync/engine';
import { createRateLimiter } from '../../lib/sync/rate-limiter';

const members = 5000;
const groups = 20;
const rate = 60;
const depth = 90;
const latestDay = process.env.UPTAKE_BENCH_LATEST ?? '2026-11-24';
const nextDay = addDays(latestDay, 1);

async function freshHistory() {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
}

function harness(latest: string) {
  // 14:00 UTC the day after the latest day, as in real life.
  const clock = createSimulatedClock(Date.parse(`${addDays(latest, 1)}T14:00:00Z`));
  const api = createMockApi({
    org: { members, groups, seed: 42, latestAvailableDay: latest },
    now: clock.now,
    rateLimitPerMinute: rate,
  });
  const urls: { url: string; at: number }[] = [];
  const client = createAnalyticsClient({
    apiKey: DEMO_KEY,
    fetch: mockFetch(api),
    onRequest: ({ url }) => urls.push({ url, at: clock.now() }),
  });
  const limiter = createRateLimiter({ limit: rate, clock });
  return { clock, api, client, limiter, urls };
}

const isMemberDay = (url: string) =>
  url.includes('/users?') &&
  url.includes('date=') &&
  !url.includes('group_by') &&
  !url.includes('starting_date');

export async function syncBench(): Promise<Record<string, number>> {
  // Cold start + 90-day backfill.
  await freshHistory();
  const h = harness(latestDay);
  const start = h.clock.now();
  let firstPictureAt: number | null = null;
  let firstPictureRequests = 0;
  const onProgress = (p: SyncProgress) => {
    if (firstPictureAt === null && p.phase !== 'first-picture' && p.phase !== 'start') {
      firstPictureAt = h.clock.now();
      firstPictureRequests = p.requests;
    }
  };
  const cold = await runSync(
    { client: h.client, clock: h.clock, limiter: h.limiter, onProgress, random: () => 0.5 },
    { historyDepthDays: depth, spend: true },
  );
  if (cold.state !== 'done') throw cold.error ?? new Error('cold sync failed');
  const dayRequests = h.urls.filter((u) => isMemberDay(u.url));
  // The floor: the fewest pages the API allows for these 90 days (1,000 rows a
  // page, one row per seat holder that day) at the rate limit.
  const last = dayIndex(latestDay);
  let floorRequests = 0;
  for (let d = last - depth + 1; d <= last; d++)
    floorRequests += Math.ceil(assignedSeats(h.api.org, d) / 1000);
  // Paced at one request per 60/rate s, N requests occupy N × 60/rate s.
  const backfillSeconds = (dayRequests.at(-1)!.at - dayRequests[0]!.at) / 1000 + 60 / rate;
  const floorSeconds = (floorRequests / rate) * 60;

  // Incremental: one new day.
  const before = h.urls.length;
  h.api.setFaults({ latestAvailableDay: nextDay });
  h.clock.advance(24 * 3600_000);
  const incremental = await runSync(
    { client: h.client, clock: h.clock, limiter: h.limiter, random: () => 0.5 },
    { historyDepthDays: depth, spend: true },
  );
  if (incremental.state !== 'done') throw incremental.error ?? new Error('incremental sync failed');
  const incrementalRequests = h.urls.length - before;

  // Resume: kill mid-backfill, resume, count pages fetched twice.
  await freshHistory();
  const r = harness(latestDay);
  const controller = new AbortController();
  let dayPages = 0;
  const killed = await runSync(
    {
      client: r.client,
      clock: r.clock,
      limiter: r.limiter,
      signal: controller.signal,
      random: () => 0.5,
      onProgress: (p) => {
        if (p.task?.startsWith('user-day:') && ++dayPages === 123)
          controller.abort(new Error('worker killed'));
      },
    },
    { historyDepthDays: depth, spend: false },
  );
  if (killed.state !== 'failed') throw new Error('the kill did not interrupt the sync');
  const resumed = await runSync(
    {
      client: r.client,
      clock: r.clock,
      limiter: createRateLimiter({ limit: rate, clock: r.clock, initial: r.limiter.state() }),
      random: () => 0.5,
    },
    { historyDepthDays: depth, spend: false },
  );
  if (resumed.state !== 'done') throw resumed.error ?? new Error('resumed sync failed');
  const seen = new Set<string>();
  let wasted = 0;
  for (const { url } of r.urls) {
    if (seen.has(url)) wasted += 1;
    seen.add(url);
  }

  return {
    'sync.cold_start_requests': firstPictureRequests,
    'sync.cold_start_sim_seconds': Math.round(((firstPictureAt ?? h.clock.now()) - start) / 1000),
    'sync.backfill_requests': dayRequests.length,
    'sync.backfill_floor_requests': floorRequests,
    'sync.backfill_sim_seconds': Math.round(backfillSeconds),
    'sync.backfill_ratio_to_floor': Math.round((backfillSeconds / floorSeconds) * 1000) / 1000,
    'sync.rate_limited_responses': h.api.stats().rateLimited + r.api.stats().rateLimited,
    'sync.total_cold_requests': cold.requests,
    'sync.incremental_requests': incrementalRequests,
    'sync.resume_wasted_requests': wasted,
  };
}
