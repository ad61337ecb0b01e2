/**
 * Property test of the privacy floor against differencing (issue 11 item 1):
 * for random orgs with overlapping and small groups, no count of fewer than
 * k people (other than zero) is derivable from what is published.
 *
 * The checker (test-differencing.ts) is independent of the gate (privacy.ts,
 * derivable.ts): it cuts the org by EVERY group (hidden ones too) into the
 * regions of their Venn diagram, and for every union X of regions smaller
 * than k asks whether X's indicator is in the span of the published sets'
 * indicators (org, published groups, "in no group" row), by comparing ranks
 * with fraction-free (Bareiss) elimination over BigInt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_GROUP_PLAN_ID, planSuppression, type PrivacyGroup } from '@/lib/metrics/privacy';
import { derivableSmallSets as derivable } from '@/lib/metrics/test-differencing';

/** The checker on a plan: regions of every group; published = org, shown groups, shown "in no group". */
function derivableSmallSets(
  universe: number,
  groups: readonly PrivacyGroup[],
  hidden: ReadonlySet<string>,
  k: number,
): number[][] {
  const inSome = new Set(groups.flatMap((g) => Array.from(g.members)));
  const noGroup = Array.from({ length: universe }, (_, i) => i).filter((i) => !inSome.has(i));
  const published = [
    Array.from({ length: universe }, (_, i) => i),
    ...groups.filter((g) => !hidden.has(g.id)).map((g) => Array.from(g.members)),
    ...(hidden.has(NO_GROUP_PLAN_ID) || noGroup.length === 0 ? [] : [noGroup]),
  ];
  return derivable(
    universe,
    groups.map((g) => Array.from(g.members)),
    published,
    k,
  );
}

/** A random org: 10–36 members, k 3–5, up to 7 groups, many small and overlapping. */
const orgs = fc
  .record({ universe: fc.integer({ min: 10, max: 36 }), k: fc.integer({ min: 3, max: 5 }) })
  .chain(({ universe, k }) =>
    fc.record({
      universe: fc.constant(universe),
      k: fc.constant(k),
      groups: fc.array(
        fc.oneof(
          fc.uniqueArray(fc.integer({ min: 0, max: universe - 1 }), { minLength: 1, maxLength: 6 }),
          fc.uniqueArray(fc.integer({ min: 0, max: universe - 1 }), {
            minLength: 1,
            maxLength: universe,
          }),
        ),
        { maxLength: 7 },
      ),
    }),
  )
  .map(({ universe, k, groups }) => ({
    universe,
    k,
    groups: groups.map((members, i): PrivacyGroup => ({ id: `g${i}`, members })),
  }));

describe('no small count is derivable from what is published (property)', () => {
  it('holds for 1,000 random orgs with overlapping and small groups', () => {
    fc.assert(
      fc.property(orgs, ({ universe, groups, k }) => {
        const plan = planSuppression(universe, groups, k, { noGroupRow: true });
        expect(derivableSmallSets(universe, groups, new Set(plan.keys()), k)).toEqual([]);
        for (const g of groups) if (g.members.length < k) expect(plan.has(g.id)).toBe(true);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  it.each([
    [
      'issue 11: Sales 8, Engineering 8, Legal 4, AI guild = Legal + one salesperson',
      20,
      [
        { id: 'sales', members: [0, 1, 2, 3, 4, 5, 6, 7] },
        { id: 'eng', members: [8, 9, 10, 11, 12, 13, 14, 15] },
        { id: 'legal', members: [16, 17, 18, 19] },
        { id: 'guild', members: [16, 17, 18, 19, 0] },
      ],
    ],
    [
      'issue 11: Engineering 17 and an overlapping guild of 8 (3 outside Engineering)',
      20,
      [
        { id: 'eng', members: Array.from({ length: 17 }, (_, i) => i) },
        { id: 'guild', members: [12, 13, 14, 15, 16, 17, 18, 19] },
      ],
    ],
  ])(
    'the checker finds the hole with the old plan’s choice, and none with the gate: %s',
    (_, n, groups) => {
      const plan = planSuppression(n, groups, 5, { noGroupRow: true });
      expect(derivableSmallSets(n, groups, new Set(plan.keys()), 5)).toEqual([]);
      // Publishing everything at or above k (the old rule's start) gives a small set away.
      const belowK = new Set(groups.filter((g) => g.members.length < 5).map((g) => g.id));
      expect(derivableSmallSets(n, groups, belowK, 5).length).toBeGreaterThan(0);
    },
  );

  it('plans 1,000 random orgs quickly', () => {
    const sample = fc.sample(orgs, { numRuns: 1000, seed: 7 });
    const start = performance.now();
    for (const o of sample) planSuppression(o.universe, o.groups, o.k, { noGroupRow: true });
    const ms = performance.now() - start;
    console.info(`planSuppression: 1,000 random orgs in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(20_000);
  });
});
