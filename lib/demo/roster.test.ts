// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveOptions } from './org';
import { apportion, MAX_GROUPS, planGroups } from './roster';

describe('apportion (largest remainder)', () => {
  it.each([
    [10, [1, 1, 1], [4, 3, 3]],
    [7, [0.5, 0.25, 0.25], [3, 2, 2]], // 3.5, 1.75, 1.75: the two .75 remainders win
    [5, [0, 0], [5, 0]],
    [0, [2, 3], [0, 0]],
  ])('%i over %j → %j', (total, weights, parts) => {
    expect(apportion(total, weights)).toEqual(parts);
  });
});

describe('planGroups', () => {
  const count = (n: number) => {
    const p = planGroups(n);
    return (
      p.crossCutting.length +
      [...p.teams.values()].reduce((a, t) => a + (t === null ? 0 : Math.max(1, t.length)), 0)
    );
  };

  it.each([0, 3, 6, 12, 20, MAX_GROUPS])('plans exactly %i groups', (n) => {
    expect(count(n)).toBe(n);
  });

  it('keeps Legal whole and gives 3 groups to Engineering, Sales, Legal first', () => {
    expect([...planGroups(3).teams].filter(([, t]) => t !== null).map(([k]) => k)).toEqual([
      'engineering',
      'sales',
      'legal',
    ]);
    expect(planGroups(MAX_GROUPS).teams.get('legal')).toEqual([]);
    expect(planGroups(20).teams.get('engineering')).toEqual([
      'Platform',
      'Product Engineering',
      'Infrastructure',
      'Mobile',
    ]);
  });

  it('has room for 25 groups at most', () => {
    expect(MAX_GROUPS).toBe(25);
  });
});

describe('resolveOptions', () => {
  it('fills defaults', () => {
    expect(resolveOptions()).toEqual({
      seed: 42,
      members: 2000,
      groups: 12,
      latestAvailableDay: null,
      name: 'Northwind Labs',
    });
  });

  it.each([
    { members: 19 },
    { members: 2.5 },
    { groups: 26 },
    { groups: -1 },
    { latestAvailableDay: '2026-01-01' },
    { latestAvailableDay: 'soon' },
  ])('rejects %j', (bad) => {
    expect(() => resolveOptions(bad)).toThrow(RangeError);
  });
});
