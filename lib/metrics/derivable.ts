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
 * Method: reduce the matrix to reduced row echelon form; the **residual**
 * of a region is what is left of its unit vector after reducing by the rows
 * (read straight off the reduced form). X is derivable iff its regions'
 * residuals sum to zero. Arithmetic is exact modulo two primes below 2^26
 * (fast, in doubles); a set counts as derivable when its residuals vanish
 * modulo either prime, so a rank that collapses modulo one prime can only
 * make the gate hide more, never less. Only regions smaller than k can be in
 * X; subsets of them whose sizes sum below k are searched (at most `budget`:
 * beyond that the answer is "derivable", the safe side).
 *
 * Example: org of 20 with Sales (8), Engineering (8) and Legal (4), Legal
 * hidden: regions Sales, Engineering, Legal; org − Sales − Engineering gives
 * Legal, so `smallDerivable` returns Legal's members.
 */

const primes = [67_108_859, 67_108_837] as const;

function inverse(a: number, p: number): number {
  let [r0, r1, t0, t1] = [p, a, 0, 1];
  while (r1 !== 0) {
    const f = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - f * r1];
    [t0, t1] = [t1, t0 - f * t1];
  }
  return ((t0 % p) + p) % p;
}

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
 * members × sets.
 */
export function regionsOf(universe: number, sets: readonly ArrayLike<number>[]): Region[] {
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
    regions[r]!.members.push(m);
  }
  sets.forEach((s, j) => {
    for (let i = 0; i < s.length; i += 1) regions[indexOf[regionOf[s[i]!]!]!]!.in[j] = true;
  });
  return regions;
}

/**
 * Residual of each region's unit vector modulo p after reducing by the row
 * space of `rows` (regions as columns), as a sparse map column → value.
 */
function residuals(rows: boolean[][], columns: number, p: number): Map<number, number>[] {
  const m = rows.map((r) => Float64Array.from(r, (b) => (b ? 1 : 0)));
  const pivots: { row: Float64Array; col: number }[] = [];
  for (let col = 0; col < columns && m.length > 0; col += 1) {
    const at = m.findIndex((r) => r[col] !== 0);
    if (at < 0) continue;
    const [row] = m.splice(at, 1);
    const inv = inverse(row![col]!, p);
    const norm = row!.map((v) => (v * inv) % p);
    // Only the pivot row's non-zero columns change a row (elsewhere r[c] − f·0 = r[c]).
    const nonZero: number[] = [];
    for (let c = 0; c < columns; c += 1) if (norm[c] !== 0) nonZero.push(c);
    for (const r of [...m, ...pivots.map((x) => x.row)]) {
      const f = r[col]!;
      if (f !== 0) for (const c of nonZero) r[c] = (((r[c]! - f * norm[c]!) % p) + p) % p;
    }
    pivots.push({ row: norm, col });
  }
  const pivotOf = new Map(pivots.map((x) => [x.col, x.row]));
  return Array.from({ length: columns }, (_, c) => {
    const row = pivotOf.get(c);
    const out = new Map<number, number>();
    if (!row) return out.set(c, 1);
    // e_c − row: zero on every pivot column, −row on the free ones.
    for (let f = 0; f < columns; f += 1)
      if (!pivotOf.has(f) && row[f] !== 0) out.set(f, p - row[f]!);
    return out;
  });
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
  return smallDerivableOfRegions(regionsOf(universe, published), published.length, k, budget);
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
  const rows = Array.from({ length: sets }, (_, j) => regions.map((r) => r.in[j]!));
  const small = regions
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.members.length < k)
    .sort((a, b) => a.r.members.length - b.r.members.length);
  if (small.length === 0) return null;
  for (const p of primes) {
    const found = searchZeroSum(small, residuals(rows, regions.length, p), p, k, budget);
    if (found) return found;
  }
  return null;
}

/**
 * A subset of `small` regions (sizes summing below k) whose residuals sum to
 * zero modulo p, or null. A region with a residual coordinate that no other
 * remaining region touches can be in no such subset: those are dropped first.
 */
function searchZeroSum(
  small: { r: Region; i: number }[],
  res: Map<number, number>[],
  p: number,
  k: number,
  budget: number,
): number[] | null {
  let live = small;
  for (let changed = true; changed;) {
    const touching = new Map<number, number>();
    for (const { i } of live)
      for (const c of res[i]!.keys()) touching.set(c, (touching.get(c) ?? 0) + 1);
    const next = live.filter(({ i }) =>
      [...res[i]!.keys()].every((c) => touching.get(c)! > 1 || res[i]!.size === 0),
    );
    changed = next.length !== live.length;
    live = next;
  }
  // The running sum as a dense vector with its count of non-zero coordinates (the search's hot loop).
  const sum = new Float64Array(res.length);
  let nonZero = 0;
  const cols = res.map((x) => Int32Array.from(x.keys()));
  const vals = res.map((x) => Float64Array.from(x.values()));
  const add = (i: number, sign: 1 | -1) => {
    const cs = cols[i]!;
    const vs = vals[i]!;
    for (let j = 0; j < cs.length; j += 1) {
      const c = cs[j]!;
      const old = sum[c]!;
      const next = (((old + sign * vs[j]!) % p) + p) % p;
      if (old === 0 && next !== 0) nonZero += 1;
      else if (old !== 0 && next === 0) nonZero -= 1;
      sum[c] = next;
    }
  };
  let tried = 0;
  const chosen: number[] = [];
  const search = (from: number, size: number): number[] | null => {
    for (let s = from; s < live.length; s += 1) {
      const { r, i } = live[s]!;
      if (size + r.members.length >= k) break; // sorted by size: later ones are no smaller
      if ((tried += 1) > budget) return live[0]!.r.members; // too many to search: assume the worst
      add(i, 1);
      chosen.push(s);
      if (nonZero === 0) return chosen.flatMap((x) => live[x]!.r.members).sort((a, b) => a - b);
      const found = search(s + 1, size + r.members.length);
      if (found) return found;
      chosen.pop();
      add(i, -1);
    }
    return null;
  };
  return search(0, 0);
}
