import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import { planSuppression, type PrivacyGroup } from '@/lib/metrics/privacy';
import { makeHistory, on } from '@/lib/metrics/test-history';

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
const group = (id: string, members: number[]): PrivacyGroup => ({ id, members });

/** What an attacker gets from "published total − published parts inside it": must be 0 or ≥ k people. */
function smallestRecoverable(
  universe: number,
  groups: PrivacyGroup[],
  hidden: Set<string>,
): number {
  const published = groups
    .filter((g) => !hidden.has(g.id))
    .map((g) => ({ id: g.id, set: new Set(Array.from(g.members)) }));
  const parents = [{ id: 'org', set: new Set(range(0, universe - 1)) }, ...published];
  let smallest = Infinity;
  for (const p of parents) {
    const parts = published.filter(
      (g) => g.set.size < p.set.size && [...g.set].every((m) => p.set.has(m)),
    );
    if (parts.length === 0) continue;
    const rest = [...p.set].filter((m) => !parts.some((g) => g.set.has(m))).length;
    if (rest > 0) smallest = Math.min(smallest, rest);
  }
  return smallest;
}

describe('planSuppression', () => {
  it.each([
    [
      'a group at k is shown, at k − 1 suppressed',
      20,
      [group('A', range(0, 4)), group('B', range(5, 8))],
      5,
      { B: 'below-k' },
    ],
    [
      'one team of a partition suppressed → the next-smallest too',
      19,
      [group('A', range(0, 7)), group('B', range(8, 14)), group('C', range(15, 18))],
      5,
      { C: 'below-k', B: 'complementary' },
    ],
    [
      'a small sub-team → its sibling inside the department',
      20,
      [
        group('D', range(0, 11)),
        group('D1', range(0, 7)),
        group('D2', range(8, 11)),
        group('E', range(12, 19)),
      ],
      5,
      { D2: 'below-k', D1: 'complementary' },
    ],
    [
      'overlapping groups at or above k: nothing to hide',
      20,
      [group('A', range(0, 9)), group('B', range(10, 19)), group('X', [0, 10, 11, 12, 13])],
      5,
      {},
    ],
    [
      'three people in no group are protected too (ties by id)',
      13,
      [group('A', range(0, 4)), group('B', range(5, 9))],
      5,
      { A: 'complementary' },
    ],
    [
      'k is configurable',
      19,
      [group('A', range(0, 7)), group('B', range(8, 14)), group('C', range(15, 18))],
      3,
      {},
    ],
    ['no groups', 10, [], 5, {}],
  ] as const)('%s', (_, universe, groups, k, expected) => {
    const plan = planSuppression(universe, groups, k);
    expect(Object.fromEntries([...plan.values()].map((s) => [s.groupId, s.reason]))).toEqual(
      expected,
    );
    expect(smallestRecoverable(universe, [...groups], new Set(plan.keys()))).toBeGreaterThanOrEqual(
      k,
    );
  });

  it('without complementary suppression, subtraction would reveal the small team', () => {
    const groups = [group('A', range(0, 7)), group('B', range(8, 14)), group('C', range(15, 18))];
    expect(smallestRecoverable(19, groups, new Set(['C']))).toBe(4);
  });
});

describe('privacy in the insight models', () => {
  const last = '2026-11-30';
  const ids = range(0, 18).map((i) => `m${i}`);
  const history = makeHistory({
    first: '2026-11-01',
    last,
    members: ids.map((id) => ({ id, active: on([last]) })),
    groups: [
      { id: 'g_a', name: 'Alpha', members: ids.slice(0, 8) },
      { id: 'g_b', name: 'Beta', members: ids.slice(8, 13) }, // exactly k = 5
      { id: 'g_c', name: 'Gamma', members: ids.slice(13, 17) }, // k − 1
    ],
  });
  const all = buildAllScopes(history, parseMetricsSettings({}), {
    today: '2026-12-01',
    timeZone: 'UTC',
  });
  const byId = Object.fromEntries(all.groups.map((g) => [g.scope.id, g]));

  it('a group at k gets its figures', () => {
    expect(byId.g_a!.adoption!.daily.actives).toBe(8);
    expect(byId.g_a!.suppressed).toEqual([]);
  });

  it('a group at k − 1 gets none, and the reason', () => {
    const c = byId.g_c!;
    expect([c.adoption, c.seats, c.benchmarks, c.size.value, c.size.members]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(c.champions).toMatchObject({ shown: false, champions: [] });
    expect(c.suppressed).toEqual([
      { part: 'scope', reason: 'below-k', detail: 'Fewer than 5 members.' },
    ]);
  });

  it('the org minus the published groups cannot reveal it: Beta (at k) is hidden as its complement', () => {
    // 19 = Alpha 8 + Beta 5 + Gamma 4 + 2 in no group: org − Alpha − Beta would be 6 people
    // (≥ k), so here Beta stays; check the rule fires when the remainder is Gamma alone.
    expect(byId.g_b!.suppressed).toEqual([]);
    const tight = buildAllScopes(
      makeHistory({
        first: '2026-11-01',
        last,
        members: ids.slice(0, 17).map((id) => ({ id, active: on([last]) })),
        groups: [
          { id: 'g_a', members: ids.slice(0, 8) },
          { id: 'g_b', members: ids.slice(8, 13) },
          { id: 'g_c', members: ids.slice(13, 17) },
        ],
      }),
      parseMetricsSettings({}),
      { today: '2026-12-01', timeZone: 'UTC' },
    );
    expect(tight.groups.map((g) => [g.scope.id, g.suppressed[0]?.reason ?? null])).toEqual([
      ['g_a', null],
      ['g_b', 'complementary'],
      ['g_c', 'below-k'],
    ]);
    // What stays published: org 17, Alpha 8 → the difference is 9 people, not Gamma's 4.
    expect(tight.org.adoption!.daily.actives! - tight.groups[0]!.adoption!.daily.actives!).toBe(9);
  });
});
