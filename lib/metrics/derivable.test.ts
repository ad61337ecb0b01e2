/**
 * The derivable-count search (derivable.ts, small-null-space.ts) against a
 * brute force: on small random families it finds a small derivable set
 * exactly when one exists (test-differencing.ts: every union of regions
 * below k, membership in the row space decided by an exact BigInt rank),
 * and what it returns is itself small and derivable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallDerivable } from '@/lib/metrics/derivable';
import { searchStats } from '@/lib/metrics/small-null-space';
import { derivableSmallSets } from '@/lib/metrics/test-differencing';

const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i);

describe('smallDerivable (table)', () => {
  it.each([
    [
      'org 20 = Sales 8 + Engineering 8 + Legal 4 (Legal not published): Legal',
      20,
      [range(0, 8), range(8, 8)],
      5,
      range(16, 4),
    ],
    ['org 20 = A 10 + B 10: nothing', 20, [range(0, 10), range(10, 10)], 5, null],
    [
      'Engineering 17 and a guild of 8 (3 outside Engineering): the 3',
      20,
      [range(0, 17), range(12, 8)],
      5,
      [17, 18, 19],
    ],
    [
      'A = {0,1,2}, B = {1,2,3}, C = {0,3} over 10, k 2: (A + C − B) / 2 = {0} (one person)',
      10,
      [
        [0, 1, 2],
        [1, 2, 3],
        [0, 3],
      ],
      2,
      [0],
    ],
    ['everyone in one published set: nothing', 6, [range(0, 6)], 5, null],
  ])('%s', (_, universe, sets, k, expected) => {
    expect(smallDerivable(universe, [range(0, universe), ...sets], k)).toEqual(expected);
  });

  it('gives up on the safe side ("derivable") when the budget runs out, and counts it', () => {
    // 12 people alone in no set but the org, 12 singletons published: with a budget of 1
    // branch the search cannot finish; the answer is a small set, never null.
    const hits = searchStats.budgetHits;
    const sets = [range(0, 24), ...range(0, 12).map((i) => [i, 12 + i])];
    expect(smallDerivable(24, sets, 5, 1)).not.toBeNull();
    expect(searchStats.budgetHits).toBe(hits + 1);
  });
});

describe('smallDerivable at 50 groups: 40 departments × 10 cross-cutting groups', () => {
  // Cell (d, c) of department d and cross-cutting group c (c = 10: in none) holds
  // (d + 3c + d·c) mod 5 people (0 to 4; 880 in all). Every region is smaller than k = 8 and the
  // 51 published sets have rank 50: the search must prove that no 0/1 combination is small.
  const departments: number[][] = range(0, 40).map(() => []);
  const crossCutting: number[][] = range(0, 10).map(() => []);
  let people = 0;
  for (let d = 0; d < 40; d += 1)
    for (let c = 0; c <= 10; c += 1)
      for (let i = 0; i < (d + 3 * c + d * c) % 5; i += 1) {
        departments[d]!.push(people);
        if (c < 10) crossCutting[c]!.push(people);
        people += 1;
      }
  it.each([
    ['everything published: nothing', 0, null],
    ['3 more people in no group: those 3', 3, [880, 881, 882]],
  ])('%s, exactly, within the budget', (_, more, expected) => {
    const hits = searchStats.budgetHits;
    const sets = [range(0, people + more), ...departments, ...crossCutting];
    expect(smallDerivable(people + more, sets, 8)).toEqual(expected);
    expect(searchStats.budgetHits).toBe(hits);
  });
});

/** Universe ≤ 14, 1–6 random sets, k 2–6; the org is always published. */
const families = fc
  .record({ universe: fc.integer({ min: 1, max: 14 }), k: fc.integer({ min: 2, max: 6 }) })
  .chain(({ universe, k }) =>
    fc.record({
      universe: fc.constant(universe),
      k: fc.constant(k),
      sets: fc.array(
        fc.uniqueArray(fc.integer({ min: 0, max: universe - 1 }), { maxLength: universe }),
        { minLength: 1, maxLength: 6 },
      ),
    }),
  );

describe('smallDerivable agrees with a brute force over every union of regions (property)', () => {
  it('on 2,000 random families', () => {
    fc.assert(
      fc.property(families, ({ universe, k, sets }) => {
        const published = [range(0, universe), ...sets];
        const exact = derivableSmallSets(universe, [], published, k);
        const found = smallDerivable(universe, published, k);
        expect(found !== null).toBe(exact.length > 0);
        if (found) expect(exact).toContainEqual(found);
      }),
      { numRuns: 2000 },
    );
  });
});
