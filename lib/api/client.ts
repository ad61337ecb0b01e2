/**
 * Uptake's typed client for the Claude Enterprise Analytics API (background service worker only).
 *
 * Each `list*` method makes exactly one HTTP request and returns one parsed page; each
 * `iterate*Pages` method follows cursors from `params.page` (null/absent = first page) and yields
 * `{ page, cursor, nextCursor }` so the caller can checkpoint between pages and resume later by
 * passing `page: nextCursor`. No retries, no rate limiting: the sync engine owns both. Failures are
 * `ApiError`s (see `@/lib/api/errors`); a cancelled signal rethrows its reason.
 *
 * @example
 * const client = createAnalyticsClient({ apiKey });
 * for await (const { page, nextCursor } of client.iterateUsersPages({ date: '2026-11-20', limit: 1000 })) {
 *   await store(page.data, nextCursor);
 * }
 */
import { artifactsEndpoint, type ArtifactsParams } from '@/lib/api/endpoints/artifacts';
import { chatProjectsEndpoint, type ChatProjectsParams } from '@/lib/api/endpoints/chat-projects';
import { connectorsEndpoint, type ConnectorsParams } from '@/lib/api/endpoints/connectors';
import {
  iterateEngagementPages,
  iterateReportPages,
  listEngagementPage,
  listReportPage,
  type EngagementEndpoint,
  type ReportEndpoint,
} from '@/lib/api/endpoints/define';
import {
  costReportEndpoint,
  usageReportEndpoint,
  userCostReportEndpoint,
  userUsageReportEndpoint,
  type CostReportParams,
  type UsageReportParams,
  type UserCostReportParams,
  type UserUsageReportParams,
} from '@/lib/api/endpoints/legacy-reports';
import type { CursorParams } from '@/lib/api/endpoints/params';
import { pluginsEndpoint, type PluginsParams } from '@/lib/api/endpoints/plugins';
import { skillsEndpoint, type SkillsParams } from '@/lib/api/endpoints/skills';
import { summariesEndpoint, type SummariesParams } from '@/lib/api/endpoints/summaries';
import {
  costEndpoint,
  usageEndpoint,
  type CostParams,
  type UsageParams,
} from '@/lib/api/endpoints/usage-cost';
import { usersEndpoint, type UsersParams } from '@/lib/api/endpoints/users';
import type { EngagementPage, PageStep, ReportPage } from '@/lib/api/pagination';
import type { ArtifactActivity } from '@/lib/api/schemas/artifacts';
import type { ChatProjectActivity } from '@/lib/api/schemas/chat-projects';
import type { ConnectorActivity } from '@/lib/api/schemas/connectors';
import type {
  CostReportBucket,
  UsageReportBucket,
  UserCostReportItem,
  UserUsageReportItem,
} from '@/lib/api/schemas/legacy-reports';
import type { PluginActivity } from '@/lib/api/schemas/plugins';
import type { SkillActivity } from '@/lib/api/schemas/skills';
import type { ActivitySummary } from '@/lib/api/schemas/summaries';
import type { CostItem, UsageItem } from '@/lib/api/schemas/usage-cost';
import type { UserActivity } from '@/lib/api/schemas/users';
import {
  createTransport,
  type AnalyticsClientOptions,
  type RequestOptions,
} from '@/lib/api/transport';

type List<P, Page> = (params: P, options?: RequestOptions) => Promise<Page>;
type Iterate<P, Page> = (
  params: P,
  options?: RequestOptions,
) => AsyncGenerator<PageStep<Page>, void, undefined>;
type Engagement<P, T> = {
  list: List<P, EngagementPage<T>>;
  iterate: Iterate<P, EngagementPage<T>>;
};
type Report<P, T> = { list: List<P, ReportPage<T>>; iterate: Iterate<P, ReportPage<T>> };

