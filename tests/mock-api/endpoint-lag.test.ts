// @vitest-environment node
// The mock's latest day per endpoint and its reworded "not yet available" answers (§0a).
import { describe, expect, it } from 'vitest';
import { get, testApi } from './helpers';

describe('endpointLagDays', () => {
  const api = testApi({
    org: { members: 60, seed: 5, latestAvailableDay: '2026-11-24' },
    endpointLagDays: { '/users': 1, '/skills': 2 },
  });

  /** [request, status, last day in the answer or the error message]. */
  const cases: [string, number, string][] = [
    ['/summaries?starting_date=2026-11-20', 200, '2026-11-24T00:00:00Z'],
    ['/users?date=2026-11-23&limit=1', 200, ''],
    [
      '/users?date=2026-11-24',
      400,
      'date 2026-11-24 is not yet available; the most recent available date is 2026-11-23',
    ],
    [
      '/users?starting_date=2026-11-20&ending_date=2026-11-25',
      400,
      'ending_date 2026-11-25 is not yet available; the most recent available date is 2026-11-23',
    ],
    ['/skills?date=2026-11-22', 200, ''],
    [
      '/skills?date=2026-11-23',
      400,
      'date 2026-11-23 is not yet available; the most recent available date is 2026-11-22',
    ],
    ['/connectors?date=2026-11-24', 200, ''],
  ];
  it.each(cases)('%s → %i', async (path, status, detail) => {
    const r = await get(api, path);
    expect(r.status).toBe(status);
    if (status === 400) expect(r.json.error.message).toBe(detail);
    else if (detail) expect(r.json.data.at(-1).starting_at).toBe(detail);
  });

  it('a fault switches the lag at run time', async () => {
    const live = testApi({ org: { members: 60, seed: 5, latestAvailableDay: '2026-11-24' } });
    expect((await get(live, '/users?date=2026-11-24&limit=1')).status).toBe(200);
    live.setFaults({ endpointLagDays: { '/users': 1 } });
    expect((await get(live, '/users?date=2026-11-24&limit=1')).status).toBe(400);
  });
});

describe('notYetAvailableMessage', () => {
  it('rewords the 400, keeping its status and type', async () => {
    const api = testApi({
      org: { members: 60, seed: 5, latestAvailableDay: '2026-11-24' },
      faults: {
        notYetAvailableMessage: (p, v, latest) => `${p}=${v}: data ready through ${latest}`,
      },
    });
    const r = await get(api, '/users?date=2026-11-25');
    expect(r.status).toBe(400);
    expect(r.json.error).toEqual({
      type: 'invalid_request_error',
      message: 'date=2026-11-25: data ready through 2026-11-24',
    });
  });
});
