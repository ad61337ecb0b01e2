/**
 * The whole demo organisation, from the mock through the real sync engine and
 * store into lib/metrics: the org figures Uptake computes from member rows
 * must equal the mock's own /summaries numbers.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { loadMetricsHistory } from '@/lib/insights/load-history';
import { buildAllScopes, defaultMetricsSettings, type InsightModel } from '@/lib/metrics';
import { resetHistoryForTests } from '@/lib/store/db';
import { createSimulatedClock } from '@/lib/sync/clock';
import { runSync } from '@/lib/sync/engine';
import { createRateLimiter } from '@/lib/sync/rate-limiter';

let api: MockApi;
let org: InsightModel;
const summaries = new Map<string, Record<string, number | null>>();

beforeAll(async () => {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
  const clock = createSimulatedClock(Date.UTC(2026, 10, 25, 14));
  api = createMockApi({ now: clock.now }); // the default demo org: 2,000 members, 12 groups
  const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
  const outcome = await runSync(
    { client, clock, limiter: createRateLimiter({ limit: 60, clock }), random: () => 0.5 },
    { historyDepthDays: 37, spend: false },
  );
  expect(outcome.state).toBe('done');
  // The sync spent the minute's requests: ask after the window.
  clock.advance(61_000);
  const res = await api.handle({
    method: 'GET',
    url: 'https://api.anthropic.com/v1/organizations/analytics/summaries?starting_date=2026-10-01',
    headers: { 'x-api-key': DEMO_KEY },
  });
  for (const row of JSON.parse(res.body).data)
    summaries.set(String(row.starting_at).slice(0, 10), row);
  const { history } = await loadMetricsHistory();
  org = buildAllScopes(history, defaultMetricsSettings, {
    today: '2026-11-26',
    timeZone: 'UTC',
  }).org;
}, 120_000);

describe('the demo organisation through sync and metrics', () => {
  it('computes the latest day from member rows, not from /summaries', () => {
    expect(org.freshness.latestDay).toBe('2026-11-24');
    expect(org.adoption!.daily.source).toBe('members');
    expect(org.adoption!.monthly.source).toBe('members');
  });

  it('has the DAU, WAU and MAU of the mock for the latest day', () => {
    const latest = summaries.get('2026-11-24')!;
    const a = org.adoption!;
    expect(a.daily.actives).toBe(latest.daily_active_user_count);
    expect(a.weekly.actives).toBe(latest.weekly_active_user_count);
    expect(a.monthly.actives).toBe(latest.monthly_active_user_count);
  });

  it('has the adoption rates of the mock (actives ÷ assigned seats)', () => {
    const latest = summaries.get('2026-11-24')!;
    const a = org.adoption!;
    // Both in percent; the mock rounds to 2 decimals.
    expect(a.daily.rate!).toBeCloseTo(latest.daily_adoption_rate!, 2);
    expect(a.weekly.rate!).toBeCloseTo(latest.weekly_adoption_rate!, 2);
    expect(a.monthly.rate!).toBeCloseTo(latest.monthly_adoption_rate!, 2);
  });

  it('has the per-product monthly actives of the mock', () => {
    const latest = summaries.get('2026-11-24')!;
    const p = org.adoption!.products;
    expect(p.chat.monthly.actives).toBe(latest.chat_monthly_active_user_count);
    expect(p.claude_code.monthly.actives).toBe(latest.claude_code_monthly_active_user_count);
    expect(p.cowork.monthly.actives).toBe(latest.cowork_monthly_active_user_count);
    expect(p.office.monthly.actives).toBe(latest.office_agent_monthly_active_user_count);
    expect(p.design.monthly.actives).toBe(latest.claude_design_monthly_active_user_count);
  });

  it('agrees with the mock on every day of the last week of the series', () => {
    const { days, dailyActives, weeklyActives, monthlyActives } = org.adoption!.series;
    expect(days.at(-1)).toBe('2026-11-24');
    for (let i = days.length - 7; i < days.length; i++) {
      const mock = summaries.get(days[i]!)!;
      expect([days[i], dailyActives[i], weeklyActives[i], monthlyActives[i]]).toEqual([
        days[i],
        mock.daily_active_user_count,
        mock.weekly_active_user_count,
        mock.monthly_active_user_count,
      ]);
    }
  });
});
