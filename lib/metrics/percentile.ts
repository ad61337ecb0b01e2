/**
 * Order statistics over plain numbers, without an object per value: the
 * **percentile rank** of each value among them all (champions.ts:
 * (number of values ≤ v) / n, 0 for v ≤ 0) and the value of a given rank.
 *
 * @example percentileRanks(Float64Array.of(3, 0, 3, 1)) // [1, 0, 1, 0.5]
 */
/**
 * Percentile rank of each of `values` among them all: (number of values ≤
 * v) / n, and 0 for v ≤ 0. Whole numbers of modest size (every count here)
 * are counted in a histogram; anything else is sorted once and searched.
 */
export function percentileRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const ranks = new Float64Array(n);
  let max = 0;
  let whole = true;
  for (let i = 0; i < n && whole; i += 1) {
    const v = values[i]!;
    if (v > max) max = v;
    if (!(v >= 0 && Number.isInteger(v))) whole = false;
  }
  if (whole && max <= 4 * n + 1024) {
    const atMost = new Int32Array(max + 1); // atMost[v] = values ≤ v
    for (let i = 0; i < n; i += 1) atMost[values[i]!]! += 1;
    for (let v = 1; v <= max; v += 1) atMost[v]! += atMost[v - 1]!;
    for (let i = 0; i < n; i += 1) {
      const v = values[i]!;
      ranks[i] = v <= 0 ? 0 : atMost[v]! / n;
    }
    return ranks;
  }
  const sorted = Float64Array.from(values).sort();
  for (let i = 0; i < n; i += 1) {
    const v = values[i]!;
    if (!(v > 0)) continue; // v ≤ 0 ranks 0 (NaN: no value is ≤ it)
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    ranks[i] = lo / n;
  }
  return ranks;
}

/** The value of rank `r` (0-based) of `a` in ascending order (as `a.sort()[r]`); reorders `a`. */
export function nthSmallest(a: Float64Array, r: number): number {
  for (let i = 0; i < a.length; i += 1) if (Number.isNaN(a[i]!)) return a.sort()[r]!;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i += 1;
      while (a[j]! > pivot) j -= 1;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i += 1;
        j -= 1;
      }
    }
    if (r <= j) hi = j;
    else if (r >= i) lo = i;
    else return a[r]!;
  }
  return a[r]!;
}
