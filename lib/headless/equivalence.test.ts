/**
 * The directory store is the same history as the browser's: the same engine
 * run against the same mock on the same simulated clock, once into IndexedDB
 * (the extension) and once into a directory (the headless sync), gives the
 * same history file, record for record, down to the checksum. So an admin who
 * imports the headless file sees the figures of the extension's own sync.
 */
import { rm } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch } from '@/lib/demo/mock-api';
import { exportHistory } from '@/lib/store/export';
import { freshHistory } from '@/lib/store/test-support';
import { createSimulatedClock } from '@/lib/sync/clock';
import { runSync } from '@/lib/sync/engine';
import { createRateLimiter } from '@/lib/sync/rate-limiter';
import { tempDir } from '../../tests/headless/helpers';
import { createFileStore } from './file-store';
import { historyFileOf } from './history-file';
import type { HistoryStorage } from '@/lib/store/history-store';

let dir: string;
beforeEach(async () => {
  await freshHistory();
  dir = await tempDir('uptake-equivalence-');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function syncInto(store: HistoryStorage | undefined) {
  const clock = createSimulatedClock(Date.parse('2026-11-25T14:00:00Z'));
  const api = createMockApi({
    org: { members: 80, groups: 4, seed: 3, latestAvailableDay: '2026-11-24' },
    now: clock.now,
  });
  const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
  const limiter = createRateLimiter({ limit: 60, clock });
  const outcome = await runSync(
    { client, clock, limiter, random: () => 0.5, ...(store ? { store } : {}) },
    { historyDepthDays: 10, spend: true },
  );
  expect(outcome.state).toBe('done');
  return outcome.requests;
}

it('the same sync into IndexedDB and into a directory gives the same history file', async () => {
  const browserRequests = await syncInto(undefined);
  const store = createFileStore(dir);
  const headlessRequests = await syncInto(store);
  expect(headlessRequests).toBe(browserRequests);

  const now = Date.parse('2026-11-25T20:00:00Z');
  const source = { kind: 'org' as const, name: null, orgId: null };
  const browserText = await (await exportHistory({ now, gzip: false, source })).text();
  const { bytes } = await historyFileOf(store, { now, source });
  const headlessText = gunzipSync(bytes).toString('utf8');
  const [browserHeader, ...browserLines] = browserText.trim().split('\n');
  const [headlessHeader, ...headlessLines] = headlessText.trim().split('\n');
  expect(JSON.parse(headlessHeader!).counts).toEqual(JSON.parse(browserHeader!).counts);
  expect(JSON.parse(browserHeader!).counts.userDays).toBe(10);
  // Line by line first (a readable difference), then the checksum over all of them.
  expect(headlessLines).toEqual(browserLines);
  expect(JSON.parse(headlessHeader!).checksum).toBe(JSON.parse(browserHeader!).checksum);
});
