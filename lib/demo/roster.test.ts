// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createDemoOrg, resolveOptions } from './org';
import { apportion, MAX_GROUPS, MAX_PLANNED_GROUPS, planGroups } from './roster';

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

  it.each([0, 3, 6, 12, 20, MAX_GROUPS, 26, 37, MAX_PLANNED_GROUPS])(
    'plans exactly %i groups',
    (n) => {
      expect(count(n)).toBe(n);
    },
  );

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

  it('has room for 25 groups from the named sub-teams, 50 in all', () => {
    expect(MAX_GROUPS).toBe(25);
    expect(MAX_PLANNED_GROUPS).toBe(50);
  });

  it('grows a 25-group plan by further sub-teams only, Legal still whole', () => {
    const at25 = planGroups(25);
    const at26 = planGroups(26);
    const at50 = planGroups(50);
    // 26 = the 25-group plan plus Engineering's sixth sub-team.
    expect(at26.teams.get('engineering')).toEqual([
      ...at25.teams.get('engineering')!,
      'Developer Experience',
    ]);
    expect(at26.teams.get('sales')).toEqual(at25.teams.get('sales'));
    expect(at50.teams.get('legal')).toEqual([]);
    expect(at50.teams.get('engineering')).toHaveLength(11);
    expect(at50.teams.get('sales')).toHaveLength(7);
    expect(at50.crossCutting).toEqual(['People Managers', 'Claude Pilot Cohort']);
    const names = [...at50.teams.values()].flatMap((t) => t ?? []);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('a 50-group organisation', () => {
  it('has 50 groups with distinct names, Legal at 4 members, every other group above the floor', () => {
    const org = createDemoOrg({ members: 2000, groups: 50, seed: 5 });
    expect(org.groups).toHaveLength(50);
    expect(new Set(org.groups.map((g) => g.name)).size).toBe(50);
    const size = (name: string) => {
      const g = org.groups.find((x) => x.name === name)!.index;
      return org.members.filter((m) => m.primaryGroup === g || m.crossGroups.includes(g)).length;
    };
    expect(size('Legal')).toBe(4);
    expect(size('Engineering – Developer Experience')).toBeGreaterThan(20);
    for (const g of org.groups.filter((x) => x.name !== 'Legal'))
      expect(size(g.name), g.name).toBeGreaterThanOrEqual(5);
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
    { groups: 51 },
    { members: 100_001 },
    { groups: -1 },
    { latestAvailableDay: '2026-01-01' },
    { latestAvailableDay: 'soon' },
  ])('rejects %j', (bad) => {
    expect(() => resolveOptions(bad)).toThrow(RangeError);
  });
});
