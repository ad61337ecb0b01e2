/**
 * Pieces of a scope's insight model: its champions section, the facts the
 * suggestion rules read, and the empty model (no data, or suppressed by the
 * privacy floor: no figure at all, only the reason).
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import type { FigureSource } from '@/lib/metrics/adoption';
import { championRows, type ChampionSelection } from '@/lib/metrics/champions';
import type { Basis } from '@/lib/metrics/completeness';
import { scopeFeatureUse } from '@/lib/metrics/feature-use';
import { catalogCount } from '@/lib/metrics/catalog';
import { dayNumber } from '@/lib/metrics/days';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';
import type { InsightContext, ScopeData } from '@/lib/metrics/insight-context';
import type { ChampionsSection, InsightModel, Suppression } from '@/lib/metrics/insight-types';
import type { SeatSignals } from '@/lib/metrics/seats';
import type { ScopeFacts } from '@/lib/metrics/suggestion-rules';

/**
 * The scope's champions: the org's selection (champions.ts) restricted to the
 * scope's members; `shown: false` and no names when `allowed` is false.
 */
export function championsFor(
  ctx: InsightContext,
  data: ScopeData,
  allowed: boolean,
): ChampionsSection {
  const sel = ctx.champions;
  const base = {
    windowDays: ctx.settings.champions.windowDays,
    eligible: sel?.eligible ?? null,
    cutoff: sel?.cutoff ?? null,
    computedCutoff: sel?.computedCutoff ?? null,
    frozenAt: sel?.frozenAt ?? null,
  };
  if (!sel || !allowed || !ctx.idx) return { shown: false, ...base, champions: [] };
  if (data.scope.id === 'org') return { shown: true, ...base, champions: sel.champions };
  const idx = ctx.idx;
  let of = championAt.get(sel);
  if (!of || of.idx !== idx) {
    const at = new Int32Array(idx.memberIds.length).fill(-1);
    const known = championRows(sel);
    // Columns of this index: each champion's row is its member index (no lookup by id).
    if (known && known.memberIds === idx.memberIds)
      for (let i = 0; i < known.rows.length; i += 1) at[known.rows[i]!] = i;
    else
      sel.champions.forEach((c, i) => {
        const g = idx.memberIndex.get(c.memberId);
        if (g !== undefined) at[g] = i;
      });
    of = { idx, at };
    championAt.set(sel, of);
  }
  const found: number[] = [];
  const { members } = data.scope;
  const at = of.at;
  for (let i = 0; i < members.length; i += 1) {
    const p = at[members[i]!]!;
    if (p >= 0) found.push(p);
  }
  const order = Int32Array.from(found).sort();
  const champions = [];
  for (let j = 0; j < order.length; j += 1)
    if (j === 0 || order[j] !== order[j - 1]) champions.push(sel.champions[order[j]!]!);
  return { shown: true, ...base, champions };
}

/** Per selection, the position among its champions of each member of the index (-1: none). */
const championAt = new WeakMap<ChampionSelection, { idx: ActivityIndex; at: Int32Array }>();

/**
 * Facts the suggestion rules read about a scope: size, monthly actives and
 * rate with their basis, product actives, who uses connectors / skills /
 * projects / Cowork in the last 30 days (feature-use.ts: from complete inputs
 * only, else null) and the group's use totals, catalog counts, reclaimable
 * seats and the team's top champion.
 */
export function factsOf(
  ctx: InsightContext,
  data: ScopeData,
  seats: SeatSignals | null,
  champion: ScopeFacts['champion'],
): ScopeFacts {
  const a = data.adoption!;
  const basisOf = (source: FigureSource | null): Basis =>
    source === 'members' ? 'members' : 'totals';
  const use = scopeFeatureUse({
    idx: ctx.idx!,
    history: ctx.history,
    scopeId: data.scope.id,
    members: data.scope.members,
    membersKnown: data.completeness.membersKnown,
    monthlyComplete: data.completeness.monthly.complete,
    cowork: a.products.cowork.monthly,
  });
  const start = dayNumber(ctx.asOf!) - 29;
  const end = start + 30;
  const catalogs = ctx.history.catalogs ?? [];
  const count = (kind: 'skills' | 'connectors' | 'projects') =>
    catalogCount(catalogs, kind, data.scope.id, start, end);
  return {
    id: data.scope.id,
    name: data.scope.name,
    size: data.size.value,
    monthlyActives: a.monthly.actives,
    monthlyRate: a.monthly.rate,
    monthlyBasis: basisOf(a.monthly.source),
    productActives: Object.fromEntries(
      metricProducts.map((p) => [p, a.products[p].monthly.actives]),
    ) as Record<MetricProduct, number | null>,
    productBasis: Object.fromEntries(
      metricProducts.map((p) => [p, basisOf(a.products[p].monthly.source)]),
    ) as Record<MetricProduct, Basis>,
    featureUsers: use.users,
    featureBasis: use.basis,
    featureTotals: use.totals,
    catalogCounts: {
      connectors: count('connectors'),
      skills: count('skills'),
      projects: count('projects'),
    },
    reclaimable: seats ? seats.reclaimable : null,
    champion,
  };
}

/**
 * A model with no figures: for no data, or a scope the privacy floor hides
 * (then its size is nulled too). `suppressed` says why.
 */
export function emptyModel(
  ctx: InsightContext,
  data: ScopeData,
  suppressed: Suppression[],
): InsightModel {
  const suppressedScope = suppressed.some((s) => s.part === 'scope' && s.reason !== 'no-data');
  return {
    version: 1,
    scope: {
      id: data.scope.id,
      kind: data.scope.id === 'org' ? 'org' : 'group',
      name: data.scope.name,
      groupSource: data.scope.groupSource,
    },
    today: ctx.today,
    freshness: ctx.freshness,
    size: suppressedScope ? { ...data.size, value: null, members: null } : data.size,
    adoption: null,
    targets: [],
    champions: { ...championsFor(ctx, data, false) },
    seats: null,
    suggestions: [],
    benchmarks: null,
    suppressed,
    completeness: data.completeness,
  };
}
