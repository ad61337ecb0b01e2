/**
 * **Per-product counts through the gate** (issue 11 item 1, "products").
 *
 * Definitions:
 * - A **product count** of a scope is how many of its members used one
 *   product (chat, Claude Code, Cowork, Office, Design) in a window: a count
 *   of people, so the privacy floor applies to it like to a group.
 * - **Publishable count**: 0, or at least k. A count of 1 … k−1 is withheld
 *   and shown as "fewer than k".
 * - **Product plan**: for one product and window, the published scopes (org,
 *   published groups, the "in no group" row) cut the product's users into
 *   regions. A scope's product count is withheld when it is below k, and then
 *   one more scope's while a count of fewer than k users is derivable by
 *   adding and subtracting the counts still published (derivable.ts): e.g.
 *   org's Claude Code users − published groups' users = a hidden group's.
 *
 * Example with k = 5: org of 20 Claude Code users, A (published) 18 of them,
 * B (published) 2 → B's count is withheld (below k), and then A's too (org −
 * A would give B's 2); the org's 20 stays.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { windowDays } from '@/lib/metrics/adoption-counts';
import { isWeekday } from '@/lib/metrics/days';
import { regionsOf, smallDerivableOfRegions } from '@/lib/metrics/derivable';
import { regionsOfSubset } from '@/lib/metrics/region-atoms';
import { metricProducts, type MetricProduct } from '@/lib/metrics/history';

/** `n` when it may be published (null, 0 or at least k); null for 1 … k−1. */
export function publishableCount(k: number, n: number | null): number | null {
  return n === null || n === 0 || n >= k ? n : null;
}

/** The words shown instead of a withheld count, e.g. "fewer than 5". */
export function fewerThanK(k: number): string {
  return `fewer than ${k}`;
}

/** A published scope: `org`, a group id or the "in no group" key, with member indices. */
export interface ProductScope {
  id: string;
  members: ArrayLike<number>;
}

/**
 * Scope ids whose count of `users` (member indices) is withheld; `org` is
 * withheld when the org's own count is 1 … k−1 (then every scope's is).
 */
export function productPlan(
  users: readonly number[],
  scopes: readonly ProductScope[],
  k: number,
): Set<string> {
  const hidden = new Set<string>();
  if (users.length > 0 && users.length < k) {
    hidden.add('org');
    for (const s of scopes) hidden.add(s.id);
    return hidden;
  }
  const at = new Map(users.map((m, i) => [m, i]));
  const sets = scopes.map((s) => {
    const members: number[] = [];
    for (let i = 0; i < s.members.length; i += 1) {
      const j = at.get(s.members[i]!);
      if (j !== undefined) members.push(j);
    }
    return { id: s.id, members };
  });
  for (const s of sets) if (s.members.length > 0 && s.members.length < k) hidden.add(s.id);
  const all = users.map((_, i) => i);
  const shown = () =>
    sets
      .filter((s) => !hidden.has(s.id) && s.members.length > 0)
      .sort((a, b) => a.members.length - b.members.length || (a.id < b.id ? -1 : 1));
  // Users are cut once by every scope (region-atoms.ts); each sub-family tried merges the atoms.
  const atoms = regionsOf(users.length, [all, ...sets.map((s) => s.members)]);
  const setIndex = new Map(sets.map((s, i) => [s, i + 1]));
  const tried = new Map<string, number[] | null>();
  const derivable = (list: readonly { members: number[] }[]) => {
    const keep = [0, ...list.map((s) => setIndex.get(s as (typeof sets)[number])!)];
    const key = keep.join(',');
    if (!tried.has(key))
      tried.set(key, smallDerivableOfRegions(regionsOfSubset(atoms, keep, k), keep.length, k));
    return tried.get(key)!;
  };
  for (let bad = derivable(shown()); bad; bad = derivable(shown())) {
    const list = shown();
    const inBad = new Set(bad);
    const pick =
      list.find((s) => derivable(list.filter((o) => o !== s)) === null) ??
      list.find((s) => s.members.some((m) => inBad.has(m))) ??
      list[0];
    if (!pick) break; // only the org is left: it is at least k
    hidden.add(pick.id);
  }
  return hidden;
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
  // The window's days (weekdays only when asked) as a word mask: one AND per word per member.
  const mask = new Uint32Array(W);
  for (let i = Math.max(0, d - days + 1); i <= d; i += 1)
    if (!weekdaysOnly || isWeekday(idx.first + i)) mask[i >>> 5]! |= 1 << (i & 31);
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
  return Object.fromEntries(
    metricProducts.map((p, v) => {
      const hidden = new Set<string>();
      windowDays.forEach((w, wi) => {
        const users = productUsers(idx, v, wi === 0 ? dailyDay : last, w, weekdaysOnly);
        const plan = productPlan(users, scopes, k);
        // Fewer than k users in the org in this window: every count of this window is 1 … k−1
        // or 0, withheld figure by figure (publishableCount); the other windows stay published.
        if (!plan.has('org')) for (const id of plan) hidden.add(id);
      });
      return [p, [...hidden].sort()];
    }),
  ) as Record<MetricProduct, string[]>;
}
