import { describe, expect, it } from 'vitest';
import { createAnalyticsClient } from '@/lib/api/client';
import { ApiError, isApiError, type ApiErrorKind, type AuthReason } from '@/lib/api/errors';
import { errorResponse, jsonResponse, stubFetch } from '@/lib/api/test-fixtures/fetch-stub';
import * as ex from '@/lib/api/test-fixtures/reference-examples';

const NOW = Date.parse('2026-11-26T12:00:00Z');

/** Runs one `/users` request answered by `response` and returns what it threw. */
async function failureOf(response: Response | (() => never)): Promise<ApiError> {
  const fetch =
    typeof response === 'function'
      ? ((async () => response()) as unknown as typeof globalThis.fetch)
      : stubFetch([response]).fetch;
  const client = createAnalyticsClient({ apiKey: 'sk-ant-api01-k', fetch, now: () => NOW });
  const error = await client.listUsers({ date: '2026-11-20' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

type Expect = {
  kind: ApiErrorKind;
  status?: number;
  authReason?: AuthReason;
  retryAfterSeconds?: number;
  retryAfterMs?: number;
  shouldRetry?: boolean;
  latestAvailableDay?: string;
  message: RegExp;
};

/** [situation, answer, expected error]. */
const statuses: [string, () => Response, Expect][] = [
  [
    '401 bad key',
    () => errorResponse(401, 'authentication_error', 'invalid x-api-key'),
    {
      kind: 'auth',
      status: 401,
      authReason: 'invalid-key',
      message:
        /^The API key was not accepted \(it may have been revoked or mistyped\)\. Create a new key in claude\.ai → Organization settings → API and save it in Uptake's options\.$/,
    },
  ],
  [
    '404 bad key on engagement endpoints',
    () => errorResponse(404, 'not_found_error', 'Not found'),
    { kind: 'auth', status: 404, authReason: 'invalid-key', message: /API key was not accepted/ },
  ],
  [
    '403 Admin key without read:analytics',
    () =>
      errorResponse(
        403,
        'permission_error',
        "Missing required scopes. Got: ['api:admin'] Needed: ['read:analytics']",
      ),
    {
      kind: 'auth',
      status: 403,
      authReason: 'missing-scope',
      message: /read:analytics scope \(Admin API keys don't work\)/,
    },
  ],
  [
    '403 API access switched off',
    () => errorResponse(403, 'permission_error', 'API access is disabled for this organization'),
    {
      kind: 'auth',
      status: 403,
      authReason: 'access-disabled',
      message: /^API access is switched off for your organization/,
    },
  ],
  [
    '403 without a reason',
    () => errorResponse(403, 'permission_error', 'Forbidden'),
    {
      kind: 'auth',
      status: 403,
      authReason: 'forbidden',
      message: /refused this key \(HTTP 403\)/,
    },
  ],
  [
    '429 with retry-after seconds',
    () => errorResponse(429, 'rate_limit_error', 'Rate limited', { 'retry-after': '30' }),
    {
      kind: 'rate-limit',
      status: 429,
      retryAfterSeconds: 30,
      retryAfterMs: 30_000,
      message: /^Rate limited by the Analytics API; retrying in 30 s\.$/,
    },
  ],
  [
    '429 with retry-after as an HTTP date 45 s ahead',
    () =>
      errorResponse(429, 'rate_limit_error', 'x', {
        'retry-after': 'Thu, 26 Nov 2026 12:00:45 GMT',
      }),
    { kind: 'rate-limit', retryAfterSeconds: 45, message: /retrying in 45 s/ },
  ],
  [
    '429 without retry-after',
    () => errorResponse(429, 'rate_limit_error', 'x'),
    { kind: 'rate-limit', message: /retrying shortly/ },
  ],
  [
    '400 naming the latest available day',
    () => jsonResponse(ex.errorExample, 400),
    {
      kind: 'not-yet-available',
      status: 400,
      latestAvailableDay: '2026-11-24',
      message: /latest available day: 2026-11-24/,
    },
  ],
  [
    '400 not yet available, no day named',
    () => errorResponse(400, 'invalid_request_error', 'requested date is not yet available'),
    { kind: 'not-yet-available', message: /not published data for that day yet;/ },
  ],
  [
    '400 about another date problem',
    () => errorResponse(400, 'invalid_request_error', 'date 2025-12-31 is before 2026-01-01'),
    { kind: 'http', status: 400, message: /\(HTTP 400: date 2025-12-31 is before 2026-01-01\)/ },
  ],
  [
    '400 about the page cursor',
    () =>
      errorResponse(400, 'invalid_request_error', 'page cursor does not match the current query'),
    { kind: 'cursor', status: 400, message: /page cursor for \/users/ },
  ],
  [
    '410 expired cursor',
    () => new Response('', { status: 410 }),
    { kind: 'cursor', status: 410, message: /restart that download from the first page/ },
  ],
  [
    '500',
    () => errorResponse(500, 'api_error', 'Internal'),
    { kind: 'http', status: 500, message: /server problem answering \/users \(HTTP 500\)/ },
  ],
  [
    '503 with an HTML body',
    () => new Response('<html>down</html>', { status: 503 }),
    { kind: 'http', status: 503, message: /HTTP 503/ },
  ],
  [
    '504',
    () => errorResponse(504, 'timeout_error', 'timeout'),
    { kind: 'http', status: 504, message: /HTTP 504/ },
  ],
  [
    '529 overloaded',
    () => errorResponse(529, 'overloaded_error', 'Overloaded'),
    {
      kind: 'overloaded',
      status: 529,
      message:
        /^The Analytics API is overloaded right now \(HTTP 529 answering \/users\); Uptake retries with growing pauses and resumes the sync where it stopped\.$/,
    },
  ],
  [
    '529 with retry-after-ms and x-should-retry',
    () =>
      errorResponse(529, 'overloaded_error', 'Overloaded', {
        'retry-after-ms': '2500',
        'retry-after': '9',
        'x-should-retry': 'true',
      }),
    {
      kind: 'overloaded',
      retryAfterMs: 2500,
      retryAfterSeconds: 3,
      shouldRetry: true,
      message: /HTTP 529/,
    },
  ],
  [
    '500 that must not be retried',
    () => errorResponse(500, 'api_error', 'Internal', { 'x-should-retry': 'false' }),
    { kind: 'http', status: 500, shouldRetry: false, message: /HTTP 500/ },
  ],
  [
    '401 CORS: the browser-access header was missing (Firefox sends an Origin header)',
    () =>
      errorResponse(
        401,
        'authentication_error',
        "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
      ),
    {
      kind: 'auth',
      status: 401,
      authReason: 'browser-header-missing',
      message:
        /^The Analytics API refused Uptake's request as a browser request without the header that allows direct browser access\. This is a bug in Uptake, not a problem with your key: update Uptake, or report it if it keeps happening\.$/,
    },
  ],
  [
    '401 CORS: browser access switched off for the organisation',
    () =>
      errorResponse(
        401,
        'authentication_error',
        'CORS requests are not allowed for this Organization because of its settings. If you believe this in error, contact support at https://support.anthropic.com/.',
      ),
    {
      kind: 'auth',
      status: 401,
      authReason: 'browser-access-off',
      message:
        /^Your organization does not allow the Analytics API to be called from a browser \(a setting of the organization\), so Uptake cannot sync from here; your key may well be fine\. Ask your Primary Owner to allow browser access to the API, or fetch the data outside the browser with a headless sync and import its history file in Uptake's options\.$/,
    },
  ],
  [
    '403 CORS refusal is about the browser too',
    () =>
      errorResponse(403, 'permission_error', 'CORS requests are not allowed for this organization'),
    {
      kind: 'auth',
      status: 403,
      authReason: 'browser-access-off',
      message: /called from a browser/,
    },
  ],
  [
    '418',
    () => new Response('', { status: 418 }),
    { kind: 'http', status: 418, message: /refused the request to \/users \(HTTP 418\)/ },
  ],
  [
    '200 with a body that is not JSON',
    () => new Response('{"data": [', { status: 200 }),
    { kind: 'schema', status: 200, message: /answered \/users with something that is not JSON/ },
  ],
];

describe('each status becomes the right kind of ApiError with a sentence for a person', () => {
  it.each(statuses)('%s', async (_situation, answer, expected) => {
    const error = await failureOf(answer());
    expect(error).toBeInstanceOf(ApiError);
    expect(error.name).toBe('ApiError');
    expect(error.endpoint).toBe('/users');
    const { message, ...fields } = expected;
    expect(error).toMatchObject(fields);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/undefined|null|\[object/);
    // A refusal about browser access is never reported as a wrong key.
    if (error.authReason?.startsWith('browser')) expect(error.message).not.toMatch(/not accepted/);
  });
});

describe('other failures', () => {
  it('a schema mismatch names the field and keeps the issues', async () => {
    const body = structuredClone(ex.usersExample) as any;
    delete body.data[0].user.email_address;
    const error = await failureOf(jsonResponse(body, 200, { 'request-id': 'req_hdr_1' }));
    expect(error.kind).toBe('schema');
    expect(error.message).toBe(
      'The Analytics API answered /users in a shape Uptake does not recognise (field `data.0.user.email_address`). Cached data is kept; update Uptake or report this.',
    );
    expect(error.issues?.[0]?.path).toBe('data.0.user.email_address');
    expect(error.requestId).toBe('req_hdr_1');
  });

  it('a field renamed on every row keeps only the first 20 issues', async () => {
    const row = structuredClone(ex.usersExample.data[0]) as any;
    delete row.user.email_address;
    const error = await failureOf(jsonResponse({ data: Array(1000).fill(row), next_page: null }));
    expect(error.issues).toHaveLength(20);
    expect(error.issues![19]!.path).toBe('data.19.user.email_address');
  });

  it('a network failure is kind network', async () => {
    const error = await failureOf(() => {
      throw new TypeError('Failed to fetch');
    });
    expect(error).toMatchObject({ kind: 'network', endpoint: '/users' });
    expect(error.status).toBeUndefined();
    expect(error.message).toMatch(/^Could not reach the Analytics API/);
  });

  it('the request id comes from the header, else from the body', async () => {
    const fromHeader = await failureOf(
      errorResponse(500, 'api_error', 'x', { 'request-id': 'req_hdr_2' }),
    );
    expect(fromHeader.requestId).toBe('req_hdr_2');
    expect((await failureOf(errorResponse(500, 'api_error', 'x'))).requestId).toBe('req_body_0001');
  });

  it('an aborted signal rethrows its reason, not an ApiError', async () => {
    const controller = new AbortController();
    controller.abort();
    const { fetch, calls } = stubFetch([]);
    const client = createAnalyticsClient({
      apiKey: 'k-123456789',
      fetch,
      signal: controller.signal,
    });
    await expect(client.listUsers({ date: '2026-11-20' })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(calls).toHaveLength(0);
  });

  it('a key that cannot be sent is an auth error, without a request', async () => {
    const { fetch, calls } = stubFetch([]);
    const client = createAnalyticsClient({ apiKey: 'sk-ant api01 with spaces', fetch });
    const error = await client.listUsers({ date: '2026-11-20' }).catch((e: unknown) => e);
    expect(isApiError(error, 'auth')).toBe(true);
    expect((error as ApiError).message).toMatch(/paste the key again/);
    expect(calls).toHaveLength(0);
  });
});
