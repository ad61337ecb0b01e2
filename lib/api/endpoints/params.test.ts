import { describe, expect, it } from 'vitest';
import { createAnalyticsClient, type AnalyticsClient } from '@/lib/api/client';
import { stubFetch } from '@/lib/api/test-fixtures/fetch-stub';

function client() {
  const stub = stubFetch([]);
  return { ...stub, client: createAnalyticsClient({ apiKey: 'k-123456789', fetch: stub.fetch }) };
}

describe('parameters that can never be valid throw a RangeError before any request', () => {
  const bad: [string, (c: AnalyticsClient) => Promise<unknown>][] = [
    ['limit 0', (c) => c.listUsers({ date: '2026-11-20', limit: 0 })],
    ['limit 1001', (c) => c.listUsers({ date: '2026-11-20', limit: 1001 })],
    ['limit 2.5', (c) => c.listSkills({ date: '2026-11-20', limit: 2.5 })],
    ['day not YYYY-MM-DD', (c) => c.listUsers({ date: '20/11/2026' })],
    ['impossible day', (c) => c.listPlugins({ date: '2026-02-30' })],
    [
      'date and starting_date',
      (c) => c.listUsers({ date: '2026-11-20', starting_date: '2026-11-01' } as never),
    ],
    ['neither date nor starting_date', (c) => c.listConnectors({} as never)],
    [
      '101 filters',
      (c) =>
        c.listUsers({
          date: '2026-11-20',
          filter: Array(101).fill({ dim: 'user_id', value: 'u' }),
        }),
    ],
    ['starting_at without a zone', (c) => c.listUsage({ starting_at: '2026-11-01T00:00:00' })],
    ['artifacts without date', (c) => c.listArtifacts({} as never)],
  ];

  it.each(bad)('%s', async (_name, call) => {
    const { client: c, calls } = client();
    await expect(call(c)).rejects.toBeInstanceOf(RangeError);
    expect(calls).toHaveLength(0);
  });
});
