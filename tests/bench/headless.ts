/**
 * The headless sync's backfill (`npx uptake sync`, lib/headless): the same
 * engine as the browser but over the directory store (lib/headless/file-store.ts,
 * every write a temp file renamed into place) at its default --max-rate of 50,
 * against the mock of a 5,000-member, 20-group organisation whose limit is 60.
 * As in sync.ts: a simulated clock shared by the limiter and the mock's window,
 * 90 days of member history; the floor is the fewest pages the API allows for
 * those days at this sync's own rate. Also reported: the wall-clock seconds
 * the whole run took (the directory store's writes, JSON, the mock).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignedSeats, dayIndex } from '../../lib/demo';
import { createMockApi, DEMO_KEY, mockFetch } from '../../lib/demo/mock-api';
import { createFileStore } from '../../lib/headless/file-store';
import { syncHeadless } from '../../lib/headless/run-sync';
import { createSimulatedClock } from '../../lib/sync/clock';
import { addDays } from '../../lib/sync/days';

const members = 5000;
const groups = 20;
const orgLimit = 60;
const rate = 50;
const depth = 90;
const latestDay = '2026-11-24';

const isMemberDay = (url: string) =>
  url.includes('/users?') &&
  url.includes('date=') &&
  !url.includes('group_by') &&
  !url.includes('starting_date');

export async function headlessBench(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'uptake-bench-headless-'));
  try {
    const clock = createSimulatedClock(Date.parse(`${addDays(latestDay, 1)}T14:00:00Z`));
    const api = createMockApi({
      org: { members, groups, seed: 42, latestAvailableDay: latestDay },
      now: clock.now,
      rateLimitPerMinute: orgLimit,
    });
    const urls: { url: string; at: number }[] = [];
    const mock = mockFetch(api);
    const fetch: typeof globalThis.fetch = (input, init) => {
      urls.push({ url: input instanceof Request ? input.url : String(input), at: clock.now() });
      return mock(input, init);
    };
    const started = performance.now();
    const outcome = await syncHeadless({
      store: createFileStore(dir),
      dir,
      key: DEMO_KEY,
      maxRate: rate,
      historyDepthDays: depth,
      clock,
      fetch,
    });
    const wallSeconds = (performance.now() - started) / 1000;
    const dayRequests = urls.filter((u) => isMemberDay(u.url));
    const last = dayIndex(latestDay);
    let floorRequests = 0;
    for (let d = last - depth + 1; d <= last; d++)
      floorRequests += Math.ceil(assignedSeats(api.org, d) / 1000);
    const backfillSeconds = (dayRequests.at(-1)!.at - dayRequests[0]!.at) / 1000 + 60 / rate;
    const floorSeconds = (floorRequests / rate) * 60;
    return {
      'headless.backfill_requests': dayRequests.length,
      'headless.backfill_floor_requests': floorRequests,
      'headless.backfill_sim_seconds': Math.round(backfillSeconds),
      'headless.backfill_ratio_to_floor':
        Math.round((backfillSeconds / floorSeconds) * 1000) / 1000,
      'headless.rate_limited_responses': api.stats().rateLimited,
      'headless.total_cold_requests': outcome.requests,
      'headless.wall_seconds': Math.round(wallSeconds * 10) / 10,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
