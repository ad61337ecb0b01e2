/**
 * Public surface of the Analytics API client (background service worker only; lint forbids this
 * module in content scripts, overlay features and components).
 */
export { createAnalyticsClient, type AnalyticsClient } from '@/lib/api/client';
export type { AnalyticsClientOptions, RequestOptions } from '@/lib/api/transport';
export { testConnection, type ConnectionResult } from '@/lib/api/test-connection';
export {
  ApiError,
  isApiError,
  type ApiErrorKind,
  type AuthReason,
  type SchemaIssue,
} from '@/lib/api/errors';
export { centsToDollars } from '@/lib/api/money';
export type { EngagementPage, ReportPage, PageStep } from '@/lib/api/pagination';
export type { Filter } from '@/lib/api/query';
export type { DaySelection, Order } from '@/lib/api/endpoints/params';
export type { UsersParams, UsersFilterDim, UsersGroupBy } from '@/lib/api/endpoints/users';
export type { SummariesParams } from '@/lib/api/endpoints/summaries';
export type { ChatProjectsParams } from '@/lib/api/endpoints/chat-projects';
export type { SkillsParams } from '@/lib/api/endpoints/skills';
export type { ConnectorsParams } from '@/lib/api/endpoints/connectors';
export type { PluginsParams } from '@/lib/api/endpoints/plugins';
export type { ArtifactsParams } from '@/lib/api/endpoints/artifacts';
export type { UsageParams, CostParams, UsageCostProduct } from '@/lib/api/endpoints/usage-cost';
export type {
  UserUsageReportParams,
  UserCostReportParams,
  UsageReportParams,
  CostReportParams,
} from '@/lib/api/endpoints/legacy-reports';
export type { AnalyticsUser } from '@/lib/api/schemas/common';
export type { UserActivity } from '@/lib/api/schemas/users';
export type { ActivitySummary } from '@/lib/api/schemas/summaries';
export type { ChatProjectActivity } from '@/lib/api/schemas/chat-projects';
export type { SkillActivity } from '@/lib/api/schemas/skills';
export type { ConnectorActivity } from '@/lib/api/schemas/connectors';
export type { PluginActivity } from '@/lib/api/schemas/plugins';
export type { ArtifactActivity } from '@/lib/api/schemas/artifacts';
export type { UsageItem, CostItem } from '@/lib/api/schemas/usage-cost';
export { isUserActor, type Actor } from '@/lib/api/schemas/actors';
export type {
  UserUsageReportItem,
  UserCostReportItem,
  UsageReportBucket,
  CostReportBucket,
} from '@/lib/api/schemas/legacy-reports';
