/**
 * The per-product plans of a build (product-gate.ts): for each product and
 * window (daily, weekly, monthly), which published scopes' counts are
 * withheld. Each member's product use per window is read once
 * (product-use.ts, product by product) and counted per scope atom (kept-atoms.ts: the atoms of
 * the same scopes as the last build are not cut again), keeping each atom's
 * first k users: all of them in an atom of fewer than k, the only atoms whose
 * users the derivable search reads.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { windowDays } from '@/lib/metrics/adoption-counts';
import { isWeekday } from '@/lib/metrics/days';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';
import { planOfAtoms, type ProductScope } from '@/lib/metrics/product-gate';
import { keptAtoms } from '@/lib/metrics/kept-atoms';
import { productUseReader, USED_DAILY, USED_MONTHLY, USED_WEEKLY } from '@/lib/metrics/product-use';

/** Word mask of the `days` days ending on index day `d` (weekdays only when asked). */
function windowMask(
  idx: ActivityIndex,
  d: number,
  days: number,
  weekdaysOnly: boolean,
): Uint32Array {
  const mask = new Uint32Array(idx.words);
  for (let i = Math.max(0, d - days + 1); i <= d; i += 1)
    if (!weekdaysOnly || isWeekday(idx.first + i)) mask[i >>> 5]! |= 1 << (i & 31);
  return mask;
}

/**
 * Member indices that used product `variant` in the window of `days` days
 * ending on index day `d` (weekdays only when `weekdaysOnly`), as adoption-counts.ts counts.
 */
export function productUsers(
  idx: ActivityIndex,
  variant: number,
  d: number,
  days: number,
  weekdaysOnly: boolean,
): number[] {
  const out: number[] = [];
  const set = idx.active[variant]!;
  const W = idx.words;
  // The window's days as a word mask: one AND per word per member.
  const mask = windowMask(idx, d, days, weekdaysOnly);
  for (let m = 0; m < idx.memberIds.length; m += 1)
    for (let w = 0; w < W; w += 1)
      if ((set[m * W + w]! & mask[w]!) !== 0) {
        out.push(m);
        break;
      }
  return out;
}

/**
 * Per product, the scope ids whose product figures are withheld: hidden in
 * the plan of any window where the org has at least k users (daily on `dailyDay`, weekly and monthly on the
 * index's last day).
 */
export function productPlans(
  idx: ActivityIndex,
  scopes: readonly ProductScope[],
  k: number,
  weekdaysOnly: boolean,
  dailyDay: number,
): Record<MetricProduct, string[]> {
  const n = idx.memberIds.length;
  const P = metricProducts.length;
  const atoms = keptAtoms(n, scopes);
  const A = atoms.flags.length;
  const useOf = productUseReader(idx, dailyDay, weekdaysOnly);
  const bits = [USED_DAILY, USED_WEEKLY, USED_MONTHLY];
  const Wn = windowDays.length;
  // Slot v × windows + wi: users per atom, atoms in order of first user, users in all.
  const S = P * Wn;
  const count = new Int32Array(S * A);
  const present: number[][] = Array.from({ length: S }, () => []);
  const total = new Int32Array(S);
  // Per slot and atom its first k users, ascending: all of them in an atom of fewer than k.
  const firstUsers: (number[] | undefined)[] = new Array(S * A);
  // Product by product (a slot's atoms still come in order of first user).
  for (let v = 0; v < P; v += 1)
    for (let m = 0; m < n; m += 1) {
      const u = useOf(v, m);
      if (u === 0) continue;
      const a = atoms.atomOf[m]!;
      for (let wi = 0; wi < Wn; wi += 1) {
        if ((u & bits[wi]!) === 0) continue;
        const slot = v * Wn + wi;
        const i = slot * A + a;
        const c = count[i]!;
        if (c === 0) {
          present[slot]!.push(a);
          firstUsers[i] = [m];
        } else if (c < k) firstUsers[i]!.push(m);
        count[i] = c + 1;
        total[slot]! += 1;
      }
    }
  return Object.fromEntries(
    metricProducts.map((p, v) => {
      const hidden = new Set<string>();
      windowDays.forEach((_, wi) => {
        const slot = v * Wn + wi;
        // Asked only of atoms of fewer than k users: their users, ascending (productUsers cut by atom).
        const usersIn = (atom: number) => firstUsers[slot * A + atom] ?? [];
        const counts = {
          total: total[slot]!,
          present: present[slot]!,
          count: count.subarray(slot * A, slot * A + A),
        };
        const plan = planOfAtoms(atoms, scopes, k, counts, usersIn);
        // Fewer than k users in the org in this window: every count of this window is 1 … k−1
        // or 0, withheld figure by figure (publishableCount); the other windows stay published.
        if (!plan.has('org')) for (const id of plan) hidden.add(id);
      });
      return [p, [...hidden].sort()];
    }),
  ) as Record<MetricProduct, string[]>;
}
