/**
 * The Teams comparison table: one row per group from its insight model
 * (so its numbers match the overlay and popup), sortable by any column.
 * Hidden groups (privacy floor) keep a row that says why, with no figure.
 */
import type { InsightModel, MetricProduct, TargetInsight } from '@/lib/metrics';
import { metricProducts } from '@/lib/metrics';

export interface TeamRow {
  id: string;
  name: string;
  /** Reason the figures are withheld (privacy floor), or null. */
  hidden: string | null;
  size: number | null;
  sizeSource: InsightModel['size']['source'];
  sizeApproximate: boolean;
  monthlyRate: number | null;
  monthlyActives: number | null;
  weeklyRate: number | null;
  productRates: Record<MetricProduct, number | null>;
  /** Products whose monthly figure the gate withheld (fewer than k users, or derivable): say so in words. */
  productWithheld: Record<MetricProduct, boolean>;
  /** Monthly adoption change in points vs 30 days earlier. */
  trend30: number | null;
  /** The team's first target: progress (1 = met) and forecast status. */
  targetProgress: number | null;
  targetStatus:
    'reached' | 'on-pace' | 'not-on-pace' | 'insufficient-data' | 'withheld' | 'no-target';
  /** The target is the org's, inherited by a group without its own. */
  targetInherited: boolean;
  forecastDate: string | null;
  champions: number | null;
  suggestions: number;
}

/**
 * A row from a group's model. `targets` are the ones it is measured
 * against (default its own; the caller may put the org's inherited one first).
 */
export function teamRow(
  model: InsightModel,
  hidden: string | null,
  targets: readonly (TargetInsight & { inherited?: boolean })[] = model.targets,
): TeamRow {
  const a = hidden ? null : model.adoption;
  const target = hidden ? undefined : targets[0];
  const f = target?.forecast;
  return {
    id: model.scope.id,
    name: model.scope.name ?? model.scope.id,
    hidden,
    size: hidden ? null : model.size.value,
    sizeSource: model.size.source,
    sizeApproximate: model.size.approximate,
    monthlyRate: a?.monthly.rate ?? null,
    monthlyActives: a?.monthly.actives ?? null,
    weeklyRate: a?.weekly.rate ?? null,
    productRates: Object.fromEntries(
      metricProducts.map((p) => [p, a?.products[p].monthly.rate ?? null]),
    ) as Record<MetricProduct, number | null>,
    productWithheld: Object.fromEntries(
      metricProducts.map((p) => [p, a?.products[p].monthly.withheld === true]),
    ) as Record<MetricProduct, boolean>,
    trend30: a?.monthly.trend.vs30Days.rateChange ?? null,
    targetProgress: target?.progress ?? null,
    targetStatus: f ? f.status : 'no-target',
    forecastDate: f && 'date' in f ? f.date : null,
    targetInherited: target?.inherited === true,
    champions:
      hidden || !model.champions.shown
        ? null
        : // Rows shown plus rows left out (lib/insights/champion-rows.ts): the companion asks
          // without the rows, so all are counted in rowsLeftOut.
          model.champions.champions.length + (model.champions.rowsLeftOut ?? 0),
    suggestions: hidden ? 0 : model.suggestions.length,
  };
}

export type SortKey =
  | 'name'
  | 'size'
  | 'monthlyRate'
  | 'weeklyRate'
  | 'trend30'
  | 'targetProgress'
  | 'champions'
  | 'suggestions'
  | `product:${MetricProduct}`;

function valueOf(row: TeamRow, key: SortKey): string | number | null {
  if (key.startsWith('product:')) return row.productRates[key.slice(8) as MetricProduct];
  return row[key as Exclude<SortKey, `product:${string}`>];
}

/**
 * Rows sorted by `key` (`asc` or `desc`); unknown values (null, hidden
 * rows) always last; ties by name. Returns a new array.
 * Example: rates [40, null, 70] desc → [70, 40, null].
 */
export function sortTeams(rows: readonly TeamRow[], key: SortKey, dir: 'asc' | 'desc'): TeamRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const byName = collator().compare;
  const keyed = rows.map((r) => ({ r, v: valueOf(r, key) }));
  keyed.sort((a, b) => {
    if (a.v === null && b.v === null) return byName(a.r.name, b.r.name);
    if (a.v === null) return 1;
    if (b.v === null) return -1;
    const c = typeof a.v === 'string' ? byName(a.v, b.v as string) : a.v - (b.v as number);
    return c !== 0 ? sign * c : byName(a.r.name, b.r.name);
  });
  return keyed.map((k) => k.r);
}

let names: Intl.Collator | null = null;
/** The default locale's collator, made once: the order of `localeCompare`, without a lookup per call. */
function collator(): Intl.Collator {
  names ??= new Intl.Collator();
  return names;
}
