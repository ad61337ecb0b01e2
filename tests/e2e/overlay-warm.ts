/**
 * The overlay specs' shared fixture: the built extension on a copy of a warm
 * profile (the mock's organisation, 300 members, synced for 40 days) with
 * claude.ai served by the replicas of that organisation. Figures helpers
 * compute what a person would from the mock's own answers.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { createMockApi, type MockApi } from '../../lib/demo/mock-api';
import { apiLatestDay, browserNow } from './clock';
import { launchWarm, overlayMockOptions, prepareWarmProfile, replicaPages } from '../bench/overlay';
import { replicaDataFromMock } from '../fixtures/demo-replica-data';
import type { ReplicaData } from '../fixtures/replica/render';
import { DEMO_KEY, test as base } from './fixtures';

/** The overlay mock on the browser's clock, with the run's latest day (as the fixtures' mock). */
const onBrowserClock = {
  ...overlayMockOptions,
  now: browserNow,
  latestAvailableDay: apiLatestDay(),
};

export const test = base.extend<object, { warmProfile: string; overlayData: ReplicaData }>({
  // The mock of every test is the warm profile's organisation.
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form.
  mockOptions: async ({}, use) => use(overlayMockOptions),
  warmProfile: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form.
    async ({}, use) => {
      const dir = await prepareWarmProfile(createMockApi(onBrowserClock));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  overlayData: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form.
    async ({}, use) => use(await replicaDataFromMock(createMockApi(onBrowserClock))),
    { scope: 'worker' },
  ],
  ext: async ({ warmProfile, overlayData, mock, replicaOptions }, use) => {
    const ext = await launchWarm(warmProfile, mock, replicaPages(overlayData, replicaOptions));
    await use(ext);
    await ext.close();
  },
});

const oneDecimal = (x: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);

/** The latest /summaries row of the mock, as the figures a person would read from it. */
export async function latestSummary(mock: MockApi) {
  const res = await mock.handle({
    method: 'GET',
    url: `https://api.anthropic.com/v1/organizations/analytics/summaries?starting_date=${mock.latestAvailableDay()}`,
    headers: { 'x-api-key': DEMO_KEY },
  });
  const row = JSON.parse(res.body).data.at(-1);
  const seats: number = row.assigned_seat_count;
  const rate = (n: number) => `${oneDecimal((n / seats) * 100)}%`;
  // Default target: 70% of seats monthly active.
  const goal = Math.ceil(0.7 * seats);
  return {
    day: String(row.starting_at).slice(0, 10),
    seats,
    weekly: row.weekly_active_user_count as number,
    monthlyRate: rate(row.monthly_active_user_count),
    weeklyRate: rate(row.weekly_active_user_count),
    needed: Math.max(0, goal - row.monthly_active_user_count),
    chatRate: rate(row.chat_monthly_active_user_count),
    codeRate: rate(row.claude_code_monthly_active_user_count),
    designMonthly: row.claude_design_monthly_active_user_count as number,
  };
}

/** Uptake's hosts of one feature. */
export const host = (page: Page, id: string) => page.locator(`[data-uptake="${id}"]`);

/** How many hosts of each feature the page holds (light DOM). */
export async function counts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const el of document.querySelectorAll('[data-uptake]')) {
      const id = el.getAttribute('data-uptake')!;
      out[id] = (out[id] ?? 0) + 1;
    }
    return out;
  });
}
