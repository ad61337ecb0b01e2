/**
 * lib/metrics — Uptake's insight core: pure functions over the local history
 * (no clock, storage, network or browser API; time and time zone come in).
 *
 * Surfaces call `buildInsightModel` (one scope) or `buildAllScopes` (org and
 * every group in one pass) and render the plain JSON model they return.
 */
export { buildAllScopes, buildInsightModel, type BuildOptions } from '@/lib/metrics/insight-model';
export type * from '@/lib/metrics/insight-types';
export {
  adoptionMetrics,
  benchmarkPresetSchema,
  championRulesSchema,
  defaultBenchmarkPresets,
  defaultMetricsSettings,
  defaultTargets,
  growthMetrics,
  metricsSettingsSchema,
  parseMetricsSettings,
  privacyRulesSchema,
  seatRulesSchema,
  suggestionRulesSchema,
  targetSchema,
  type BenchmarkPreset,
  type ChampionRules,
  type MetricsSettings,
  type PrivacyRules,
  type SeatRules,
  type SuggestionRules,
  type Target,
  type TargetMetric,
} from '@/lib/metrics/config';
export { refreshedThresholds } from '@/lib/metrics/champions';
export { isHidden as isSuggestionHidden } from '@/lib/metrics/suggestions';
export { addDays, dayInZone, daysBetween, isDay, resolveToday } from '@/lib/metrics/days';
export { metricProducts, type MetricProduct, type MetricsHistory } from '@/lib/metrics/history';
export { playbooks, productNames } from '@/lib/metrics/playbooks';
