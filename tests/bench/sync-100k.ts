/**
 * Sync at 100,000 members in 50 groups (issue 12 item 5), at 60 requests per
 * minute on a simulated clock shared by the limiter and the mock API, the
 * history on fake-indexeddb (the real store code):
 * - `sync.first_picture_requests_100k` / `_sim_seconds_100k`: from the start
 *   until org and group adoption, targets, forecasts and freshness can be shown
 *   (the org `/summaries`, the latest day's group figures, each group's
 *   `/summaries` series), i.e. when the first task after those starts;
 * - `sync.champions_ready_sim_seconds_100k`: until the 30-day per-member rollup
 *   (what champions read) is stored;
 * - `sync.backfill_ratio_to_floor_100k`: the member-day backfill's simulated
 *   time against the fewest pages the API allows for those days at the rate
 *   limit, over `UPTAKE_BENCH_100K_DEPTH` member days (default 3: on fake-indexeddb a
 *   100,000-member day costs about two minutes of real time, so 90 days would take hours; the
 *   ratio measures pacing per page, which does not depend on the number of days). With
 *   `UPTAKE_BENCH_100K_STORE=dir` the history goes to the headless directory store
 *   (lib/headless/file-store.ts, the same interface and rules) in a temporary directory,
 *   fast enough for 90 days (`UPTAKE_BENCH_100K_DEPTH=90`);
 * - `sync.rate_limited_responses_100k`: 429s seen (goal 0).
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
import { createFileStore } from '../../lib/headless/file-store';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRateLimiter } from '../../lib/sync/rate-limiter';

const members = 100_000;
const groups = 50;
const rate = 60;
const depth = Number(process.env.UPTAKE_BENCH_100K_DEPTH ?? 3);
const latestDay = process.env.UPTAKE_BENCH_LATEST ?? '2026-11-24';
const inDirectory = process.env.UPTAKE_BENCH_100K_STORE === 'dir';

/** Tasks whose results make the first picture (see the module comment). */
const isFirstPictureTask = (id: string) =>
  id.startsWith('group-day:') || id.startsWith('group-summaries:');

const isMemberDay = (url: string) =>
  url.includes('/users?') &&
  url.includes('date=') &&
  !url.includes('group_by') &&
  !url.includes('starting_date');

export async function sync100kBench(): Promise<Record<string, number>> {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
  const clock = createSimulatedClock(Date.parse(`${addDays(latestDay, 1)}T14:00:00Z`));
  const api = createMockApi({
    org: { members, groups, seed: 42, latestAvailableDay: latestDay },
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
  const start = clock.now();
  let firstPicture: { at: number; requests: number } | null = null;
  let champions: { at: number; requests: number } | null = null;
  let inRollup = false;
  const onProgress = (p: SyncProgress) => {
    const task = p.task ?? '';
    if (!firstPicture && p.phase !== 'start' && task && !isFirstPictureTask(task))
      firstPicture = { at: clock.now(), requests: p.requests };
    if (task.startsWith('user-rollup:')) inRollup = true;
    else if (inRollup && !champions) champions = { at: clock.now(), requests: p.requests };
  };
  const wall = performance.now();
  const dir = inDirectory ? mkdtempSync(join(tmpdir(), 'uptake-sync-100k-')) : null;
  const store = dir ? createFileStore(dir) : undefined;
  const outcome = await runSync(
    { client, clock, limiter, onProgress, random: () => 0.5, store },
    { historyDepthDays: depth, spend: false },
  ).finally(() => dir && rmSync(dir, { recursive: true, force: true }));
  if (outcome.state !== 'done') throw outcome.error ?? new Error('the 100k sync failed');
  if (!firstPicture || !champions) throw new Error('the first picture or champions never came');
  const fp = firstPicture as { at: number; requests: number };
  const ch = champions as { at: number; requests: number };

  const dayRequests = urls.filter((u) => isMemberDay(u.url));
  const last = dayIndex(latestDay);
  let floorRequests = 0;
  for (let d = last - depth + 1; d <= last; d++)
    floorRequests += Math.ceil(assignedSeats(api.org, d) / 1000);
  const backfillSeconds = (dayRequests.at(-1)!.at - dayRequests[0]!.at) / 1000 + 60 / rate;
  const floorSeconds = (floorRequests / rate) * 60;
  console.log(
    `  (sync-100k: ${depth} days in ${dir ? 'a directory store' : 'fake-indexeddb'}, ${dayRequests.length} member-day pages, floor ${floorRequests}; ` +
      `${Math.round((performance.now() - wall) / 1000)} s of real time)`,
  );
  return {
    'sync.first_picture_requests_100k': fp.requests,
    'sync.first_picture_sim_seconds_100k': Math.round((fp.at - start) / 1000),
    'sync.champions_ready_requests_100k': ch.requests,
    'sync.champions_ready_sim_seconds_100k': Math.round((ch.at - start) / 1000),
    'sync.backfill_requests_100k': dayRequests.length,
    'sync.backfill_floor_requests_100k': floorRequests,
    'sync.backfill_ratio_to_floor_100k': Math.round((backfillSeconds / floorSeconds) * 1000) / 1000,
    'sync.rate_limited_responses_100k': api.stats().rateLimited,
  };
}

if (process.argv[1]?.endsWith('sync-100k.ts')) console.log(await sync100kBench());
