import { describe, expect, it } from 'vitest';
import { buildAllScopes, defaultMetricsSettings } from '@/lib/metrics';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';
import { sortTeams, teamRow, type TeamRow } from './team-table';

// Three teams over 40 days: A (6 people, 3 active), B (5 people, all active), C (2 people: below
// k = 5), and 5 people in no team (so hiding C does not force hiding B as well).
const days = dayRange('2026-10-16', '2026-11-24');
const people = (prefix: string, n: number, active: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${prefix}${i}`,
    email: `${prefix}${i}@x.example`,
    active: i < active ? on(days) : {},
  }));
const history = makeHistory({
  first: days[0]!,
  last: days.at(-1)!,
  members: [...people('a', 6, 3), ...people('b', 5, 5), ...people('c', 2, 1), ...people('u', 5, 0)],
  groups: [
    { id: 'A', name: 'Alpha', members: people('a', 6, 0).map((p) => p.id) },
    { id: 'B', name: 'Beta', members: people('b', 5, 0).map((p) => p.id) },
    { id: 'C', name: 'Gamma', members: people('c', 2, 0).map((p) => p.id) },
  ],
});
const settings = {
  ...defaultMetricsSettings,
  targets: [
    {
      id: 't',
      metric: 'monthly_adoption' as const,
      product: null,
      scope: 'A',
      value: 60,
      baseline: null,
      deadline: null,
    },
  ],
};
const all = buildAllScopes(history, settings, { today: '2026-11-25', timeZone: 'UTC' });
const hiddenOf = (id: string) =>
  all.groups.find((g) => g.scope.id === id)!.suppressed.find((s) => s.part === 'scope')?.detail ??
  null;
const rows = all.groups.map((g) => teamRow(g, hiddenOf(g.scope.id)));

describe('team rows from the insight model', () => {
  it.each([
    [
      'A',
      {
        name: 'Alpha',
        size: 6,
        monthlyRate: 50,
        monthlyActives: 3,
        targetProgress: 50 / 60,
        targetStatus: 'not-on-pace',
      },
    ],
    [
      'B',
      {
        name: 'Beta',
        size: 5,
        monthlyRate: 100,
        monthlyActives: 5,
        targetStatus: 'no-target',
        targetProgress: null,
      },
    ],
    ['C', { name: 'Gamma', size: null, monthlyRate: null, suggestions: 0, champions: null }],
  ] as const)('%s', (id, expected) => {
    expect(rows.find((r) => r.id === id)).toMatchObject(expected);
  });

  it('a group without a target of its own can be measured against the org’s', () => {
    const b = all.groups.find((g) => g.scope.id === 'B')!;
    const inherited = { ...all.org.targets[0]!, progress: 0.5, inherited: true };
    expect(teamRow(b, null, [inherited])).toMatchObject({
      targetProgress: 0.5,
      targetInherited: true,
    });
    expect(teamRow(b, null)).toMatchObject({ targetStatus: 'no-target', targetInherited: false });
  });

  it('says when the gate withheld a product figure (issue 11 item 1)', () => {
    // Chat users: A 3 (fewer than k = 5), B 5, C 1; org 9 − B 5 would give 4: both withheld.
    for (const id of ['A', 'B'])
      expect(rows.find((r) => r.id === id)).toMatchObject({
        productRates: { chat: null },
        productWithheld: { chat: true, design: false },
      });
  });

  it('counts champions with or without their rows (any rows left out added)', () => {
    const b = all.groups.find((g) => g.scope.id === 'B')!;
    const count = teamRow(b, null).champions;
    expect(count).toBeGreaterThan(0);
    const rowsOf = (keep: number) => ({
      ...b,
      champions: {
        ...b.champions,
        champions: b.champions.champions.slice(0, keep),
        rowsLeftOut: b.champions.champions.length - keep,
      },
    });
    for (const keep of [0, 1, count!]) expect(teamRow(rowsOf(keep), null).champions).toBe(count);
  });

  it('a hidden team says why', () => {
    expect(rows.find((r) => r.id === 'C')!.hidden).toMatch(/fewer than 5/i);
  });
});

describe('sortTeams', () => {
  const r = (name: string, monthlyRate: number | null, size: number | null = 10): TeamRow => ({
    ...rows[0]!,
    id: name,
    name,
    monthlyRate,
    size,
  });
  const table = [r('b', 40), r('a', null), r('c', 70), r('d', 40, 3)];
  it.each([
    ['monthlyRate', 'desc', ['c', 'b', 'd', 'a']],
    ['monthlyRate', 'asc', ['b', 'd', 'c', 'a']],
    ['name', 'asc', ['a', 'b', 'c', 'd']],
    ['name', 'desc', ['d', 'c', 'b', 'a']],
    ['size', 'asc', ['d', 'a', 'b', 'c']],
  ] as const)('%s %s', (key, dir, order) => {
    expect(sortTeams(table, key, dir).map((x) => x.name)).toEqual(order);
  });

  it('sorts by a product column and does not change its input', () => {
    const before = table.map((x) => x.name);
    const withChat = table.map((x, i) => ({
      ...x,
      productRates: { ...x.productRates, chat: [5, 1, null, 9][i]! },
    }));
    expect(sortTeams(withChat, 'product:chat', 'desc').map((x) => x.name)).toEqual([
      'd',
      'b',
      'a',
      'c',
    ]);
    expect(table.map((x) => x.name)).toEqual(before);
  });
});
