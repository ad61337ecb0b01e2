/**
 * **Privacy floor**: no figure for a group of fewer than k members, and no
 * way to recover such a figure by subtracting published ones.
 *
 * Applied after aggregation, before anything leaves lib/metrics
 * (insight-model.ts nulls every figure of a suppressed group).
 *
 * 1. Primary: a group with fewer than k members (its current membership) is
 *    suppressed.
 * 2. Complementary: groups are not an exclusive partition (a member can be in
 *    several), so the check is on sets, not on a list of teams. For every
 *    published total P (the org, and each published group), take the
 *    published groups strictly inside P; the people of P outside all of them
 *    (U) are what "P minus its published parts" reveals when the parts are
 *    disjoint. If 0 < |U| < k, the smallest of those parts is suppressed too
 *    (which merges it into U), and the check repeats until nothing changes.
 *    This covers "exactly one team of a partition is suppressed" (the
 *    next-smallest goes too) and also a handful of people in no group.
 *
 * Protects against: reading a small group directly; recovering it (or a
 * small ungrouped remainder) as a published total minus published disjoint
 * parts. It is conservative when parts overlap (subtraction would not be
 * exact, but we suppress anyway). Not protected: differencing the same
 * group across time as members join or leave, inference from outside
 * knowledge, and per-product counts inside a published group (a count of 1
 * person using Design in a 40-person team is shown).
 */

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

function bitsOf(members: ArrayLike<number>, words: number): Uint32Array {
  const bits = new Uint32Array(words);
  for (let i = 0; i < members.length; i += 1) bits[members[i]! >>> 5]! |= 1 << (members[i]! & 31);
  return bits;
}

function isSubset(a: Uint32Array, b: Uint32Array): boolean {
  for (let w = 0; w < a.length; w += 1) if ((a[w]! & ~b[w]!) !== 0) return false;
  return true;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Which groups to suppress. `universe` is the number of members of the org
 * (member indices are 0 … universe−1). Example with k = 5: org of 19 = A (8)
 * ⊔ B (7) ⊔ C (4): C is below k, and org − A − B would give C, so B is
 * suppressed as its complement (org − A now gives B and C together, 11 people).
 */
export function planSuppression(
  universe: number,
  groups: readonly PrivacyGroup[],
  k: number,
): Map<string, GroupSuppression> {
  const words = Math.ceil(universe / 32);
  const all = new Uint32Array(words);
  for (let i = 0; i < universe; i += 1) all[i >>> 5]! |= 1 << (i & 31);
  const sets = groups.map((g) => ({
    id: g.id,
    bits: bitsOf(g.members, words),
    size: g.members.length,
  }));
  const out = new Map<string, GroupSuppression>();
  for (const g of sets)
    if (g.size < k)
      out.set(g.id, { groupId: g.id, reason: 'below-k', detail: `Fewer than ${k} members.` });
  let changed = true;
  while (changed) {
    changed = false;
    const published = sets.filter((g) => !out.has(g.id));
    const parents = [{ id: 'org', bits: all, size: universe }, ...published];
    for (const parent of parents) {
      const parts = published.filter((g) => g.size < parent.size && isSubset(g.bits, parent.bits));
      if (parts.length === 0) continue;
      const covered = new Uint32Array(words);
      for (const p of parts) for (let w = 0; w < words; w += 1) covered[w]! |= p.bits[w]!;
      let rest = 0;
      for (let w = 0; w < words; w += 1) rest += popcount(parent.bits[w]! & ~covered[w]!);
      if (rest === 0 || rest >= k) continue;
      const smallest = [...parts].sort((a, b) => a.size - b.size || (a.id < b.id ? -1 : 1))[0]!;
      out.set(smallest.id, {
        groupId: smallest.id,
        reason: 'complementary',
        detail: `Hidden too, so that ${parent.id === 'org' ? 'org' : 'group'} totals minus published groups cannot reveal fewer than ${k} people.`,
      });
      changed = true;
      break;
    }
  }
  return out;
}
