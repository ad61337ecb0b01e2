/**
 * Who uses connectors, skills, projects and Cowork in a scope over the 30
 * days ending on the model's day — from complete inputs only (completeness.ts):
 *
 * 1. **member days** ('members'): members with any use on the stored days,
 *    when all 30 days are stored and the scope's members are known;
 * 2. **the 30-day member rollup** ('totals'): range-mode `/users` gives each
 *    member's sums over exactly that window, so members with any use are
 *    counted exactly, when the scope's members are known;
 * 3. otherwise the count is unknown (null).
 *
 * Cowork users are the scope's Cowork monthly actives, whatever source the
 * adoption figure had ('members', or the API's /summaries: 'totals').
 *
 * Beside the counts, each group's **use totals** over the same window come
 * from the group rollup of `/users` (history `groupActivity`): they cannot
 * count people, but 0 tells that nobody in the group used the feature.
 */
import { FEATURE, floorDay, type ActivityIndex } from '@/lib/metrics/activity-index';
import type { Basis } from '@/lib/metrics/completeness';
import { dayString } from '@/lib/metrics/days';
import type { FeatureName, MetricsHistory, RollupInput } from '@/lib/metrics/history';

export interface ScopeFeatureUse {
  /** Members using each feature in the window; null when no complete input tells. */
  users: Record<FeatureName, number | null>;
  /** How each count was obtained (meaningful where `users` is not null). */
  basis: Record<FeatureName, Basis>;
  /** Group use totals over the window (0 = nobody used it); null when not stored or not told. */
  totals: Record<FeatureName, number | null>;
}

const none = { connectors: null, skills: null, projects: null, cowork: null };

/** The stored rollup covering exactly the 30 days ending `asOf` (day number), if any. */
export function monthlyRollup(history: MetricsHistory, asOf: number): RollupInput | null {
  const { start, end } = monthlyWindow(asOf);
  return (history.rollups ?? []).find((r) => r.startDay === start && r.endDay === end) ?? null;
}

/** The 30-day window [start, end) ending on `asOf`, clipped at the 2026-01-01 data floor as the sync clips it. */
function monthlyWindow(asOf: number): { start: string; end: string } {
  return { start: dayString(Math.max(asOf - 29, floorDay)), end: dayString(asOf + 1) };
}

function fromRollup(rollup: RollupInput, inScope: (id: string) => boolean) {
  const c = rollup.columns;
  const counts = { connectors: 0, skills: 0, projects: 0 };
  rollup.memberIds.forEach((id, i) => {
    if (!inScope(id)) return;
    const v = (name: keyof typeof c) => c[name]?.[i] ?? 0;
    if (v('chatConnectorsUsed') + v('coworkConnectorsUsed') > 0) counts.connectors += 1;
    if (v('chatSkillsUsed') + v('coworkSkillsUsed') > 0) counts.skills += 1;
    if (v('chatProjectsUsed') > 0) counts.projects += 1;
  });
  return counts;
}

/**
 * Feature use of one scope. `members` are its member indices in `idx`;
 * `membersKnown` and `monthlyComplete` come from completeness.ts; `cowork`
 * is the scope's Cowork monthly figure (actives and source).
 */
export function scopeFeatureUse(input: {
  idx: ActivityIndex;
  history: MetricsHistory;
  scopeId: string;
  members: Int32Array;
  membersKnown: boolean;
  monthlyComplete: boolean;
  cowork: { actives: number | null; source: 'members' | 'summaries' | null };
}): ScopeFeatureUse {
  const { idx, history, scopeId, members } = input;
  const coworkBasis: Basis = input.cowork.source === 'members' ? 'members' : 'totals';
  let counts: { connectors: number; skills: number; projects: number } | null = null;
  let basis: Basis = 'members';
  if (input.membersKnown && input.monthlyComplete) {
    counts = { connectors: 0, skills: 0, projects: 0 };
    for (const g of members) {
      const f = idx.features[g]!;
      if (f & FEATURE.connectors) counts.connectors += 1;
      if (f & FEATURE.skills) counts.skills += 1;
      if (f & FEATURE.projects) counts.projects += 1;
    }
  } else if (input.membersKnown) {
    const rollup = monthlyRollup(history, idx.asOf);
    if (rollup) {
      const ids = new Set(Array.from(members, (g) => idx.memberIds[g]!));
      counts = fromRollup(rollup, scopeId === 'org' ? () => true : (id) => ids.has(id));
      basis = 'totals';
    }
  }
  const { start, end } = monthlyWindow(idx.asOf);
  const group = (history.groupActivity ?? []).find(
    (a) => a.groupId === scopeId && a.startDay === start && a.endDay === end && a.featureUse,
  );
  return {
    users: {
      connectors: counts?.connectors ?? null,
      skills: counts?.skills ?? null,
      projects: counts?.projects ?? null,
      cowork: input.cowork.actives,
    },
    basis: { connectors: basis, skills: basis, projects: basis, cowork: coworkBasis },
    totals: group?.featureUse ?? none,
  };
}
