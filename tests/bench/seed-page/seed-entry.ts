// Bundled by tests/bench/seed-profile.ts (as one classic script) and evaluated in an extension
// page of the built extension, so it writes the extension origin's own IndexedDB. The background
// is not involved; it reads the history afterwards as after a sync.
//
// Two steps, both through the store's own writers:
// 1. The older member days (all but the sync's revision window): each day's `/users` rows are
//    the demo organisation's own row objects (memberDay: what the mock serialises), mapped by the
//    sync's toUserDayRow and toUserDayColumns, written with putUserDayIn a few days per
//    transaction; the members seen are merged with mergeMember and written once (upsertMembers).
//    This skips what makes a real sync of 100,000 members slow (2.4 MB of JSON per page, and
//    every member record read and rewritten on each day's commit), not what is stored.
// 2. The real sync engine (runSync) against the mock in the page: org, group and per-group
//    summaries, groups, membership, the 30-day rollup, catalogs, spend, and the two most recent
//    member days through client → staging → commitUserDay, as any sync.
// Step 1 checks its rows against the real client's for one page first, so the shortcut cannot
// drift from what a sync stores.
import { createAnalyticsClient } from '@/lib/api';
import { dayIndex, dayString, latestDayAt, memberDay } from '@/lib/demo';
import { createMockApi, DEMO_KEY, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { isActiveAt, toUserDayColumns } from '@/lib/store/columns';
import { activeHistoryDb } from '@/lib/store/active-history';
import { getMeta, storedUserDays } from '@/lib/store/history';
import type { MemberKeyCache } from '@/lib/store/member-keys';
import { mergeMember, upsertMembers } from '@/lib/store/people';
import type { MemberRecord } from '@/lib/store/records';
import type { UserDayRow } from '@/lib/store/schema';
import { saveApiKey } from '@/lib/store/secrets';
import { writeTx } from '@/lib/store/tx';
import { putUserDayIn } from '@/lib/store/user-days';
import { createSimulatedClock } from '@/lib/sync/clock';
import { runSync } from '@/lib/sync/engine';
import { toUserDayRow } from '@/lib/sync/map-rows';
import { defaultPlanOptions } from '@/lib/sync/planner';
import { createRateLimiter } from '@/lib/sync/rate-limiter';

declare const chrome: unknown;
// The store's modules use WXT's `browser` global; an extension page has `chrome`.
(globalThis as { browser?: unknown }).browser ??= chrome;

export interface SeedRequest {
  members: number;
  groups: number;
  days: number;
  seed: number;
}

export interface SeedResult {
  db: string;
  latestDay: string | null;
  storedDays: number;
  /** Member-days stored (seat holders summed over the days). */
  memberDays: number;
  requests: number;
  seconds: number;
  /** Seconds of step 1 and of the sync's tasks by kind (`user-day`, `group-summaries`, …). */
  taskSeconds: Record<string, number>;
}

type Row = Parameters<typeof toUserDayRow>[0];

/** One day's `/users` rows as the sync maps them, in the API's (email) order. */
function dayRows(api: MockApi, day: string): UserDayRow[] {
  const d = dayIndex(day);
  const rows: UserDayRow[] = [];
  for (const i of api.org.emailOrder) {
    const row = memberDay(api.org, i, d);
    const mapped = row && toUserDayRow(row as unknown as Row);
    if (mapped) rows.push(mapped);
  }
  return rows;
}

/** Step 1's rows equal the real client's: the first page of `day`. */
async function checkAgainstClient(api: MockApi, day: string, rows: UserDayRow[]): Promise<void> {
  const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
  const page = await client.listUsers({ date: day, limit: 1000 });
  const real = page.data.map(toUserDayRow).filter((r) => r !== null);
  const mine = JSON.stringify(rows.slice(0, real.length));
  if (mine !== JSON.stringify(real))
    throw new Error(`seeded rows differ from the client's for ${day}: fix seed-entry.ts`);
}

/** Step 1 (see the file note): member days `fromDay`…`toDay`, members merged. */
async function writeOlderDays(api: MockApi, days: string[], fetchedAt: number) {
  const seen = new Map<string, MemberRecord>();
  const cache: Partial<MemberKeyCache> = {};
  let memberDays = 0;
  const perTx = 5;
  for (let start = 0; start < days.length; start += perTx) {
    const records = days.slice(start, start + perTx).map((day) => {
      const rows = dayRows(api, day);
      memberDays += rows.length;
      const record = toUserDayColumns(day, rows, fetchedAt);
      record.memberIds.forEach((id, i) => {
        const sighting = {
          id,
          email: rows[i]!.email,
          firstSeenDay: day,
          lastSeenDay: day,
          lastActiveDay: isActiveAt(record.columns, i) ? day : null,
        };
        seen.set(id, mergeMember(seen.get(id), sighting));
      });
      return { record, rows };
    });
    if (start === 0) await checkAgainstClient(api, days[0]!, records[0]!.rows);
    await writeTx(['userDays', 'memberKeys'], 'seed member activity', async (tx) => {
      for (const { record } of records)
        await putUserDayIn(tx.objectStore('userDays'), tx.objectStore('memberKeys'), record, cache);
    });
  }
  await upsertMembers([...seen.values()]);
  return memberDays;
}

/** Fills the active history with `days` days of the demo organisation and saves the demo key. */
async function seedHistory(request: SeedRequest): Promise<SeedResult> {
  const started = performance.now();
  // The simulated clock starts at the browser's now: the latest day is the one the API has today.
  const clock = createSimulatedClock(Date.now());
  const rate = 1_000_000;
  const api = createMockApi({
    org: { members: request.members, groups: request.groups, seed: request.seed },
    now: clock.now,
    rateLimitPerMinute: rate,
  });
  const latest = latestDayAt(clock.now());
  const older = request.days - defaultPlanOptions.revisionDays;
  const days = Array.from({ length: older }, (_, k) => dayString(latest - request.days + 1 + k));
  const memberDays = await writeOlderDays(api, days, clock.now());
  const taskSeconds: Record<string, number> = {
    'older-days': Math.round((performance.now() - started) / 100) / 10,
  };

  let current = { kind: 'start', since: performance.now() };
  const onProgress = (p: { task: string | null }) => {
    const kind = (p.task ?? 'start').split(':')[0]!;
    if (kind === current.kind) return;
    const now = performance.now();
    const spent = taskSeconds[current.kind] ?? 0;
    taskSeconds[current.kind] = Math.round((spent + (now - current.since) / 1000) * 10) / 10;
    current = { kind, since: now };
  };
  const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
  const limiter = createRateLimiter({ limit: rate, clock });
  const outcome = await runSync(
    { client, clock, limiter, ratePerMinute: rate, random: () => 0.5, onProgress },
    { historyDepthDays: request.days },
  );
  if (outcome.state !== 'done') throw outcome.error ?? new Error('the seeding sync failed');
  // The key an admin saved (the demo's: the benches route the mock at api.anthropic.com).
  await saveApiKey(DEMO_KEY, 'device');
  return {
    db: await activeHistoryDb(),
    latestDay: await getMeta('latestAvailableDay'),
    storedDays: (await storedUserDays()).length,
    memberDays,
    requests: outcome.requests,
    seconds: Math.round((performance.now() - started) / 1000),
    taskSeconds,
  };
}

(globalThis as unknown as { seedHistory: typeof seedHistory }).seedHistory = seedHistory;
