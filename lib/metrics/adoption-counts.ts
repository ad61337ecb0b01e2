/**
 * Distinct actives per scope, per product, per window, per day, in one pass
 * over the members' active-day bitsets (shared by every scope).
 *
 * **Actives** over a window of w days ending on day d = members of the scope
 * with an active day in [d−w+1, d] (daily w=1, weekly w=7, monthly w=30),
 * overall or in one product. With `weekdaysOnly`, only Monday–Friday activity
 * counts (a weekend-only member is not active).
 *
 * Layout of a scope's counts: slot (variant × 3 + window) × length + day,
 * variant 0…4 = products in metricProducts order, 5 = any product.
 */
import { ANY, type ActivityIndex } from '@/lib/metrics/activity-index';
import { isWeekday } from '@/lib/metrics/days';
import type { ScopeMembers } from '@/lib/metrics/scopes';

/** Window lengths in days, in slot order. */
export const windowDays = [1, 7, 30] as const;
export const windowNames = ['daily', 'weekly', 'monthly'] as const;
export type WindowName = (typeof windowNames)[number];
/** Number of count slots per scope (6 variants × 3 windows). */
export const SLOTS = (ANY + 1) * windowDays.length;

/** Slot of (variant, window index). */
export function slotOf(variant: number, window: number): number {
  return variant * windowDays.length + window;
}

/**
 * Members cut into regions by the scopes that hold them (members of the same
 * scopes share a region): each scope in turn splits every region it meets.
 * Region 0 is the members of no scope. Null when there would be more than
 * `limit` regions (then members are counted into their scopes one by one).
 */
function scopeRegions(M: number, scopes: readonly ScopeMembers[], limit: number) {
  const regionOf = new Int32Array(M);
  const regionScopes: number[][] = [[]];
  let split = new Int32Array(64);
  for (let si = 0; si < scopes.length; si += 1) {
    if (split.length < regionScopes.length) split = new Int32Array(regionScopes.length * 2);
    split.fill(-1, 0, regionScopes.length);
    for (const g of scopes[si]!.members) {
      const r = regionOf[g]!;
      if (split[r] === -1) {
        if (regionScopes.length >= limit) return null;
        split[r] = regionScopes.length;
        regionScopes.push([...regionScopes[r]!, si]);
      }
      regionOf[g] = split[r]!;
    }
  }
  return { regionOf, regionScopes };
}

/**
 * Counts for each scope, aligned with `scopes`. Each member's active days
 * are read as runs of consecutive days; a window of w days covers a run
 * [s, e] on days [s, e + w − 1], and runs closer than w merge: each covered
 * stretch adds a +1 where it starts and a −1 after it ends (summed at the
 * end), so the cost is per run, not per active day. Runs
 * are added once per region of members in the same scopes (scopeRegions),
 * then each region's sums into its scopes.
 */
export function countActives(
  idx: ActivityIndex,
  scopes: readonly ScopeMembers[],
  weekdaysOnly: boolean,
): Uint32Array[] {
  const { length: L, words: W } = idx;
  const M = idx.memberIds.length;
  const span = L + 1;
  const size = SLOTS * span;
  const regions = scopeRegions(M, scopes, 2048);
  const diffs = scopes.map(() => new Int32Array(size));
  // Where a member's runs go: its region's sums, or (too many regions) each of its scopes.
  let start: Int32Array;
  let list: Int32Array;
  let sums: Int32Array[];
  if (regions) {
    sums = regions.regionScopes.map(() => new Int32Array(size));
    start = new Int32Array(M + 1);
    list = new Int32Array(M);
    for (let g = 0; g < M; g += 1) {
      const r = regions.regionOf[g]!;
      start[g + 1] = start[g]! + (r === 0 ? 0 : 1);
      if (r !== 0) list[start[g]!] = r;
    }
  } else {
    sums = diffs;
    start = new Int32Array(M + 1);
    for (const s of scopes) for (const g of s.members) start[g + 1]! += 1;
    for (let g = 0; g < M; g += 1) start[g + 1]! += start[g]!;
    const fill = start.slice(0, M);
    list = new Int32Array(start[M]!);
    scopes.forEach((s, si) => {
      for (const g of s.members) list[fill[g]!++] = si;
    });
  }
  const mask = new Uint32Array(W);
  for (let d = 0; d < L; d += 1)
    if (!weekdaysOnly || isWeekday(idx.first + d)) mask[d >>> 5]! |= 1 << (d & 31);
  // A member's active days as runs [runStart[i], runEnd[i]] (at most one run per two days).
  const runStart = new Int32Array((L >>> 1) + 2);
  const runEnd = new Int32Array((L >>> 1) + 2);
  const add = (s0: number, s1: number, at: number, delta: number) => {
    if (s1 - s0 === 1) sums[list[s0]!]![at]! += delta;
    else for (let k = s0; k < s1; k += 1) sums[list[k]!]![at]! += delta;
  };
  for (let g = 0; g < M; g += 1) {
    const s0 = start[g]!;
    const s1 = start[g + 1]!;
    if (s0 === s1) continue;
    for (let v = 0; v <= ANY; v += 1) {
      const set = idx.active[v]!;
      let runs = 0;
      let carry = 0;
      for (let w = 0; w < W; w += 1) {
        const x = set[g * W + w]! & mask[w]!;
        const shifted = (x << 1) | carry;
        let starts = x & ~shifted;
        let ends = ~x & shifted;
        carry = x >>> 31;
        // Runs come in order, and a run's end follows its start.
        while (starts !== 0 || ends !== 0) {
          const ts = starts & -starts;
          const te = ends & -ends;
          if (starts !== 0 && (ends === 0 || ts >>> 0 < te >>> 0)) {
            runStart[runs] = w * 32 + 31 - Math.clz32(ts);
            starts ^= ts;
          } else {
            runEnd[runs++] = w * 32 + 30 - Math.clz32(te); // the day before the first unset bit
            ends ^= te;
          }
        }
      }
      if (carry) runEnd[runs++] = W * 32 - 1;
      if (runs === 0) continue;
      // A window of w days ending on a day holds a run's day when the day is in [start, end + w − 1].
      for (let wi = 0; wi < windowDays.length; wi += 1) {
        const reach = windowDays[wi]! - 1;
        const offset = slotOf(v, wi) * span;
        let from = runStart[0]!;
        let to = runEnd[0]! + reach;
        for (let r = 1; r <= runs; r += 1) {
          if (r < runs && runStart[r]! <= to + 1) {
            to = Math.max(to, runEnd[r]! + reach);
            continue;
          }
          add(s0, s1, offset + Math.min(L, from), 1);
          add(s0, s1, offset + Math.min(L, to + 1), -1);
          if (r < runs) {
            from = runStart[r]!;
            to = runEnd[r]! + reach;
          }
        }
      }
    }
  }
  if (regions)
    regions.regionScopes.forEach((held, r) => {
      const sum = sums[r]!;
      for (const si of held) {
        const diff = diffs[si]!;
        for (let i = 0; i < size; i += 1) diff[i]! += sum[i]!;
      }
    });
  return diffs.map((diff) => {
    const counts = new Uint32Array(SLOTS * L);
    for (let slot = 0; slot < SLOTS; slot += 1) {
      let running = 0;
      for (let d = 0; d < L; d += 1) {
        running += diff[slot * span + d]!;
        counts[slot * L + d] = running;
      }
    }
    return counts;
  });
}
