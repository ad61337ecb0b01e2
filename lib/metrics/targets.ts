/**
 * Progress of a **target** (metric + scope + value + deadline, config.ts).
 *
 * Adoption target (percent of seats over a window):
 *   goal actives = ⌈goal% × seats⌉, gap = max(0, goal actives − actives)
 *   ("41 more monthly actives needed"), progress = rate / goal.
 * Growth target (a multiple of the actives on a baseline day):
 *   goal actives = ⌈multiple × baseline actives⌉, gap as above,
 *   progress = (actives − baseline) / (goal − baseline), multiple = actives / baseline.
 * Any unknown input gives null, never NaN. The forecast (forecast.ts) fits
 * the last `forecastDays` days of the same metric (rate, or actives for growth).
 */
import { ANY } from '@/lib/metrics/activity-index';
import { headlineDay, pointAt, type ScopeSeries } from '@/lib/metrics/adoption';
import { slotOf } from '@/lib/metrics/adoption-counts';
import { isToolsMetric, type Target, type TargetMetric } from '@/lib/metrics/config';
import { dayNumber, dayString } from '@/lib/metrics/days';
import { forecastReach, type Forecast } from '@/lib/metrics/forecast';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';

export interface TargetInsight {
  id: string;
  metric: TargetMetric;
  product: MetricProduct | null;
  scope: string;
  deadline: string | null;
  kind: 'adoption' | 'growth';
  /** Day the current figure is for. */
  day: string;
  /** Goal in the metric's unit: percent for adoption, people for growth (null: baseline unknown). */
  goal: number | null;
  /** Current value in the same unit; null when unknown. */
  current: number | null;
  currentActives: number | null;
  goalActives: number | null;
  /** More actives needed to meet the goal (0 when met); null when unknown. */
  gapPeople: number | null;
  /** Share of the way to the goal (1 = met; may exceed 1); null when unknown. */
  progress: number | null;
  growth: {
    baselineDay: string | null;
    baselineActives: number | null;
    goalMultiple: number;
    multiple: number | null;
  } | null;
  /** Days from the figure's day to the deadline (negative when past); null without a deadline. */
  daysLeft: number | null;
  forecast: Forecast;
  /** True when the publication gate withheld the current figure (target-gate.ts): shown as "fewer than k". */
  withheld?: boolean;
}

const windowOf: Record<TargetMetric, number> = {
  daily_adoption: 0,
  weekly_adoption: 1,
  monthly_adoption: 2,
  weekly_actives_growth: 1,
  monthly_actives_growth: 2,
};

const EPS = 1e-9;
/** Whole people needed to reach `x` (never −0). */
const peopleFor = (x: number) => Math.max(0, Math.ceil(x - EPS));

/** Progress, gap and forecast of `target` against its scope's series. */
export function targetProgress(
  target: Target,
  series: ScopeSeries,
  forecastDays = 28,
): TargetInsight {
  if (isToolsMetric(target.metric))
    throw new RangeError('A combined target across tools is read by lib/metrics/tools/targets.ts.');
  const window = windowOf[target.metric];
  const variant = target.product === null ? ANY : metricProducts.indexOf(target.product);
  const slot = slotOf(variant, window);
  const d = headlineDay(series, window);
  const now = pointAt(series, slot, d);
  const deadline = target.deadline === null ? null : dayNumber(target.deadline);
  const asOf = series.first + d;
  const recent = Array.from({ length: Math.min(forecastDays, d + 1) }, (_, i) => d - i);
  const common = {
    id: target.id,
    metric: target.metric,
    product: target.product,
    scope: target.scope,
    deadline: target.deadline,
    day: dayString(asOf),
    currentActives: now.actives,
    daysLeft: deadline === null ? null : deadline - asOf,
  };
  const gap = (goalActives: number | null) =>
    goalActives === null || now.actives === null ? null : Math.max(0, goalActives - now.actives);
  if (!target.metric.endsWith('_growth')) {
    const seats = series.seats[d] ?? null;
    const goalActives =
      seats === null || seats <= 0 ? null : peopleFor((target.value / 100) * seats);
    const points = recent.map((i) => ({
      day: series.first + i,
      value: pointAt(series, slot, i).rate,
    }));
    return {
      ...common,
      kind: 'adoption',
      goal: target.value,
      current: now.rate,
      goalActives,
      gapPeople: gap(goalActives),
      progress: now.rate === null ? null : now.rate / target.value,
      growth: null,
      forecast: forecastReach(points, target.value, asOf, deadline),
    };
  }
  const baselineDay = target.baseline?.day ?? null;
  const baseline =
    target.baseline?.value ??
    (baselineDay === null
      ? null
      : pointAt(series, slot, dayNumber(baselineDay) - series.first).actives);
  const goalActives = baseline === null ? null : peopleFor(target.value * baseline);
  const points = recent.map((i) => ({
    day: series.first + i,
    value: pointAt(series, slot, i).actives,
  }));
  const progress =
    baseline === null || goalActives === null || now.actives === null || goalActives === baseline
      ? null
      : (now.actives - baseline) / (goalActives - baseline);
  return {
    ...common,
    kind: 'growth',
    goal: goalActives,
    current: now.actives,
    goalActives,
    gapPeople: gap(goalActives),
    progress,
    growth: {
      baselineDay,
      baselineActives: baseline,
      goalMultiple: target.value,
      multiple:
        baseline === null || baseline === 0 || now.actives === null ? null : now.actives / baseline,
    },
    forecast:
      goalActives === null
        ? { status: 'insufficient-data', points: 0 }
        : forecastReach(points, goalActives, asOf, deadline),
  };
}
