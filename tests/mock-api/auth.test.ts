// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ADMIN_KEY, BETA, get, KEY, testApi } from './helpers';

const api = testApi();
const H = { 'x-api-key': KEY };

describe('authentication and permission', () => {
  it.each([
    ['missing key, engagement', '/users?date=2026-11-02', {}, 404, 'not_found_error'],
    [
      'unknown key, engagement',
      '/summaries?starting_date=2026-11-02',
      { 'x-api-key': 'sk-ant-api01-nope' },
      404,
      'not_found_error',
    ],
    [
      'revoked key, engagement',
      '/users?date=2026-11-02',
      { 'x-api-key': 'sk-ant-api01-old-key' },
      404,
      'not_found_error',
    ],
    [
      'unknown key, legacy report',
      '/usage_report?starting_at=2026-11-01T00:00:00Z',
      { 'x-api-key': 'sk-ant-api01-nope' },
      401,
      'authentication_error',
    ],
    [
      'unknown bearer, /usage',
      '/usage?starting_at=2026-11-01T00:00:00Z',
      { authorization: 'Bearer sk-ant-api01-nope', ...BETA },
      401,
      'authentication_error',
    ],
    [
      'admin key, engagement',
      '/users?date=2026-11-02',
      { 'x-api-key': ADMIN_KEY },
      403,
      'permission_error',
    ],
    [
      'admin key, legacy report',
      '/cost_report?starting_at=2026-11-01T00:00:00Z',
      { 'x-api-key': ADMIN_KEY },
      403,
      'permission_error',
    ],
  ])('%s → %i %s', async (_, path, headers, status, type) => {
    const r = await get(api, path, headers);
    expect([r.status, r.json.error.type]).toEqual([status, type]);
  });

  it('gives the scope error text seen in the wild for an Admin key', async () => {
    const r = await get(api, '/users?date=2026-11-02', { 'x-api-key': ADMIN_KEY });
    expect(r.json.error.message).toBe(
      "Missing required scopes. Got: ['api:admin'] Needed: ['read:analytics']",
    );
  });

  it('accepts an Admin key on /usage and /cost', async () => {
    const r = await get(api, '/cost?starting_at=2026-11-01T00:00:00Z', {
      'x-api-key': ADMIN_KEY,
      ...BETA,
    });
    expect(r.status).toBe(200);
  });

  it('accepts the key as Authorization: Bearer', async () => {
    const r = await get(api, '/users?date=2026-11-02&limit=1', { authorization: `Bearer ${KEY}` });
    expect(r.status).toBe(200);
  });

  it('answers 401 everywhere with badKeyStatus 401, and 404 everywhere with 404', async () => {
    const a = testApi({ badKeyStatus: 401 });
    expect((await get(a, '/users?date=2026-11-02', {})).status).toBe(401);
    const b = testApi({ badKeyStatus: 404 });
    expect((await get(b, '/usage?starting_at=2026-11-01T00:00:00Z', BETA)).status).toBe(404);
  });

  it('denies every request with 403 when API access is off', async () => {
    const off = testApi({ accessEnabled: false });
    for (const [path, headers] of [
      ['/users?date=2026-11-02', H],
      ['/usage?starting_at=2026-11-01T00:00:00Z', { ...H, ...BETA }],
      ['/summaries?starting_date=2026-11-02', {}],
    ] as const) {
      const r = await get(off, path, headers);
      expect([r.status, r.json.error.type]).toEqual([403, 'permission_error']);
      expect(r.json.error.message).toMatch(/API access is disabled for this organization/);
    }
  });
});

describe('error envelope', () => {
  it('has type, error, request_id and a matching request-id header', async () => {
    const r = await get(api, '/nowhere');
    expect(r.status).toBe(404);
    expect(Object.keys(r.json)).toEqual(['type', 'error', 'request_id']);
    expect(r.json.type).toBe('error');
    expect(r.json.request_id).toMatch(/^req_/);
    expect(r.headers['request-id']).toBe(r.json.request_id);
    expect(r.headers['content-type']).toBe('application/json');
  });

  it('gives every response its own request id', async () => {
    const a = await get(api, '/users?date=2026-11-02&limit=1');
    const b = await get(api, '/users?date=2026-11-02&limit=1');
    expect(a.headers['request-id']).not.toBe(b.headers['request-id']);
  });
});
