/**
 * **Targets on the combined figure** (issue 13): a target whose metric is
 * `weekly_ai_active_share` or `monthly_ai_active_share` (config.ts) is read
 * against the AI-active share (figures.ts: active in ChatGPT or Claude ÷
 * people holding a seat in either) of the latest imported ChatGPT week
 * (Sunday–Saturday) or calendar month, for its scope (`org` or a team).
 *
 *   goal people = ⌈goal% × seats⌉, gap = max(0, goal people − active),
 *   progress = share / goal (1 = met; may exceed 1).
 * No period of that cadence, a hidden team or no Claude history for the
 * period → the figures are null and `missing` says why. No forecast: a
 * handful of weekly or monthly points is too few to fit.
 */
import { isToolsMetric, type Target, type ToolsMetric } from '@/lib/metrics/config';
import { dayNumber } from '@/lib/metrics/days';
import type { Share } from '@/lib/metrics/tools/figures';
import type { ToolPeriod } from '@/lib/metrics/tools/periods';

export interface ToolsTargetProgress {
  id: string;
  metric: ToolsMetric;
  scope: string;
  /** Goal, percent. */
  goal: number;
  deadline: string | null;
  /** The period read (null: none of that cadence). */
  period: ToolPeriod | null;
  /** The combined share there, percent; null when unknown. */
  current: number | null;
  active: number | null;
  seats: number | null;
  goalPeople: number | null;
  gapPeople: number | null;
  progress: number | null;
  /** Days from the period's last day to the deadline (negative when past). */
  daysLeft: number | null;
  /** Why the figures are null, in words; null when they are known. */
  missing: string | null;
}

/** Combined share of `scope` in a period: null when hidden or not computed (with why). */
export type CombinedOf = (
  period: ToolPeriod,
  scope: string,
) => { share: Share | null; hiddenBecause: string | null };

const EPS = 1e-9;

/** Progress of every combined target of `targets` (others are ignored). `periods` latest first. */
export function toolsTargetProgress(
  targets: readonly Target[],
  periods: readonly ToolPeriod[],
  combinedOf: CombinedOf,
): ToolsTargetProgress[] {
  return targets.flatMap((t) => {
    if (!isToolsMetric(t.metric)) return [];
    const shape = t.metric === 'weekly_ai_active_share' ? 'week' : 'month';
    const period = periods.find((p) => p.shape === shape) ?? null;
    const base = {
      id: t.id,
      metric: t.metric,
      scope: t.scope,
      goal: t.value,
      deadline: t.deadline,
      period,
      daysLeft:
        period && t.deadline !== null ? dayNumber(t.deadline) - dayNumber(period.end) : null,
    };
    const none = (missing: string): ToolsTargetProgress => ({
      ...base,
      current: null,
      active: null,
      seats: null,
      goalPeople: null,
      gapPeople: null,
      progress: null,
      missing,
    });
    if (!period)
      return [none(`No ChatGPT ${shape === 'week' ? 'weekly' : 'monthly'} export imported yet.`)];
    const { share, hiddenBecause } = combinedOf(period, t.scope);
    if (hiddenBecause) return [none(hiddenBecause)];
    if (!share || share.share === null)
      return [none('No Claude history or no seats for this period.')];
    const goalPeople = Math.max(0, Math.ceil((t.value / 100) * share.seats - EPS));
    return [
      {
        ...base,
        current: share.share * 100,
        active: share.active,
        seats: share.seats,
        goalPeople,
        gapPeople: Math.max(0, goalPeople - share.active),
        progress: (share.share * 100) / t.value,
        missing: null,
      },
    ];
  });
}
