/**
 * One insight model per scope (insight-types.ts), and all of them at once.
 *
 * `buildAllScopes` computes the org and every group from one pass over the
 * rows; `buildInsightModel` computes one scope (the org model still reads
 * every group, since its suggestions compare teams). Privacy is applied here,
 * after aggregation: a suppressed group's model carries no figure.
 */
import { benchmarks } from '@/lib/metrics/benchmarks';
import type { IndexMemo } from '@/lib/metrics/index-memo';
import { isToolsMetric, type MetricsSettings } from '@/lib/metrics/config';
import type { AdoptionSection } from '@/lib/metrics/adoption';
import { metricProducts, type MetricsHistory } from '@/lib/metrics/history';
import { gateProducts } from '@/lib/metrics/product-figures';
import type { PublicationGate } from '@/lib/metrics/publication-gate';
import {
  prepareInsights,
  type InsightContext,
  type ScopeData,
} from '@/lib/metrics/insight-context';
import type {
  AllScopes,
  ChampionsSection,
  InsightModel,
  Suppression,
} from '@/lib/metrics/insight-types';
import { otherGroupsModel } from '@/lib/metrics/other-groups';
import { publicationGateOf } from '@/lib/metrics/publication-plan';
import { championsHeldBack, seatsHeldBack } from '@/lib/metrics/scope-completeness';
import { championsFor, emptyModel, factsOf } from '@/lib/metrics/scope-parts';
import { seatSignals, type SeatSignals } from '@/lib/metrics/seats';
import { suggestionCandidates } from '@/lib/metrics/suggestion-rules';
import { rankSuggestions, type Suggestion } from '@/lib/metrics/suggestions';
import { gatedTarget } from '@/lib/metrics/target-gate';
import { targetProgress } from '@/lib/metrics/targets';

export interface BuildOptions {
  /** Now: an instant (ms since epoch) mapped to a day in `timeZone`, or a `YYYY-MM-DD` day. */
  today: number | string;
  /** IANA time zone of the admin, e.g. `Europe/London`. */
  timeZone: string;
  /**
   * Per-day aggregates kept from earlier builds (index-memo.ts). Optional:
   * results are the same with or without, only faster with one.
   */
  memo?: IndexMemo;
}

