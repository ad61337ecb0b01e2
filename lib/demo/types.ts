// Wire shapes, taken type-only from the official SDK (@anthropic-ai/sdk 1.14.0) so the
// generator cannot drift from the real API. Type imports vanish at build time.
import type {
  AnalyticsArtifactActivity,
  AnalyticsConnectorActivity,
  AnalyticsPluginActivity,
  AnalyticsProjectActivity,
  AnalyticsSingleDayActivitySummary,
  AnalyticsSkillActivity,
  AnalyticsUser,
  AnalyticsUserActivity,
} from '@anthropic-ai/sdk/resources/organization/analytics/analytics';
import type { BetaAnalyticsCostItem } from '@anthropic-ai/sdk/resources/beta/organization/analytics/cost';
import type { BetaAnalyticsUsageItem } from '@anthropic-ai/sdk/resources/beta/organization/analytics/usage';

export type AnalyticsUserRef = AnalyticsUser;
export type UserActivityRow = AnalyticsUserActivity;
export type SummaryRow = AnalyticsSingleDayActivitySummary;
export type ProjectRow = AnalyticsProjectActivity;
export type SkillRow = AnalyticsSkillActivity;
export type ConnectorRow = AnalyticsConnectorActivity;
export type PluginRow = AnalyticsPluginActivity;
export type ArtifactRow = AnalyticsArtifactActivity;
export type UsageItem = BetaAnalyticsUsageItem;
export type CostItem = BetaAnalyticsCostItem;
