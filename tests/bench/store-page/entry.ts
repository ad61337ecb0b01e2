// Bundled by tests/bench/store-ingest.ts into a page that runs the real store
// code on Chromium's own IndexedDB.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { commitUserDay, stageUserDayPage, storedUserDays } from '@/lib/store/history';
import type { UserDayRow } from '@/lib/store/schema';
import { userDayColumns } from '@/lib/store/records';

// The store reads its active history from browser.storage (a plain page has none).
(globalThis as { browser?: unknown }).browser ??= fakeBrowser;

function rowsFor(day: number, members: number): UserDayRow[] {
  const rows: UserDayRow[] = [];
  let seed = day * 7919 + 17;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  for (let m = 0; m < members; m++) {
    const active = rand() < 0.45;
    const values: UserDayRow['values'] = {};
    if (active)
      for (const c of userDayColumns) if (rand() < 0.4) values[c] = Math.floor(rand() * 50);
    rows.push({
      memberId: `user_${m.toString(36).padStart(8, '0')}`,
      email: `member${m}@northwind.example`,
      values,
    });
  }
  return rows;
}

/** Stages and commits `days` days of `members` rows (pages of 1,000) and returns rows per second. */
async function ingest(
  days: number,
  members: number,
): Promise<{ rowsPerSecond: number; ms: number; stored: number }> {
  const batches = Array.from({ length: days }, (_, d) => rowsFor(d, members));
  const started = performance.now();
  for (let d = 0; d < days; d++) {
    const day = new Date(Date.UTC(2026, 7, 1) + d * 86_400_000).toISOString().slice(0, 10);
    const rows = batches[d]!;
    for (let p = 0; p * 1000 < rows.length; p++)
      await stageUserDayPage(day, p, rows.slice(p * 1000, (p + 1) * 1000));
    await commitUserDay(day, { expectedPages: Math.ceil(rows.length / 1000) });
  }
  const ms = performance.now() - started;
  return {
    rowsPerSecond: Math.round((days * members) / (ms / 1000)),
    ms: Math.round(ms),
    stored: (await storedUserDays()).length,
  };
}

(globalThis as unknown as { benchIngest: typeof ingest }).benchIngest = ingest;

/**
 * One sync's commits at `members` members, timed commit by commit (staging
 * not counted): the first day into an empty store, a new day after it, and
 * the new day fetched again (as every sync re-reads its most recent days).
 */
async function commits(
  members: number,
): Promise<{ firstMs: number; newDayMs: number; refetchMs: number; updated: number[] }> {
  const days = ['2026-09-01', '2026-09-02', '2026-09-02'];
  const times: number[] = [];
  const updated: number[] = [];
  for (const [d, day] of days.entries()) {
    const rows = rowsFor(d === 2 ? 1 : d, members);
    for (let p = 0; p * 1000 < rows.length; p++)
      await stageUserDayPage(day, p, rows.slice(p * 1000, (p + 1) * 1000));
    const started = performance.now();
    const result = await commitUserDay(day, { expectedPages: Math.ceil(rows.length / 1000) });
    times.push(performance.now() - started);
    updated.push(result.membersUpdated);
  }
  const [firstMs, newDayMs, refetchMs] = times.map(Math.round) as [number, number, number];
  return { firstMs, newDayMs, refetchMs, updated };
}

(globalThis as unknown as { benchCommits: typeof commits }).benchCommits = commits;
