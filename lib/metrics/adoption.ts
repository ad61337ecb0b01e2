/**
 * Adoption figures and trends for one scope.
 *
 * **Adoption rate** = active users / assigned seats × 100 over a window
 * (daily = 1 day, weekly = 7 days, monthly = 30 days, each ending on the day
 * inclusive), per org, per group, per product (chat, Claude Code, Cowork,
 * Office, Design). A member is active on a day when any chat message, Claude
 * Code, Cowork, Office or Design session is > 0 (history.ts).
 * Per-day figures and their sources: adoption-series.ts.
 * **Trends** compare the figure with the same figure 7, 30 and 90 days earlier.
 */
import { ANY } from '@/lib/metrics/activity-index';
import { slotOf } from '@/lib/metrics/adoption-counts';
import { pointAt, type FigureSource, type ScopeSeries } from '@/lib/metrics/adoption-series';
import { dayString, isWeekday } from '@/lib/metrics/days';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';

export type { FigureSource, ScopeSeries } from '@/lib/metrics/adoption-series';
export { pointAt, scopeSeries } from '@/lib/metrics/adoption-series';

export interface TrendPoint {
  /** The earlier day compared with. */
  day: string;
  actives: number | null;
  rate: number | null;
  /** Current minus earlier, in people and in rate points; null when either is unknown. */
  activesChange: number | null;
  rateChange: number | null;
  /** (current − earlier) / earlier; null when earlier is 0 or unknown. */
  relativeChange: number | null;
}

export interface WindowFigure {
  /** Day the figure is for (the latest weekday for daily figures in weekday-only mode). */
  day: string;
  actives: number | null;
  /** Percent of seats (0–100, may exceed 100 when seats are under-counted); null when unknown. */
  rate: number | null;
  source: FigureSource | null;
  /** True when the publication gate withheld a count of people here (product-gate.ts): shown as "fewer than k". */
  withheld?: boolean;
  trend: { weekOverWeek: TrendPoint; vs30Days: TrendPoint; vs90Days: TrendPoint };
}

function trendPoint(series: ScopeSeries, slot: number, d: number, back: number): TrendPoint {
  const now = pointAt(series, slot, d);
  const then = pointAt(series, slot, d - back);
  const diff = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
  return {
    day: dayString(series.first + d - back),
    actives: then.actives,
    rate: then.rate,
    activesChange: diff(now.actives, then.actives),
    rateChange: diff(now.rate, then.rate),
    relativeChange:
      now.actives === null || then.actives === null || then.actives === 0
        ? null
        : (now.actives - then.actives) / then.actives,
  };
}

/** The day index a window's headline figure is for: the last day, or the latest weekday for daily figures in weekday-only mode. */
export function headlineDay(series: ScopeSeries, window: number): number {
  let d = series.length - 1;
  if (series.weekdaysOnly && window === 0) while (d > 0 && !isWeekday(series.first + d)) d -= 1;
  return d;
}

/** The headline figure of a variant (product index or ANY) and window, with its trends. */
export function windowFigure(series: ScopeSeries, variant: number, window: number): WindowFigure {
  const slot = slotOf(variant, window);
  const d = headlineDay(series, window);
  const p = pointAt(series, slot, d);
  return {
    day: dayString(series.first + d),
    actives: p.actives,
    rate: p.rate,
    source: p.source,
    trend: {
      weekOverWeek: trendPoint(series, slot, d, 7),
      vs30Days: trendPoint(series, slot, d, 30),
      vs90Days: trendPoint(series, slot, d, 90),
    },
  };
}

export interface WindowFigures {
  daily: WindowFigure;
  weekly: WindowFigure;
  monthly: WindowFigure;
}

export interface AdoptionSection extends WindowFigures {
  weekdaysOnly: boolean;
  products: Record<MetricProduct, WindowFigures>;
  /** The last `days` days for a sparkline; entries aligned with `days`. */
  series: {
    days: string[];
    dailyActives: (number | null)[];
    weeklyActives: (number | null)[];
    monthlyActives: (number | null)[];
    dailyRate: (number | null)[];
    weeklyRate: (number | null)[];
    monthlyRate: (number | null)[];
  };
}

function figures(series: ScopeSeries, variant: number): WindowFigures {
  return {
    daily: windowFigure(series, variant, 0),
    weekly: windowFigure(series, variant, 1),
    monthly: windowFigure(series, variant, 2),
  };
}

/** The adoption section of an insight model, with a sparkline of the last `seriesDays` days. */
export function adoptionSection(series: ScopeSeries, seriesDays: number): AdoptionSection {
  const from = Math.max(0, series.length - seriesDays);
  const range = Array.from({ length: series.length - from }, (_, i) => from + i);
  const values = (w: number) => range.map((d) => pointAt(series, slotOf(ANY, w), d));
  const [daily, weekly, monthly] = [0, 1, 2].map(values) as [
    ReturnType<typeof values>,
    ReturnType<typeof values>,
    ReturnType<typeof values>,
  ];
  const products = Object.fromEntries(
    metricProducts.map((p, v) => [p, figures(series, v)]),
  ) as Record<MetricProduct, WindowFigures>;
  return {
    weekdaysOnly: series.weekdaysOnly,
    ...figures(series, ANY),
    products,
    series: {
      days: range.map((d) => dayString(series.first + d)),
      dailyActives: daily.map((p) => p.actives),
      weeklyActives: weekly.map((p) => p.actives),
      monthlyActives: monthly.map((p) => p.actives),
      dailyRate: daily.map((p) => p.rate),
      weeklyRate: weekly.map((p) => p.rate),
      monthlyRate: monthly.map((p) => p.rate),
    },
  };
}
