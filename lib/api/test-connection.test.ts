import { describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api/client';
import { addDays, testConnection } from '@/lib/api/test-connection';
import { errorResponse, jsonResponse, stubFetch } from '@/lib/api/test-fixtures/fetch-stub';

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
  it('asks /summaries for yesterday only, and reports it as the latest day', async () => {
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
    expect(calls[0]!.url.search).toBe('?ending_date=2026-11-26&starting_date=2026-11-25');
  });

  it('falls back to the day a not-yet-available error names (two requests)', async () => {
    const { fetch, calls } = stubFetch([
      errorResponse(
        400,
        'invalid_request_error',
        'date 2026-11-25 is not yet available; the most recent available date is 2026-11-24',
      ),
      jsonResponse(summaryOf('2026-11-24')),
    ]);
    const result = await testConnection(createAnalyticsClient({ apiKey: 'k-123456789', fetch }), {
      now: NOW,
    });
    expect(result).toMatchObject({ ok: true, latestAvailableDay: '2026-11-24' });
    expect(calls[1]!.url.search).toBe('?ending_date=2026-11-25&starting_date=2026-11-24');
  });

  const failures: [string, Response, string][] = [
    ['a revoked key', errorResponse(404, 'not_found_error', 'Not found'), 'auth'],
    ['API access off', errorResponse(403, 'permission_error', 'API access is disabled'), 'auth'],
    [
      'not yet available, no day named',
      errorResponse(400, 'invalid_request_error', 'not yet available'),
      'not-yet-available',
    ],
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

  it('addDays crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
