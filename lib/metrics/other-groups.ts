/**
 * The **"Other groups" model**: the hidden groups together, as one scope
 * (key OTHER_GROUPS_KEY), when the gate publishes that row
 * (publication-plan.ts). Its figures count over the gate's
 * `otherGroups.memberIds` — the union of those groups' members under the one
 * membership definition (scopes.ts) — and its per-product figures go
 * through the gate like any scope's (product-gate.ts).
 *
 * Size: members seen in the last 30 days (approximate; the hidden groups'
 * own seat counts are not added up, since they are hidden).
 * No champions, seats, targets or suggestions: a row of figures only.
 */
import { adoptionSection, scopeSeries } from '@/lib/metrics/adoption';
import { countActives } from '@/lib/metrics/adoption-counts';
import { bestScopeSize } from '@/lib/metrics/group-size';
import { SERIES_DAYS, type InsightContext } from '@/lib/metrics/insight-context';
import type { InsightModel } from '@/lib/metrics/insight-types';
import {
  otherGroupsName,
  OTHER_GROUPS_KEY,
  type PublicationGate,
} from '@/lib/metrics/publication-gate';
import { emptyModel } from '@/lib/metrics/scope-parts';
import { membersSeen, type ScopeMembers } from '@/lib/metrics/scopes';
import type { AdoptionSection } from '@/lib/metrics/adoption';

/** The row's model, or null when the gate does not publish it. */
export function otherGroupsModel(
  ctx: InsightContext,
  gate: PublicationGate,
  gated: (scope: string, a: AdoptionSection) => AdoptionSection,
): InsightModel | null {
  const idx = ctx.idx;
  const first = ctx.groups.find((g) => g.scope.id === gate.otherGroups.groupIds[0]);
  if (!idx || !gate.otherGroups.published || !first) return null;
  const members = Int32Array.from(
    gate.otherGroups.memberIds.map((id) => idx.memberIndex.get(id)!),
  ).sort();
  const scope: ScopeMembers = {
    id: OTHER_GROUPS_KEY,
    name: otherGroupsName(gate.otherGroups.groupIds.length),
    groupSource: null,
    members,
  };
  const weekdaysOnly = ctx.settings.weekdaysOnly;
  const [counts] = countActives(idx, [scope], weekdaysOnly);
  const size = bestScopeSize({ membersSeen: membersSeen(idx, scope, 30), members: members.length });
  const series = scopeSeries(idx, counts!, undefined, size.value, weekdaysOnly, true);
  const adoption = gated(OTHER_GROUPS_KEY, adoptionSection(series, SERIES_DAYS));
  const data = { scope, size, series, adoption, completeness: first.completeness };
  return { ...emptyModel(ctx, data, []), adoption };
}
