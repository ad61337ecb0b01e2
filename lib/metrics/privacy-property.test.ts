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
import { productPlan, type ProductScope } from '@/lib/metrics/product-gate';
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
});

/**
 * Per-product counts (issue 11 item 1, "products"): the users of one product
 * are the universe; the published sets are the org and the scopes whose
 * product count the gate publishes (published groups, "in no group"), each
 * cut down to the product's users; the checker cuts by every group.
 */
function productHoles(
  universe: number,
  groups: readonly PrivacyGroup[],
  users: readonly number[],
  k: number,
  withheld: (scopes: ProductScope[]) => Set<string>,
): { holes: number[][]; smallCounts: number[] } {
  const plan = planSuppression(universe, groups, k, { noGroupRow: true });
  const inSome = new Set(groups.flatMap((g) => Array.from(g.members)));
  const noGroup = Array.from({ length: universe }, (_, i) => i).filter((i) => !inSome.has(i));
  const scopes: ProductScope[] = [
    ...groups.filter((g) => !plan.has(g.id)),
    ...(plan.has(NO_GROUP_PLAN_ID) ? [] : [{ id: NO_GROUP_PLAN_ID, members: noGroup }]),
  ];
  const hidden = withheld(scopes);
  const at = new Map(users.map((m, i) => [m, i]));
  const cut = (members: ArrayLike<number>) =>
    Array.from(members).flatMap((m) => (at.has(m) ? [at.get(m)!] : []));
  const published = [
    ...(hidden.has('org') ? [] : [users.map((_, i) => i)]),
    ...scopes.filter((s) => !hidden.has(s.id)).map((s) => cut(s.members)),
  ];
  return {
    holes: derivable(
      users.length,
      groups.map((g) => cut(g.members)),
      published,
      k,
    ),
    smallCounts: published.map((s) => s.length).filter((n) => n > 0 && n < k),
  };
}

describe('no small per-product count is published or derivable (property)', () => {
  const withUsers = orgs.chain((o) =>
    fc.record({
      org: fc.constant(o),
      users: fc.subarray(Array.from({ length: o.universe }, (_, i) => i)),
    }),
  );

  it('holds for 1,000 random orgs, each with a random set of a product’s users', () => {
    fc.assert(
      fc.property(withUsers, ({ org: { universe, groups, k }, users }) => {
        const gated = productHoles(universe, groups, users, k, (s) => productPlan(users, s, k));
        expect(gated).toEqual({ holes: [], smallCounts: [] });
      }),
      { numRuns: 1000, seed: 12 },
    );
  });

  it('finds the hole when every published group’s product count is published (the old rule)', () => {
    // Sales 8 (2 Claude Code users), Engineering 12 (12 users): groups both published.
    const groups = [
      { id: 'sales', members: Array.from({ length: 8 }, (_, i) => i) },
      { id: 'eng', members: Array.from({ length: 12 }, (_, i) => 8 + i) },
    ];
    const users = [0, 1, ...groups[1]!.members];
    const old = productHoles(20, groups, users, 5, () => new Set());
    expect(old.smallCounts).toEqual([2]);
    expect(old.holes).toContainEqual([0, 1]);
    const gated = productHoles(20, groups, users, 5, (s) => productPlan(users, s, 5));
    expect(gated).toEqual({ holes: [], smallCounts: [] });
  });
});
