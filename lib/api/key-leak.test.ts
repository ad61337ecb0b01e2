/**
 * The API key must never appear in an error (message, properties, JSON, stack) or in a log, even
 * when the server echoes it back. Each error kind is forced with a distinctive key; the server's
 * answers repeat the key wherever they can.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnalyticsClient } from '@/lib/api/client';
import { ApiError, type ApiErrorKind } from '@/lib/api/errors';
import { testConnection } from '@/lib/api/test-connection';
import { errorResponse, jsonResponse, stubFetch } from '@/lib/api/test-fixtures/fetch-stub';
import * as ex from '@/lib/api/test-fixtures/reference-examples';

/** One key shaped like a real one, one that only exact-match redaction can catch. */
const KEYS = ['sk-ant-api01-CANARY0123456789abcdefXYZ', 'CANARY-unshaped-7f3e9a1b5d'];

/** [kind, answer built from the key]; `answer` may throw to simulate a network failure. */
const scenarios: [ApiErrorKind, string, (key: string) => Response][] = [
  [
    'auth',
    '401 echoing the key',
    (k) => errorResponse(401, 'authentication_error', `invalid x-api-key: ${k}`),
  ],
  [
    'auth',
    '403 scope',
    (k) => errorResponse(403, 'permission_error', `Missing required scopes for ${k}`),
  ],
  [
    'rate-limit',
    '429',
    (k) =>
      errorResponse(429, 'rate_limit_error', `slow down ${k}`, {
        'retry-after': '7',
        'request-id': k,
      }),
  ],
  [
    'not-yet-available',
    '400 latest day',
    (k) =>
      errorResponse(
        400,
        'invalid_request_error',
        `key ${k}: date not yet available; latest available 2026-11-24`,
      ),
  ],
  ['cursor', '410', (k) => errorResponse(410, 'invalid_request_error', `cursor of ${k} expired`)],
  [
    'http',
    '400 other, message quoted',
    (k) => errorResponse(400, 'invalid_request_error', `bad filter for ${k}`),
  ],
  [
    'http',
    '500',
    (k) => errorResponse(500, 'api_error', `boom ${k}`, { 'request-id': `req_${k}` }),
  ],
  ['schema', 'not JSON', (k) => new Response(`<html>${k}</html>`, { status: 200 })],
  [
    'schema',
    'wrong shape',
    (k) =>
      jsonResponse({ [k]: k, data: [{ user: { id: k, email_address: 7 } }], next_page: k }, 200, {
        'request-id': k,
      }),
  ],
  [
    'network',
    'fetch throws with the key in its message',
    (k) => {
      throw new TypeError(`connection to api.anthropic.com failed while sending ${k}`);
    },
  ],
];

function expectNoKey(error: unknown, key: string) {
  expect(error).toBeInstanceOf(ApiError);
  const err = error as ApiError;
  const texts = [
    String(err),
    err.message,
    JSON.stringify(err),
    err.stack ?? '',
    ...Reflect.ownKeys(err).map((name) => String(JSON.stringify((err as any)[name]))),
  ];
  for (const text of texts) expect(text).not.toContain(key);
}

describe.each(KEYS)('key %s', (key) => {
  afterEach(() => vi.restoreAllMocks());

  it.each(scenarios)(
    '%s (%s): the key is nowhere in the error or the logs',
    async (kind, _what, answer) => {
      const logs = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
        vi.spyOn(console, method).mockImplementation(() => {}),
      );
      const fetch = (async () => answer(key)) as unknown as typeof globalThis.fetch;
      const client = createAnalyticsClient({ apiKey: key, fetch });
      const error = await client.listUsers({ date: '2026-11-20' }).catch((e: unknown) => e);
      expect((error as ApiError).kind).toBe(kind);
      expectNoKey(error, key);
      for (const spy of logs) {
        for (const call of spy.mock.calls) expect(JSON.stringify(call)).not.toContain(key);
      }
    },
  );

  it('a repeated cursor while iterating', async () => {
    const page = { ...structuredClone(ex.pluginsExample), next_page: key };
    const { fetch } = stubFetch([jsonResponse(page), jsonResponse(page)]);
    const client = createAnalyticsClient({ apiKey: key, fetch });
    const error = await (async () => {
      for await (const _ of client.iteratePluginsPages({ date: '2026-11-20' })) void _;
    })().catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('cursor');
    expectNoKey(error, key);
  });

  it('a key with a space (refused before sending)', async () => {
    const spaced = `${key} x`;
    const { fetch } = stubFetch([]);
    const error = await createAnalyticsClient({ apiKey: spaced, fetch })
      .listUsers({ date: '2026-11-20' })
      .catch((e: unknown) => e);
    expect((error as ApiError).kind).toBe('auth');
    expectNoKey(error, key);
  });

  it('testConnection results and the client object', async () => {
    const { fetch } = stubFetch([errorResponse(401, 'authentication_error', key)]);
    const client = createAnalyticsClient({ apiKey: key, fetch });
    const result = await testConnection(client, { now: new Date('2026-11-26T12:00:00Z') });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain(key);
    expect(result.message).not.toContain(key);
    expect(JSON.stringify(client)).not.toContain(key);
  });
});
