/**
 * Per-product figures of an adoption section through the gate (the plan
 * itself: product-gate.ts). A withheld figure has no count, no rate (rate ×
 * seats gives the count) and no trend change, and says `withheld: true`.
 */
import type { AdoptionSection, TrendPoint, WindowFigure } from '@/lib/metrics/adoption';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';
import { publishableCount } from '@/lib/metrics/product-gate';

const withheldTrend = (t: TrendPoint, k: number): TrendPoint => {
  const actives = publishableCount(k, t.actives);
  return actives === t.actives
    ? t
    : {
        ...t,
        actives: null,
        rate: null,
        activesChange: null,
        rateChange: null,
        relativeChange: null,
      };
};

function gateFigure(f: WindowFigure, k: number, hide: boolean, trends: boolean): WindowFigure {
  const actives = hide ? null : publishableCount(k, f.actives);
  const nowWithheld = actives !== f.actives;
  const trend = (t: TrendPoint): TrendPoint =>
    hide || !trends
      ? {
          ...t,
          actives: null,
          rate: null,
          activesChange: null,
          rateChange: null,
          relativeChange: null,
        }
      : nowWithheld
        ? { ...withheldTrend(t, k), activesChange: null, rateChange: null, relativeChange: null }
        : withheldTrend(t, k);
  return {
    ...f,
    actives,
    rate: nowWithheld ? null : f.rate,
    ...(nowWithheld ? { withheld: true } : {}),
    trend: {
      weekOverWeek: trend(f.trend.weekOverWeek),
      vs30Days: trend(f.trend.vs30Days),
      vs90Days: trend(f.trend.vs90Days),
    },
  };
}

/**
 * The adoption section with its per-product figures through the gate: every
 * window of a product in `hidden` withheld, every other product count (and
 * trend) of 1 … k−1 withheld, with its rate (rate × seats gives the count).
 * With `trends` false (every scope but the org), per-product trend points
 * are withheld: the product plan checks the day the figures are for, not
 * the days 7, 30 and 90 days earlier, so only the org (a single published
 * count, nothing to subtract it from) keeps them.
 */
export function gateProducts(
  a: AdoptionSection,
  k: number,
  hidden: ReadonlySet<MetricProduct>,
  trends: boolean,
): AdoptionSection {
  const products = Object.fromEntries(
    metricProducts.map((p) => {
      const f = a.products[p];
      const h = hidden.has(p);
      return [
        p,
        {
          daily: gateFigure(f.daily, k, h, trends),
          weekly: gateFigure(f.weekly, k, h, trends),
          monthly: gateFigure(f.monthly, k, h, trends),
        },
      ];
    }),
  ) as AdoptionSection['products'];
  return { ...a, products };
}
