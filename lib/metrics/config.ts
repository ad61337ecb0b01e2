/**
 * Definitions an admin edits on the options page (targets, champion rules,
 * privacy, suggestions, seats, benchmark presets), as zod schemas. The options
 * page persists them; lib/metrics validates and reads them.
 *
 * `parseMetricsSettings` is lenient: a section that no longer parses falls
 * back to its default instead of losing the others.
 */
import { z } from 'zod';
import { isDay } from '@/lib/metrics/days';
import { metricProducts } from '@/lib/metrics/history';

const day = z.string().refine(isDay, 'Expected a YYYY-MM-DD day');

/** Adoption metrics a target can name: actives / seats over 1, 7 or 30 days. */
export const adoptionMetrics = ['daily_adoption', 'weekly_adoption', 'monthly_adoption'] as const;
/** Growth metrics: a multiple of the actives at a baseline day. */
export const growthMetrics = ['weekly_actives_growth', 'monthly_actives_growth'] as const;
/**
 * Combined metrics across tools (issue 13, lib/metrics/tools): the AI-active
 * share (active in ChatGPT or Claude ÷ people holding a seat in either) of
 * the latest imported ChatGPT week or month. A percent, like adoption.
 */
export const toolsMetrics = ['weekly_ai_active_share', 'monthly_ai_active_share'] as const;
export type AdoptionMetric = (typeof adoptionMetrics)[number];
export type GrowthMetric = (typeof growthMetrics)[number];
export type ToolsMetric = (typeof toolsMetrics)[number];
/** Claude's target metrics (what the insight models and the overlay read). */
export type TargetMetric = AdoptionMetric | GrowthMetric;
/** Any metric a target may name: Claude's, or a combined one across tools. */
export type AnyTargetMetric = TargetMetric | ToolsMetric;

/** Whether a target's metric is a combined one (read by the Tools view, not Claude's models). */
export function isToolsMetric(metric: AnyTargetMetric): metric is ToolsMetric {
  return (toolsMetrics as readonly string[]).includes(metric);
}

/**
 * A **target** = metric + scope + value + deadline.
 * - adoption metric: `value` is a percent 0–100 of seats ("70% monthly active by 2027-03-31");
 *   `product` narrows it to one product (null = any product).
 * - growth metric: `value` is a multiple (> 0) of the actives at `baseline.day`
 *   ("Sales ×2 weekly actives by 2027-03-31"); `baseline.value` null = read it from history.
 * `scope` is `org` or a group id; `deadline` null = open-ended (no "after the deadline").
 */
export const targetSchema = z
  .object({
    id: z.string().min(1).max(80),
    metric: z.enum([...adoptionMetrics, ...growthMetrics, ...toolsMetrics]),
    product: z.enum(metricProducts).nullable().default(null),
    scope: z.string().min(1),
    value: z.number().positive().finite(),
    baseline: z
      .object({ day, value: z.number().nonnegative().nullable() })
      .nullable()
      .default(null),
    deadline: day.nullable(),
  })
  .superRefine((t, ctx) => {
    const growth = (growthMetrics as readonly string[]).includes(t.metric);
    if (!growth && t.value > 100)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'An adoption target is a percent (0–100).',
      });
    if (growth && !t.baseline)
      ctx.addIssue({
        code: 'custom',
        path: ['baseline'],
        message: 'A growth target needs a baseline day.',
      });
  });
export type Target = z.infer<typeof targetSchema>;

/** Default: 70% monthly adoption for the org, no deadline (the admin sets one). */
export const defaultTargets: Target[] = [
  {
    id: 'org-monthly-adoption',
    metric: 'monthly_adoption',
    product: null,
    scope: 'org',
    value: 70,
    baseline: null,
    deadline: null,
  },
];

/** Champion rules; see champions.ts for the score they feed. */
export const championRulesSchema = z.object({
  weights: z
    .object({
      consistency: z.number().min(0).max(10),
      breadth: z.number().min(0).max(10),
      depth: z.number().min(0).max(10),
    })
    .default({ consistency: 1, breadth: 1, depth: 1 }),
  windowDays: z.number().int().min(7).max(90).default(30),
  minTenureDays: z.number().int().min(0).max(365).default(30),
  /** Share of eligible members in the top slice (0.05 = top 5%). */
  topShare: z.number().gt(0).max(0.5).default(0.05),
  /** Score cut-off frozen by an admin at `frozenAt`; null = follow the current top slice. */
  frozen: z
    .object({ scoreCutoff: z.number().min(0).max(1), frozenAt: day })
    .nullable()
    .default(null),
  /** Members who opted out, by email (case-insensitive). */
  optOutEmails: z.array(z.string().trim().toLowerCase()).default([]),
  /** Members who opted out, by member id (for members the API lists without an email). */
  optOutMemberIds: z.array(z.string().trim().min(1).max(200)).max(5000).default([]),
});
export type ChampionRules = z.infer<typeof championRulesSchema>;

