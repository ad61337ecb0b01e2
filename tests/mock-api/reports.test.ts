// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BETA, get, KEY, testApi } from './helpers';

const api = testApi();
const H = { 'x-api-key': KEY, ...BETA };
const WEEK = 'starting_at=2026-11-02T00:00:00Z&ending_at=2026-11-09T00:00:00Z';
const cents = (s: string) => Number(s);

describe('/usage and /cost', () => {
  it('ungrouped: one row for the whole range with every group key null', async () => {
    const r = await get(api, `/usage?${WEEK}`, H);
    expect(r.json.data).toHaveLength(1);
    const row = r.json.data[0];
    expect([row.starting_at, row.ending_at]).toEqual([
      '2026-11-02T00:00:00Z',
      '2026-11-09T00:00:00Z',
    ]);
    expect(Object.keys(row.group)).toHaveLength(20);
    expect(Object.values(row.group).every((v) => v === null)).toBe(true);
    const u = row.usage;
    expect(u.total_tokens).toBe(
      u.uncached_input_tokens +
        u.cache_creation.ephemeral_5m_input_tokens +
        u.cache_creation.ephemeral_1h_input_tokens +
        u.cache_read_input_tokens +
        u.output_tokens,
    );
    expect(r.json).toMatchObject({
      has_more: false,
      next_page: null,
      data_refreshed_at: '2026-11-25T00:00:00Z',
    });
  });

  it('group_by product and daily buckets partition the same totals', async () => {
    const total = (await get(api, `/usage?${WEEK}`, H)).json.data[0].usage.total_tokens;
    const byProduct = (await get(api, `/usage?${WEEK}&group_by[]=product&limit=1000`, H)).json.data;
    expect(byProduct.reduce((a: number, x: any) => a + x.usage.total_tokens, 0)).toBe(total);
    expect(new Set(byProduct.map((x: any) => x.group.product))).toEqual(
      new Set(['chat', 'claude_code', 'cowork', 'office_agent', 'claude_design']),
    );
    const daily = (
      await get(api, `/usage?${WEEK}&time_bucket_width=1d&order_by=time&limit=1000`, H)
    ).json.data;
    expect(daily.map((x: any) => x.starting_at.slice(0, 10))).toEqual([
      '2026-11-08',
      '2026-11-07',
      '2026-11-06',
      '2026-11-05',
      '2026-11-04',
      '2026-11-03',
      '2026-11-02',
    ]);
    expect(daily.reduce((a: number, x: any) => a + x.usage.total_tokens, 0)).toBe(total);
    const hourly = (
      await get(
        api,
        '/usage?starting_at=2026-11-03T00:00:00Z&ending_at=2026-11-04T00:00:00Z&time_bucket_width=1h&limit=1000',
        H,
      )
    ).json.data;
    const day = daily.find((x: any) => x.starting_at === '2026-11-03T00:00:00Z');
    expect(hourly.reduce((a: number, x: any) => a + x.usage.requests, 0)).toBe(day.usage.requests);
  });

  it('filters by products[] and actor_ids[]', async () => {
    const code = (await get(api, `/usage?${WEEK}&products[]=claude_code`, H)).json.data[0].usage
      .total_tokens;
    const byProduct = (await get(api, `/usage?${WEEK}&group_by[]=product&limit=1000`, H)).json.data;
    expect(code).toBe(
      byProduct.find((x: any) => x.group.product === 'claude_code').usage.total_tokens,
    );
    const top = (await get(api, `/usage?${WEEK}&group_by[]=actor&limit=1`, H)).json.data[0];
    const mine = (await get(api, `/usage?${WEEK}&actor_ids[]=${top.group.actor.user_id}`, H)).json
      .data[0];
    expect(mine.usage).toEqual(top.usage);
    expect((await get(api, `/usage?${WEEK}&workspace_ids[]=wrkspc_x`, H)).json.data).toEqual([]);
  });

  it('cost: amount is the list price after an 18% discount, in cents as decimal strings', async () => {
    const row = (await get(api, `/cost?${WEEK}`, H)).json.data[0];
    expect(row.cost.currency).toBe('USD');
    expect(row.cost.amount).toMatch(/^\d+\.\d{6}$/);
    expect(cents(row.cost.amount)).toBeCloseTo(cents(row.cost.list_amount) * 0.82, 0);
    expect(Object.keys(row.group)).toHaveLength(22);
  });

  it('cost group_by cost_type fans out (tokens, web_search) with requests null', async () => {
    const total = cents((await get(api, `/cost?${WEEK}`, H)).json.data[0].cost.list_amount);
    const parts = (await get(api, `/cost?${WEEK}&group_by[]=cost_type`, H)).json.data;
    expect(parts.map((x: any) => x.group.cost_type).sort()).toEqual(['tokens', 'web_search']);
    expect(parts.every((x: any) => x.cost.requests === null)).toBe(true);
    expect(parts.reduce((a: number, x: any) => a + cents(x.cost.list_amount), 0)).toBeCloseTo(
      total,
      4,
    );
    const tokens = (await get(api, `/cost?${WEEK}&group_by[]=token_type&group_by[]=cost_type`, H))
      .json.data;
    expect(
      tokens
        .filter((x: any) => x.group.cost_type === 'tokens')
        .map((x: any) => x.group.token_type)
        .sort(),
    ).toEqual([
      'cache_creation.ephemeral_1h_input_tokens',
      'cache_creation.ephemeral_5m_input_tokens',
      'cache_read_input_tokens',
      'output_tokens',
      'uncached_input_tokens',
    ]);
  });

  it('groups by rbac_group_id: one row per group held, ids are real groups', async () => {
    const rows = (await get(api, `/usage?${WEEK}&group_by[]=rbac_group_id&limit=1000`, H)).json
      .data;
    const ids = rows.map((x: any) => x.group.rbac_group_id);
    expect(
      ids.every((id: string | null) => id === null || api.org.groups.some((g) => g.id === id)),
    ).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('legacy reports', () => {
  const L = { 'x-api-key': KEY };

  it('/user_usage_report: per-user rows with actor, organization_id and default limit 20', async () => {
    const r = await get(api, `/user_usage_report?${WEEK}`, L);
    expect(r.json.data).toHaveLength(20);
    expect(r.json.has_more).toBe(true);
    expect(r.json.organization_id).toBe(api.org.organizationId);
    const row = r.json.data[0];
    expect(row.actor).toMatchObject({ type: 'user_actor', deleted: false });
    expect([row.starting_at, row.ending_at, row.product]).toEqual([null, null, null]);
    const totals = r.json.data.map((x: any) => x.total_tokens);
    expect(totals).toEqual([...totals].sort((a: number, b: number) => b - a));
  });

  it('/usage_report: 7 daily buckets per page by default, results per group', async () => {
    const r = await get(
      api,
      '/usage_report?starting_at=2026-11-01T00:00:00Z&ending_at=2026-11-15T00:00:00Z&group_by[]=product',
      L,
    );
    expect(r.json.data).toHaveLength(7);
    expect(r.json.has_more).toBe(true);
    expect(r.json.data[0].starting_at).toBe('2026-11-01T00:00:00Z');
    expect(
      r.json.data[0].results.every((x: any) => x.product !== null && x.total_tokens === undefined),
    ).toBe(true);
    expect(
      (await get(api, '/usage_report?starting_at=2026-11-01T00:00:00Z&limit=32', L)).status,
    ).toBe(400);
  });

  it('/cost_report and /user_cost_report answer with the report envelope', async () => {
    const c = await get(api, `/cost_report?${WEEK}`, L);
    expect(c.json.data[0].results[0]).toMatchObject({
      currency: 'USD',
      cost_type: null,
      token_type: null,
    });
    const u = await get(api, `/user_cost_report?${WEEK}&limit=3&order_by=list_amount`, L);
    expect(u.json.data).toHaveLength(3);
    expect(Object.keys(u.json)).toEqual([
      'data',
      'has_more',
      'next_page',
      'data_refreshed_at',
      'organization_id',
    ]);
  });
});
