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
import { smallDerivableOfRegions, type Region } from '@/lib/metrics/derivable';
import { regionsOfSubset } from '@/lib/metrics/region-atoms';

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
  // Users cut by every scope: atoms in order of first user, counted.
  const count = new Int32Array(atoms.flags.length);
  const present: number[] = [];
  for (let i = 0; i < users.length; i += 1) {
    const a = atoms.atomOf[users[i]!]!;
    if (count[a] === 0) present.push(a);
    count[a] = count[a]! + 1;
  }
  return planOfAtoms(
    atoms,
    scopes,
    k,
    { total: users.length, present, count },
    usersByAtom(users, atoms),
  );
}

/** `usersIn` of `planOfAtoms` over a list of users: bucketed by atom on first use, in order. */
export function usersByAtom(
  users: readonly number[],
  atoms: ScopeAtoms,
): (atom: number) => number[] {
  let byAtom: Map<number, number[]> | null = null;
  return (atom) => {
    if (!byAtom) {
      byAtom = new Map();
      for (const m of users) {
        const a = atoms.atomOf[m]!;
        let list = byAtom.get(a);
        if (!list) byAtom.set(a, (list = []));
        list.push(m);
      }
    }
    return byAtom.get(atom) ?? [];
  };
}

/** A product's users cut into atoms: how many in all, the atoms in order of first user, per-atom counts. */
export interface AtomCounts {
  total: number;
  present: readonly number[];
  count: ArrayLike<number>;
}

/**
 * `productPlan` from the users' atom counts. `usersIn(a)`: the users in atom
 * `a` (in order), asked only of atoms of fewer than k users (of a larger one
 * only "at least k" is read: k placeholders).
 */
export function planOfAtoms(
  atoms: ScopeAtoms,
  scopes: readonly ProductScope[],
  k: number,
  { total, present, count }: AtomCounts,
  usersIn: (atom: number) => number[],
): Set<string> {
  const hidden = new Set<string>();
  if (total > 0 && total < k) {
    hidden.add('org');
    for (const s of scopes) hidden.add(s.id);
    return hidden;
  }
  const { atomOf, flags } = atoms;
  const anySmall = present.some((a) => count[a]! < k);
  const size = new Array<number>(scopes.length).fill(0);
  for (let i = 0; i < present.length; i += 1) {
    const a = present[i]!;
    const f = flags[a]!;
    const c = count[a]!;
    for (let j = 0; j < f.length; j += 1) if (f[j]) size[j] = size[j]! + c;
  }
  const sets = scopes.map((s, j) => ({ id: s.id, j, size: size[j]! }));
  for (const s of sets) if (s.size > 0 && s.size < k) hidden.add(s.id);
  // Every atom holds at least k users: so does every union of them, and nothing small is derivable.
  if (!anySmall) return hidden;
  const large = new Array<number>(k).fill(-1); // copied by regionsOfSubset, never changed
  const regions: Region[] = present.map((a) => {
    const f = flags[a]!;
    const inSets = new Array<boolean>(f.length + 1);
    inSets[0] = true;
    for (let j = 0; j < f.length; j += 1) inSets[j + 1] = f[j]!;
    return { members: count[a]! < k ? usersIn(a) : large, in: inSets };
  });
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
