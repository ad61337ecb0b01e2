/**
 * Property test of the privacy floor against differencing (issue 11 item 1):
 * for random orgs with overlapping and small groups, no count of fewer than
 * k people (other than zero) is derivable from what is published.
 *
 * The checker is independent of the gate (privacy.ts, derivable.ts): it cuts
 * the org by EVERY group (hidden ones too) into the regions of their Venn
 * diagram, and for every union X of regions smaller than k asks whether X's
 * indicator is in the span of the published sets' indicators (org, published
 * groups, "in no group" row), by comparing ranks with fraction-free
 * (Bareiss) elimination over BigInt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_GROUP_PLAN_ID, planSuppression, type PrivacyGroup } from '@/lib/metrics/privacy';

/** Rank of an integer matrix (Bareiss elimination, exact). */
function rank(rows: bigint[][]): number {
  const m = rows.map((r) => r.slice());
  const cols = m[0]?.length ?? 0;
  let r = 0;
  let prev = 1n;
  for (let c = 0; c < cols && r < m.length; c += 1) {
    const p = m.findIndex((row, i) => i >= r && row[c] !== 0n);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = r + 1; i < m.length; i += 1) {
      for (let j = c + 1; j < cols; j += 1)
        m[i]![j] = (m[i]![j]! * m[r]![c]! - m[i]![c]! * m[r]![j]!) / prev;
      m[i]![c] = 0n;
    }
    prev = m[r]![c]!;
    r += 1;
  }
  return r;
}

/** Unions of regions smaller than k (and not empty) that the published sets give away. */
function derivableSmallSets(
  universe: number,
  groups: readonly PrivacyGroup[],
  hidden: ReadonlySet<string>,
  k: number,
): number[][] {
  const key = (m: number) =>
    groups.map((g) => (Array.from(g.members).includes(m) ? 1 : 0)).join('');
  const regions = new Map<string, number[]>();
  for (let m = 0; m < universe; m += 1) regions.set(key(m), [...(regions.get(key(m)) ?? []), m]);
  const list = [...regions.values()];
  const noGroup = list.find((r) => !groups.some((g) => Array.from(g.members).includes(r[0]!)));
  const published: ((region: number[]) => boolean)[] = [() => true];
  for (const g of groups)
    if (!hidden.has(g.id)) published.push((region) => Array.from(g.members).includes(region[0]!));
  if (noGroup && !hidden.has(NO_GROUP_PLAN_ID)) published.push((region) => region === noGroup);
  const matrix = published.map((f) => list.map((r) => (f(r) ? 1n : 0n)));
  const base = rank(matrix);
  const small = list.filter((r) => r.length < k);
  const found: number[][] = [];
  const visit = (from: number, chosen: number[][], size: number) => {
    for (let i = from; i < small.length; i += 1) {
      if (size + small[i]!.length >= k) continue;
      const next = [...chosen, small[i]!];
      const x = list.map((r) => (next.includes(r) ? 1n : 0n));
      if (rank([...matrix, x]) === base) found.push(next.flat().sort((a, b) => a - b));
      visit(i + 1, next, size + small[i]!.length);
    }
  };
  visit(0, [], 0);
  return found;
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
