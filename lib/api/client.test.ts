import { describe, expect, it, vi } from 'vitest';
import { createAnalyticsClient, type AnalyticsClient } from '@/lib/api/client';
import { jsonResponse, stubFetch } from '@/lib/api/test-fixtures/fetch-stub';
import * as ex from '@/lib/api/test-fixtures/reference-examples';

const KEY = 'sk-ant-api01-test-key';
const BASE = 'https://api.anthropic.com/v1/organizations/analytics';

/** The reference example each path answers with. */
const examples: Record<string, unknown> = {
  '/users': ex.usersExample,
  '/summaries': ex.summariesExample,
  '/apps/chat/projects': ex.chatProjectsExample,
  '/skills': ex.skillsExample,
  '/connectors': ex.connectorsExample,
  '/plugins': ex.pluginsExample,
  '/artifacts': ex.artifactsExample,
  '/usage': ex.usageExample,
  '/cost': ex.costExample,
  '/user_usage_report': ex.userUsageReportExample,
  '/user_cost_report': ex.userCostReportExample,
  '/usage_report': ex.usageReportExample,
  '/cost_report': ex.costReportExample,
};

function clientAnsweringExamples(extra: Partial<Parameters<typeof createAnalyticsClient>[0]> = {}) {
  const stub = stubFetch(({ url }) =>
    jsonResponse(examples[url.pathname.replace('/v1/organizations/analytics', '')]),
  );
  return { ...stub, client: createAnalyticsClient({ apiKey: KEY, fetch: stub.fetch, ...extra }) };
}

const T0 = '2026-11-01T00:00:00Z';
const T7 = '2026-11-08T00:00:00Z';
const T0q = '2026-11-01T00%3A00%3A00Z';
const T7q = '2026-11-08T00%3A00%3A00Z';

/** [call, the exact URL it must request] — values a person can check against reference §3.3. */
const urls: [string, (c: AnalyticsClient) => Promise<unknown>, string][] = [
  [
    'users, one day, every list parameter',
    (c) =>
      c.listUsers({
        date: '2026-11-20',
        filter: [
          { dim: 'rbac_group_id', value: 'rbac_group_01ABC' },
          { dim: 'user_id', value: 'user_01' },
        ],
        group_by: ['rbac_group_id'],
        order: 'desc',
        order_by: 'message_count',
        limit: 1000,
        page: 'eyJ+/==',
      }),
    '/users?date=2026-11-20&filter%5B%5D=rbac_group_id%3Arbac_group_01ABC&filter%5B%5D=user_id%3Auser_01&group_by%5B%5D=rbac_group_id&limit=1000&order=desc&order_by=message_count&page=eyJ%2B%2F%3D%3D',
  ],
  [
    'users, range mode',
    (c) => c.listUsers({ starting_date: '2026-10-01', ending_date: '2026-11-01', limit: 500 }),
    '/users?ending_date=2026-11-01&limit=500&starting_date=2026-10-01',
  ],
  [
    'summaries with a group filter',
    (c) =>
      c.listSummaries({
        starting_date: '2026-11-18',
        ending_date: '2026-11-20',
        filter: [{ dim: 'rbac_group_id', value: 'rbac_group_01ABC' }],
      }),
    '/summaries?ending_date=2026-11-20&filter%5B%5D=rbac_group_id%3Arbac_group_01ABC&starting_date=2026-11-18',
  ],
  [
    'chat projects grouped by user',
    (c) => c.listChatProjects({ date: '2026-11-20', group_by: ['user_id'], limit: 100 }),
    '/apps/chat/projects?date=2026-11-20&group_by%5B%5D=user_id&limit=100',
  ],
  [
    'skills: a name with &, : and spaces is encoded',
    (c) =>
      c.listSkills({
        date: '2026-11-20',
        filter: [{ dim: 'skill_name', value: 'Q&A: deep dive' }],
      }),
    '/skills?date=2026-11-20&filter%5B%5D=skill_name%3AQ%26A%3A%20deep%20dive',
  ],
  [
    'connectors in range mode, grouped two ways',
    (c) =>
      c.listConnectors({
        starting_date: '2026-11-01',
        filter: [{ dim: 'product', value: 'cowork' }],
        group_by: ['product', 'rbac_group_id'],
      }),
    '/connectors?filter%5B%5D=product%3Acowork&group_by%5B%5D=product&group_by%5B%5D=rbac_group_id&starting_date=2026-11-01',
  ],
  [
    'plugins',
    (c) => c.listPlugins({ date: '2026-11-20', filter: [{ dim: 'plugin_name', value: 'serena' }] }),
    '/plugins?date=2026-11-20&filter%5B%5D=plugin_name%3Aserena',
  ],
  [
    'artifacts: MIME type slash encoded',
    (c) =>
      c.listArtifacts({
        date: '2026-11-20',
        filter: [
          { dim: 'artifact_type', value: 'application/vnd.ant.react' },
          { dim: 'is_shared', value: 'true' },
        ],
      }),
    '/artifacts?date=2026-11-20&filter%5B%5D=artifact_type%3Aapplication%2Fvnd.ant.react&filter%5B%5D=is_shared%3Atrue',
  ],
  [
    'usage: report parameters, an empty api key id kept',
    (c) =>
      c.listUsage({
        starting_at: T0,
        ending_at: T7,
        time_bucket_width: '1d',
        group_by: ['actor', 'product'],
        products: ['claude_code', 'cowork'],
        api_key_ids: ['apikey_01', ''],
        exclude_deleted_users: true,
        order: 'asc',
        order_by: 'time',
        limit: 1000,
      }),
    `/usage?api_key_ids%5B%5D=apikey_01&api_key_ids%5B%5D=&ending_at=${T7q}&exclude_deleted_users=true&group_by%5B%5D=actor&group_by%5B%5D=product&limit=1000&order=asc&order_by=time&products%5B%5D=claude_code&products%5B%5D=cowork&starting_at=${T0q}&time_bucket_width=1d`,
  ],
  [
    'cost grouped by cost and token type',
    (c) =>
      c.listCost({
        starting_at: T0,
        group_by: ['cost_type', 'token_type'],
        order_by: 'list_amount',
      }),
    `/cost?group_by%5B%5D=cost_type&group_by%5B%5D=token_type&order_by=list_amount&starting_at=${T0q}`,
  ],
  [
    'legacy user usage report with the hyphenated claude-tag product',
    (c) =>
      c.listUserUsageReport({
        starting_at: T0,
        ending_at: T7,
        bucket_width: '1h',
        products: ['claude-tag'],
      }),
    `/user_usage_report?bucket_width=1h&ending_at=${T7q}&products%5B%5D=claude-tag&starting_at=${T0q}`,
  ],
  [
    'legacy cost report',
    (c) => c.listCostReport({ starting_at: T0, limit: 31 }),
    `/cost_report?limit=31&starting_at=${T0q}`,
  ],
];

