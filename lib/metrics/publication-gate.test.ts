import { describe, expect, it } from 'vitest';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { buildAllScopes } from '@/lib/metrics/insight-model';
import {
  GateRefusal,
  OTHER_GROUPS_KEY,
  mayPublishScope,
  publishedGroupRows,
  publishedMembers,
  noProductsWithheld,
  publishedPeople,
  type PublicationGate,
} from '@/lib/metrics/publication-gate';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';

const gate: PublicationGate = {
  k: 5,
  peopleShown: true,
  groups: [
    { id: 'A', published: true, hiddenBecause: null, memberIds: ['a1', 'a2', 'a3', 'a4', 'a5'] },
    { id: 'B', published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
  ],
  noGroup: {
    published: false,
    hiddenBecause: 'Fewer than 5 people are in no group.',
    memberIds: [],
  },
  otherGroups: { published: false, groupIds: [], memberIds: [] },
  products: noProductsWithheld(),
};

describe('the gate’s answers', () => {
  it.each([
    ['org', true],
    ['A', true],
    ['B', false],
    ['', false],
    ['unknown', false],
  ])('scope %j may be published: %s', (scope, expected) => {
    expect(mayPublishScope(gate, scope)).toBe(expected);
  });

  it('gives members of a published group, refuses a hidden one', () => {
    expect(publishedMembers(gate, 'org')).toBeNull();
    expect(publishedMembers(gate, 'A')).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(() => publishedMembers(gate, 'B')).toThrow(GateRefusal);
    expect(() => publishedMembers(gate, 'B')).toThrow(/hidden: Fewer than 5 members/);
  });

  it('keeps rows of published groups only; "in no group" only when published', () => {
    const rows = [
      { key: 'A', dollars: 10 },
      { key: 'B', dollars: 3 },
      { key: '', dollars: 2 },
    ];
    expect(publishedGroupRows(gate, rows, (r) => r.key)).toEqual([{ key: 'A', dollars: 10 }]);
    const withNoGroup = { ...gate, noGroup: { ...gate.noGroup, published: true } };
    expect(publishedGroupRows(withNoGroup, rows, (r) => r.key).map((r) => r.key)).toEqual([
      'A',
      '',
    ]);
  });

  it('shows no person in team-grain mode', () => {
    const people = [{ email: 'ann@x.example' }];
    expect(publishedPeople(gate, people)).toEqual(people);
    expect(publishedPeople({ ...gate, peopleShown: false }, people)).toEqual([]);
  });
});

describe('the gate of a build: one membership definition', () => {
  const days = dayRange('2026-10-26', '2026-11-24');
  const people = (p: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `${p}${i}`, active: on(days) }));
  // Team T had 5 members until 2026-11-20; its latest snapshot has 2 (three moved out).
  const history = makeHistory({
    first: days[0]!,
    last: days.at(-1)!,
    members: [...people('t', 5), ...people('o', 10)],
    groups: [{ id: 'T', name: 'Team', members: ['t0', 't1'] }],
    extra: {
      memberships: [
        {
          groupId: 'T',
          startDay: '2026-10-26',
          endDay: '2026-11-20',
          memberIds: ['t0', 't1', 't2', 't3', 't4'],
        },
        { groupId: 'T', startDay: '2026-11-20', endDay: '2026-11-25', memberIds: ['t0', 't1'] },
      ],
    },
  });
  const opts = { today: '2026-11-25', timeZone: 'UTC' };

  it('counts a group over the members its model counts (30 days of snapshots, not the latest)', () => {
    const all = buildAllScopes(history, parseMetricsSettings({}), opts);
    const model = all.groups.find((g) => g.scope.id === 'T')!;
    expect(model.size.members).toBe(5);
    expect(all.gate.groups).toEqual([
      { id: 'T', published: true, hiddenBecause: null, memberIds: ['t0', 't1', 't2', 't3', 't4'] },
    ]);
  });

  it('hands out no member id of a hidden group, and names nobody in team-grain mode', () => {
    const all = buildAllScopes(
      history,
      parseMetricsSettings({ privacy: { k: 6, teamGrainOnly: true } }),
      opts,
    );
    expect(all.gate.peopleShown).toBe(false);
    expect(all.gate.groups[0]).toMatchObject({ id: 'T', published: false, memberIds: [] });
    // 10 people in no group, but org − "in no group" would give T's 5: the row is hidden too.
    expect(all.gate.noGroup.published).toBe(false);
  });
});

