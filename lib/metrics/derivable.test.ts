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
