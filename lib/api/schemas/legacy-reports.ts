/**
 * The four "[Legacy]" Enterprise reports (beta): `/user_usage_report`, `/user_cost_report`,
 * `/usage_report`, `/cost_report`. Reference §6; superseded by `/usage` and `/cost` but still served.
 * Envelope `ReportPageCursor`. Dimension fields are null unless grouped by them.
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
  timestamp,
} from '@/lib/api/schemas/common';
import { costFields, tokenCounters } from '@/lib/api/schemas/token-usage';

const dimensionFields = {
  product: optionalString,
  model: optionalString,
  context_window: openEnum(['0-200k', '200k-1M']).nullish(),
  inference_geo: openEnum(['global', 'us']).nullish(),
  speed: openEnum(['fast', 'standard']).nullish(),
  rbac_group_id: optionalString,
  slack_channel_id: optionalString,
  claude_tag_category: openEnum([
    'engaged',
    'proactive',
    'scheduled',
    'monitoring',
    'dm',
  ]).nullish(),
  claude_tag_user_id: optionalString,
};

const costDimensions = {
  cost_type: openEnum(['tokens', 'web_search', 'code_execution']).nullish(),
  token_type: optionalString,
};

/** Bucket bounds on per-user rows: null unless `bucket_width` was set. */
const rowBounds = { starting_at: timestamp.nullish(), ending_at: timestamp.nullish() };

/** One `/user_usage_report` row (`BetaAnalyticsUsageUsersItem`). */
export const userUsageReportItem = z.looseObject({
  actor: reported(actor),
  ...rowBounds,
  ...dimensionFields,
  ...tokenCounters,
  total_tokens: count,
});
export type UserUsageReportItem = z.output<typeof userUsageReportItem>;

/** One `/user_cost_report` row (`BetaAnalyticsCostUsersItem`). */
export const userCostReportItem = z.looseObject({
  actor: reported(actor),
  ...rowBounds,
  ...dimensionFields,
  ...costDimensions,
  ...costFields,
});
export type UserCostReportItem = z.output<typeof userCostReportItem>;

/** One `/usage_report` time bucket (`BetaAnalyticsUsageReportTimeBucket`). */
export const usageReportBucket = z.looseObject({
  starting_at: bound,
  ending_at: bound,
  results: reported(z.array(z.looseObject({ ...dimensionFields, ...tokenCounters }))),
});
export type UsageReportBucket = z.output<typeof usageReportBucket>;

/** One `/cost_report` time bucket (`BetaAnalyticsCostReportTimeBucket`). */
export const costReportBucket = z.looseObject({
  starting_at: bound,
  ending_at: bound,
  results: reported(
    z.array(z.looseObject({ ...dimensionFields, ...costDimensions, ...costFields })),
  ),
});
export type CostReportBucket = z.output<typeof costReportBucket>;

export const userUsageReportPage = reportEnvelope(userUsageReportItem);
export const userCostReportPage = reportEnvelope(userCostReportItem);
export const usageReportPage = reportEnvelope(usageReportBucket);
export const costReportPage = reportEnvelope(costReportBucket);
