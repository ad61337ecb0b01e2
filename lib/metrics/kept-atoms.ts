/**
 * **Kept scope atoms**: the atoms of the published scopes (product-gate.ts
 * `scopeAtoms`) and each atom's members, kept in module state while the
 * scopes are equal by content (ids and member lists, in order) and the
 * member count is the same: the next day's build most often publishes the
 * same scopes, and cutting 100,000 members by 50 scopes again costs more than
 * comparing them. The result is `scopeAtoms` of the inputs either way.
 */
import { scopeAtoms, type ProductScope, type ScopeAtoms } from '@/lib/metrics/product-gate';

export interface AtomsWithMembers {
  atoms: ScopeAtoms;
  /** The members of atom a, ascending (listed on first ask). */
  members: (atom: number) => Int32Array;
}

let last: {
  n: number;
  scopes: { id: string; members: Int32Array }[];
  kept: AtomsWithMembers;
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

/** Members of each atom of `atoms`, ascending: one counting sort of `atomOf`. */
function membersByAtom(atoms: ScopeAtoms): (atom: number) => Int32Array {
  let lists: Int32Array[] | null = null;
  return (atom) => {
    if (!lists) {
      const { atomOf, flags } = atoms;
      const start = new Int32Array(flags.length + 1);
      for (let m = 0; m < atomOf.length; m += 1) start[atomOf[m]! + 1]! += 1;
      for (let a = 0; a < flags.length; a += 1) start[a + 1]! += start[a]!;
      const all = new Int32Array(atomOf.length);
      const at = start.slice(0, flags.length);
      for (let m = 0; m < atomOf.length; m += 1) all[at[atomOf[m]!]!++] = m;
      lists = Array.from({ length: flags.length }, (_, a) =>
        all.subarray(start[a]!, start[a + 1]!),
      );
    }
    return lists[atom]!;
  };
}

/**
 * `scopeAtoms(n, scopes)` and the atoms' members: the last call's when `n` and
 * the scopes are equal by content, else cut afresh (and kept). Callers must
 * not change what they get.
 */
export function keptAtoms(n: number, scopes: readonly ProductScope[]): AtomsWithMembers {
  if (last && last.n === n && sameScopes(last.scopes, scopes)) return last.kept;
  const atoms = scopeAtoms(n, scopes);
  const kept = { atoms, members: membersByAtom(atoms) };
  last = {
    n,
    scopes: scopes.map((s) => ({ id: s.id, members: Int32Array.from(s.members) })),
    kept,
  };
  return kept;
}
