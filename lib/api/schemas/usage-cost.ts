/**
 * `GET /v1/organizations/analytics/usage` and `/cost` — the Usage & Cost Analytics API (beta,
 * header `anthropic-beta: analytics-usage-cost-2026-08-24`). Reference §7, SDK types
 * `BetaAnalyticsUsageItem` and `BetaAnalyticsCostItem`, envelope `ReportPageCursor`.
 *
 * Each row is `{ starting_at, ending_at, group, usage | cost }`; `group` carries every grouping
 * dimension, null unless that dimension was requested.
 */
import { z } from 'zod';
import { actor } from '@/lib/api/schemas/actors';
import {
  bound,
  count,
  openEnum,
  optionalString,
  reportEnvelope,
  reported,
} from '@/lib/api/schemas/common';
import { costFields, tokenCounters } from '@/lib/api/schemas/token-usage';

/** The grouping dimensions of a `/usage` or `/cost` row; each null unless grouped by it. */
const groupFields = {
  actor: actor.nullish(),
  actor_type: openEnum([
    'user_actor',
    'service_account_actor',
    'federated_actor',
    'api_actor',
  ]).nullish(),
  agent_id: optionalString,
  api_key_id: optionalString,
  claude_tag_category: openEnum([
    'engaged',
    'proactive',
    'scheduled',
    'monitoring',
    'dm',
  ]).nullish(),
  claude_tag_user_id: optionalString,
  context_window: openEnum(['0-200k', '200k-1M']).nullish(),
  deployment_id: optionalString,
  environment_id: optionalString,
  inference_geo: openEnum(['global', 'us']).nullish(),
  model: optionalString,
  organization_id: optionalString,
  product: optionalString,
  rbac_group_id: optionalString,
  service_tier: openEnum([
    'batch',
    'flex',
    'flex_discount',
    'priority',
    'priority_on_demand',
    'standard',
  ]).nullish(),
  session_id: optionalString,
  slack_channel_id: optionalString,
  speed: openEnum(['fast', 'standard']).nullish(),
  user_profile_id: optionalString,
  workspace_id: optionalString,
};

/** One `/usage` row. */
export const usageItem = z.looseObject({
  starting_at: bound,
  ending_at: bound,
  group: reported(z.looseObject(groupFields)),
  usage: reported(z.looseObject({ ...tokenCounters, total_tokens: count })),
});
export type UsageItem = z.output<typeof usageItem>;

/** One `/cost` row. `group` adds `cost_type` and `token_type`. */
export const costItem = z.looseObject({
  starting_at: bound,
  ending_at: bound,
  group: reported(
    z.looseObject({
      ...groupFields,
      cost_type: openEnum(['tokens', 'web_search', 'code_execution', 'session_usage']).nullish(),
      token_type: optionalString,
    }),
  ),
  cost: reported(z.looseObject(costFields)),
});
export type CostItem = z.output<typeof costItem>;

/** The `/usage` page. */
export const usagePage = reportEnvelope(usageItem);
/** The `/cost` page. */
export const costPage = reportEnvelope(costItem);
