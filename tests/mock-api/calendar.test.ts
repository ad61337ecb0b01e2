// @vitest-environment node
// The mock's calendar follows its clock, like the real API's: the latest day moves at 13:30 UTC,
// and a day's figures are the same whenever the mock was started.
import { describe, expect, it } from 'vitest';
import { createMockApi, type MockApi } from '@/lib/demo/mock-api';
import { BETA, get, KEY } from './helpers';

function mockAt(iso: string, options: Parameters<typeof createMockApi>[0] = {}) {
  let now = Date.parse(iso);
  const api = createMockApi({
    org: { members: 500, seed: 3 },
    keys: { [KEY]: 'analytics' },
    rateLimitPerMinute: 100_000,
    now: () => now,
    ...options,
  });
  return { api, setNow: (next: string) => (now = Date.parse(next)) };
}

async function lastSummaryDay(api: MockApi, from: string): Promise<string> {
  const r = await get(api, `/summaries?starting_date=${from}`);
  expect(r.status).toBe(200);
  return String(r.json.data.at(-1).starting_at).slice(0, 10);
}

describe('the latest available day follows the mock clock', () => {
  it('is two days back before 13:30 UTC and yesterday after, evaluated per request', async () => {
    const { api, setNow } = mockAt('2027-01-10T13:29:00Z');
    expect(api.latestAvailableDay()).toBe('2027-01-08');
    expect(await lastSummaryDay(api, '2027-01-01')).toBe('2027-01-08');
    const early = await get(api, '/users?date=2027-01-09');
    expect(early.status).toBe(400);
    expect(early.json.error.message).toMatch(/2027-01-08$/);

    setNow('2027-01-10T13:31:00Z'); // the same mock, two minutes later: a day has landed
    expect(api.latestAvailableDay()).toBe('2027-01-09');
    expect(await lastSummaryDay(api, '2027-01-01')).toBe('2027-01-09');
    expect((await get(api, '/users?date=2027-01-09&limit=1')).status).toBe(200);
  });

  it('can be pinned for tests, and the latestAvailableDay fault still overrides the pin', async () => {
    const { api } = mockAt('2028-05-01T15:00:00Z', { latestAvailableDay: '2027-07-15' });
    expect(await lastSummaryDay(api, '2027-07-01')).toBe('2027-07-15');
    api.setFaults({ latestAvailableDay: '2027-07-10' });
    expect(api.latestAvailableDay()).toBe('2027-07-10');
    // The organisation's own pin wins over the mock's (an e2e fixture pins the mock, a test the org).
    const pinnedOrg = mockAt('2028-05-01T15:00:00Z', {
      org: { members: 500, seed: 3, latestAvailableDay: '2027-02-01' },
      latestAvailableDay: '2027-07-15',
    });
    expect(pinnedOrg.api.latestAvailableDay()).toBe('2027-02-01');
  });

  it('sets the report endpoints’ window by the same latest day', async () => {
    const { api } = mockAt('2027-12-03T16:00:00Z');
    const r = await get(api, '/usage?starting_at=2027-11-20T00:00:00Z', {
      'x-api-key': KEY,
      ...BETA,
    });
    expect(r.status).toBe(200);
    expect(r.json.data_refreshed_at).toBe('2027-12-03T00:00:00Z');
  });
});

describe('a day has the same figures from mocks whose clocks are months apart', () => {
  const january = mockAt('2027-02-01T14:00:00Z').api;
  const september = mockAt('2027-09-15T09:00:00Z').api;

  it.each([
    '/summaries?starting_date=2027-01-01&ending_date=2027-02-01',
    '/users?date=2027-01-20&limit=1000',
    '/users?date=2027-01-20&group_by[]=rbac_group_id',
    '/users?starting_date=2027-01-01&ending_date=2027-01-31&limit=1000',
    '/apps/chat/projects?starting_date=2027-01-01&ending_date=2027-01-31&limit=1000',
    '/skills?date=2027-01-20&limit=1000',
    '/summaries?starting_date=2026-11-01&ending_date=2026-11-25',
  ])('%s', async (path) => {
    const [a, b] = [await get(january, path), await get(september, path)];
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.json.data.length).toBeGreaterThan(0);
    expect(b.body).toBe(a.body);
  });
});
