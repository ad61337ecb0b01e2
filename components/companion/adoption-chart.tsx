import { useMemo } from 'preact/hooks';
import type { InsightModel, TargetInsight } from '@/lib/metrics';
import { ChartPanel, type TargetLine } from './chart-panel';
import { pct } from './format';

export interface RateSeries {
  days: string[];
  daily: (number | null)[];
  weekly: (number | null)[];
  monthly: (number | null)[];
}

/** The model's 90-day series, cut to [from, to]; weekend days' daily figures dropped in weekday mode. */
export function modelSeries(
  model: InsightModel,
  from: string,
  to: string,
  weekdays: boolean,
): RateSeries {
  const s = model.adoption?.series;
  const out: RateSeries = { days: [], daily: [], weekly: [], monthly: [] };
  if (!s) return out;
  s.days.forEach((day, i) => {
    if (day < from || day > to) return;
    const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
    const weekend = dow === 0 || dow === 6;
    out.days.push(day);
    out.daily.push(weekdays && weekend ? null : (s.dailyRate[i] ?? null));
    out.weekly.push(s.weeklyRate[i] ?? null);
    out.monthly.push(s.monthlyRate[i] ?? null);
  });
  return out;
}

/** Adoption trend (daily, weekly, monthly % of seats) with the scope's adoption targets as flat lines. */
export function AdoptionChart(props: {
  model: InsightModel;
  series: RateSeries;
  scopeName: string;
  /** Targets drawn as lines (default: the model's own). */
  targets?: (TargetInsight & { inherited?: boolean })[];
}) {
  const { model, series } = props;
  const own: (TargetInsight & { inherited?: boolean })[] = props.targets ?? model.targets;
  const targets: TargetLine[] = useMemo(
    () =>
      own
        .filter((t) => t.kind === 'adoption' && t.goal !== null && t.product === null)
        .map((t) => ({
          label: `${t.inherited ? 'Org target' : 'Target'}: ${t.metric.replace('_adoption', '')} ${t.goal}%${t.deadline ? ` by ${t.deadline}` : ''}`,
          value: t.goal!,
        })),
    [own],
  );
  const chartSeries = useMemo(
    () => [
      { label: 'Monthly adoption', values: series.monthly },
      { label: 'Weekly adoption', values: series.weekly },
      { label: 'Daily adoption', values: series.daily },
    ],
    [series],
  );
  const lastIndex = series.monthly.length - 1;
  const firstKnown = series.monthly.findIndex((v) => v !== null);
  const summary =
    lastIndex < 0
      ? 'No adoption figures in this range.'
      : `Monthly adoption went from ${pct(series.monthly[firstKnown] ?? null)} on ${series.days[Math.max(0, firstKnown)]} to ${pct(series.monthly[lastIndex] ?? null)} on ${series.days[lastIndex]}` +
        (targets.length
          ? `; target line${targets.length > 1 ? 's' : ''} at ${targets.map((t) => `${t.value}%`).join(', ')}.`
          : '.');
  return (
    <ChartPanel
      title={`Adoption, ${props.scopeName}`}
      kind="line"
      labels={series.days}
      series={chartSeries}
      targets={targets}
      unit="%"
      yMax={100}
      summary={summary}
      imageName={`uptake-adoption-${model.scope.id}-${series.days[lastIndex] ?? 'none'}.png`}
      testId="adoption-chart"
    />
  );
}
