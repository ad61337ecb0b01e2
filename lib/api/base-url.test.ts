import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyticsClient } from '@/lib/api/client';
import { jsonResponse, stubFetch } from '@/lib/api/test-fixtures/fetch-stub';
import * as ex from '@/lib/api/test-fixtures/reference-examples';

const KEY = 'sk-ant-api01-test-key';

describe('base URL', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('defaults to api.anthropic.com, also with a custom fetch', () => {
    expect(createAnalyticsClient({ apiKey: KEY }).baseUrl).toBe('https://api.anthropic.com');
    const { fetch } = stubFetch([]);
    expect(createAnalyticsClient({ apiKey: KEY, fetch }).baseUrl).toBe('https://api.anthropic.com');
    expect(
      createAnalyticsClient({ apiKey: KEY, baseUrl: 'https://api.anthropic.com/' }).baseUrl,
    ).toBe('https://api.anthropic.com');
  });

  const refused: [string, boolean][] = [
    ['http://127.0.0.1:8787', false],
    ['http://localhost:8787', false],
    ['https://evil.example', true],
    ['http://api.anthropic.com', true],
    ['https://api.anthropic.com.evil.example', true],
    ['http://user:pass@127.0.0.1:8787', true],
    ['https://127.0.0.1:8787', true],
    ['not a url', true],
  ];
  it.each(refused)('refuses %s (test opt-in: %s)', (baseUrl, allowLoopbackForTests) => {
    expect(() => createAnalyticsClient({ apiKey: KEY, baseUrl, allowLoopbackForTests })).toThrow(
      /base URL/,
    );
  });

  it('accepts a loopback mock when a test opts in, and sends requests there', async () => {
    const stub = stubFetch(() => jsonResponse(ex.pluginsExample));
    const client = createAnalyticsClient({
      apiKey: KEY,
      baseUrl: 'http://127.0.0.1:8787/',
      fetch: stub.fetch,
      allowLoopbackForTests: true,
    });
    await client.listPlugins({ date: '2026-11-20' });
    expect(stub.calls[0]!.rawUrl).toBe(
      'http://127.0.0.1:8787/v1/organizations/analytics/plugins?date=2026-11-20',
    );
  });

  it('accepts a loopback mock in builds made with UPTAKE_E2E=1', () => {
    vi.stubGlobal('__UPTAKE_ALLOW_LOOPBACK_API__', true);
    expect(createAnalyticsClient({ apiKey: KEY, baseUrl: 'http://localhost:9000' }).baseUrl).toBe(
      'http://localhost:9000',
    );
    expect(() => createAnalyticsClient({ apiKey: KEY, baseUrl: 'https://evil.example' })).toThrow();
  });

  it('refuses a loopback mock in production builds (flag false)', () => {
    vi.stubGlobal('__UPTAKE_ALLOW_LOOPBACK_API__', false);
    expect(() => createAnalyticsClient({ apiKey: KEY, baseUrl: 'http://127.0.0.1:8787' })).toThrow(
      /only allowed in test and demo builds/,
    );
  });
});
