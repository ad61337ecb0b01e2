import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regionsOf } from '@/lib/metrics/derivable';
import { regionsOfSubset } from '@/lib/metrics/region-atoms';

const sorted = (r: { members: number[]; in: boolean[] }) => ({
  members: [...r.members].sort((a, b) => a - b),
  in: r.in,
});

describe('regionsOfSubset', () => {
  it('merges atoms that lie in the same kept sets (table)', () => {
    // Over 0…4: A = {0,1,2}, B = {2,3}; keeping A only gives {0,1,2} in A and {3,4} in none.
    const atoms = regionsOf(5, [
      [0, 1, 2],
      [2, 3],
    ]);
    expect(regionsOfSubset(atoms, [0], 5)).toEqual([
      { members: [0, 1, 2], in: [true] },
      { members: [3, 4], in: [false] },
    ]);
    // Kept in the order asked: B then A.
    expect(regionsOfSubset(atoms, [1, 0], 5).map((r) => r.in)).toEqual([
      [false, true],
      [true, true],
      [true, false],
      [false, false],
    ]);
  });

  it('gives the regions of the kept sets on random families', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((u) =>
          fc.record({
            universe: fc.constant(u),
            sets: fc.array(fc.array(fc.integer({ min: 0, max: u - 1 }), { maxLength: u }), {
              minLength: 1,
              maxLength: 6,
            }),
            k: fc.integer({ min: 2, max: 8 }),
            pick: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
          }),
        ),
        ({ universe, sets, k, pick }) => {
          const keep = sets.map((_, j) => j).filter((j) => pick[j]);
          const got = regionsOfSubset(regionsOf(universe, sets), keep, k);
          const want = regionsOf(
            universe,
            keep.map((j) => sets[j]!),
          );
          expect(got.map(sorted)).toEqual(want);
          // Regions smaller than k list their members ascending as they are.
          for (const r of got) if (r.members.length < k) expect(r).toEqual(sorted(r));
        },
      ),
      { numRuns: 300 },
    );
  });
});