describe('URLs and query strings', () => {
  it.each(urls)('%s', async (_name, call, expected) => {
    const { client, calls } = clientAnsweringExamples();
    await call(client);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.rawUrl).toBe(`${BASE}${expected}`);
    expect(calls[0]!.method).toBe('GET');
  });
});

describe('headers', () => {
  const paths: [string, (c: AnalyticsClient) => Promise<unknown>, string | null][] = [
    ['/users', (c) => c.listUsers({ date: '2026-11-20' }), null],
    ['/summaries', (c) => c.listSummaries({ starting_date: '2026-11-18' }), null],
    ['/usage', (c) => c.listUsage({ starting_at: T0 }), 'analytics-usage-cost-2026-08-24'],
    ['/cost', (c) => c.listCost({ starting_at: T0 }), 'analytics-usage-cost-2026-08-24'],
    ['/user_cost_report', (c) => c.listUserCostReport({ starting_at: T0 }), null],
    ['/usage_report', (c) => c.listUsageReport({ starting_at: T0 }), null],
  ];

  it.each(paths)(
    '%s: key, version, and beta header only where required',
    async (_p, call, beta) => {
      const { client, calls } = clientAnsweringExamples();
      await call(client);
      const headers = calls[0]!.headers;
      expect(headers.get('x-api-key')).toBe(KEY);
      expect(headers.get('anthropic-version')).toBe('2026-10-21');
      expect(headers.get('anthropic-dangerous-direct-browser-access')).toBe('true');
      expect(headers.get('anthropic-beta')).toBe(beta);
      expect(headers.get('authorization')).toBeNull();
    },
  );

  it('trims the key and sends the user agent when given', async () => {
    const { client, calls } = clientAnsweringExamples({
      apiKey: `  ${KEY}\n`,
      userAgent: 'Uptake/0.1',
    });
    await client.listUsers({ date: '2026-11-20' });
    expect(calls[0]!.headers.get('x-api-key')).toBe(KEY);
    expect(calls[0]!.headers.get('user-agent')).toBe('Uptake/0.1');
  });
});

describe('pages', () => {
  it('an engagement page is { data, nextPage }', async () => {
    const { client } = clientAnsweringExamples();
    const page = await client.listUsers({ date: '2026-11-20', limit: 1 });
    expect(page.nextPage).toBe('eyJhZnRlcl9lbWFpbCI6ImFuYS5zaWx2YUBhY21lLmV4YW1wbGUifQ');
    expect(page.data[0]!.user!.email_address).toBe('ana.silva@acme.example');
  });

  it('a report page adds hasMore, dataRefreshedAt and organizationId when present', async () => {
    const { client } = clientAnsweringExamples();
    expect(await client.listUserUsageReport({ starting_at: T0 })).toMatchObject({
      nextPage: 'cmVwb3J0OnVzZXJfdXNhZ2U6cGFnZToy',
      hasMore: true,
      dataRefreshedAt: '2026-11-25T21:40:00Z',
      organizationId: '5a1b2c3d-4e5f-6789-abcd-ef0123456789',
    });
    const cost = await client.listCost({ starting_at: T0 });
    expect(cost).toMatchObject({ nextPage: null, hasMore: false });
    expect('organizationId' in cost).toBe(false);
  });

  it('calls onRequest once per request with the endpoint and a URL without the key', async () => {
    const onRequest = vi.fn();
    const { client } = clientAnsweringExamples({ onRequest });
    await client.listSkills({ date: '2026-11-20' });
    expect(onRequest).toHaveBeenCalledExactlyOnceWith({
      endpoint: '/skills',
      url: `${BASE}/skills?date=2026-11-20`,
    });
  });
});
