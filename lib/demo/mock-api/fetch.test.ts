// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createMockApi, DEMO_KEY, mockFetch } from './index';

// 25 Nov 2026, 14:00 UTC: the latest available day is 24 Nov.
const api = createMockApi({
  org: { members: 100, seed: 2 },
  now: () => Date.UTC(2026, 10, 25, 14),
});
const f = mockFetch(api);
const url =
  'https://api.anthropic.com/v1/organizations/analytics/summaries?starting_date=2026-11-23';

describe('mockFetch', () => {
  it('answers like the HTTP server: status, headers, JSON body', async () => {
    const res = await f(url, { headers: { 'X-Api-Key': DEMO_KEY } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('request-id')).toMatch(/^req_/);
    const body = await res.json();
    expect(body.data).toHaveLength(2);
  });

  it('accepts a Request object and Headers', async () => {
    const res = await f(
      new Request(url, { headers: new Headers({ authorization: `Bearer ${DEMO_KEY}` }) }),
    );
    expect(res.status).toBe(200);
  });

  it('passes errors through', async () => {
    const res = await f(url);
    expect(res.status).toBe(404);
    expect((await res.json()).error.type).toBe('not_found_error');
  });

  it('rejects with AbortError when the signal is aborted', async () => {
    const c = new AbortController();
    c.abort();
    await expect(
      f(url, { signal: c.signal, headers: { 'x-api-key': DEMO_KEY } }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
