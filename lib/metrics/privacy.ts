/**
 * **Privacy floor**: no figure for a group of fewer than k members, and no
 * way to recover such a figure by subtracting published ones.
 *
 * Applied after aggregation, before anything leaves lib/metrics
 * (insight-model.ts nulls every figure of a suppressed group).
 *
 * 1. Primary: a group with fewer than k members (its current membership) is
 *    suppressed.
 * 2. Complementary: no count of fewer than k people (other than zero) may be
 *    derivable as a linear combination of published counts (derivable.ts):
 *    the org, the published groups (which overlap: a member can be in
 *    several) and the "in no group" row. While one is, one more group is
 *    suppressed. Every published figure (actives, per-product users, spend,
 *    any window) is a sum over the members of a published set, so checking
 *    the sets' members covers them all, with one membership definition
 *    (scopes.ts) for every window.
 *
 * Protects against: reading a small group directly; recovering a small set
 * of people by adding and subtracting published totals, through overlapping
 * groups too. Not protected: differencing the same group across builds as
 * members join or leave (each build is checked on its own), inference from
 * outside knowledge, and small activity counts inside a large published set
 * (2 people active last week in a 40-person team is shown). Per-product
 * counts are checked on their own (product-gate.ts). See docs/privacy.md.
 */

import { smallDerivable } from '@/lib/metrics/derivable';

export interface PrivacyGroup {
  id: string;
  /** Member indices (any order, no duplicates). */
  members: ArrayLike<number>;
}

export interface GroupSuppression {
  groupId: string;
  /** `incomplete-history`: who is in the group is not synced yet, so the floor cannot be checked. */
  reason: 'below-k' | 'complementary' | 'incomplete-history';
  detail: string;
}

/** Id of the "in no group" set in a plan (never a group id: those do not start with a space). */
export const NO_GROUP_PLAN_ID = ' no-group';

/** What a complementary suppression says, in words (not "too small": the group may be large). */
export const complementaryDetail =
  'Hidden so that a smaller team’s figures cannot be worked out by subtraction.';

/**
 * Which groups to suppress. `universe` is the number of members of the org
 * (member indices are 0 … universe−1). With `noGroupRow`, the people in no
 * group are one more set to publish (id NO_GROUP_PLAN_ID), checked like a
 * group.
 *
 * 1. Every group below k is suppressed (`below-k`).
 * 2. While some count of fewer than k people (other than zero) is derivable
 *    from the org and the published sets (derivable.ts: any linear
 *    combination, overlapping groups included), one more set is suppressed
 *    (`complementary`): the smallest whose suppression leaves nothing small
 *    derivable, else the smallest that cuts through the derivable set.
 *
 * Example with k = 5: org of 19 = A (8) ⊔ B (7) ⊔ C (4): C is below k, and
 * org − A − B would give C, so B is suppressed as its complement (org − A now
 * gives B and C together, 11 people).
 */
export function planSuppression(
  universe: number,
  groups: readonly PrivacyGroup[],
  k: number,
  options: { noGroupRow?: boolean } = {},
): Map<string, GroupSuppression> {
  const noGroupRow = options.noGroupRow ?? false;
  if (last && sameInputs(last, universe, groups, k, noGroupRow)) return new Map(last.plan);
  const plan = freshPlan(universe, groups, k, noGroupRow);
  last = {
    universe,
    k,
    noGroupRow,
    groups: groups.map((g) => ({ id: g.id, members: Int32Array.from(g.members) })),
    plan,
  };
  return new Map(plan);
}

/**
 * The last plan made, with its inputs (copied): a build that plans the same
 * groups again (the next day, most often) reads it back.
 */
let last: {
  universe: number;
  k: number;
  noGroupRow: boolean;
  groups: { id: string; members: Int32Array }[];
  plan: Map<string, GroupSuppression>;
} | null = null;

function sameInputs(
  kept: NonNullable<typeof last>,
  universe: number,
  groups: readonly PrivacyGroup[],
  k: number,
  noGroupRow: boolean,
): boolean {
  if (kept.universe !== universe || kept.k !== k || kept.noGroupRow !== noGroupRow) return false;
  if (kept.groups.length !== groups.length) return false;
  return groups.every((g, j) => {
    const h = kept.groups[j]!;
    if (h.id !== g.id || h.members.length !== g.members.length) return false;
    for (let i = 0; i < h.members.length; i += 1) if (h.members[i] !== g.members[i]) return false;
    return true;
  });
}

function freshPlan(
  universe: number,
  groups: readonly PrivacyGroup[],
  k: number,
  noGroupRow: boolean,
): Map<string, GroupSuppression> {
  const all = new Int32Array(universe);
  for (let i = 0; i < universe; i += 1) all[i] = i;
  const sets = groups.map((g) => ({ id: g.id, members: g.members, size: g.members.length }));
  if (noGroupRow) {
    const inSome = new Uint8Array(universe);
    for (const g of groups) for (let i = 0; i < g.members.length; i += 1) inSome[g.members[i]!] = 1;
    const members: number[] = [];
    for (let i = 0; i < universe; i += 1) if (inSome[i] === 0) members.push(i);
    sets.push({ id: NO_GROUP_PLAN_ID, members, size: members.length });
  }
  const out = new Map<string, GroupSuppression>();
  for (const g of sets)
    if (g.size > 0 && g.size < k)
      out.set(g.id, {
        groupId: g.id,
        reason: 'below-k',
        detail:
          g.id === NO_GROUP_PLAN_ID
            ? `Fewer than ${k} people are in no group.`
            : `Fewer than ${k} members.`,
      });
  const published = () =>
    sets
      .filter((g) => !out.has(g.id) && g.size > 0)
      .sort((a, b) => a.size - b.size || (a.id < b.id ? -1 : 1));
  const derivable = (shown: readonly { members: ArrayLike<number> }[]) =>
    smallDerivable(universe, [all, ...shown.map((g) => g.members)], k);
  for (let bad = derivable(published()); bad; bad = derivable(published())) {
    const shown = published();
    const inBad = new Set(bad);
    const cuts = (g: (typeof shown)[number]) => {
      let hit = 0;
      for (let i = 0; i < g.members.length; i += 1) if (inBad.has(g.members[i]!)) hit += 1;
      return hit > 0 && hit < g.size;
    };
    const pick =
      shown.find((g) => derivable(shown.filter((o) => o !== g)) === null) ??
      shown.find(cuts) ??
      shown[0];
    if (!pick) break; // only the org is published: nothing left to hide
    out.set(pick.id, { groupId: pick.id, reason: 'complementary', detail: complementaryDetail });
  }
  return out;
}
