/**
 * **Benchmark** = a comparison of a scope's adoption rates with:
 * - the org (team vs org; null for the org itself),
 * - its own past (30 and 90 days before the figure's day),
 * - external presets the admin entered, each with its source named
 *   (Uptake ships none: no external figure without a citable source).
 * Differences are in rate points (scope − reference); null when either side
 * is unknown.
 */
import type { AdoptionSection, WindowFigure } from '@/lib/metrics/adoption';
import type { AdoptionMetric, BenchmarkPreset } from '@/lib/metrics/config';

export interface BenchmarkComparison {
  metric: AdoptionMetric;
  value: number | null;
  reference: number | null;
  difference: number | null;
}

export interface ExternalBenchmark extends BenchmarkComparison {
  presetId: string;
  label: string;
  source: string;
  sourceUrl: string | null;
  asOf: string | null;
}

export interface BenchmarksSection {
  vsOrg: BenchmarkComparison[] | null;
  vsPast: {
    metric: AdoptionMetric;
    value: number | null;
    days30Ago: number | null;
    days90Ago: number | null;
    change30: number | null;
    change90: number | null;
  }[];
  external: ExternalBenchmark[];
}

const metrics: [AdoptionMetric, keyof Pick<AdoptionSection, 'daily' | 'weekly' | 'monthly'>][] = [
  ['daily_adoption', 'daily'],
  ['weekly_adoption', 'weekly'],
  ['monthly_adoption', 'monthly'],
];

function diff(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function rateOf(section: AdoptionSection | null, metric: AdoptionMetric): WindowFigure | null {
  const key = metrics.find(([m]) => m === metric)![1];
  return section ? section[key] : null;
}

/** Benchmarks of a scope; `org` is the org's adoption (pass null when the scope is the org). */
export function benchmarks(
  scope: AdoptionSection | null,
  org: AdoptionSection | null,
  presets: readonly BenchmarkPreset[],
): BenchmarksSection {
  return {
    vsOrg: org
      ? metrics.map(([metric]) => {
          const value = rateOf(scope, metric)?.rate ?? null;
          const reference = rateOf(org, metric)?.rate ?? null;
          return { metric, value, reference, difference: diff(value, reference) };
        })
      : null,
    vsPast: metrics.map(([metric]) => {
      const f = rateOf(scope, metric);
      const value = f?.rate ?? null;
      const days30Ago = f?.trend.vs30Days.rate ?? null;
      const days90Ago = f?.trend.vs90Days.rate ?? null;
      return {
        metric,
        value,
        days30Ago,
        days90Ago,
        change30: diff(value, days30Ago),
        change90: diff(value, days90Ago),
      };
    }),
    external: presets.map((p) => {
      const value = rateOf(scope, p.metric)?.rate ?? null;
      return {
        presetId: p.id,
        label: p.label,
        source: p.source,
        sourceUrl: p.sourceUrl,
        asOf: p.asOf,
        metric: p.metric,
        value,
        reference: p.value,
        difference: diff(value, p.value),
      };
    }),
  };
}
