// @vitest-environment node
// Uptake's requests equal the official SDK's (@anthropic-ai/sdk 1.14.0) for the same call, on all
// 13 endpoints: method, path, every query parameter (repeated bracket arrays and cursors included),
// `anthropic-beta`, `anthropic-version` and the browser-access header. Both clients answer from the
// same fetch spy; the SDK is created with `dangerouslyAllowBrowser: true`, so it also adds the
// browser-access header. Deliberate difference: auth (see lib/api/transport.ts) — Uptake sends
// `x-api-key`, SDK 1.x `Authorization: Bearer`; the mock accepts both.
import Anthropic from '@anthropic-ai/sdk';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  createAnalyticsClient,
  type AnalyticsClient,
  type ArtifactsParams,
  type ChatProjectsParams,
  type ConnectorsParams,
  type CostParams,
  type CostReportParams,
  type PluginsParams,
  type SkillsParams,
  type SummariesParams,
  type UsageParams,
  type UsageReportParams,
  type UserCostReportParams,
  type UserUsageReportParams,
  type UsersParams,
} from '@/lib/api';
import * as ex from '@/lib/api/test-fixtures/reference-examples';
import { createMockApi, DEMO_KEY, mockFetch } from '@/lib/demo/mock-api';
import { resetHistoryForTests } from '@/lib/store/db';
import { createSimulatedClock } from '@/lib/sync/clock';
import { runSync } from '@/lib/sync/engine';
import { createRateLimiter } from '@/lib/sync/rate-limiter';

const KEY = 'sk-ant-api01-agreement';
const PREFIX = '/v1/organizations/analytics';
const T0 = '2026-11-01T00:00:00Z';
const T7 = '2026-11-08T00:00:00Z';

const examples: Record<string, Record<string, unknown>> = {
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

interface Captured {
  method: string;
  url: URL;
  headers: Headers;
}

/** A fetch that records requests and answers each endpoint's reference example; page n of `pages` points to the next with a cursor that needs encoding. */
function spy(pages: number) {
  const seen: Captured[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input));
    seen.push({ method: init?.method ?? 'GET', url, headers: new Headers(init?.headers) });
    const n = seen.length;
    const more = n < pages;
    const body = {
      ...examples[url.pathname.slice(PREFIX.length)],
      next_page: more ? `c/${n}+x==` : null,
      ...('has_more' in examples[url.pathname.slice(PREFIX.length)]! ? { has_more: more } : {}),
    };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { seen, fetch: fetch as typeof globalThis.fetch };
}

