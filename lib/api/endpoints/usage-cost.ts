/**
 * `GET /usage` and `GET /cost` — the Usage & Cost Analytics API (reference §7, beta). Both need
 * `anthropic-beta: analytics-usage-cost-2026-08-24` (sent by the client). Every combination of the
 * grouped dimensions is returned (no top-N), ranked by `order_by` or by time. Not available to
 * HIPAA-ready orgs (400).
 */
import type { ReportEndpoint } from '@/lib/api/endpoints/define';
import {
  reportQuery,
  type ClaudeTagCategory,
  type ContextWindow,
  type InferenceGeoFilter,
  type RankedReportParams,
  type Speed,
  type TimeBucketWidth,
} from '@/lib/api/endpoints/report-params';
import { costPage, usagePage, type CostItem, type UsageItem } from '@/lib/api/schemas/usage-cost';

export type ActorType = 'user_actor' | 'service_account_actor' | 'federated_actor' | 'api_actor';
export type ServiceTier =
  'batch' | 'flex' | 'flex_discount' | 'priority' | 'priority_on_demand' | 'standard';
/** `products[]` here spells Claude Tag with an underscore (`claude_tag`). */
export type UsageCostProduct =
  | 'chat'
  | 'chat_cowork_unified'
  | 'claude_code'
  | 'claude_console'
  | 'claude_design'
  | 'claude_in_chrome'
  | 'claude_tag'
  | 'cowork'
  | 'managed_agents_api'
  | 'message_batches_api'
  | 'messages_api'
  | 'office_agent';
export type UsageGroupBy =
  | 'actor'
  | 'actor_type'
  | 'agent_id'
  | 'api_key_id'
  | 'claude_tag_category'
  | 'claude_tag_user_id'
  | 'context_window'
  | 'deployment_id'
  | 'environment_id'
  | 'inference_geo'
  | 'model'
  | 'organization_id'
  | 'product'
  | 'rbac_group_id'
  | 'service_tier'
  | 'session_id'
  | 'slack_channel_id'
  | 'speed'
  | 'user_profile_id'
  | 'workspace_id';
export type CostGroupBy = UsageGroupBy | 'cost_type' | 'token_type';

/** Filters and window shared by `/usage` and `/cost`. Array filters become `name[]=value`. */
export interface UsageCostCommonParams extends RankedReportParams {
  /** Required with `time_bucket_width`; without it each row covers the whole range. */
  time_bucket_width?: TimeBucketWidth | null;
  /** `user_…`, `svac_…` or `apikey_…` ids. */
  actor_ids?: readonly string[];
  actor_types?: readonly ActorType[];
  agent_ids?: readonly string[];
  /** An empty string entry also selects usage made without a key. */
  api_key_ids?: readonly string[];
  claude_tag_categories?: readonly ClaudeTagCategory[];
  claude_tag_user_ids?: readonly string[];
  context_windows?: readonly ContextWindow[];
  deployment_ids?: readonly string[];
  environment_ids?: readonly string[];
  inference_geos?: readonly InferenceGeoFilter[];
  models?: readonly string[];
  /** Parent-org keys only. */
  organization_ids?: readonly string[];
  products?: readonly UsageCostProduct[];
  rbac_group_ids?: readonly string[];
  service_tiers?: readonly ServiceTier[];
  /** `sesn_…` ids. */
  session_ids?: readonly string[];
  slack_channel_ids?: readonly string[];
  speeds?: readonly Speed[];
  /** `uprof_…` ids. */
  user_profile_ids?: readonly string[];
  /** `wrkspc_…` ids. */
  workspace_ids?: readonly string[];
}

export interface UsageParams extends UsageCostCommonParams {
  /** At most 5 dimensions. */
  group_by?: readonly UsageGroupBy[];
  /** `time` orders by bucket (newest first by default). Default `total_tokens`. */
  order_by?: 'total_tokens' | 'output_tokens' | 'uncached_input_tokens' | 'requests' | 'time';
}

export interface CostParams extends UsageCostCommonParams {
  /** At most 5 dimensions, not counting `cost_type`/`token_type` (whose rows don't count toward `limit`). */
  group_by?: readonly CostGroupBy[];
  /** Default `amount`. */
  order_by?: 'amount' | 'list_amount' | 'time';
}

export const usageEndpoint: ReportEndpoint<UsageParams, UsageItem> = {
  envelope: 'report',
  path: '/usage',
  beta: true,
  schema: usagePage,
  query: (params) => reportQuery('/usage', params),
};

export const costEndpoint: ReportEndpoint<CostParams, CostItem> = {
  envelope: 'report',
  path: '/cost',
  beta: true,
  schema: costPage,
  query: (params) => reportQuery('/cost', params),
};
