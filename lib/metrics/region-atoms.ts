/**
 * **Region atoms**: the regions (derivable.ts) of a family of sets, reused
 * for any sub-family. The regions of a sub-family are unions of the atoms
 * that lie in the same kept sets, so a gate that tries many sub-families (the
 * product plan hides groups one at a time and tries each candidate) cuts the
 * members once and then works on a few hundred atoms, not on every member.
 *
 * Example: atoms of A = {0,1,2}, B = {2,3} over 0…4 are {0,1} (A), {2} (A, B),
 * {3} (B), {4} (none); keeping only A merges them into {0,1,2} (A), {3,4} (none).
 */
import type { Region } from '@/lib/metrics/derivable';

/**
 * The regions of the sets `keep` (indices into the atoms' sets, in the order
 * wanted), in order of first member, as `regionsOf` would cut them. Members
 * are ascending in regions smaller than `k`; larger regions list theirs
 * unsorted (only their count is read).
 */
export function regionsOfSubset(
  atoms: readonly Region[],
  keep: readonly number[],
  k: number,
): Region[] {
  const byKey = new Map<string, Region>();
  const merged = new Set<Region>();
  for (const a of atoms) {
    // The kept flags 16 to a character: the same grouping as one character per flag, shorter.
    let key = '';
    for (let at = 0; at < keep.length; at += 16) {
      let code = 0;
      const end = Math.min(keep.length, at + 16);
      for (let i = at; i < end; i += 1) if (a.in[keep[i]!]) code |= 1 << (i - at);
      key += String.fromCharCode(code);
    }
    const r = byKey.get(key);
    if (!r) byKey.set(key, { members: a.members.slice(), in: keep.map((j) => a.in[j]!) });
    else {
      for (const m of a.members) r.members.push(m);
      merged.add(r);
    }
  }
  for (const r of merged) if (r.members.length < k) r.members.sort((x, y) => x - y);
  return [...byKey.values()];
}
