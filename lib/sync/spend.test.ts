import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api';
import { createMockApi, DEMO_KEY, mockFetch } from '@/lib/demo/mock-api';
import { resetHistoryForTests } from '@/lib/store/db';
import { readSpend } from '@/lib/store/history';
import { createSimulatedClock } from './clock';
import { runSync } from './engine';
import { createRateLimiter } from './rate-limiter';

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await resetHistoryForTests();
});

it('stores spend per person for the month to date, one row each, beside the daily spend', async () => {
  const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
  const api = createMockApi({ org: { members: 300, groups: 6, seed: 7 }, now: clock.now });
  const client = createAnalyticsClient({ apiKey: DEMO_KEY, fetch: mockFetch(api) });
  const outcome = await runSync(
    { client, clock, limiter: createRateLimiter({ limit: 60, clock }), random: () => 0.5 },
    { historyDepthDays: 2, spend: true },
  );
  expect(outcome.state).toBe('done');
  const rows = await readSpend('cost', '2026-10-01', '2026-11-30');
  const perPerson = rows.filter((r) => r.groupKey.startsWith('actor:'));
  expect(perPerson.length).toBeGreaterThan(0);
  // One row per person, for the window starting on the 1st of the latest day's month.
  expect(new Set(perPerson.map((r) => r.day))).toEqual(new Set(['2026-11-01']));
  const emails = perPerson.map(
    (r) => (r.group.actor as { email_address?: string } | null)?.email_address,
  );
  expect(emails.every((e) => typeof e === 'string' && e.endsWith('@northwind.example'))).toBe(true);
  expect(new Set(emails).size).toBe(emails.length);
  expect(rows.some((r) => r.groupKey.startsWith('product+model:'))).toBe(true);
});
