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
import { smallDerivableOfRegions, type Region } from '@/lib/metrics/derivable';
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
 * The **atoms** of the scopes over members 0 … n−1: members in exactly the
 * same scopes (region-atoms.ts), cut once per build and reused by every
 * product and window. `atomOf[m]` is m's atom; `flags[a][j]` whether atom a
 * lies in scope j. Atom ids are not dense (a split leaves its old id empty).
 */
export interface ScopeAtoms {
  atomOf: Int32Array;
  flags: boolean[][];
}

/** `ScopeAtoms` of `scopes` over members 0 … n−1 (members ≥ n are left out). */
export function scopeAtoms(n: number, scopes: readonly ProductScope[]): ScopeAtoms {
  const atomOf = new Int32Array(n);
  const seenIn = new Int32Array(n).fill(-1); // a scope listing a member twice splits it once
  const flags: boolean[][] = [new Array<boolean>(scopes.length).fill(false)];
  scopes.forEach((s, j) => {
    const split = new Int32Array(flags.length).fill(-1);
    for (let i = 0; i < s.members.length; i += 1) {
      const m = s.members[i]!;
      if (m >= n || seenIn[m] === j) continue;
      seenIn[m] = j;
      const old = atomOf[m]!;
      if (split[old]! < 0) {
        split[old] = flags.length;
        flags.push(flags[old]!.slice());
        flags[flags.length - 1]![j] = true;
      }
      atomOf[m] = split[old]!;
    }
  });
  return { atomOf, flags };
}

function boundOf(users: readonly number[], scopes: readonly ProductScope[]): number {
  let n = 0;
  for (const u of users) n = Math.max(n, u + 1);
  for (const s of scopes)
    for (let i = 0; i < s.members.length; i += 1) n = Math.max(n, s.members[i]! + 1);
  return n;
}

/**
 * Scope ids whose count of `users` (member indices) is withheld; `org` is
 * withheld when the org's own count is 1 … k−1 (then every scope's is).
 * `atoms`: the scopes' atoms (`scopeAtoms`), when the caller has them.
 */
export function productPlan(
  users: readonly number[],
  scopes: readonly ProductScope[],
  k: number,
  atoms: ScopeAtoms = scopeAtoms(boundOf(users, scopes), scopes),
): Set<string> {
  const hidden = new Set<string>();
  if (users.length > 0 && users.length < k) {
    hidden.add('org');
    for (const s of scopes) hidden.add(s.id);
    return hidden;
  }
  // Users cut by every scope: atoms in order of first user, counted; only an atom of fewer than k
  // users lists them (of a larger one only "at least k" is read: k placeholders).
  const { atomOf, flags } = atoms;
  const count = new Int32Array(flags.length);
  const atomOfRegion: number[] = [];
  for (let i = 0; i < users.length; i += 1) {
    const a = atomOf[users[i]!]!;
    if (count[a] === 0) atomOfRegion.push(a);
    count[a] = count[a]! + 1;
  }
  const anySmall = atomOfRegion.some((a) => count[a]! < k);
  const listed = new Map<number, number[]>();
  for (const a of atomOfRegion) listed.set(a, count[a]! < k ? [] : new Array<number>(k).fill(-1));
  if (anySmall)
    for (let i = 0; i < users.length; i += 1) {
      const a = atomOf[users[i]!]!;
      if (count[a]! < k) listed.get(a)!.push(users[i]!);
    }
  const regions: Region[] = atomOfRegion.map((a) => ({
    members: listed.get(a)!,
    in: [true, ...flags[a]!],
  }));
  const size = new Array<number>(scopes.length).fill(0);
  for (const a of atomOfRegion)
    flags[a]!.forEach((f, j) => {
      if (f) size[j] = size[j]! + count[a]!;
    });
  const sets = scopes.map((s, j) => ({ id: s.id, j, size: size[j]! }));
  for (const s of sets) if (s.size > 0 && s.size < k) hidden.add(s.id);
  // Every atom holds at least k users: so does every union of them, and nothing small is derivable.
  if (!anySmall) return hidden;
  const shown = () =>
    sets
      .filter((s) => !hidden.has(s.id) && s.size > 0)
      .sort((a, b) => a.size - b.size || (a.id < b.id ? -1 : 1));
  const tried = new Map<string, number[] | null>();
  const derivable = (list: readonly { j: number }[]) => {
    const keep = [0, ...list.map((s) => s.j + 1)];
    const key = keep.join(',');
    if (!tried.has(key))
      tried.set(key, smallDerivableOfRegions(regionsOfSubset(regions, keep, k), keep.length, k));
    return tried.get(key)!;
  };
  for (let bad = derivable(shown()); bad; bad = derivable(shown())) {
    const list = shown();
    const badAtoms = new Set(bad.map((m) => atomOf[m]!));
    const pick =
      list.find((s) => derivable(list.filter((o) => o !== s)) === null) ??
      list.find((s) => [...badAtoms].some((a) => flags[a]![s.j])) ??
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
  const atoms = scopeAtoms(idx.memberIds.length, scopes);
  return Object.fromEntries(
    metricProducts.map((p, v) => {
      const hidden = new Set<string>();
      windowDays.forEach((w, wi) => {
        const users = productUsers(idx, v, wi === 0 ? dailyDay : last, w, weekdaysOnly);
        const plan = productPlan(users, scopes, k, atoms);
        // Fewer than k users in the org in this window: every count of this window is 1 … k−1
        // or 0, withheld figure by figure (publishableCount); the other windows stay published.
        if (!plan.has('org')) for (const id of plan) hidden.add(id);
      });
      return [p, [...hidden].sort()];
    }),
  ) as Record<MetricProduct, string[]>;
}
