/**
 * The per-product plans of a build (product-gate.ts): for each product and
 * window (daily, weekly, monthly), which published scopes' counts are
 * withheld. One pass over the members counts every product's users per
 * scope atom in every window at once; a window's user list is read only
 * when some atom holds fewer than k of them (then the derivable search
 * needs who they are).
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { windowDays } from '@/lib/metrics/adoption-counts';
import { isWeekday } from '@/lib/metrics/days';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';
import {
  planOfAtoms,
  scopeAtoms,
  usersByAtom,
  type ProductScope,
} from '@/lib/metrics/product-gate';

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
  const last = idx.length - 1;
  const n = idx.memberIds.length;
  const W = idx.words;
  const atoms = scopeAtoms(n, scopes);
  const A = atoms.flags.length;
  const windows = windowDays.map((days, wi) => ({ d: wi === 0 ? dailyDay : last, days }));
  const masks = windows.map((w) => windowMask(idx, w.d, w.days, weekdaysOnly));
  const any = new Uint32Array(W); // a day of any window: a member with none is in no window
  for (const mask of masks) for (let w = 0; w < W; w += 1) any[w]! |= mask[w]!;
  // Slot v × windows + wi: users per atom, atoms in order of first user, users in all.
  const S = metricProducts.length * windows.length;
  const count = new Int32Array(S * A);
  const present: number[][] = Array.from({ length: S }, () => []);
  const total = new Int32Array(S);
  for (let m = 0; m < n; m += 1) {
    const a = atoms.atomOf[m]!;
    const off = m * W;
    for (let v = 0; v < metricProducts.length; v += 1) {
      const set = idx.active[v]!;
      let hit = 0;
      for (let w = 0; w < W; w += 1) hit |= set[off + w]! & any[w]!;
      if (hit === 0) continue;
      for (let wi = 0; wi < windows.length; wi += 1) {
        const mask = masks[wi]!;
        let used = false;
        for (let w = 0; w < W && !used; w += 1) used = (set[off + w]! & mask[w]!) !== 0;
        if (!used) continue;
        const slot = v * windows.length + wi;
        const i = slot * A + a;
        if (count[i] === 0) present[slot]!.push(a);
        count[i]! += 1;
        total[slot]! += 1;
      }
    }
  }
  return Object.fromEntries(
    metricProducts.map((p, v) => {
      const hidden = new Set<string>();
      windows.forEach((win, wi) => {
        const slot = v * windows.length + wi;
        let users: ((atom: number) => number[]) | null = null;
        const usersIn = (atom: number) =>
          (users ??= usersByAtom(productUsers(idx, v, win.d, win.days, weekdaysOnly), atoms))(atom);
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
