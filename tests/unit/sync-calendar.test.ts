/**
 * The real sync engine against the mock with its latest day near the 2026-01-01 floor, in 2027
 * and in 2028: a cold sync and
 * an incremental sync finish without a single refused request (every range ≤ 366 days, nothing
 * before 2026-01-01, report windows ≤ 31 days), the stored org and group series equal the mock's
 * `/summaries` on every day since 2026-01-01, and the insight model and the companion's spend
 * forecast give the mock's figures. The mock's latest day follows the engine's clock.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { monthForecast } from '@/lib/companion/spend-forecast';
import { costEntries } from '@/lib/companion/spend';
import { createMockApi, DEMO_KEY, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { loadMetricsHistory } from '@/lib/insights/load-history';
import { buildAllScopes, defaultMetricsSettings } from '@/lib/metrics';
import { resetHistoryForTests } from '@/lib/store/db';
import { readGroups, readSpend, readSummaries } from '@/lib/store/history';
import { createSimulatedClock } from '@/lib/sync/clock';
import { addDays, apiFloorDay, dayNumber, splitRange, windowEnding } from '@/lib/sync/days';
import { runSync } from '@/lib/sync/engine';
import { createRateLimiter } from '@/lib/sync/rate-limiter';

const day = 86_400_000;

/** A GET of the reference mock (same organisation, no rate limit, pinned to `latest`). */
async function ask(api: MockApi, latest: string, path: string): Promise<any> {
  const reference = createMockApi({
    org: api.org,
    latestAvailableDay: latest,
    rateLimitPerMinute: 1e9,
  });
  const res = await reference.handle({
    method: 'GET',
    url: `/v1/organizations/analytics${path}`,
    headers: { 'x-api-key': DEMO_KEY, 'anthropic-beta': 'analytics-usage-cost-2026-08-24' },
  });
  expect(res.status).toBe(200);
  return JSON.parse(res.body);
}

/** The mock's `/summaries` rows from 2026-01-01 to `latest`, by day (spans of ≤ 366 days). */
async function mockSeries(api: MockApi, latest: string, groupId?: string) {
  const rows = new Map<string, any>();
  const filter = groupId ? `&filter[]=rbac_group_id:${groupId}` : '';
  for (const span of splitRange(apiFloorDay, addDays(latest, 1))) {
    const body = await ask(
      api,
      latest,
      `/summaries?starting_date=${span.startDay}&ending_date=${span.endDay}${filter}`,
    );
    for (const r of body.data) rows.set(String(r.starting_at).slice(0, 10), r);
  }
  return rows;
}

/** Why a request URL would be refused by the API's date rules, or null. */
function dateRuleBroken(url: string, latest: string): string | null {
  const q = new URL(url).searchParams;
  const start = q.get('starting_date') ?? q.get('date');
  if (start !== null) {
    if (start < apiFloorDay) return 'before 2026-01-01';
    const end = q.get('ending_date') ?? (q.has('date') ? addDays(start, 1) : addDays(latest, 1));
    if (dayNumber(end) - dayNumber(start) > 366) return 'range over 366 days';
  }
  const at = q.get('starting_at');
  if (at !== null) {
    const end = q.get('ending_at');
    if (at < `${apiFloorDay}T`) return 'report before 2026-01-01';
    if (end && (Date.parse(end) - Date.parse(at)) / day > 31) return 'report over 31 days';
  }
  return null;
}

