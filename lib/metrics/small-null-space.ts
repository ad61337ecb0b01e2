/**
 * **Small derivable unions, found through the null space** (derivable.ts's
 * search; issue 12: 50 groups).
 *
 * A union X of regions is derivable iff its indicator x (one coordinate per
 * region) lies in the row space of the published-sets × regions matrix M.
 * Only regions smaller than k (the **small** regions, S) can be in a small
 * X, so the candidates are the vectors of the row space that vanish on every
 * large region: the space N. With M's columns ordered large first, then
 * small, its reduced row echelon form gives N directly: the rows whose pivot
 * lies in S are zero on every large column (a pivot is a row's first
 * non-zero), and they span N (a row-space vector that is zero on every large
 * pivot column has no share of the large-pivot rows).
 *
 * In that reduced form, the coordinate of x at row i's pivot IS the
 * coefficient t_i of row i, so a 0/1 vector x of N is x = Σ t_i·row_i with
 * every t_i in {0, 1}: the search chooses the t_i one row at a time (depth
 * first), and a coordinate that no later row touches is final once its last
 * row is chosen: it must then be 0 or 1, and its region's size counts. A
 * branch ends as soon as a final coordinate is not 0/1 or the size reaches k.
 *
 * - dim N = 0: nothing small is derivable, exactly and at once.
 * - The usual case (groups cut the org like a partition; the hidden ones'
 *   union is the only combination) has dim N = 1: one row, one check.
 * - Beyond `budget` branches the answer is "derivable" (the safe side: the
 *   gate then hides more); `searchStats.budgetHits` counts those.
 *
 * Arithmetic is modulo a prime below 2^26 (exact in doubles); derivable.ts
 * asks two primes and takes a find of either, so a rank that collapses
 * modulo one prime can only make the gate hide more.
 */

/** Counters for the bench (tests/bench/metrics.ts): searches run, budgets hit. */
export const searchStats = { searches: 0, branches: 0, budgetHits: 0 };

function inverse(a: number, p: number): number {
  let [r0, r1, t0, t1] = [p, a, 0, 1];
  while (r1 !== 0) {
    const f = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - f * r1];
    [t0, t1] = [t1, t0 - f * t1];
  }
  return ((t0 % p) + p) % p;
}

/**
 * Rows (mod p, reduced echelon form) spanning N, over the small columns
 * only: `rows[j][c]` is 1 where set j holds column c; columns `0 … large−1`
 * are the large regions, the rest the small ones (local index c − large).
 */
export function smallNullBasis(
  rows: readonly Float64Array[],
  columns: number,
  large: number,
  p: number,
): { pivot: number; row: Float64Array }[] {
  const m = rows.map((r) => r.slice());
  const basis: { pivot: number; row: Float64Array }[] = [];
  let top = 0;
  for (let col = 0; col < columns && top < m.length; col += 1) {
    let at = -1;
    for (let i = top; i < m.length; i += 1)
      if (m[i]![col] !== 0) {
        at = i;
        break;
      }
    if (at < 0) continue;
    const row = m[at]!;
    m[at] = m[top]!;
    m[top] = row;
    const inv = inverse(row[col]!, p);
    const nonZero: number[] = [];
    for (let c = col; c < columns; c += 1)
      if (row[c] !== 0) {
        row[c] = (row[c]! * inv) % p;
        nonZero.push(c);
      }
    // Below the pivot always; above it only among the small-pivot rows (N's reduced form).
    const from = col >= large ? top - basis.length : top + 1;
    for (let i = from; i < m.length; i += 1) {
      if (i === top) continue;
      const r = m[i]!;
      const f = r[col]!;
      if (f === 0) continue;
      for (let z = 0; z < nonZero.length; z += 1) {
        const c = nonZero[z]!;
        const v = (r[c]! - f * row[c]!) % p; // |f·row| < 2^52: exact in doubles
        r[c] = v < 0 ? v + p : v;
      }
    }
    if (col >= large) basis.push({ pivot: col - large, row });
    top += 1;
  }
  return basis.map(({ pivot, row }) => ({ pivot, row: row.subarray(large) }));
}

/**
 * Small columns (local indices) of a 0/1 vector x of N with 0 < Σ size < k,
 * `'budget'` when the search gave up, or null when there is none. `sizes`
 * are the small regions' sizes (each at least 1).
 */
export function searchSmallNull(
  basis: readonly { pivot: number; row: Float64Array }[],
  sizes: ArrayLike<number>,
  k: number,
  p: number,
  budget: number,
): number[] | 'budget' | null {
  searchStats.searches += 1;
  const n = sizes.length;
  const m = basis.length;
  if (m === 0) return null;
  // Each row's non-zero columns other than its pivot. Rows are searched widest first: a narrow
  // row is then the last to touch its columns, which are judged as soon as it is chosen.
  const colsOf = basis.map(({ pivot, row }) => {
    const out: number[] = [];
    for (let c = 0; c < n; c += 1) if (row[c] !== 0 && c !== pivot) out.push(c);
    return Int32Array.from(out);
  });
  const order = basis
    .map((_, i) => i)
    .sort((a, b) => colsOf[b]!.length - colsOf[a]!.length || a - b);
  const rows = order.map((i) => basis[i]!);
  const cols = order.map((i) => colsOf[i]!);
  const last = new Int32Array(n).fill(-1);
  cols.forEach((cs, i) => cs.forEach((c) => (last[c] = i)));
  const finals: number[][] = rows.map(() => []);
  for (let c = 0; c < n; c += 1) if (last[c]! >= 0) finals[last[c]!]!.push(c);
  const x = new Float64Array(n);
  const chosen: number[] = [];
  let branches = 0;
  const add = (i: number, sign: 1 | -1) => {
    const row = rows[i]!.row;
    const cs = cols[i]!;
    for (let z = 0; z < cs.length; z += 1) {
      const c = cs[z]!;
      const v = x[c]! + sign * row[c]!; // both in [0, p): one correction brings v back
      x[c] = v >= p ? v - p : v < 0 ? v + p : v;
    }
  };
  // Size of row i's final columns, or −1 when one is not 0/1.
  const finalSize = (i: number): number => {
    let s = 0;
    const fs = finals[i]!;
    for (let z = 0; z < fs.length; z += 1) {
      const c = fs[z]!;
      const v = x[c]!;
      if (v === 1) s += sizes[c]!;
      else if (v !== 0) return -1;
    }
    return s;
  };
  const search = (i: number, size: number): boolean | 'budget' => {
    if (i === m) return chosen.length > 0;
    if ((branches += 1) > budget) return 'budget';
    const pivotSize = sizes[rows[i]!.pivot]!;
    if (size + pivotSize < k) {
      add(i, 1);
      chosen.push(i);
      const f = finalSize(i);
      if (f >= 0 && size + pivotSize + f < k) {
        const found = search(i + 1, size + pivotSize + f);
        if (found) return found;
      }
      chosen.pop();
      add(i, -1);
    }
    const f = finalSize(i);
    return f >= 0 && size + f < k ? search(i + 1, size + f) : false;
  };
  const found = search(0, 0);
  searchStats.branches += Math.min(branches, budget);
  if (found === 'budget') {
    searchStats.budgetHits += 1;
    return 'budget';
  }
  if (!found) return null;
  const out = chosen.map((i) => rows[i]!.pivot);
  for (let c = 0; c < n; c += 1) if (last[c]! >= 0 && x[c] === 1) out.push(c);
  return out;
}
