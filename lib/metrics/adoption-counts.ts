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
import { dilate } from '@/lib/metrics/bitset';
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
 * Counts for each scope, aligned with `scopes`. Each member's window set is
 * walked as runs of consecutive days (a +1 where a run starts, a −1 where it
 * ends, summed at the end), so the cost is per run, not per active day.
 */
export function countActives(
  idx: ActivityIndex,
  scopes: readonly ScopeMembers[],
  weekdaysOnly: boolean,
): Uint32Array[] {
  const { length: L, words: W } = idx;
  const M = idx.memberIds.length;
  const span = L + 1;
  const diffs = scopes.map(() => new Int32Array(SLOTS * span));
  // member → scopes, as compressed rows
  const start = new Int32Array(M + 1);
  for (const s of scopes) for (const g of s.members) start[g + 1]! += 1;
  for (let g = 0; g < M; g += 1) start[g + 1]! += start[g]!;
  const fill = start.slice(0, M);
  const list = new Int32Array(start[M]!);
  scopes.forEach((s, si) => {
    for (const g of s.members) list[fill[g]!++] = si;
  });
  const mask = new Uint32Array(W);
  for (let d = 0; d < L; d += 1)
    if (!weekdaysOnly || isWeekday(idx.first + d)) mask[d >>> 5]! |= 1 << (d & 31);
  const base = new Uint32Array(W);
  const buf = new Uint32Array(W);
  const add = (s0: number, s1: number, at: number, delta: number) => {
    for (let k = s0; k < s1; k += 1) diffs[list[k]!]![at]! += delta;
  };
  for (let g = 0; g < M; g += 1) {
    const s0 = start[g]!;
    const s1 = start[g + 1]!;
    if (s0 === s1) continue;
    for (let v = 0; v <= ANY; v += 1) {
      const set = idx.active[v]!;
      let nonZero = 0;
      for (let w = 0; w < W; w += 1) {
        base[w] = set[g * W + w]! & mask[w]!;
        nonZero |= base[w]!;
      }
      if (nonZero === 0) continue;
      for (let wi = 0; wi < windowDays.length; wi += 1) {
        buf.set(base);
        if (windowDays[wi]! > 1) dilate(buf, W, windowDays[wi]!);
        const offset = slotOf(v, wi) * span;
        let carry = 0;
        for (let w = 0; w < W; w += 1) {
          const x = buf[w]!;
          const shifted = (x << 1) | carry;
          let starts = x & ~shifted;
          let ends = ~x & shifted;
          carry = x >>> 31;
          while (starts !== 0) {
            const t = starts & -starts;
            starts ^= t;
            add(s0, s1, offset + Math.min(L, w * 32 + 31 - Math.clz32(t)), 1);
          }
          while (ends !== 0) {
            const t = ends & -ends;
            ends ^= t;
            add(s0, s1, offset + Math.min(L, w * 32 + 31 - Math.clz32(t)), -1);
          }
        }
        if (carry) add(s0, s1, offset + L, -1);
      }
    }
  }
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
