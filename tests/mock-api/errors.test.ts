// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BETA, get, KEY, testApi } from './helpers';

const api = testApi();
const H = { 'x-api-key': KEY };

describe('400 invalid_request_error', () => {
  it.each([
    [
      'a day after the latest available day',
      '/users?date=2026-11-25',
      'date 2026-11-25 is not yet available; the most recent available date is 2026-11-24',
    ],
    [
      'starting_date after the latest day',
      '/skills?starting_date=2026-12-01',
      'starting_date 2026-12-01 is not yet available; the most recent available date is 2026-11-24',
    ],
    [
      'ending_date past today',
      '/users?starting_date=2026-11-01&ending_date=2026-11-27',
      'ending_date 2026-11-27 is not yet available; the most recent available date is 2026-11-24',
    ],
    [
      'summaries past the latest day',
      '/summaries?starting_date=2026-11-25',
      'starting_date 2026-11-25 is not yet available; the most recent available date is 2026-11-24',
    ],
  ])('%s names the latest day at the end of the message', async (_, path, message) => {
    const r = await get(api, path);
    expect(r.status).toBe(400);
    expect(r.json.error).toEqual({ type: 'invalid_request_error', message });
    expect(/(\d{4}-\d{2}-\d{2})$/.exec(r.json.error.message)?.[1]).toBe('2026-11-24');
  });

  it.each([
    ['date before 2026-01-01', '/users?date=2025-12-31', /before 2026-01-01/],
    [
      'both date and starting_date',
      '/users?date=2026-11-02&starting_date=2026-11-01',
      /either date or starting_date/,
    ],
    [
      'ending_date without starting_date',
      '/users?date=2026-11-02&ending_date=2026-11-03',
      /only be used together with starting_date/,
    ],
    [
      'neither date nor starting_date',
      '/users?limit=5',
      /One of date or starting_date is required/,
    ],
    ['an impossible date', '/users?date=2026-02-30', /YYYY-MM-DD/],
    [
      'an empty range',
      '/users?starting_date=2026-11-02&ending_date=2026-11-02',
      /after starting_date/,
    ],
    ['a range on /artifacts', '/artifacts?starting_date=2026-11-02', /single-day/],
    ['limit 0', '/users?date=2026-11-02&limit=0', /limit must be an integer between 1 and 1000/],
    [
      'limit 1001',
      '/users?date=2026-11-02&limit=1001',
      /limit must be an integer between 1 and 1000/,
    ],
    ['limit abc', '/skills?date=2026-11-02&limit=abc', /limit must be an integer/],
    ['limit 1.5', '/summaries?starting_date=2026-11-02&limit=1.5', /limit must be an integer/],
    [
      'an unsupported filter dimension',
      '/users?date=2026-11-02&filter[]=product:chat',
      /Unsupported filter dimension 'product'/,
    ],
    ['a filter without a colon', '/users?date=2026-11-02&filter[]=user_id', /dimension:value/],
    [
      'product on /apps/chat/projects',
      '/apps/chat/projects?date=2026-11-02&filter[]=product:chat',
      /Unsupported filter dimension 'product'/,
    ],
    [
      'group_by product on /apps/chat/projects',
      '/apps/chat/projects?date=2026-11-02&group_by[]=product',
      /Unsupported group_by dimension 'product'/,
    ],
    [
      'group_by product on /users',
      '/users?date=2026-11-02&group_by[]=product',
      /Unsupported group_by dimension/,
    ],
    [
      'project_id filter with group_by',
      '/users?date=2026-11-02&filter[]=project_id:claude_proj_x&group_by[]=rbac_group_id',
      /project_id filter cannot be combined/,
    ],
    [
      'project_id filter with an rbac_group_id filter',
      '/users?date=2026-11-02&filter[]=project_id:claude_proj_x&filter[]=rbac_group_id:rbac_group_x',
      /project_id filter cannot be combined/,
    ],
    [
      'an unknown product value',
      '/skills?date=2026-11-02&filter[]=product:excel',
      /Unsupported product 'excel'/,
    ],
    [
      'chat on /plugins',
      '/plugins?date=2026-11-02&filter[]=product:chat',
      /Unsupported product 'chat'/,
    ],
    [
      'chat_cowork_unified (not available to this org)',
      '/skills?date=2026-11-02&filter[]=product:chat_cowork_unified',
      /not available/,
    ],
    [
      'a bare (non-bracket) array parameter',
      '/users?date=2026-11-02&filter=user_id:user_x',
      /filter\[\]/,
    ],
    ['order sideways', '/users?date=2026-11-02&order=sideways', /order must be one of/],
    [
      'order_by an unknown field',
      '/users?date=2026-11-02&order_by=happiness',
      /Unsupported order_by/,
    ],
    [
      'group_by on /summaries',
      '/summaries?starting_date=2026-11-02&group_by[]=rbac_group_id',
      /does not support group_by/,
    ],
    [
      'a user_id filter on /summaries',
      '/summaries?starting_date=2026-11-02&filter[]=user_id:user_x',
      /Unsupported filter dimension 'user_id'/,
    ],
  ])('%s', async (_, path, message) => {
    const r = await get(api, path);
    expect(r.status).toBe(400);
    expect(r.json.error.type).toBe('invalid_request_error');
    expect(r.json.error.message).toMatch(message);
  });

  it('rejects more than 100 filter entries', async () => {
    const filters = Array.from({ length: 101 }, (_, i) => `filter[]=user_id:user_${i}`).join('&');
    const r = await get(api, `/users?date=2026-11-02&${filters}`);
    expect([r.status, r.json.error.message]).toEqual([400, 'filter[] accepts at most 100 entries']);
    const ok = await get(
      api,
      `/users?date=2026-11-02&${filters.replace('&filter[]=user_id:user_100', '')}`,
    );
    expect(ok.status).toBe(200);
  });

  it('rejects a range longer than 366 days', async () => {
    const late = testApi({ faults: { latestAvailableDay: '2027-02-01' } });
    expect((await get(late, '/users?starting_date=2026-01-01&ending_date=2027-01-03')).status).toBe(
      400,
    );
    expect(
      (await get(late, '/users?starting_date=2026-01-01&ending_date=2027-01-02&limit=1')).status,
    ).toBe(200);
  });

  it.each([
    ['no beta header', {}],
    ['another beta', { 'anthropic-beta': 'files-api-2025-04-14' }],
  ])('/usage without the usage-cost beta (%s) is a 400', async (_, extra) => {
    const r = await get(api, '/usage?starting_at=2026-11-01T00:00:00Z', { ...H, ...extra });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/analytics-usage-cost-2026-08-24/);
  });

  it.each([
    [
      'starting_at before 2026',
      '/usage?starting_at=2025-12-31T00:00:00Z',
      /on or after 2026-01-01/,
    ],
    ['starting_at without zone', '/usage?starting_at=2026-11-01T00:00:00', /RFC 3339/],
    [
      'more than 31 days',
      '/cost?starting_at=2026-10-01T00:00:00Z&ending_at=2026-11-02T00:00:00Z',
      /31 days/,
    ],
    [
      'a bucket width without ending_at',
      '/usage?starting_at=2026-11-01T00:00:00Z&time_bucket_width=1d',
      /ending_at is required/,
    ],
    [
      '1m over more than a day',
      '/usage?starting_at=2026-11-01T00:00:00Z&ending_at=2026-11-03T00:00:00Z&time_bucket_width=1m',
      /24 hours/,
    ],
    [
      'six group_by dimensions',
      '/usage?starting_at=2026-11-01T00:00:00Z&group_by[]=actor&group_by[]=model&group_by[]=product&group_by[]=speed&group_by[]=inference_geo&group_by[]=context_window',
      /at most 5/,
    ],
    [
      'an invalid product',
      '/usage?starting_at=2026-11-01T00:00:00Z&products[]=claude-tag',
      /Invalid products/,
    ],
    [
      'exclude_deleted_users without actor grouping',
      '/usage?starting_at=2026-11-01T00:00:00Z&exclude_deleted_users=true',
      /requires group_by\[\]=actor/,
    ],
  ])('report: %s', async (_, path, message) => {
    const r = await get(api, path, { ...H, ...BETA });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(message);
  });
});
