// @vitest-environment node
// Browser-origin requests (reference §0a): Firefox sends an `Origin` header on extension requests,
// Chromium's service worker does not. The API refuses an `Origin` request without
// `anthropic-dangerous-direct-browser-access: true`, and every `Origin` request of an organisation
// that switched browser access off. The mock answers both exactly like the API; Uptake's real client
// sends the header and names each refusal for what it is, never "invalid key".
import { describe, expect, it } from 'vitest';
import { createAnalyticsClient, testConnection, type ApiError } from '@/lib/api';
import { authMessages } from '@/lib/api/error-messages';
import { mockFetch, type MockApi } from '@/lib/demo/mock-api';
import { get, KEY, testApi } from './helpers';

const FIREFOX_ORIGIN = 'moz-extension://0b7d5c2e-3c1f-4d8e-9a51-6f0e2b1c4d7a';
const HEADER = 'anthropic-dangerous-direct-browser-access';
const NOW = new Date('2026-11-26T15:00:00Z');

/** A fetch that reaches the mock as Firefox would send it: with an `Origin` header added. */
function firefoxFetch(api: MockApi, strip: string[] = []): typeof fetch {
  const inner = mockFetch(api);
  return (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('origin', FIREFOX_ORIGIN);
    for (const name of strip) headers.delete(name);
    return inner(input, { ...init, headers });
  };
}

describe('the mock answers browser-origin requests like the API', () => {
  /** [case, request headers, status, error type, message] (null status = accepted). */
  const cases: [string, Record<string, string>, boolean, number, string | null][] = [
    ['no Origin (Chromium service worker), no header', { 'x-api-key': KEY }, true, 200, null],
    [
      'Origin without the header',
      { 'x-api-key': KEY, origin: FIREFOX_ORIGIN },
      true,
      401,
      "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
    ],
    [
      'Origin with the header set to false',
      { 'x-api-key': KEY, origin: FIREFOX_ORIGIN, [HEADER]: 'false' },
      true,
      401,
      "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
    ],
    [
      'Origin without the header, and no key: the CORS check comes first',
      { origin: FIREFOX_ORIGIN },
      true,
      401,
      "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
    ],
    [
      'Origin with the header',
      { 'x-api-key': KEY, origin: FIREFOX_ORIGIN, [HEADER]: 'true' },
      true,
      200,
      null,
    ],
    [
      'Origin with the header, browser access off for the organisation',
      { 'x-api-key': KEY, origin: FIREFOX_ORIGIN, [HEADER]: 'true' },
      false,
      401,
      'CORS requests are not allowed for this Organization because of its settings. If you believe this in error, contact support at https://support.anthropic.com/.',
    ],
    ['no Origin, browser access off for the organisation', { 'x-api-key': KEY }, false, 200, null],
  ];
  it.each(cases)('%s', async (_case, headers, browserAccess, status, message) => {
    const r = await get(testApi({ browserAccess }), '/users?date=2026-11-02&limit=1', headers);
    expect(r.status).toBe(status);
    if (message === null) return;
    expect(r.json.error).toEqual({ type: 'authentication_error', message });
  });
});

describe("Uptake's client from Firefox (an Origin header on every request)", () => {
  it('sends the browser-access header, so the API answers', async () => {
    const client = createAnalyticsClient({ apiKey: KEY, fetch: firefoxFetch(testApi()) });
    const page = await client.listUsers({ date: '2026-11-02', limit: 2 });
    expect(page.data).toHaveLength(2);
  });

  it('without the header (the code before this fix) the refusal is named as our bug, not a wrong key', async () => {
    const client = createAnalyticsClient({ apiKey: KEY, fetch: firefoxFetch(testApi(), [HEADER]) });
    const error = (await client.listUsers({ date: '2026-11-02' }).catch((e) => e)) as ApiError;
    expect(error).toMatchObject({
      kind: 'auth',
      status: 401,
      authReason: 'browser-header-missing',
    });
    expect(error.message).toBe(authMessages['browser-header-missing']);
    expect(error.message).toMatch(/bug in Uptake, not a problem with your key/);
  });

  it('an organisation with browser access off gets a sentence saying so and what to do', async () => {
    const api = testApi({ browserAccess: false });
    const client = createAnalyticsClient({ apiKey: KEY, fetch: firefoxFetch(api) });
    const result = await testConnection(client, { now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'auth', authReason: 'browser-access-off' });
    expect(result.message).toBe(authMessages['browser-access-off']);
    expect(result.message).toMatch(/Ask your Primary Owner to allow browser access/);
    expect(result.message).not.toMatch(/not accepted|mistyped|revoked/);
    // The same key works from a context that sends no Origin (Chromium's service worker).
    const chromium = createAnalyticsClient({ apiKey: KEY, fetch: mockFetch(api) });
    expect((await testConnection(chromium, { now: NOW })).ok).toBe(true);
  });
});