/** Builds the models of the org and of the groups `ctx` computed. */
function assemble(raw: InsightContext): AllScopes {
  const gate = publicationGateOf(raw);
  // Every figure below (models, suggestions, benchmarks) reads the gated per-product counts.
  const gated = (d: ScopeData): ScopeData => ({
    ...d,
    adoption: d.adoption && gatedAdoption(gate, d.scope.id, d.adoption),
  });
  const ctx: InsightContext = { ...raw, org: gated(raw.org), groups: raw.groups.map(gated) };
  const { settings } = ctx;
  const teamGrain = settings.privacy.teamGrainOnly;
  const published = ctx.groups.filter((g) => g.series && !ctx.suppression.has(g.scope.id));
  if (!ctx.idx || !ctx.org.series) {
    const noData: Suppression = {
      part: 'scope',
      reason: 'no-data',
      detail: 'No history stored yet.',
    };
    return {
      org: emptyModel(ctx, ctx.org, [noData]),
      groups: ctx.groups.map((g) => emptyModel(ctx, g, [noData])),
      otherGroups: null,
      gate,
    };
  }
  const seatsOf = new Map<string, SeatSignals>();
  const champsOf = new Map<string, ChampionsSection>();
  for (const d of [ctx.org, ...published]) {
    const pending = d.scope.id === 'org' ? ctx.pendingInvites : null;
    seatsOf.set(
      d.scope.id,
      seatSignals(ctx.idx, d.scope, settings.seats, pending, !teamGrain, seatsHeldBack(d)),
    );
    champsOf.set(d.scope.id, championsFor(ctx, d, !teamGrain));
  }
  const facts = (d: ScopeData) =>
    factsOf(
      ctx,
      d,
      seatsOf.get(d.scope.id) ?? null,
      d.scope.id === 'org' ? null : (champsOf.get(d.scope.id)?.champions[0] ?? null),
    );
  const candidates = suggestionCandidates(
    facts(ctx.org),
    published.map(facts),
    settings.suggestions,
    ctx.enabledProducts,
  );
  const model = (d: ScopeData, list: Suggestion[]): InsightModel => {
    const suppressed: Suppression[] = [];
    if (teamGrain) {
      suppressed.push({
        part: 'champions',
        reason: 'team-grain-only',
        detail: 'Team grain only: no individual is shown.',
      });
      suppressed.push({
        part: 'member-lists',
        reason: 'team-grain-only',
        detail: 'Team grain only: seat signals are counts.',
      });
    }
    const isOrg = d.scope.id === 'org';
    const heldBack = championsHeldBack(d);
    if (heldBack) suppressed.push(heldBack);
    return {
      ...emptyModel(ctx, d, suppressed),
      adoption: d.adoption,
      targets: settings.targets
        // Combined targets across tools are read by the Tools view (lib/metrics/tools/targets.ts).
        .filter((t) => t.scope === d.scope.id && !isToolsMetric(t.metric))
        .map((t) => gatedTarget(targetProgress(t, d.series!), gate)),
      champions: heldBack
        ? { ...champsOf.get(d.scope.id)!, shown: false, champions: [] }
        : champsOf.get(d.scope.id)!,
      seats: seatsOf.get(d.scope.id)!,
      suggestions: rankSuggestions(list, settings.suggestions, ctx.today),
      benchmarks: benchmarks(
        d.adoption,
        isOrg ? null : ctx.org.adoption,
        settings.benchmarkPresets,
      ),
    };
  };
  const orgList = candidates.filter((s) => s.scope === 'org' || s.rule !== 'seat-reclaim');
  return {
    gate,
    otherGroups: otherGroupsModel(raw, gate, (scope, a) => gatedAdoption(gate, scope, a)),
    org: model(ctx.org, orgList),
    groups: ctx.groups.map((g) => {
      const hidden = ctx.suppression.get(g.scope.id);
      if (hidden)
        return emptyModel(ctx, g, [
          { part: 'scope', reason: hidden.reason, detail: hidden.detail },
        ]);
      if (!g.series)
        return emptyModel(ctx, g, [{ part: 'scope', reason: 'no-data', detail: 'Not computed.' }]);
      return model(
        g,
        candidates.filter((s) => s.scope === g.scope.id),
      );
    }),
  };
}

/** A scope's adoption with its per-product figures through the gate (product-gate.ts). */
function gatedAdoption(gate: PublicationGate, scope: string, a: AdoptionSection): AdoptionSection {
  const hidden = new Set(metricProducts.filter((p) => gate.products[p].includes(scope)));
  return gateProducts(a, gate.k, hidden, scope === 'org');
}

/**
 * Insight models for the org and every group, sharing one pass over the
 * rows (per-member active-day bitsets, counted into every scope at once).
 */
export function buildAllScopes(
  history: MetricsHistory,
  settings: MetricsSettings,
  options: BuildOptions,
): AllScopes {
  return assemble(
    prepareInsights(history, settings, options.today, options.timeZone, () => true, options.memo),
  );
}

/**
 * The insight model of one scope (`org`, the default, or a group id). An
 * unknown group id gives a model whose `suppressed` says 'no-data'.
 */
export function buildInsightModel(
  history: MetricsHistory,
  settings: MetricsSettings,
  options: BuildOptions & { scope?: string },
): InsightModel {
  const scope = options.scope ?? 'org';
  const ctx = prepareInsights(
    history,
    settings,
    options.today,
    options.timeZone,
    (id) => scope === 'org' || id === scope,
    options.memo,
  );
  const all = assemble(ctx);
  if (scope === 'org') return all.org;
  const found = all.groups.find((g) => g.scope.id === scope);
  if (found) return found;
  const missing: ScopeData = {
    scope: { id: scope, name: null, groupSource: null, members: new Int32Array(0) },
    size: { value: null, source: 'none', approximate: false, members: null },
    series: null,
    adoption: null,
    completeness: { ...ctx.org.completeness, membersKnown: false, note: null },
  };
  return emptyModel(ctx, missing, [
    { part: 'scope', reason: 'no-data', detail: `No group ${scope} in the history.` },
  ]);
}
