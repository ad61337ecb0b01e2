/**
 * **Per-product targets through the gate** (issue 11 item 1, "products";
 * the rule itself: product-gate.ts). A target for one product (e.g. "60%
 * Claude Code monthly adoption") reads a product count: its current value
 * (rate × seats gives the count), the people still needed (goal − count),
 * the progress, and a forecast fitted to the product's earlier days.
 *
 * Definitions:
 * - A per-product target is **withheld** when the gate withholds the
 *   scope's figures for that product (`gate.products`), or when its current
 *   count is 1 … k−1 (`publishableCount`). Then current value, count, people
 *   needed, progress and growth multiple are null, and the forecast is
 *   `{ status: 'withheld' }`. The goal in percent, the deadline and, for an
 *   adoption target, the goal in people (from the seats) stay.
 * - The **forecast** of a group's per-product target is withheld even when
 *   its current count is shown: it is fitted to the product counts of the
 *   28 days before, which the gate does not check group by group (as the
 *   per-product trends, product-figures.ts). The org keeps it.
 * - A **growth baseline** is a product count on an earlier day: a group's is
 *   withheld (with the goal in people derived from it), the org's when 1 … k−1.
 * Targets for all products (product null) pass unchanged.
 *
 * Example, k = 5: group T's "60% Claude Code monthly adoption" with 3 of 20
 * seats using Claude Code (15%) → current, people needed (9) and progress
 * null; the forecast withheld; goal 60% and goal actives 12 shown.
 */
import type { Forecast } from '@/lib/metrics/forecast';
import { publishableCount } from '@/lib/metrics/product-gate';
import type { PublicationGate } from '@/lib/metrics/publication-gate';
import type { TargetInsight } from '@/lib/metrics/targets';

const withheldForecast: Forecast = { status: 'withheld' };

/** `t` as the gate allows it to be published (see the module comment). */
export function gatedTarget(t: TargetInsight, gate: PublicationGate): TargetInsight {
  if (t.product === null) return t;
  const isOrg = t.scope === 'org';
  const nowWithheld =
    gate.products[t.product].includes(t.scope) ||
    publishableCount(gate.k, t.currentActives) !== t.currentActives;
  const baseline = t.growth?.baselineActives ?? null;
  const baselineWithheld =
    t.growth !== null && (!isOrg || publishableCount(gate.k, baseline) !== baseline);
  const goalWithheld = t.kind === 'growth' && baselineWithheld;
  return {
    ...t,
    current: nowWithheld ? null : t.current,
    currentActives: nowWithheld ? null : t.currentActives,
    gapPeople: nowWithheld || goalWithheld ? null : t.gapPeople,
    progress: nowWithheld || goalWithheld ? null : t.progress,
    goal: goalWithheld ? null : t.goal,
    goalActives: goalWithheld ? null : t.goalActives,
    growth:
      t.growth === null
        ? null
        : {
            ...t.growth,
            baselineActives: baselineWithheld ? null : t.growth.baselineActives,
            multiple: nowWithheld || baselineWithheld ? null : t.growth.multiple,
          },
    forecast: nowWithheld || !isOrg ? withheldForecast : t.forecast,
    ...(nowWithheld ? { withheld: true } : {}),
  };
}

/**
 * A combined target's forecast (issue 13, tools/targets.ts) through the gate:
 * withheld when the gate hides the scope's combined figure of the period read
 * (`hidden`); otherwise `fit()`, which fits only the earlier periods whose
 * combined figure the gate published for the scope (the others are not points).
 */
export function gatedToolsForecast(hidden: boolean, fit: () => Forecast): Forecast {
  return hidden ? withheldForecast : fit();
}
