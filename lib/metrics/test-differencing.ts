/**
 * Test-only checker of the privacy floor against differencing, independent
 * of the gate (privacy.ts, derivable.ts): used by the property test and the
 * e2e privacy sweep. Regions are the cells of the Venn diagram of `cutBy`
 * and the published sets; a union X of regions with 0 < |X| < k is
 * derivable iff adding X's indicator to the published sets' indicators does
 * not raise the rank (fraction-free Bareiss elimination over BigInt, exact).
 */

/** Rank of an integer matrix (Bareiss elimination, exact). */
export function rank(rows: bigint[][]): number {
  const m = rows.map((r) => r.slice());
  const cols = m[0]?.length ?? 0;
  let r = 0;
  let prev = 1n;
  for (let c = 0; c < cols && r < m.length; c += 1) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i += 1) {
      for (let j = c + 1; j < cols; j += 1)
        m[i]![j] = (m[i]![j]! * m[r]![c]! - m[i]![c]! * m[r]![j]!) / prev;
      m[i]![c] = 0n;
    }
    prev = m[r]![c]!;
    r += 1;
  }
  return r;
}

/**
 * Every union of regions with fewer than k members (and some) that the
 * published sets give away, as member lists; [] when none. Members are
 * 0 … universe−1; `cutBy` are extra sets that cut regions finer (hidden
 * groups), `published` the sets whose counts are published (the org too).
 */
export function derivableSmallSets(
  universe: number,
  cutBy: readonly (readonly number[])[],
  published: readonly (readonly number[])[],
  k: number,
): number[][] {
  const all = [...cutBy, ...published].map((s) => new Set(s));
  const pub = published.map((s) => new Set(s));
  const regions = new Map<string, number[]>();
  for (let m = 0; m < universe; m += 1) {
    const key = all.map((s) => (s.has(m) ? 1 : 0)).join('');
    regions.set(key, [...(regions.get(key) ?? []), m]);
  }
  const list = [...regions.values()];
  const matrix = pub.map((s) => list.map((r) => (s.has(r[0]!) ? 1n : 0n)));
  const base = rank(matrix);
  const small = list.filter((r) => r.length < k);
  const found: number[][] = [];
  const visit = (from: number, chosen: number[][], size: number) => {
    for (let i = from; i < small.length; i += 1) {
      if (size + small[i]!.length >= k) continue;
      const next = [...chosen, small[i]!];
      const x = list.map((r) => (next.includes(r) ? 1n : 0n));
      if (rank([...matrix, x]) === base) found.push(next.flat().sort((a, b) => a - b));
      visit(i + 1, next, size + small[i]!.length);
    }
  };
  visit(0, [], 0);
  return found;
}
