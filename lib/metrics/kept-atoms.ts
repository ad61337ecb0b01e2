/**
 * **Kept scope atoms**: the atoms of the published scopes (product-gate.ts
 * `scopeAtoms`), kept in module state while the scopes are equal by content
 * (ids and member lists, in order) and the member count is the same: the
 * next day's build most often publishes the same scopes, and cutting 100,000
 * members by 50 scopes again costs more than comparing them. The result is
 * `scopeAtoms` of the inputs either way.
 */
import { scopeAtoms, type ProductScope, type ScopeAtoms } from '@/lib/metrics/product-gate';

let last: {
  n: number;
  scopes: { id: string; members: Int32Array }[];
  atoms: ScopeAtoms;
} | null = null;

function sameScopes(kept: { id: string; members: Int32Array }[], scopes: readonly ProductScope[]) {
  if (kept.length !== scopes.length) return false;
  for (let j = 0; j < scopes.length; j += 1) {
    const a = kept[j]!;
    const b = scopes[j]!;
    if (a.id !== b.id || a.members.length !== b.members.length) return false;
    const bm = b.members;
    for (let i = 0; i < a.members.length; i += 1) if (a.members[i] !== bm[i]) return false;
  }
  return true;
}

/**
 * `scopeAtoms(n, scopes)`: the last call's when `n` and the scopes are equal
 * by content, else cut afresh (and kept). Callers must not change what they get.
 */
export function keptAtoms(n: number, scopes: readonly ProductScope[]): ScopeAtoms {
  if (last && last.n === n && sameScopes(last.scopes, scopes)) return last.atoms;
  const atoms = scopeAtoms(n, scopes);
  last = {
    n,
    scopes: scopes.map((s) => ({ id: s.id, members: Int32Array.from(s.members) })),
    atoms,
  };
  return atoms;
}

/** Forgets the kept atoms (tests: a build that must cut its own). */
export function forgetKeptAtoms(): void {
  last = null;
}