describe('"Other groups": small groups published together when that hides less', () => {
  const days = dayRange('2026-10-26', '2026-11-24');
  const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);
  // Everyone is in some group: the org is exactly the groups' union.
  const gateOf = (groups: { id: string; members: string[] }[]) =>
    buildAllScopes(
      makeHistory({
        first: days[0]!,
        last: days.at(-1)!,
        members: [...new Set(groups.flatMap((g) => g.members))].map((id) => ({
          id,
          active: on(days),
        })),
        groups,
      }),
      parseMetricsSettings({}),
      { today: '2026-11-25', timeZone: 'UTC' },
    ).gate;

  it.each([
    [
      'A 8, B 3, C 4: B and C together are 7 people, shown as one row',
      [
        { id: 'A', members: ids('a', 8) },
        { id: 'B', members: ids('b', 3) },
        { id: 'C', members: ids('c', 4) },
      ],
      { published: true, groupIds: ['B', 'C'] },
    ],
    [
      'B (2) and C (2) inside A 8, D 8: together only 4 people, not shown',
      [
        { id: 'A', members: ids('a', 8) },
        { id: 'B', members: ['a0', 'a1'] },
        { id: 'C', members: ['a2', 'a3'] },
        { id: 'D', members: ids('d', 8) },
      ],
      { published: false, groupIds: [] },
    ],
    [
      'B overlaps A by one person: the union minus (org − A) would give that person, not shown',
      [
        { id: 'A', members: ids('a', 8) },
        { id: 'B', members: ['a0', 'x0', 'x1'] },
        { id: 'C', members: ids('c', 4) },
      ],
      { published: false, groupIds: [] },
    ],
  ])('%s', (_, groups, expected) => {
    expect(gateOf(groups).otherGroups).toMatchObject(expected);
    expect(gateOf(groups).otherGroups.memberIds.length).toBe(expected.published ? 7 : 0);
  });
});

describe('"Other groups" row: a model over the gate’s union of the hidden groups', () => {
  const days = dayRange('2026-10-26', '2026-11-24');
  const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i}`);
  // A 8 (everyone active), B 3 and C 4 (hidden, below k = 5): b0 and c0 active, 7 people together.
  const groups = [
    { id: 'A', members: ids('a', 8) },
    { id: 'B', members: ids('b', 3) },
    { id: 'C', members: ids('c', 4) },
  ];
  const all = buildAllScopes(
    makeHistory({
      first: days[0]!,
      last: days.at(-1)!,
      members: groups
        .flatMap((g) => g.members)
        .map((id) => ({
          id,
          seen: [days[0]!, days.at(-1)!] as [string, string],
          active: id.startsWith('a') || id.endsWith('0') ? on(days) : {},
        })),
      groups,
    }),
    parseMetricsSettings({}),
    { today: '2026-11-25', timeZone: 'UTC' },
  );

  it('publishes the union’s members and figures, named for the teams it joins', () => {
    expect(all.gate.otherGroups.memberIds).toEqual([...ids('b', 3), ...ids('c', 4)]);
    expect(mayPublishScope(all.gate, OTHER_GROUPS_KEY)).toBe(true);
    expect(publishedMembers(all.gate, OTHER_GROUPS_KEY)).toHaveLength(7);
    expect(all.otherGroups?.scope).toMatchObject({
      id: OTHER_GROUPS_KEY,
      kind: 'group',
      name: 'Other groups (2 teams together)',
    });
    expect(all.otherGroups?.size.members).toBe(7);
    expect(all.otherGroups?.adoption?.monthly.actives).toBe(2);
  });

  it('withholds the union’s per-product count of 2 (fewer than k)', () => {
    expect(all.otherGroups?.adoption?.products.chat.monthly.actives).toBeNull();
  });

  it('has no row when the gate does not publish it', () => {
    const noRow = buildAllScopes(
      makeHistory({ first: days[0]!, last: days.at(-1)!, members: [], groups: [] }),
      parseMetricsSettings({}),
      { today: '2026-11-25', timeZone: 'UTC' },
    );
    expect(noRow.otherGroups).toBeNull();
    expect(mayPublishScope(noRow.gate, OTHER_GROUPS_KEY)).toBe(false);
  });
});
