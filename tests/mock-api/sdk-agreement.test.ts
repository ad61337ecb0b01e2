// @vitest-environment node
// The official SDK (@anthropic-ai/sdk 1.14.0) talks to the mock over HTTP exactly as it
// would to api.anthropic.com: auth headers, bracket arrays, PageCursor auto-pagination.
import Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignedSeats, dayIndex, memberDay, summaryRows } from '@/lib/demo';
import { DEMO_KEY } from '@/lib/demo/mock-api';
import { startMockServer, type MockServer } from './server';

let server: MockServer;

beforeAll(async () => {
  server = await startMockServer({ org: { members: 450, seed: 9 }, rateLimitPerMinute: 10_000 });
});
afterAll(async () => {
  await server.close();
});

function xApiKeyClient(): Anthropic {
  return new Anthropic({
    apiKey: null,
    baseURL: server.url,
    defaultHeaders: { 'x-api-key': DEMO_KEY, 'anthropic-version': '2023-06-01' },
    maxRetries: 0,
  });
}

describe('official SDK against the mock server', () => {
  it('auto-paginates /users over several pages (x-api-key) and matches the generator', async () => {
    const client = xApiKeyClient();
    const org = server.api.org;
    const rows = [];
    const first = await client.organization.analytics.users.list({
      date: '2026-10-07',
      limit: 100,
    });
    expect(first.data).toHaveLength(100);
    expect(first.hasNextPage()).toBe(true);
    for await (const row of client.organization.analytics.users.list({
      date: '2026-10-07',
      limit: 100,
    }))
      rows.push(row);
    const seats = assignedSeats(org, dayIndex('2026-10-07'));
    expect(seats).toBeGreaterThan(300);
    expect(rows).toHaveLength(seats);
    expect(new Set(rows.map((r) => r.user?.id)).size).toBe(seats);
    for (const k of [0, 123, seats - 1]) {
      const row = rows[k]!;
      const i = org.memberById.get(row.user!.id)!;
      expect(row).toEqual(memberDay(org, i, '2026-10-07'));
    }
    expect(server.api.stats().byPath['/v1/organizations/analytics/users']).toBe(
      1 + Math.ceil(seats / 100),
    );
  });

  it('reads /summaries in one page with the same values as the generator', async () => {
    const client = xApiKeyClient();
    const got = [];
    for await (const s of client.organization.analytics.summaries.list({
      starting_date: '2026-11-01',
      ending_date: '2026-11-15',
    }))
      got.push(s);
    expect(got).toHaveLength(14);
    expect(got).toEqual(
      summaryRows(server.api.org, dayIndex('2026-11-01'), dayIndex('2026-11-15')),
    );
    expect(got[0]!.starting_at).toBe('2026-11-01T00:00:00Z');
  });

  it('works with the SDK default auth (Authorization: Bearer) and bracket filters', async () => {
    const client = new Anthropic({ apiKey: DEMO_KEY, baseURL: server.url, maxRetries: 0 });
    const group = server.api.org.groups.find((g) => g.name === 'Engineering')!;
    const rows = [];
    for await (const row of client.organization.analytics.users.list({
      date: '2026-10-07',
      limit: 50,
      filter: [`rbac_group_id:${group.id}`],
    }))
      rows.push(row);
    expect(rows.length).toBeGreaterThan(50);
    const grouped = await client.organization.analytics.users.list({
      date: '2026-10-07',
      group_by: ['rbac_group_id'],
    });
    expect(grouped.data.find((r) => r.rbac_group_id === group.id)?.rbac_group_name).toBe(
      'Engineering',
    );
  });

  it('surfaces mock errors as the SDK error classes', async () => {
    const client = xApiKeyClient();
    await expect(
      client.organization.analytics.users.list({ date: '2026-11-25' }),
    ).rejects.toMatchObject({
      status: 400,
      error: {
        error: {
          type: 'invalid_request_error',
          message:
            'date 2026-11-25 is not yet available; the most recent available date is 2026-11-24',
        },
      },
    });
    const bad = new Anthropic({ apiKey: 'sk-ant-api01-wrong', baseURL: server.url, maxRetries: 0 });
    await expect(
      bad.organization.analytics.users.list({ date: '2026-11-20' }),
    ).rejects.toBeInstanceOf(Anthropic.NotFoundError);
  });

  it('reads /usage through the beta client (beta header added by the SDK)', async () => {
    const client = xApiKeyClient();
    const page = await client.beta.organization.analytics.usage.list({
      starting_at: '2026-11-02T00:00:00Z',
      ending_at: '2026-11-09T00:00:00Z',
      group_by: ['product'],
    });
    expect(page.data.map((r) => r.group.product).sort()).toEqual([
      'chat',
      'claude_code',
      'claude_design',
      'cowork',
      'office_agent',
    ]);
    expect(page.has_more).toBe(false);
  });

  it('serves all 13 endpoints to the SDK (Bearer auth, direct browser access)', async () => {
    const client = new Anthropic({
      apiKey: DEMO_KEY,
      baseURL: server.url,
      maxRetries: 0,
      dangerouslyAllowBrowser: true,
    });
    const ga = client.organization.analytics;
    const beta = client.beta.organization.analytics;
    const day = { date: '2026-11-20', limit: 5 };
    const window = { starting_at: '2026-11-01T00:00:00Z', ending_at: '2026-11-08T00:00:00Z' };
    const pages = await Promise.all([
      ga.users.list(day),
      ga.summaries.list({ starting_date: '2026-11-18' }),
      ga.apps.chat.projects.list(day),
      ga.skills.list(day),
      ga.connectors.list(day),
      ga.plugins.list(day),
      ga.artifacts.list({ date: '2026-11-20' }),
      beta.usage.list(window),
      beta.cost.list(window),
      beta.userUsageReport.list(window),
      beta.userCostReport.list(window),
      beta.usageReport.list(window),
      beta.costReport.list(window),
    ]);
    for (const page of pages) expect(page.data.length).toBeGreaterThan(0);
    expect(pages[1]!.data.at(-1)!.starting_at).toBe('2026-11-24T00:00:00Z');
  });

  it("Firefox's Origin header: accepted with the SDK's browser-access header, refused without", async () => {
    const origin = { origin: 'moz-extension://0b7d5c2e-3c1f-4d8e-9a51-6f0e2b1c4d7a' };
    const browser = new Anthropic({
      apiKey: DEMO_KEY,
      baseURL: server.url,
      maxRetries: 0,
      dangerouslyAllowBrowser: true,
      defaultHeaders: origin,
    });
    const page = await browser.organization.analytics.users.list({ date: '2026-11-20', limit: 1 });
    expect(page.data).toHaveLength(1);
    const plain = new Anthropic({
      apiKey: DEMO_KEY,
      baseURL: server.url,
      maxRetries: 0,
      defaultHeaders: origin,
    });
    await expect(
      plain.organization.analytics.users.list({ date: '2026-11-20', limit: 1 }),
    ).rejects.toMatchObject({
      status: 401,
      error: {
        error: {
          type: 'authentication_error',
          message: "CORS requests must set 'anthropic-dangerous-direct-browser-access' header",
        },
      },
    });
  });
});
