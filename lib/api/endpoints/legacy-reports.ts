/**
 * The four legacy Enterprise reports (reference §6, beta, "[Legacy]"; `/usage` and `/cost`
 * replace them). No beta header. `products[]` here spells Claude Tag with a hyphen (`claude-tag`).
 */
import type { ReportEndpoint } from '@/lib/api/endpoints/define';
import {
  reportQuery,
  type ClaudeTagCategory,
  type ContextWindow,
  type InferenceGeoFilter,
  type RankedReportParams,
  type ReportWindowParams,
  type Speed,
  type TimeBucketWidth,
} from '@/lib/api/endpoints/report-params';
import {
  costReportPage,
  usageReportPage,
  userCostReportPage,
  userUsageReportPage,
  type CostReportBucket,
  type UsageReportBucket,
  type UserCostReportItem,
  type UserUsageReportItem,
} from '@/lib/api/schemas/legacy-reports';

export type LegacyProduct =
  | 'chat'
  | 'chat_cowork_unified'
  | 'claude-tag'
  | 'claude_code'
  | 'claude_design'
  | 'claude_in_chrome'
  | 'cowork'
  | 'office_agent';
export type LegacyGroupBy =
  | 'claude_tag_category'
  | 'claude_tag_user_id'
  | 'context_window'
  | 'inference_geo'
  | 'model'
  | 'product'
  | 'rbac_group_id'
  | 'slack_channel_id'
  | 'speed';

/** Filters shared by the four legacy reports. */
export interface LegacyReportParams extends ReportWindowParams {
  products?: readonly LegacyProduct[];
  models?: readonly string[];
  user_ids?: readonly string[];
  context_windows?: readonly ContextWindow[];
  inference_geos?: readonly InferenceGeoFilter[];
  speeds?: readonly Speed[];
  rbac_group_ids?: readonly string[];
  slack_channel_ids?: readonly string[];
  claude_tag_categories?: readonly ClaudeTagCategory[];
  claude_tag_user_ids?: readonly string[];
  /** Per-user reports: optional, splits rows per bucket (then `ending_at` is required). */
  bucket_width?: TimeBucketWidth;
}

export interface UserUsageReportParams extends LegacyReportParams, RankedReportParams {
  group_by?: readonly LegacyGroupBy[];
  order_by?: 'total_tokens' | 'output_tokens' | 'uncached_input_tokens' | 'requests';
}

export interface UserCostReportParams extends LegacyReportParams, RankedReportParams {
  group_by?: readonly (LegacyGroupBy | 'cost_type' | 'token_type')[];
  order_by?: 'amount' | 'list_amount';
}

/** Bucketed reports: `limit` counts buckets (1d: ≤31, 1h: ≤168, 1m: ≤256). */
export interface UsageReportParams extends LegacyReportParams {
  group_by?: readonly LegacyGroupBy[];
}

export interface CostReportParams extends LegacyReportParams {
  group_by?: readonly (LegacyGroupBy | 'cost_type' | 'token_type')[];
}

function legacy<P extends LegacyReportParams, T>(
  path: string,
  schema: ReportEndpoint<P, T>['schema'],
): ReportEndpoint<P, T> {
  return { envelope: 'report', path, beta: false, schema, query: (p) => reportQuery(path, p) };
}

export const userUsageReportEndpoint = legacy<UserUsageReportParams, UserUsageReportItem>(
  '/user_usage_report',
  userUsageReportPage,
);
export const userCostReportEndpoint = legacy<UserCostReportParams, UserCostReportItem>(
  '/user_cost_report',
  userCostReportPage,
);
export const usageReportEndpoint = legacy<UsageReportParams, UsageReportBucket>(
  '/usage_report',
  usageReportPage,
);
export const costReportEndpoint = legacy<CostReportParams, CostReportBucket>(
  '/cost_report',
  costReportPage,
);
