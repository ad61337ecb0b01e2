import type { InsightModel, TargetInsight } from '@/lib/metrics';
import { metricProducts, productNames } from '@/lib/metrics';
import { AdoptionChart, type RateSeries } from './adoption-chart';
import { DataTable } from './data-table';
import { num, pct, points } from './format';
import { TargetList } from './target-list';
import { Figure } from './view-state';

/** Tier 1 (usage): headline actives and adoption, the trend with target lines, targets, and each product. */
export function Tier1Section(props: {
  model: InsightModel;
  series: RateSeries;
  scopeName: string;
  rangeNote: string | null;
  /** The scope's targets, with the org's inherited by a group that has none. */
  targets: (TargetInsight & { inherited?: boolean })[];
}) {
  const a = props.model.adoption!;
  const products = metricProducts.map((p) => ({
    key: p,
    name: productNames[p],
    fig: a.products[p],
    targets: props.targets.filter((t) => t.product === p),
  }));
  return (
    <section class="card" aria-labelledby="tier1" data-testid="tier1">
      <h2 id="tier1">Tier 1 · Usage</h2>
      <div class="figures">
        <Figure
          label={`Monthly active (${num(a.monthly.actives)} people)`}
          value={pct(a.monthly.rate)}
          testId="monthly-rate"
          note={`${points(a.monthly.trend.vs30Days.rateChange)} vs 30 days earlier`}
        />
        <Figure
          label={`Weekly active (${num(a.weekly.actives)} people)`}
          value={pct(a.weekly.rate)}
          testId="weekly-rate"
          note={`${points(a.weekly.trend.weekOverWeek.rateChange)} week on week`}
        />
        <Figure
          label={`Daily active on ${a.daily.day} (${num(a.daily.actives)} people)`}
          value={pct(a.daily.rate)}
          testId="daily-rate"
        />
        <Figure
          label="Seats"
          value={num(props.model.size.value)}
          testId="seat-count"
          note={props.model.size.approximate ? 'approximate: members seen' : undefined}
        />
      </div>
      <AdoptionChart
        model={props.model}
        targets={props.targets}
        series={props.series}
        scopeName={props.scopeName}
      />
      {props.rangeNote && <p class="muted">{props.rangeNote}</p>}
      <h3>Targets and forecasts</h3>
      <TargetList targets={props.targets} />
      <DataTable
        caption="Adoption by product (30-day window ending on the latest day)"
        testId="product-table"
        rowKey={(r) => r.key}
        rows={products}
        columns={[
          { key: 'name', header: 'Product', value: (r) => r.name },
          {
            key: 'actives',
            header: 'Monthly actives',
            numeric: true,
            value: (r) => r.fig.monthly.actives,
            render: (r) => num(r.fig.monthly.actives),
          },
          {
            key: 'rate',
            header: 'Monthly adoption',
            numeric: true,
            value: (r) => r.fig.monthly.rate,
            render: (r) => pct(r.fig.monthly.rate),
          },
          {
            key: 'weekly',
            header: 'Weekly adoption',
            numeric: true,
            value: (r) => r.fig.weekly.rate,
            render: (r) => pct(r.fig.weekly.rate),
          },
          {
            key: 'trend',
            header: 'vs 30 days',
            numeric: true,
            description:
              'Change in monthly adoption, in percentage points, against 30 days earlier',
            value: (r) => r.fig.monthly.trend.vs30Days.rateChange,
            render: (r) => points(r.fig.monthly.trend.vs30Days.rateChange),
          },
          {
            key: 'target',
            header: 'Target',
            value: (r) => r.targets[0]?.goal ?? null,
            render: (r) =>
              r.targets.length === 0
                ? '—'
                : r.targets
                    .map(
                      (t) =>
                        `${t.goal}%${t.progress !== null ? ` (${Math.round(t.progress * 100)}% of the way)` : ''}`,
                    )
                    .join(', '),
          },
        ]}
      />
    </section>
  );
}
