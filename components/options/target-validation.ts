/**
 * Validation of the target form (pure). On top of the target schema
 * (lib/metrics/config.ts), a form target must:
 * - have a value: a percent above 0 and at most 100 for adoption metrics,
 *   a multiple above 0 for growth metrics;
 * - have a deadline after `today`, when it has one;
 * - name a scope that exists (`org` or a known group);
 * - for growth metrics, have a baseline day on or before `today`;
 * - not repeat the scope, metric and product of another target.
 * Errors are per field, in words, for inline display.
 */
import {
  growthMetrics,
  isToolsMetric,
  targetSchema,
  type AnyTargetMetric,
  type Target,
} from '@/lib/metrics/config';
import { isDay } from '@/lib/metrics/days';
import type { MetricProduct } from '@/lib/metrics/history';

export interface TargetDraft {
  id: string | null;
  scope: string;
  metric: AnyTargetMetric;
  product: MetricProduct | '';
  value: string;
  baselineDay: string;
  deadline: string;
}

export type TargetField = 'scope' | 'metric' | 'value' | 'baselineDay' | 'deadline';
export type TargetErrors = Partial<Record<TargetField, string>>;

export function isGrowth(metric: AnyTargetMetric): boolean {
  return (growthMetrics as readonly string[]).includes(metric);
}

/** A blank draft: 70% monthly adoption for the org, no deadline. */
export function emptyDraft(): TargetDraft {
  return {
    id: null,
    scope: 'org',
    metric: 'monthly_adoption',
    product: '',
    value: '70',
    baselineDay: '',
    deadline: '',
  };
}

/** The draft of an existing target, for editing. */
export function draftOf(t: Target): TargetDraft {
  return {
    id: t.id,
    scope: t.scope,
    metric: t.metric,
    product: t.product ?? '',
    value: String(t.value),
    baselineDay: t.baseline?.day ?? '',
    deadline: t.deadline ?? '',
  };
}

/**
 * Checks `draft` and builds its target, or returns the errors. `newId` names
 * a new target. Example: value "120" on monthly adoption →
 * `{ errors: { value: 'Enter a percent above 0 and at most 100.' } }`.
 */
export function validateTarget(
  draft: TargetDraft,
  context: { today: string; groupIds: readonly string[]; others: readonly Target[]; newId: string },
): { target: Target } | { errors: TargetErrors } {
  const errors: TargetErrors = {};
  const growth = isGrowth(draft.metric);
  const value = draft.value.trim() === '' ? NaN : Number(draft.value);
  if (!Number.isFinite(value) || value <= 0 || (!growth && value > 100))
    errors.value = growth
      ? 'Enter a multiple above 0 (2 means twice the baseline).'
      : 'Enter a percent above 0 and at most 100.';
  if (draft.deadline) {
    if (!isDay(draft.deadline)) errors.deadline = 'Enter the deadline as a date (YYYY-MM-DD).';
    else if (draft.deadline <= context.today)
      errors.deadline = 'The deadline must be in the future.';
  }
  if (draft.scope !== 'org' && !context.groupIds.includes(draft.scope))
    errors.scope = `Group ${draft.scope} does not exist; choose the org or a synced group.`;
  if (growth) {
    if (!isDay(draft.baselineDay))
      errors.baselineDay = 'A growth target needs a baseline day (YYYY-MM-DD).';
    else if (draft.baselineDay > context.today)
      errors.baselineDay = 'The baseline day must be today or earlier.';
  }
  // A combined target (across tools) is for every product of both tools.
  const product =
    growth || isToolsMetric(draft.metric) || draft.product === '' ? null : draft.product;
  const clash = context.others.find(
    (t) =>
      t.id !== draft.id &&
      t.scope === draft.scope &&
      t.metric === draft.metric &&
      t.product === product,
  );
  if (clash && !errors.metric)
    errors.metric = 'There is already a target for this scope and metric; edit that one.';
  if (Object.keys(errors).length) return { errors };
  const parsed = targetSchema.safeParse({
    id: draft.id ?? context.newId,
    metric: draft.metric,
    product,
    scope: draft.scope,
    value,
    baseline: growth ? { day: draft.baselineDay, value: null } : null,
    deadline: draft.deadline || null,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const key = issue.path[0] === 'baseline' ? 'baselineDay' : String(issue.path[0]);
    const fields: readonly string[] = ['scope', 'metric', 'value', 'baselineDay', 'deadline'];
    const field = (fields.includes(key) ? key : 'value') as TargetField;
    return { errors: { [field]: issue.message } };
  }
  return { target: parsed.data };
}
