/**
 * What the admin enters on the companion page, as zod schemas: the
 * intervention log, spend limits, the plan's billing kind, time-saved
 * estimates and business KPIs per team, and the review rhythm. Parsed
 * leniently: a bad item is dropped, a bad section falls back to its
 * default, nothing else is lost.
 */
import { z } from 'zod';
import { isDay } from '@/lib/metrics';
import { interventionSchema } from '@/lib/companion/interventions';
import { noLimits, spendLimitsSchema } from '@/lib/companion/spend-limits';

const day = z.string().refine(isDay, 'Expected a YYYY-MM-DD day');

/** Time saved per active member per week, as the admin estimated it from a survey. */
export const timeSavedSchema = z.object({
  id: z.string().min(1).max(80),
  teamId: z.string().min(1).max(200),
  hoursPerWeek: z.number().finite().min(0).max(80),
  /** Where the estimate comes from, e.g. "Q3 pulse survey, n = 42". */
  source: z.string().trim().min(1).max(200),
  /** Day of the survey. */
  asOf: day,
});
export type TimeSavedEstimate = z.infer<typeof timeSavedSchema>;

/** A business KPI value for a team on a day (Tier 3). */
export const kpiPointSchema = z.object({
  id: z.string().min(1).max(80),
  teamId: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(80),
  unit: z.string().trim().max(20),
  day,
  value: z.number().finite(),
});
export type KpiPoint = z.infer<typeof kpiPointSchema>;

/**
 * How the plan is billed. On seat-based Enterprise plans `/cost` reports
 * usage credits (overage) only; 'unknown' says both readings.
 */
export const planBillingKinds = ['unknown', 'usage-based', 'seat-based'] as const;
export type PlanBilling = (typeof planBillingKinds)[number];

export const reviewSchema = z.object({
  enabled: z.boolean().catch(false),
  /** First day of the rollout (cadence is weekly for 90 days from it). */
  rolloutStart: day.nullable().catch(null),
  /** Review due day → checklist item ids ticked. */
  checked: z.record(z.string(), z.array(z.string())).catch({}),
  lastReviewed: day.nullable().catch(null),
});
export type ReviewState = z.infer<typeof reviewSchema>;

function items<T>(schema: z.ZodType<T>) {
  return z
    .unknown()
    .optional()
    .transform((v): T[] =>
      Array.isArray(v)
        ? v.flatMap((x) => {
            const r = schema.safeParse(x);
            return r.success ? [r.data] : [];
          })
        : [],
    );
}

export const companionDataSchema = z.object({
  interventions: items(interventionSchema),
  spendLimits: spendLimitsSchema.catch(noLimits),
  planBilling: z.enum(planBillingKinds).catch('unknown'),
  timeSaved: items(timeSavedSchema),
  kpis: items(kpiPointSchema),
  review: reviewSchema.catch({
    enabled: false,
    rolloutStart: null,
    checked: {},
    lastReviewed: null,
  }),
});
export type CompanionData = z.output<typeof companionDataSchema>;

/** Whatever was stored, as companion data (never throws). */
export function parseCompanionData(stored: unknown): CompanionData {
  return companionDataSchema.parse(typeof stored === 'object' && stored !== null ? stored : {});
}

export const emptyCompanionData: CompanionData = parseCompanionData({});

/**
 * Whether exports must be pseudonymised: the "pseudonymised exports"
 * privacy setting (settings.pseudonymisedExports, on by default), or
 * team-grain-only mode (no individual named anywhere).
 */
export function exportsPseudonymised(settings: {
  pseudonymisedExports?: boolean;
  metrics: { privacy: { teamGrainOnly: boolean } };
}): boolean {
  return settings.pseudonymisedExports !== false || settings.metrics.privacy.teamGrainOnly;
}
