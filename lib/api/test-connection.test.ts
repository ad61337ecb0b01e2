import { describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api/client';
import { addDays, testConnection } from '@/lib/api/test-connection';
import { errorResponse, jsonResponse, stubFetch } from '@/lib/api/test-fixtures/fetch-stub';
import { createMockApi, DEMO_KEY, mockFetch } from '@/lib/demo/mock-api';

const NOW = new Date('2026-11-26T09:30:00Z');

const summaryOf = (day: string) => ({
  data: [
    {
      starting_at: `${day}T00:00:00Z`,
      ending_at: `${addDays(day, 1)}T00:00:00Z`,
      daily_active_user_count: 10,
      weekly_active_user_count: 20,
      monthly_active_user_count: 30,
      assigned_seat_count: 40,
    },
  ],
  next_page: null,
});

describe('testConnection', () => {
  it('asks /summaries once, from 31 days back with no ending_date, and reports the last day', async () => {
    const { fetch, calls } = stubFetch([jsonResponse(summaryOf('2026-11-25'))]);
    const result = await testConnection(createAnalyticsClient({ apiKey: 'k-123456789', fetch }), {
      now: NOW,
    });
    expect(result).toEqual({
      ok: true,
      latestAvailableDay: '2026-11-25',
      message: 'Connected to the Analytics API; data is available up to 2026-11-25.',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url.pathname).toBe('/v1/organizations/analytics/summaries');
    expect(calls[0]!.url.search).toBe('?starting_date=2026-10-26');
  });

  it('never asks before 2026-01-01', async () => {
    const { fetch, calls } = stubFetch([jsonResponse(summaryOf('2026-01-13'))]);
    const client = createAnalyticsClient({ apiKey: 'k-123456789', fetch });
    const result = await testConnection(client, { now: new Date('2026-01-15T08:00:00Z') });
    expect(result).toMatchObject({ ok: true, latestAvailableDay: '2026-01-13' });
    expect(calls[0]!.url.search).toBe('?starting_date=2026-01-01');
  });

  it('a key that works but a window with no published day says so', async () => {
    const { fetch } = stubFetch([jsonResponse({ data: [], next_page: null })]);
    const result = await testConnection(createAnalyticsClient({ apiKey: 'k-123456789', fetch }), {
      now: NOW,
    });
    expect(result).toEqual({
      ok: true,
      latestAvailableDay: null,
      message: 'Connected to the Analytics API; it has published no data since 2026-10-26.',
    });
  });

  /** Ways the API might word "not yet available" (no contract): none may change the answer. */
  const wordings: [
    string,
    ((param: string, value: string, latest: string) => string) | undefined,
  ][] = [
    ['the usual wording', undefined],
    ['other words naming the day', (_p, _v, latest) => `no published data after ${latest}`],
    ['no day named at all', () => 'Requested data is still being prepared.'],
    ['a day in another format', (_p, _v, latest) => `ready through ${latest.replaceAll('-', '/')}`],
  ];
  it.each(wordings)(
    'against the mock, one request finds the latest day whatever the wording: %s',
    async (_name, notYetAvailableMessage) => {
      // The mock's latest day is two days before "now": asking for yesterday would be refused.
      const api = createMockApi({
        org: { members: 50, groups: 2, seed: 3, latestAvailableDay: '2026-11-24' },
        faults: { notYetAvailableMessage },
      });
      const urls: string[] = [];
      const client = createAnalyticsClient({
        apiKey: DEMO_KEY,
        fetch: mockFetch(api),
        onRequest: ({ url }) => urls.push(url),
      });
      const result = await testConnection(client, { now: NOW });
      expect(result).toMatchObject({ ok: true, latestAvailableDay: '2026-11-24' });
      expect(urls).toHaveLength(1);
    },
  );

  const failures: [string, Response, string][] = [
    ['a revoked key', errorResponse(404, 'not_found_error', 'Not found'), 'auth'],
    ['API access off', errorResponse(403, 'permission_error', 'API access is disabled'), 'auth'],
    ['a server error', errorResponse(503, 'api_error', 'x'), 'http'],
  ];
  it.each(failures)(
    '%s gives ok: false with the error and its sentence',
    async (_name, answer, kind) => {
      const { fetch, calls } = stubFetch([answer]);
      const result = await testConnection(createAnalyticsClient({ apiKey: 'k-123456789', fetch }), {
        now: NOW,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.kind).toBe(kind);
      expect(result.message).toBe(result.error.message);
      expect(calls).toHaveLength(1);
    },
  );

  it('a 400 to both looks (nothing published for a year) gives ok: false, after two requests', async () => {
    const { fetch, calls } = stubFetch([
      errorResponse(400, 'invalid_request_error', 'not yet available'),
      errorResponse(400, 'invalid_request_error', 'not yet available'),
    ]);
    const result = await testConnection(createAnalyticsClient({ apiKey: 'k-123456789', fetch }), {
      now: NOW,
    });
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-yet-available' } });
    expect(calls.map((c) => c.url.search)).toEqual([
      '?starting_date=2026-10-26',
      '?starting_date=2026-01-01',
    ]);
  });

  it.each(wordings)(
    'a pipeline stalled for 40 days: the second look (a year back) finds the latest day: %s',
    async (_name, notYetAvailableMessage) => {
      const api = createMockApi({
        org: { members: 50, groups: 2, seed: 3, latestAvailableDay: '2026-10-17' },
        faults: { notYetAvailableMessage },
      });
      const urls: string[] = [];
      const client = createAnalyticsClient({
        apiKey: DEMO_KEY,
        fetch: mockFetch(api),
        onRequest: ({ url }) => urls.push(url),
      });
      const result = await testConnection(client, { now: NOW });
      expect(result).toMatchObject({ ok: true, latestAvailableDay: '2026-10-17' });
      expect(urls.map((u) => new URL(u).search)).toEqual([
        '?starting_date=2026-10-26',
        '?starting_date=2026-01-01',
      ]);
    },
  );

  it('addDays crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
