// @vitest-environment node
// What the API refuses about dates, refused the same way by the mock (§0a, §3.1, §10): an
// engagement range over 366 days, anything before 2026-01-01, and report windows over 31 days,
// starting before 2026-01-01 or more than 365 days back. Each refusal beside its accepted edge.
import { describe, expect, it } from 'vitest';
import { BETA, get, KEY, testApi } from './helpers';

/** Latest day 2027-06-30: reports' "now" is 2027-07-01 15:00 UTC. */
const api = testApi({ latestAvailableDay: '2027-06-30' });
const H = { 'x-api-key': KEY, ...BETA };

async function status(path: string): Promise<[number, string | undefined]> {
  const r = await get(api, path, H);
  return [r.status, r.status === 200 ? undefined : r.json.error.type];
}

const refused = [400, 'invalid_request_error'];
const accepted = [200, undefined];

describe('engagement ranges may span at most 366 days', () => {
  it.each(['/summaries', '/users', '/skills', '/connectors', '/plugins', '/apps/chat/projects'])(
    '%s: 367 days refused, 366 accepted',
    async (endpoint) => {
      expect(await status(`${endpoint}?starting_date=2026-06-01&ending_date=2027-06-03`)).toEqual(
        refused,
      );
      expect(await status(`${endpoint}?starting_date=2026-06-01&ending_date=2027-06-02`)).toEqual(
        accepted,
      );
    },
  );

  it('counts a defaulted ending_date (latest day + 1): from 2026-01-01 refused after 2027-01-01', async () => {
    const at = (latestAvailableDay: string) => testApi({ latestAvailableDay });
    const cold = '/summaries?starting_date=2026-01-01';
    expect((await get(at('2027-01-01'), cold)).status).toBe(200); // 366 days
    const late = await get(at('2027-01-02'), cold); // 367 days: a cold start from 2027-01-03 on
    expect([late.status, late.json.error.type]).toEqual(refused);
    expect(late.json.error.message).toMatch(/at most 366 days/);
  });
});

describe('nothing before 2026-01-01', () => {
  it.each([
    '/summaries?starting_date=2025-12-31&ending_date=2026-01-10',
    '/users?date=2025-12-31',
    '/users?starting_date=2025-12-12&ending_date=2026-01-11&group_by[]=rbac_group_id',
    '/skills?starting_date=2025-12-25&ending_date=2026-01-01',
    '/connectors?date=2025-12-31',
    '/plugins?starting_date=2025-11-01&ending_date=2026-01-31',
    '/apps/chat/projects?starting_date=2025-12-31&ending_date=2026-01-30',
    '/artifacts?date=2025-12-31',
    '/summaries?starting_date=2026-01-01&ending_date=2025-12-31',
    '/summaries?starting_date=2026-01-01&ending_date=2026-01-01',
  ])('%s is refused', async (path) => {
    expect(await status(path)).toEqual(refused);
  });

  it('a 30-day window ending 2026-01-10 starts on 2026-01-01 and is accepted', async () => {
    expect(
      await status(
        '/users?starting_date=2026-01-01&ending_date=2026-01-11&group_by[]=rbac_group_id',
      ),
    ).toEqual(accepted);
  });
});

describe('report windows: ≤ 31 days, from 2026-01-01, starting within the last 365 days', () => {
  const reports = [
    '/usage',
    '/cost',
    '/usage_report',
    '/cost_report',
    '/user_usage_report',
    '/user_cost_report',
  ];

  it.each(reports)('%s: 32 days refused, 31 accepted', async (endpoint) => {
    const q = (end: string) => `${endpoint}?starting_at=2027-05-01T00:00:00Z&ending_at=${end}`;
    expect(await status(q('2027-06-02T00:00:00Z'))).toEqual(refused);
    expect(await status(q('2027-06-01T00:00:00Z'))).toEqual(accepted);
  });

  it.each(reports)('%s: starting more than 365 days back refused', async (endpoint) => {
    // 365 days before 2027-07-01T15:00Z is 2026-07-01T15:00Z.
    const q = (start: string) => `${endpoint}?starting_at=${start}&ending_at=2026-07-10T00:00:00Z`;
    expect(await status(q('2026-07-01T00:00:00Z'))).toEqual(refused);
    expect(await status(q('2026-07-02T00:00:00Z'))).toEqual(accepted);
  });

  it.each(reports)('%s: starting before 2026-01-01 refused', async (endpoint) => {
    const early = testApi({ latestAvailableDay: '2026-01-20' });
    const q = (start: string) => `${endpoint}?starting_at=${start}&ending_at=2026-01-15T00:00:00Z`;
    const before = await get(early, q('2025-12-31T00:00:00Z'), H);
    expect([before.status, before.json.error.type]).toEqual(refused);
    expect((await get(early, q('2026-01-01T00:00:00Z'), H)).status).toBe(200);
  });
});