/** Privacy floor: no group figure under `k` members; team grain only hides every individual. */
export const privacyRulesSchema = z.object({
  k: z.number().int().min(2).max(100).default(5),
  teamGrainOnly: z.boolean().default(false),
});
export type PrivacyRules = z.infer<typeof privacyRulesSchema>;

/**
 * Cap of the dismissed and of the snoozed suggestion lists: the overlay on
 * claude.ai can add to them, so they must not grow without end. A real org
 * has a few dozen suggestion ids at a time; the oldest entries go first.
 */
export const maxHiddenSuggestions = 500;

export const suggestionRulesSchema = z.object({
  cap: z.number().int().min(0).max(50).default(5),
  /** At most `maxHiddenSuggestions`, the latest kept (the overlay can add to it). */
  dismissed: z
    .array(z.string().max(300))
    .transform((ids) => [...new Set(ids)].slice(-maxHiddenSuggestions))
    .default([]),
  /** Hidden until `until` (exclusive: shown again on that day). */
  snoozed: z
    .array(z.object({ id: z.string().max(300), until: day }))
    .transform((list) => list.slice(-maxHiddenSuggestions))
    .default([]),
  /** A team lags when its monthly adoption is this many points below the org's. */
  laggingPoints: z.number().min(1).max(100).default(15),
  /** A product is under-used below this percent of seats using it monthly. */
  productUptakePercent: z.number().min(1).max(100).default(10),
  /** A feature gap: the org share of monthly actives using it is at least this… */
  featureMinOrgShare: z.number().min(0).max(1).default(0.1),
  /** …and the team's share is at most this fraction of the org's. */
  featureRatio: z.number().min(0).max(1).default(0.25),
});
export type SuggestionRules = z.infer<typeof suggestionRulesSchema>;

export const seatRulesSchema = z.object({
  /** Dormant: a seat holder not active in the last N days. */
  dormantDays: z.number().int().min(1).max(365).default(30),
  /** Long dormant (seat reclaim): not active in this many days, or never active after as long. */
  reclaimDays: z.number().int().min(1).max(365).default(60),
  /** A never-activated seat younger than this is "new", not a signal. */
  activationGraceDays: z.number().int().min(0).max(90).default(14),
});
export type SeatRules = z.infer<typeof seatRulesSchema>;

/**
 * An external benchmark preset: a published figure with its source named.
 * Uptake ships none (no figure without a citable source); admins add their own.
 */
export const benchmarkPresetSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1).max(120),
  metric: z.enum(adoptionMetrics),
  value: z.number().min(0).max(100),
  source: z.string().trim().min(1).max(300),
  sourceUrl: z.url().nullable().default(null),
  asOf: day.nullable().default(null),
});
export type BenchmarkPreset = z.infer<typeof benchmarkPresetSchema>;
export const defaultBenchmarkPresets: BenchmarkPreset[] = [];

export const metricsSettingsSchema = z.object({
  targets: z.array(targetSchema).default(defaultTargets),
  champions: championRulesSchema.default(championRulesSchema.parse({})),
  privacy: privacyRulesSchema.default(privacyRulesSchema.parse({})),
  suggestions: suggestionRulesSchema.default(suggestionRulesSchema.parse({})),
  seats: seatRulesSchema.default(seatRulesSchema.parse({})),
  /** Count only Monday–Friday activity (daily figures exist on weekdays only). */
  weekdaysOnly: z.boolean().default(false),
  /** Seats the admin entered per group id (a group-size source). */
  groupSeats: z.record(z.string(), z.number().int().min(0)).default({}),
  /** Seats the admin entered for the org (used only when the API gives none). */
  orgSeats: z.number().int().min(0).nullable().default(null),
  /** Products enabled for the org; null = infer (a product anyone used in the window). */
  enabledProducts: z.array(z.enum(metricProducts)).nullable().default(null),
  benchmarkPresets: z.array(benchmarkPresetSchema).default(defaultBenchmarkPresets),
});
export type MetricsSettings = z.infer<typeof metricsSettingsSchema>;

/** All defaults. */
export const defaultMetricsSettings: MetricsSettings = metricsSettingsSchema.parse({});

/**
 * Settings from whatever was stored: each top-level section that fails to
 * parse falls back to its default; in the lists (targets, benchmark presets)
 * an item that fails is dropped and the others kept; unknown keys are dropped.
 */
export function parseMetricsSettings(stored: unknown): MetricsSettings {
  const input =
    typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const items = <T>(value: unknown, schema: z.ZodType<T>): T[] | undefined =>
    Array.isArray(value)
      ? value.flatMap((v) => {
          const r = schema.safeParse(v);
          return r.success ? [r.data] : [];
        })
      : undefined;
  const lists: Record<string, unknown> = {
    targets: items(input.targets, targetSchema),
    benchmarkPresets: items(input.benchmarkPresets, benchmarkPresetSchema),
  };
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(metricsSettingsSchema.shape)) {
    const parsed = (schema as z.ZodType).safeParse(key in lists ? lists[key] : input[key]);
    out[key] = parsed.success
      ? parsed.data
      : (defaultMetricsSettings as Record<string, unknown>)[key];
  }
  return out as MetricsSettings;
}