/** Query parameters as sent (still percent-encoded), ordered by name; a name's repeats keep their order. */
function params(url: URL): [string, string][] {
  const raw = url.search.slice(1);
  const pairs = raw ? raw.split('&').map((p) => p.split(/=(.*)/s, 2) as [string, string]) : [];
  return pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

type SdkPage = { hasNextPage(): boolean; getNextPage(): Promise<SdkPage> };
type Case = {
  /** What Uptake does (one page, or every page of an `iterate…` call). */
  uptake: (c: AnalyticsClient) => Promise<unknown> | AsyncIterable<unknown>;
  /** The same call through the SDK (every page is followed). */
  sdk: (s: Anthropic) => PromiseLike<SdkPage>;
  pages?: number;
};

const f = (dim: string, value: string) => ({ dim, value }) as never;

/**
 * [call, case]. The first group is every request shape the sync and "Test connection" send (the
 * last test checks that against a real sync); the rest is a representative set of the others.
 */
const cases: [string, Case][] = [
  // /users — member days (paged), group figures, rollups, membership.
  [
    'users: one day, 1000 a page, following the cursor',
    {
      pages: 3,
      uptake: (c) => c.iterateUsersPages({ date: '2026-11-20', limit: 1000 }),
      sdk: (s) => s.organization.analytics.users.list({ date: '2026-11-20', limit: 1000 }),
    },
  ],
  [
    'users: one day grouped by group',
    {
      pages: 2,
      uptake: (c) =>
        c.iterateUsersPages({ date: '2026-11-20', group_by: ['rbac_group_id'], limit: 1000 }),
      sdk: (s) =>
        s.organization.analytics.users.list({
          date: '2026-11-20',
          group_by: ['rbac_group_id'],
          limit: 1000,
        }),
    },
  ],
  [
    'users: a 7-day window grouped by group',
    {
      uptake: (c) =>
        c.listUsers({
          starting_date: '2026-11-14',
          ending_date: '2026-11-21',
          group_by: ['rbac_group_id'],
          limit: 1000,
        }),
      sdk: (s) =>
        s.organization.analytics.users.list({
          starting_date: '2026-11-14',
          ending_date: '2026-11-21',
          group_by: ['rbac_group_id'],
          limit: 1000,
        }),
    },
  ],
  [
    'users: the 30-day rollup, paged',
    {
      pages: 2,
      uptake: (c) =>
        c.iterateUsersPages({
          starting_date: '2026-10-26',
          ending_date: '2026-11-25',
          limit: 1000,
        }),
      sdk: (s) =>
        s.organization.analytics.users.list({
          starting_date: '2026-10-26',
          ending_date: '2026-11-25',
          limit: 1000,
        }),
    },
  ],
  [
    "users: a group's members over 30 days",
    {
      uptake: (c) =>
        c.listUsers({
          starting_date: '2026-10-26',
          ending_date: '2026-11-25',
          filter: [f('rbac_group_id', 'rbac_group_01J8ABC')],
          limit: 1000,
        }),
      sdk: (s) =>
        s.organization.analytics.users.list({
          starting_date: '2026-10-26',
          ending_date: '2026-11-25',
          filter: ['rbac_group_id:rbac_group_01J8ABC'],
          limit: 1000,
        }),
    },
  ],
  // /summaries — org series and latest day (no ending_date), a group's series.
  [
    'summaries: from a day, up to the latest available',
    {
      uptake: (c) => c.listSummaries({ starting_date: '2026-10-26' }),
      sdk: (s) => s.organization.analytics.summaries.list({ starting_date: '2026-10-26' }),
    },
  ],
  [
    "summaries: a group's series",
    {
      uptake: (c) =>
        c.listSummaries({
          starting_date: '2026-01-01',
          ending_date: '2026-11-24',
          filter: [f('rbac_group_id', 'rbac_group_01J8ABC')],
        }),
      sdk: (s) =>
        s.organization.analytics.summaries.list({
          starting_date: '2026-01-01',
          ending_date: '2026-11-24',
          filter: ['rbac_group_id:rbac_group_01J8ABC'],
        }),
    },
  ],
  // Catalogs over the 30-day window, org-wide and per group.
  ...(['skills', 'connectors'] as const).flatMap((name): [string, Case][] => [
    [
      `${name}: 30 days, paged`,
      {
        pages: 2,
        uptake: (c) =>
          (name === 'skills' ? c.iterateSkillsPages : c.iterateConnectorsPages)({
            starting_date: '2026-10-26',
            ending_date: '2026-11-25',
            limit: 1000,
          }),
        sdk: (s) =>
          s.organization.analytics[name].list({
            starting_date: '2026-10-26',
            ending_date: '2026-11-25',
            limit: 1000,
          }),
      },
    ],
    [
      `${name}: 30 days per group`,
      {
        uptake: (c) =>
          (name === 'skills' ? c.listSkills : c.listConnectors)({
            starting_date: '2026-10-26',
            ending_date: '2026-11-25',
            group_by: ['rbac_group_id'],
            limit: 1000,
          }),
        sdk: (s) =>
          s.organization.analytics[name].list({
            starting_date: '2026-10-26',
            ending_date: '2026-11-25',
            group_by: ['rbac_group_id'],
            limit: 1000,
          }),
      },
    ],
  ]),
  [
    'plugins: 30 days',
    {
      uptake: (c) =>
        c.listPlugins({ starting_date: '2026-10-26', ending_date: '2026-11-25', limit: 1000 }),
      sdk: (s) =>
        s.organization.analytics.plugins.list({
          starting_date: '2026-10-26',
          ending_date: '2026-11-25',
          limit: 1000,
        }),
    },
  ],
  [
    'chat projects: 30 days',
    {
      uptake: (c) =>
        c.listChatProjects({ starting_date: '2026-10-26', ending_date: '2026-11-25', limit: 1000 }),
      sdk: (s) =>
        s.organization.analytics.apps.chat.projects.list({
          starting_date: '2026-10-26',
          ending_date: '2026-11-25',
          limit: 1000,
        }),
    },
  ],
  // Spend: /cost and /usage (beta header), daily buckets and one row per person.
  ...(
    [
      ['cost', ['product', 'model']],
      ['cost', ['rbac_group_id']],
      ['usage', ['product']],
    ] as const
  ).map(([report, groupBy]): [string, Case] => [
    `${report}: 30 daily buckets by ${groupBy.join(' and ')}, paged`,
    {
      pages: 2,
      uptake: (c) =>
        (report === 'cost' ? c.iterateCostPages : c.iterateUsagePages)({
          starting_at: '2026-10-26T00:00:00Z',
          ending_at: '2026-11-25T00:00:00Z',
          time_bucket_width: '1d',
          limit: 1000,
          group_by: [...groupBy] as never,
        }),
      sdk: (s) =>
        s.beta.organization.analytics[report].list({
          starting_at: '2026-10-26T00:00:00Z',
          ending_at: '2026-11-25T00:00:00Z',
          time_bucket_width: '1d',
          limit: 1000,
          group_by: [...groupBy] as never,
        }),
    },
  ]),
  [
    'cost: month to date, one row per person, paged',
    {
      pages: 2,
      uptake: (c) =>
        c.iterateCostPages({
          starting_at: '2026-11-01T00:00:00Z',
          ending_at: '2026-11-25T00:00:00Z',
          limit: 1000,
          group_by: ['actor'],
        }),
      sdk: (s) =>
        s.beta.organization.analytics.cost.list({
          starting_at: '2026-11-01T00:00:00Z',
          ending_at: '2026-11-25T00:00:00Z',
          limit: 1000,
          group_by: ['actor'],
        }),
    },
  ],
  // A representative set of what Uptake does not use (yet).
  [
    'users: one day, filters OR and AND, order, order_by',
    {
      uptake: (c) =>
        c.listUsers({
          date: '2026-11-20',
          filter: [
            f('rbac_group_id', 'rbac_group_01ABC'),
            f('rbac_group_id', '0b7d5c2e-3c1f-4d8e-9a51-6f0e2b1c4d7a'),
            f('user_id', 'user_01'),
          ],
          order: 'desc',
          order_by: 'chat_metrics.message_count',
          limit: 20,
          page: 'eyJ+/==',
        }),
      sdk: (s) =>
        s.organization.analytics.users.list({
          date: '2026-11-20',
          filter: [
            'rbac_group_id:rbac_group_01ABC',
            'rbac_group_id:0b7d5c2e-3c1f-4d8e-9a51-6f0e2b1c4d7a',
            'user_id:user_01',
          ],
          order: 'desc',
          order_by: 'chat_metrics.message_count',
          limit: 20,
          page: 'eyJ+/==',
        }),
    },
  ],
  [
    'users: a chat project',
    {
      uptake: (c) =>
        c.listUsers({ date: '2026-11-20', filter: [f('project_id', 'claude_proj_01JBQ')] }),
      sdk: (s) =>
        s.organization.analytics.users.list({
          date: '2026-11-20',
          filter: ['project_id:claude_proj_01JBQ'],
        }),
    },
  ],
  [
    'skills: a name with &, : and spaces, grouped by product and user',
    {
      uptake: (c) =>
        c.listSkills({
          date: '2026-11-20',
          filter: [f('skill_name', 'Q&A: deep dive'), f('share_status', 'organization')],
          group_by: ['product', 'user_id'],
          order: 'asc',
          order_by: 'invocation_count',
        }),
      sdk: (s) =>
        s.organization.analytics.skills.list({
          date: '2026-11-20',
          filter: ['skill_name:Q&A: deep dive', 'share_status:organization'],
          group_by: ['product', 'user_id'],
          order: 'asc',
          order_by: 'invocation_count',
        }),
    },
  ],
  [
    'connectors: one product, grouped by product',
    {
      uptake: (c) =>
        c.listConnectors({
          date: '2026-11-20',
          filter: [f('product', 'cowork'), f('connector_name', 'GitHub MCP')],
          group_by: ['product'],
        }),
      sdk: (s) =>
        s.organization.analytics.connectors.list({
          date: '2026-11-20',
          filter: ['product:cowork', 'connector_name:GitHub MCP'],
          group_by: ['product'],
        }),
    },
  ],
  [
    'plugins: one day, by name, grouped by group',
    {
      uptake: (c) =>
        c.listPlugins({
          date: '2026-11-20',
          filter: [f('plugin_name', 'serena'), f('product', 'claude_code')],
          group_by: ['rbac_group_id'],
        }),
      sdk: (s) =>
        s.organization.analytics.plugins.list({
          date: '2026-11-20',
          filter: ['plugin_name:serena', 'product:claude_code'],
          group_by: ['rbac_group_id'],
        }),
    },
  ],
  [
    'chat projects: one day, grouped by user, ordered',
    {
      uptake: (c) =>
        c.listChatProjects({
          date: '2026-11-20',
          group_by: ['user_id'],
          order_by: 'message_count',
          limit: 100,
        }),
      sdk: (s) =>
        s.organization.analytics.apps.chat.projects.list({
          date: '2026-11-20',
          group_by: ['user_id'],
          order_by: 'message_count',
          limit: 100,
        }),
    },
  ],
  [
    'artifacts: a MIME type with a slash, shared only, grouped by product',
    {
      pages: 2,
      uptake: (c) =>
        c.iterateArtifactsPages({
          date: '2026-11-20',
          filter: [f('artifact_type', 'application/vnd.ant.react'), f('is_shared', 'true')],
          group_by: ['product'],
          limit: 50,
        }),
      sdk: (s) =>
        s.organization.analytics.artifacts.list({
          date: '2026-11-20',
          filter: ['artifact_type:application/vnd.ant.react', 'is_shared:true'],
          group_by: ['product'],
          limit: 50,
        }),
    },
  ],
  [
    'usage: filters, an empty api key id, ranking',
    {
      uptake: (c) =>
        c.listUsage({
          starting_at: T0,
          ending_at: T7,
          group_by: ['actor', 'model'],
          products: ['claude_code', 'claude_tag'],
          models: ['claude-sonnet-4-6'],
          api_key_ids: ['apikey_01', ''],
          actor_types: ['user_actor'],
          service_tiers: ['batch'],
          exclude_deleted_users: true,
          order: 'asc',
          order_by: 'requests',
        }),
      sdk: (s) =>
        s.beta.organization.analytics.usage.list({
          starting_at: T0,
          ending_at: T7,
          group_by: ['actor', 'model'],
          products: ['claude_code', 'claude_tag'],
          models: ['claude-sonnet-4-6'],
          api_key_ids: ['apikey_01', ''],
          actor_types: ['user_actor'],
          service_tiers: ['batch'],
          exclude_deleted_users: true,
          order: 'asc',
          order_by: 'requests',
        }),
    },
  ],
  [
    'cost: by cost and token type, hourly, per workspace',
    {
      uptake: (c) =>
        c.listCost({
          starting_at: T0,
          ending_at: '2026-11-02T00:00:00Z',
          time_bucket_width: '1h',
          group_by: ['cost_type', 'token_type'],
          workspace_ids: ['wrkspc_01'],
          order_by: 'list_amount',
        }),
      sdk: (s) =>
        s.beta.organization.analytics.cost.list({
          starting_at: T0,
          ending_at: '2026-11-02T00:00:00Z',
          time_bucket_width: '1h',
          group_by: ['cost_type', 'token_type'],
          workspace_ids: ['wrkspc_01'],
          order_by: 'list_amount',
        }),
    },
  ],
  [
    'legacy user usage report: hyphenated claude-tag, hourly, ranked, paged',
    {
      pages: 2,
      uptake: (c) =>
        c.iterateUserUsageReportPages({
          starting_at: T0,
          ending_at: T7,
          bucket_width: '1h',
          products: ['claude-tag', 'chat'],
          group_by: ['model'],
          order_by: 'requests',
          order: 'asc',
          exclude_deleted_users: true,
          limit: 100,
        }),
      sdk: (s) =>
        s.beta.organization.analytics.userUsageReport.list({
          starting_at: T0,
          ending_at: T7,
          bucket_width: '1h',
          products: ['claude-tag', 'chat'],
          group_by: ['model'],
          order_by: 'requests',
          order: 'asc',
          exclude_deleted_users: true,
          limit: 100,
        }),
    },
  ],
  [
    'legacy user cost report: by cost type, members of a group',
    {
      uptake: (c) =>
        c.listUserCostReport({
          starting_at: T0,
          group_by: ['cost_type'],
          rbac_group_ids: ['rbac_group_01ABC'],
          user_ids: ['user_01', 'user_02'],
          order_by: 'list_amount',
        }),
      sdk: (s) =>
        s.beta.organization.analytics.userCostReport.list({
          starting_at: T0,
          group_by: ['cost_type'],
          rbac_group_ids: ['rbac_group_01ABC'],
          user_ids: ['user_01', 'user_02'],
          order_by: 'list_amount',
        }),
    },
  ],
  [
    'legacy usage report: daily buckets by product, 31 a page',
    {
      uptake: (c) =>
        c.listUsageReport({
          starting_at: T0,
          bucket_width: '1d',
          group_by: ['product'],
          context_windows: ['0-200k'],
          limit: 31,
        }),
      sdk: (s) =>
        s.beta.organization.analytics.usageReport.list({
          starting_at: T0,
          bucket_width: '1d',
          group_by: ['product'],
          context_windows: ['0-200k'],
          limit: 31,
        }),
    },
  ],
  [
    'legacy cost report: by token type, two speeds, paged',
    {
      pages: 2,
      uptake: (c) =>
        c.iterateCostReportPages({
          starting_at: T0,
          ending_at: T7,
          group_by: ['token_type'],
          speeds: ['fast', 'standard'],
          inference_geos: ['us'],
          limit: 7,
        }),
      sdk: (s) =>
        s.beta.organization.analytics.costReport.list({
          starting_at: T0,
          ending_at: T7,
          group_by: ['token_type'],
          speeds: ['fast', 'standard'],
          inference_geos: ['us'],
          limit: 7,
        }),
    },
  ],
];

async function capture(c: Case): Promise<{ uptake: Captured[]; sdk: Captured[] }> {
  const ours = spy(c.pages ?? 1);
  const client = createAnalyticsClient({ apiKey: KEY, fetch: ours.fetch });
  const result = c.uptake(client);
  if (Symbol.asyncIterator in Object(result)) {
    for await (const _ of result as AsyncIterable<unknown>) void _;
  } else await result;

  const theirs = spy(c.pages ?? 1);
  const sdk = new Anthropic({
    apiKey: KEY,
    dangerouslyAllowBrowser: true,
    fetch: theirs.fetch,
    maxRetries: 0,
  });
  let page = await c.sdk(sdk);
  while (page.hasNextPage()) page = await page.getNextPage();
  return { uptake: ours.seen, sdk: theirs.seen };
}

const tally = { requests: 0, parameters: 0, endpoints: new Set<string>() };
/** `path?name&name…` of every request compared, to check the sync's own requests are covered. */
const compared = new Set<string>();
const shape = (url: URL) =>
  `${url.pathname}?${[...new Set(params(url).map(([k]) => k))].join('&')}`;

describe('Uptake sends what the official SDK sends', () => {
  it("every parameter Uptake can send is one of the SDK's for that endpoint", () => {
    // Type-level (checked by tsc): Uptake's parameter names ⊆ the SDK's list parameters.
    expectTypeOf<keyof UsersParams>().toExtend<
      keyof Anthropic.Organization.Analytics.UserListParams
    >();
    expectTypeOf<keyof SummariesParams>().toExtend<
      keyof Anthropic.Organization.Analytics.SummaryListParams
    >();
    expectTypeOf<keyof ChatProjectsParams>().toExtend<
      keyof Anthropic.Organization.Analytics.Apps.Chat.ProjectListParams
    >();
    expectTypeOf<keyof SkillsParams>().toExtend<
      keyof Anthropic.Organization.Analytics.SkillListParams
    >();
    expectTypeOf<keyof ConnectorsParams>().toExtend<
      keyof Anthropic.Organization.Analytics.ConnectorListParams
    >();
    expectTypeOf<keyof PluginsParams>().toExtend<
      keyof Anthropic.Organization.Analytics.PluginListParams
    >();
    expectTypeOf<keyof ArtifactsParams>().toExtend<
      keyof Anthropic.Organization.Analytics.ArtifactListParams
    >();
    expectTypeOf<keyof UsageParams>().toExtend<
      keyof Anthropic.Beta.Organization.Analytics.UsageListParams
    >();
    expectTypeOf<keyof CostParams>().toExtend<
      keyof Anthropic.Beta.Organization.Analytics.CostListParams
    >();
    expectTypeOf<keyof UserUsageReportParams>().toExtend<
      keyof Anthropic.Beta.Organization.Analytics.UserUsageReportListParams
    >();
    expectTypeOf<keyof UserCostReportParams>().toExtend<
      keyof Anthropic.Beta.Organization.Analytics.UserCostReportListParams
    >();
    expectTypeOf<keyof UsageReportParams>().toExtend<
      keyof Anthropic.Beta.Organization.Analytics.UsageReportListParams
    >();
    expectTypeOf<keyof CostReportParams>().toExtend<
      keyof Anthropic.Beta.Organization.Analytics.CostReportListParams
    >();
  });

  it.each(cases)('%s', async (_name, c) => {
    const { uptake, sdk } = await capture(c);
    expect(uptake.length).toBe(c.pages ?? 1);
    expect(uptake.length).toBe(sdk.length);
    uptake.forEach((ours, i) => {
      const theirs = sdk[i]!;
      expect(ours.method).toBe(theirs.method);
      expect(ours.url.origin + ours.url.pathname).toBe(theirs.url.origin + theirs.url.pathname);
      expect(params(ours.url)).toEqual(params(theirs.url));
      for (const name of [
        'anthropic-beta',
        'anthropic-version',
        'anthropic-dangerous-direct-browser-access',
      ])
        expect([name, ours.headers.get(name)]).toEqual([name, theirs.headers.get(name)]);
      expect(ours.headers.get('anthropic-dangerous-direct-browser-access')).toBe('true');
      // The deliberate difference: the key's header.
      expect(ours.headers.get('x-api-key')).toBe(KEY);
      expect(ours.headers.get('authorization')).toBeNull();
      expect(theirs.headers.get('authorization')).toBe(`Bearer ${KEY}`);
      tally.requests += 1;
      tally.parameters += params(ours.url).length;
      tally.endpoints.add(ours.url.pathname);
      compared.add(shape(ours.url));
    });
    // Cursors: page n+1 carries page n's next_page, encoded the same way by both.
    if ((c.pages ?? 1) > 1) expect(uptake[1]!.url.searchParams.get('page')).toBe('c/1+x==');
  });

  it("covers every request shape a real sync and 'Test connection' send", async () => {
    globalThis.indexedDB = new IDBFactory();
    await resetHistoryForTests();
    const clock = createSimulatedClock(Date.UTC(2026, 10, 26, 14));
    const api = createMockApi({
      org: { members: 60, groups: 3, seed: 4, latestAvailableDay: '2026-11-24' },
      now: clock.now,
      rateLimitPerMinute: 100_000,
    });
    const shapes = new Set<string>();
    const client = createAnalyticsClient({
      apiKey: DEMO_KEY,
      fetch: mockFetch(api),
      onRequest: ({ url }) => shapes.add(shape(new URL(url))),
    });
    const limiter = createRateLimiter({ limit: 100_000, clock });
    const outcome = await runSync(
      { client, clock, limiter, random: () => 0.5 },
      { historyDepthDays: 3, spend: true, pageSize: 20 },
    );
    expect(outcome.state).toBe('done');
    expect(shapes.size).toBeGreaterThan(10);
    // A shape is an endpoint and its parameter names; `page` appears once cursors are followed.
    const missing = [...shapes].filter((s) => !compared.has(s));
    expect(missing).toEqual([]);
  });

  afterAll(() => {
    console.log(
      `SDK agreement: ${tally.endpoints.size} endpoints, ${tally.requests} requests, ${tally.parameters} query parameters compared`,
    );
  });
});
