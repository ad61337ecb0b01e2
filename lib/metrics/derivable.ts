/**
 * **Derivable small counts**: can someone who reads every published count
 * work out the count of fewer than k people (other than zero)?
 *
 * Each published figure (actives, product users, spend, any window) is a sum
 * over the members of a published set. The published sets cut the org into
 * **regions**: members that lie in exactly the same published sets. A set X
 * of people is derivable iff its indicator is a linear combination (over the
 * rationals) of the published sets' indicators; only unions of regions can
 * be. So a small count is derivable iff some union X of regions with
 * 0 < |X| < k lies in the row space of the published-sets × regions matrix.
 *
 * Method (small-null-space.ts): only regions smaller than k can be in X, so
 * the candidates are the row-space vectors that vanish on every large
 * region; one reduction of the matrix (large columns first) gives a basis of
 * them in reduced form, and the 0/1 vectors among their combinations with
 * size below k are searched row by row. No such vector: exactly nothing
 * small is derivable. Arithmetic is exact modulo two primes below 2^26 (fast,
 * in doubles); a set counts as derivable when found modulo either prime, so
 * a rank that collapses modulo one prime can only make the gate hide more,
 * never less. Beyond `budget` branches of the search the answer is
 * "derivable", the safe side.
 *
 * Example: org of 20 with Sales (8), Engineering (8) and Legal (4), Legal
 * hidden: regions Sales, Engineering, Legal; org − Sales − Engineering gives
 * Legal, so `smallDerivable` returns Legal's members.
 */

import { searchSmallNull, smallNullBasis } from '@/lib/metrics/small-null-space';

const primes = [67_108_859, 67_108_837] as const;

export interface Region {
  /** Member indices in the region (ascending). */
  members: number[];
  /** Which published sets hold it (one flag per set). */
  in: boolean[];
}

/**
 * The regions of `sets` (member index lists) within members 0 … universe−1; members in no set are
 * one region too. Regions come in the order of their first member. Refined set by set (a member's
 * region id is split by each set it is in), so the cost is the sum of the sets' sizes, not
 * members × sets. `cap`: at most that many members listed per region (`smallDerivable` lists k:
 * of a larger region only "at least k" is read).
 */
export function regionsOf(
  universe: number,
  sets: readonly ArrayLike<number>[],
  cap = Infinity,
): Region[] {
  const regionOf = new Int32Array(universe); // 0: in no set so far
  const seenIn = new Int32Array(universe).fill(-1); // a set listing a member twice splits it once
  let next = 1;
  sets.forEach((s, j) => {
    const split = new Map<number, number>();
    for (let i = 0; i < s.length; i += 1) {
      const m = s[i]!;
      if (seenIn[m] === j) continue;
      seenIn[m] = j;
      const old = regionOf[m]!;
      let id = split.get(old);
      if (id === undefined) split.set(old, (id = next++));
      regionOf[m] = id;
    }
  });
  const indexOf = new Int32Array(next).fill(-1);
  const regions: Region[] = [];
  for (let m = 0; m < universe; m += 1) {
    const id = regionOf[m]!;
    let r = indexOf[id]!;
    if (r < 0) {
      r = indexOf[id] = regions.length;
      regions.push({ members: [], in: new Array<boolean>(sets.length).fill(false) });
    }
    const members = regions[r]!.members;
    if (members.length < cap) members.push(m);
  }
  sets.forEach((s, j) => {
    for (let i = 0; i < s.length; i += 1) regions[indexOf[regionOf[s[i]!]!]!]!.in[j] = true;
  });
  return regions;
}

/**
 * Members of a derivable set of fewer than k people (other than none), or
 * null when there is none. `published` are the published sets (the org
 * first, usually). `budget` bounds the subsets searched.
 */
export function smallDerivable(
  universe: number,
  published: readonly ArrayLike<number>[],
  k: number,
  budget = 20_000,
): number[] | null {
  return smallDerivableOfRegions(regionsOf(universe, published, k), published.length, k, budget);
}

/**
 * `smallDerivable` from the regions of the published sets (`sets` of them),
 * e.g. merged from finer regions by region-atoms.ts. Only the members of
 * regions smaller than k are read.
 */
export function smallDerivableOfRegions(
  regions: readonly Region[],
  sets: number,
  k: number,
  budget = 20_000,
): number[] | null {
  const small: number[] = [];
  const large: number[] = [];
  regions.forEach((r, i) => (r.members.length < k ? small : large).push(i));
  if (small.length === 0) return null;
  small.sort((a, b) => regions[a]!.members.length - regions[b]!.members.length || a - b);
  // Columns: large regions first, then the small ones (smallest first); rows: the sets.
  const order = [...large, ...small];
  // Plain loops: a typed array's `from` with a map function is many times slower in V8.
  const rows = Array.from({ length: sets }, () => new Float64Array(order.length));
  for (let c = 0; c < order.length; c += 1) {
    const inSets = regions[order[c]!]!.in;
    for (let j = 0; j < sets; j += 1) if (inSets[j]) rows[j]![c] = 1;
  }
  const sizes = new Int32Array(small.length);
  for (let c = 0; c < small.length; c += 1) sizes[c] = regions[small[c]!]!.members.length;
  for (const p of primes) {
    const basis = smallNullBasis(rows, order.length, large.length, p);
    const found = searchSmallNull(basis, sizes, k, p, budget);
    // Too many combinations to search: the safe side, a small region of N as the derivable set.
    if (found === 'budget') return regions[small[basis[0]!.pivot]!]!.members.slice();
    if (found) return found.flatMap((c) => regions[small[c]!]!.members).sort((a, b) => a - b);
  }
  return null;
}
