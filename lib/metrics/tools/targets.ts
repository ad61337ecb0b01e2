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
 * period → the figures are null and `missing` says why.
 *
 * **Forecast**: the same least-squares forecast as Claude's targets
 * (forecast.ts), fitted to the combined share (percent) of every imported
 * period of the target's cadence up to the one read, one point per period on
 * its last day, from at least `toolsForecastMinPoints` periods (weeks or
 * months, not days: four is a month of weeks). Through the gate
 * (target-gate.ts, gatedToolsForecast): withheld when the period read is
 * hidden for the scope; a period whose figure is hidden is no point.
 */
import { isToolsMetric, type Target, type ToolsMetric } from '@/lib/metrics/config';
import { dayNumber } from '@/lib/metrics/days';
import { forecastReach, type Forecast } from '@/lib/metrics/forecast';
import { gatedToolsForecast } from '@/lib/metrics/target-gate';
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
  /** When the goal is reached at the trend of the imported periods (see the module comment). */
  forecast: Forecast;
}

/** Fewest periods a combined target's forecast is fitted to. */
export const toolsForecastMinPoints = 4;

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
    const read = period ? combinedOf(period, t.scope) : null;
    const forecast = gatedToolsForecast(!!read?.hiddenBecause, () => {
      if (!period) return { status: 'insufficient-data', points: 0 };
      const points = periods
        .filter((p) => p.shape === shape && p.end <= period.end)
        .map((p) => {
          const { share, hiddenBecause } = p === period ? read! : combinedOf(p, t.scope);
          const value = !hiddenBecause && share?.share != null ? share.share * 100 : null;
          return { day: dayNumber(p.end), value };
        });
      const deadline = t.deadline === null ? null : dayNumber(t.deadline);
      return forecastReach(points, t.value, dayNumber(period.end), deadline, {
        minPoints: toolsForecastMinPoints,
      });
    });
    const base = {
      id: t.id,
      metric: t.metric,
      scope: t.scope,
      goal: t.value,
      deadline: t.deadline,
      period,
      forecast,
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
    const { share, hiddenBecause } = read!;
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
