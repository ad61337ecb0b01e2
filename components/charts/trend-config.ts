/**
 * The data and scales of a trend chart with a target line (pure, so it can
 * be tested without a canvas). The target is drawn as a second, flat,
 * dashed dataset; the y axis runs from 0 to the larger of the values and the
 * target plus 5 (headroom), rounded up to a multiple of 10 (at most 100 for
 * percents, unless a value is above 100), so the target line and every value
 * stay in view below the top edge.
 */

export interface TrendSeries {
  days: readonly string[];
  values: readonly (number | null)[];
  /** The goal in the same unit, or null for no target line. */
  target: number | null;
}

/** The y axis top. Example: values up to 52 and target 70 → 80; values up to 97 with unit % → 100. */
export function yAxisMax(series: TrendSeries, percent: boolean): number {
  const known = series.values.filter((v): v is number => v !== null);
  const top = Math.max(series.target ?? 0, ...known, 1);
  const rounded = Math.ceil((top + 5) / 10) * 10;
  // Percents stop at 100 unless a value is above it (seats under-counted): then the line stays in view.
  return percent && top <= 100 ? Math.min(100, Math.max(rounded, 10)) : rounded;
}

/** The target line: one point per day at the target; empty without a target. */
export function targetLine(series: TrendSeries): number[] {
  return series.target === null ? [] : series.days.map(() => series.target!);
}

/** Short axis label of a `YYYY-MM-DD` day. Example: `2026-11-24` → `24 Nov`. */
export function shortDay(day: string): string {
  const [, m, d] = day.split('-');
  const months = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
  return `${Number(d)} ${months[Number(m) - 1] ?? ''}`;
}

/** A sentence describing the chart for screen readers. */
export function describeTrend(series: TrendSeries, label: string, unit: string): string {
  const known = series.values
    .map((v, i) => ({ v, day: series.days[i]! }))
    .filter((p): p is { v: number; day: string } => p.v !== null);
  if (known.length === 0) return `${label}: no figures yet.`;
  const first = known[0]!;
  const last = known.at(-1)!;
  const fmt = (v: number) => `${Math.round(v)}${unit}`;
  const target = series.target === null ? '' : `; target ${fmt(series.target)}`;
  return `${label} from ${fmt(first.v)} on ${first.day} to ${fmt(last.v)} on ${last.day}${target}.`;
}
