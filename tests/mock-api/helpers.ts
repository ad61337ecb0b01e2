// Shared helpers for the mock API tests.
import { createMockApi, DEMO_KEY, type MockApi, type MockApiOptions } from '@/lib/demo/mock-api';

export const BASE = '/v1/organizations/analytics';
export const KEY = DEMO_KEY;
export const ADMIN_KEY = 'sk-ant-admin01-demo-admin';
export const BETA = { 'anthropic-beta': 'analytics-usage-cost-2026-08-24' };

/**
 * A mock with a small org, a generous rate limit and an analytics + admin key. Its latest day
 * is pinned to 2026-11-24 (tests give their own clocks to the rate limiter; the day must not
 * follow them, nor today's date).
 */
export function testApi(options: MockApiOptions = {}): MockApi {
  return createMockApi({
    org: { members: 400, seed: 5 },
    latestAvailableDay: '2026-11-24',
    keys: {
      [KEY]: 'analytics',
      [ADMIN_KEY]: 'admin',
      'sk-ant-api01-second-key': 'analytics',
      'sk-ant-api01-old-key': 'revoked',
    },
    rateLimitPerMinute: 100_000,
    ...options,
  });
}

export interface Reply {
  status: number;
  headers: Record<string, string>;
  json: any;
  body: string;
}

/** GET `path` (relative to the analytics base) with the demo key unless headers say otherwise. */
export async function get(
  api: MockApi,
  path: string,
  headers: Record<string, string> = { 'x-api-key': KEY },
): Promise<Reply> {
  const r = await api.handle({ method: 'GET', url: `${BASE}${path}`, headers });
  let json: unknown;
  try {
    json = JSON.parse(r.body);
  } catch {
    json = undefined;
  }
  return { status: r.status, headers: r.headers, json, body: r.body };
}

/** Follows `next_page` cursors of an engagement endpoint and returns every row. */
export async function allPages(
  api: MockApi,
  path: string,
): Promise<{ rows: any[]; pages: number }> {
  const rows: any[] = [];
  let next: string | null = null;
  let pages = 0;
  do {
    const r = await get(api, `${path}${next ? `&page=${encodeURIComponent(next)}` : ''}`);
    if (r.status !== 200) throw new Error(`${r.status} ${r.body}`);
    rows.push(...r.json.data);
    next = r.json.next_page;
    pages++;
  } while (next);
  return { rows, pages };
}
