// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { get, KEY, testApi } from './helpers';

const SUMMARY = '/summaries?starting_date=2026-11-20&ending_date=2026-11-22';

describe('faults', () => {
  it('failNext: the next N accepted requests get 500 api_error, then normal service', async () => {
    const api = testApi({ faults: { failNext: 2 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await get(api, SUMMARY)).status);
    expect(statuses).toEqual([500, 500, 200]);
    const api2 = testApi();
    api2.setFaults({ failNext: 1 });
    const r = await get(api2, SUMMARY);
    expect([r.status, r.json.error.type]).toEqual([500, 'api_error']);
  });

  it('status500Rate is deterministic: two mocks fail the same requests', async () => {
    const run = async () => {
      const api = testApi({ faults: { status500Rate: 0.5 } });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await get(api, SUMMARY)).status);
      return out;
    };
    const a = await run();
    expect(await run()).toEqual(a);
    expect(a.filter((s) => s === 500).length).toBeGreaterThan(3);
    expect(a.filter((s) => s === 200).length).toBeGreaterThan(3);
  });

  it('malformedJsonNext: a 200 with a body that does not parse, once', async () => {
    const api = testApi({ faults: { malformedJsonNext: 1 } });
    const bad = await get(api, SUMMARY);
    expect(bad.status).toBe(200);
    expect(() => JSON.parse(bad.body)).toThrow();
    expect((await get(api, SUMMARY)).json.data).toHaveLength(2);
  });

  it('renameField, dropField and addUnknownField reshape successful bodies', async () => {
    const api = testApi({
      faults: { renameField: { from: 'daily_active_user_count', to: 'dau' } },
    });
    const renamed = (await get(api, SUMMARY)).json.data[0];
    expect(renamed.daily_active_user_count).toBeUndefined();
    expect(typeof renamed.dau).toBe('number');
    api.setFaults({ dropField: 'chat_metrics', addUnknownField: 'brand_new_metric' });
    const row = (await get(api, '/users?date=2026-11-20&limit=1')).json.data[0];
    expect(row.chat_metrics).toBeUndefined();
    expect(row.brand_new_metric).toBe('unexpected');
    expect(row.cowork_metrics).toBeDefined();
  });

  it('expireCursors: 400 on engagement, 410 on reports', async () => {
    const api = testApi();
    const first = await get(api, '/users?date=2026-11-20&limit=5');
    api.setFaults({ expireCursors: true });
    expect(
      (
        await get(
          api,
          `/users?date=2026-11-20&limit=5&page=${encodeURIComponent(first.json.next_page)}`,
        )
      ).status,
    ).toBe(400);
    const h = { 'x-api-key': KEY };
    const report = await get(api, '/user_usage_report?starting_at=2026-11-01T00:00:00Z&limit=5', h);
    expect(report.status).toBe(200);
    expect(
      (
        await get(
          api,
          `/user_usage_report?starting_at=2026-11-01T00:00:00Z&limit=5&page=${encodeURIComponent(report.json.next_page)}`,
          h,
        )
      ).status,
    ).toBe(410);
  });

  it('revokeKey, accessEnabled and latestAvailableDay change answers at runtime', async () => {
    const api = testApi();
    api.setFaults({ revokeKey: KEY });
    expect((await get(api, SUMMARY)).status).toBe(404);
    api.setFaults({ accessEnabled: false });
    expect((await get(api, SUMMARY)).status).toBe(403);
    api.setFaults({ latestAvailableDay: '2026-11-21' });
    const late = await get(api, '/users?date=2026-11-22');
    expect(late.json.error.message).toBe(
      'date 2026-11-22 is not yet available; the most recent available date is 2026-11-21',
    );
    api.setFaults({ latestAvailableDay: '2026-11-26' });
    expect((await get(api, '/users?date=2026-11-26&limit=1')).status).toBe(200);
    api.setFaults({});
    expect((await get(api, '/summaries?starting_date=2026-11-20')).json.data).toHaveLength(5);
  });

  it('latencyMs delays the answer', async () => {
    const api = testApi({ faults: { latencyMs: 40 } });
    const t = performance.now();
    await get(api, SUMMARY);
    expect(performance.now() - t).toBeGreaterThanOrEqual(35);
  });
});
