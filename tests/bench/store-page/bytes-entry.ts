// Bundled by tests/bench/store-bytes.ts into a page that writes the demo organisation's member
// days through the real client, mapping and store code into Chromium's own IndexedDB, and reads
// navigator.storage.estimate() before and after.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch } from '@/lib/demo/mock-api';
import { commitUserDay, stageUserDayPage, storedUserDays } from '@/lib/store/history';
import { historyStats } from '@/lib/store/stats';
import { addDays } from '@/lib/sync/days';
import { toUserDayRow } from '@/lib/sync/map-rows';

(globalThis as { browser?: unknown }).browser ??= fakeBrowser;

export interface BytesResult {
  before: number;
  after: number;
  memberDays: number;
  activeMemberDays: number;
  days: number;
  stored: number;
  /** Bytes of the stored member-day arrays (the `bytes` field summed), before IndexedDB's own cost. */
  recordBytes: number;
  ms: number;
}

/** Writes `days` member days ending `latest` of a `members`-member demo org; bytes by estimate(). */
async function writeDays(members: number, days: number, latest: string): Promise<BytesResult> {
  const api = createMockApi({
    org: { members, seed: 42, latestAvailableDay: latest },
    rateLimitPerMinute: 1_000_000,
  });
  const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
  await storedUserDays(); // opens the database, so its empty schema is in `before`
  const before = (await navigator.storage.estimate()).usage ?? 0;
  const started = performance.now();
  let memberDays = 0;
  let activeMemberDays = 0;
  for (let d = 0; d < days; d++) {
    const day = addDays(latest, -d);
    let cursor: string | null = null;
    let pageIndex = 0;
    do {
      const page = await client.listUsers({
        date: day,
        limit: 1000,
        ...(cursor ? { page: cursor } : {}),
      });
      const rows = page.data.map(toUserDayRow).filter((r) => r !== null);
      memberDays += rows.length;
      activeMemberDays += rows.filter((r) => Object.values(r.values).some((v) => v > 0)).length;
      await stageUserDayPage(day, pageIndex++, rows, 0);
      cursor = page.nextPage;
    } while (cursor);
    await commitUserDay(day, { expectedPages: pageIndex, fetchedAt: 0 });
  }
  const ms = performance.now() - started;
  const stored = (await storedUserDays()).length;
  const after = (await navigator.storage.estimate()).usage ?? 0;
  const recordBytes = (await historyStats()).bytes.columnar;
  return {
    before,
    after,
    memberDays,
    activeMemberDays,
    days,
    stored,
    recordBytes,
    ms: Math.round(ms),
  };
}

(globalThis as unknown as { benchBytes: typeof writeDays }).benchBytes = writeDays;