describe.each(['2026-01-08', '2027-01-03', '2027-07-15', '2028-02-29'])(
  'latest day %s',
  (latest) => {
    // 14:00 UTC the day after: the mock's clock-driven latest day is `latest`.
    const clock = createSimulatedClock(Date.parse(`${addDays(latest, 1)}T14:00:00Z`));
    const api = createMockApi({ org: { members: 300, groups: 6, seed: 7 }, now: clock.now });
    const urls: string[] = [];
    const refused: string[] = [];
    const base = mockFetch(api);
    const client = createAnalyticsClient({
      apiKey: DEMO_KEY,
      fetch: async (input, init) => {
        const res = await base(input, init);
        if (res.status >= 400) refused.push(`${res.status} ${String(input)}`);
        return res;
      },
      onRequest: ({ url }) => urls.push(url),
    });
    const deps = {
      client,
      clock,
      limiter: createRateLimiter({ limit: 60, clock }),
      random: () => 0.5,
    };
    const options = { historyDepthDays: 37, spend: true };
    let cold: Awaited<ReturnType<typeof runSync>>;

    beforeAll(async () => {
      globalThis.indexedDB = new IDBFactory();
      await resetHistoryForTests();
      cold = await runSync(deps, options);
    }, 120_000);

    it('cold sync: done, no request refused, none breaking a date rule', () => {
      expect(api.latestAvailableDay()).toBe(latest);
      expect([cold.state, cold.latestDay, cold.failedTasks, cold.rateLimited]).toEqual([
        'done',
        latest,
        [],
        0,
      ]);
      expect(refused).toEqual([]);
      expect(urls.flatMap((u) => dateRuleBroken(u, latest) ?? [])).toEqual([]);
    });

    it('stores the org series of every day since 2026-01-01, equal to the mock', async () => {
      const mock = await mockSeries(api, latest);
      const stored = await readSummaries('org', apiFloorDay, latest);
      expect(stored.length).toBe(dayNumber(latest) - dayNumber(apiFloorDay) + 1);
      expect(mock.size).toBe(stored.length);
      for (const s of stored) {
        const m = mock.get(s.day);
        expect([s.day, s.dailyActive, s.weeklyActive, s.monthlyActive, s.assignedSeats]).toEqual([
          s.day,
          m.daily_active_user_count,
          m.weekly_active_user_count,
          m.monthly_active_user_count,
          m.assigned_seat_count,
        ]);
      }
    });

    it('stores every group series since 2026-01-01, equal to the mock', async () => {
      const groups = await readGroups();
      // The groups with a seat holder in the 30 days to the latest day (2 of 6 in January 2026).
      const window = windowEnding(addDays(latest, 1), 30);
      const held = await ask(
        api,
        latest,
        `/users?starting_date=${window.startDay}&ending_date=${window.endDay}&group_by[]=rbac_group_id`,
      );
      expect(groups.map((g) => g.id).sort()).toEqual(
        held.data.map((r: any) => r.rbac_group_id).sort(),
      );
      for (const g of groups) {
        const mock = await mockSeries(api, latest, g.id);
        const stored = await readSummaries(g.id, apiFloorDay, latest);
        expect(stored.map((s) => s.day)).toEqual([...mock.keys()].sort());
        for (const s of stored) {
          const m = mock.get(s.day);
          expect([g.name, s.day, s.dailyActive, s.weeklyActive, s.monthlyActive]).toEqual([
            g.name,
            s.day,
            m.daily_active_user_count,
            m.weekly_active_user_count,
            m.monthly_active_user_count,
          ]);
        }
      }
    });

    it("gives the mock's adoption figures and month-to-date spend", async () => {
      const { history } = await loadMetricsHistory();
      const model = buildAllScopes(history, defaultMetricsSettings, {
        today: addDays(latest, 1),
        timeZone: 'UTC',
      }).org;
      const mock = (await mockSeries(api, latest)).get(latest);
      expect(model.freshness.latestDay).toBe(latest);
      expect(model.freshness.lagDays).toBe(1);
      expect([
        model.adoption!.daily.actives,
        model.adoption!.weekly.actives,
        model.adoption!.monthly.actives,
      ]).toEqual([
        mock.daily_active_user_count,
        mock.weekly_active_user_count,
        mock.monthly_active_user_count,
      ]);

      const monthStart = `${latest.slice(0, 8)}01`;
      const cost = await ask(
        api,
        latest,
        `/cost?starting_at=${monthStart}T00:00:00Z&ending_at=${addDays(latest, 1)}T00:00:00Z&limit=1000`,
      );
      const cents = cost.data.reduce((s: number, r: any) => s + Number(r.cost.amount), 0);
      const rows = await readSpend('cost', addDays(latest, -40), latest);
      const forecast = monthForecast(costEntries(rows).entries, latest);
      expect(forecast.monthStart).toBe(monthStart);
      expect(forecast.monthToDate).toBeCloseTo(cents / 100, 6);
    });

    it('incremental sync three days later: done, nothing refused, the new days equal the mock', async () => {
      clock.advance(3 * day);
      const next = addDays(latest, 3);
      urls.length = 0;
      const outcome = await runSync(deps, options);
      expect([outcome.state, outcome.latestDay, outcome.failedTasks]).toEqual(['done', next, []]);
      expect(refused).toEqual([]);
      expect(urls.flatMap((u) => dateRuleBroken(u, next) ?? [])).toEqual([]);
      const mock = await mockSeries(api, next);
      const stored = await readSummaries('org', addDays(latest, -2), next);
      expect(stored.map((s) => [s.day, s.dailyActive, s.monthlyActive])).toEqual(
        stored.map((s) => [
          s.day,
          mock.get(s.day).daily_active_user_count,
          mock.get(s.day).monthly_active_user_count,
        ]),
      );
      expect(stored.at(-1)!.day).toBe(next);
    }, 60_000);
  },
);

describe('a clock more than a year ahead of the API (a wrong clock, a stalled pipeline)', () => {
  it.each([
    ['with the latest day named in the 400', undefined],
    ['with a 400 that names no day', () => 'That date cannot be served yet.'],
  ])(
    'the cold sync steps back and finishes (%s)',
    async (_, reword) => {
      globalThis.indexedDB = new IDBFactory();
      await resetHistoryForTests();
      const clock = createSimulatedClock(Date.parse('2028-03-01T14:00:00Z'));
      const api = createMockApi({
        org: { members: 120, groups: 3, seed: 7 },
        latestAvailableDay: '2026-11-24',
        now: clock.now,
        faults: reword ? { notYetAvailableMessage: reword } : {},
      });
      const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
      const outcome = await runSync(
        { client, clock, limiter: createRateLimiter({ limit: 60, clock }), random: () => 0.5 },
        { historyDepthDays: 7, spend: false },
      );
      expect([outcome.state, outcome.latestDay, outcome.failedTasks]).toEqual([
        'done',
        '2026-11-24',
        [],
      ]);
      const stored = await readSummaries('org', apiFloorDay, '2026-11-24');
      expect(stored.length).toBe(dayNumber('2026-11-24') - dayNumber(apiFloorDay) + 1);
    },
    60_000,
  );
});