export interface AnalyticsClient {
  /** The base URL requests go to (https://api.anthropic.com unless a test or demo build). */
  readonly baseUrl: string;
  listUsers: List<UsersParams, EngagementPage<UserActivity>>;
  iterateUsersPages: Iterate<UsersParams, EngagementPage<UserActivity>>;
  listSummaries: List<SummariesParams, EngagementPage<ActivitySummary>>;
  iterateSummariesPages: Iterate<SummariesParams, EngagementPage<ActivitySummary>>;
  listChatProjects: List<ChatProjectsParams, EngagementPage<ChatProjectActivity>>;
  iterateChatProjectsPages: Iterate<ChatProjectsParams, EngagementPage<ChatProjectActivity>>;
  listSkills: List<SkillsParams, EngagementPage<SkillActivity>>;
  iterateSkillsPages: Iterate<SkillsParams, EngagementPage<SkillActivity>>;
  listConnectors: List<ConnectorsParams, EngagementPage<ConnectorActivity>>;
  iterateConnectorsPages: Iterate<ConnectorsParams, EngagementPage<ConnectorActivity>>;
  listPlugins: List<PluginsParams, EngagementPage<PluginActivity>>;
  iteratePluginsPages: Iterate<PluginsParams, EngagementPage<PluginActivity>>;
  listArtifacts: List<ArtifactsParams, EngagementPage<ArtifactActivity>>;
  iterateArtifactsPages: Iterate<ArtifactsParams, EngagementPage<ArtifactActivity>>;
  /** `/usage` (beta header sent). */
  listUsage: List<UsageParams, ReportPage<UsageItem>>;
  iterateUsagePages: Iterate<UsageParams, ReportPage<UsageItem>>;
  /** `/cost` (beta header sent). */
  listCost: List<CostParams, ReportPage<CostItem>>;
  iterateCostPages: Iterate<CostParams, ReportPage<CostItem>>;
  /** Legacy `/user_usage_report`. */
  listUserUsageReport: List<UserUsageReportParams, ReportPage<UserUsageReportItem>>;
  iterateUserUsageReportPages: Iterate<UserUsageReportParams, ReportPage<UserUsageReportItem>>;
  /** Legacy `/user_cost_report`. */
  listUserCostReport: List<UserCostReportParams, ReportPage<UserCostReportItem>>;
  iterateUserCostReportPages: Iterate<UserCostReportParams, ReportPage<UserCostReportItem>>;
  /** Legacy `/usage_report` (time buckets). */
  listUsageReport: List<UsageReportParams, ReportPage<UsageReportBucket>>;
  iterateUsageReportPages: Iterate<UsageReportParams, ReportPage<UsageReportBucket>>;
  /** Legacy `/cost_report` (time buckets). */
  listCostReport: List<CostReportParams, ReportPage<CostReportBucket>>;
  iterateCostReportPages: Iterate<CostReportParams, ReportPage<CostReportBucket>>;
}

export type { AnalyticsClientOptions, RequestOptions };

/**
 * Creates a client. Throws an `Error` (before any request) when `baseUrl` is not allowed in this
 * build: only https://api.anthropic.com, or a loopback URL in UPTAKE_E2E builds or with
 * `allowLoopbackForTests`. A custom `fetch` does not change the base URL.
 */
export function createAnalyticsClient(options: AnalyticsClientOptions): AnalyticsClient {
  const transport = createTransport(options);

  function engagement<P extends CursorParams, T>(e: EngagementEndpoint<P, T>): Engagement<P, T> {
    return {
      list: (params, opts) => listEngagementPage(transport, e, params, opts),
      iterate: (params, opts) => iterateEngagementPages(transport, e, params, opts),
    };
  }
  function report<P extends CursorParams, T>(e: ReportEndpoint<P, T>): Report<P, T> {
    return {
      list: (params, opts) => listReportPage(transport, e, params, opts),
      iterate: (params, opts) => iterateReportPages(transport, e, params, opts),
    };
  }

  const users = engagement(usersEndpoint);
  const summaries = engagement(summariesEndpoint);
  const projects = engagement(chatProjectsEndpoint);
  const skills = engagement(skillsEndpoint);
  const connectors = engagement(connectorsEndpoint);
  const plugins = engagement(pluginsEndpoint);
  const artifacts = engagement(artifactsEndpoint);
  const usage = report(usageEndpoint);
  const cost = report(costEndpoint);
  const userUsage = report(userUsageReportEndpoint);
  const userCost = report(userCostReportEndpoint);
  const usageReport = report(usageReportEndpoint);
  const costReport = report(costReportEndpoint);

  return {
    baseUrl: transport.baseUrl,
    listUsers: users.list,
    iterateUsersPages: users.iterate,
    listSummaries: summaries.list,
    iterateSummariesPages: summaries.iterate,
    listChatProjects: projects.list,
    iterateChatProjectsPages: projects.iterate,
    listSkills: skills.list,
    iterateSkillsPages: skills.iterate,
    listConnectors: connectors.list,
    iterateConnectorsPages: connectors.iterate,
    listPlugins: plugins.list,
    iteratePluginsPages: plugins.iterate,
    listArtifacts: artifacts.list,
    iterateArtifactsPages: artifacts.iterate,
    listUsage: usage.list,
    iterateUsagePages: usage.iterate,
    listCost: cost.list,
    iterateCostPages: cost.iterate,
    listUserUsageReport: userUsage.list,
    iterateUserUsageReportPages: userUsage.iterate,
    listUserCostReport: userCost.list,
    iterateUserCostReportPages: userCost.iterate,
    listUsageReport: usageReport.list,
    iterateUsageReportPages: usageReport.iterate,
    listCostReport: costReport.list,
    iterateCostReportPages: costReport.iterate,
  };
}
