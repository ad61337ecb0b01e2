import { describe, expect, it } from 'vitest';
import { peopleOfPeriod } from '@/lib/metrics/tools/people';
import { hiddenTeams, teamsOf, type TeamDirectory } from '@/lib/metrics/tools/teams';
import { activeRow, gptRow } from '@/lib/metrics/tools/test-rows';

const directory: TeamDirectory = {
  groups: [
    { id: 'g-eng', name: 'Engineering', emails: ['ana@x.org', 'ben@x.org'] },
    { id: 'g-ops', name: 'Ops', emails: ['ben@x.org'] },
  ],
  orgChart: new Map([
    ['cat@x.org', 'g-eng'], // only in ChatGPT, placed by the org chart
    ['dan@x.org', 'g-hidden'], // a team the gate does not publish
  ]),
};

describe('teams of the Tools view', () => {
  it('takes Claude groups first, then the org chart, then ChatGPT’s SCIM groups', () => {
    const people = peopleOfPeriod(
      [
        activeRow('ana@x.org', 1, { groups: ['SG-Sales'] }), // Claude group wins
        gptRow('ben@x.org'), // two Claude groups
        gptRow('cat@x.org', { groups: ['SG-Sales'] }), // org chart wins
        gptRow('dan@x.org', { groups: ['SG-Sales'] }), // charted to a hidden team: falls back
        gptRow('eve@x.org', { groups: ['SG-Sales', 'SG-All'] }),
        gptRow('fox@x.org'), // no team at all
      ],
      null,
      new Map(),
    );
    const teams = teamsOf(people, directory);
    expect(teams.map((t) => [t.id, t.name, t.source, t.people.map((p) => p.key)])).toEqual([
      ['g-eng', 'Engineering', 'claude-group', ['ana@x.org', 'ben@x.org', 'cat@x.org']],
      ['g-ops', 'Ops', 'claude-group', ['ben@x.org']],
      ['chatgpt-group:SG-All', 'SG-All', 'chatgpt-group', ['eve@x.org']],
      ['chatgpt-group:SG-Sales', 'SG-Sales', 'chatgpt-group', ['dan@x.org', 'eve@x.org']],
    ]);
  });

  const org = (sizes: Record<string, number>, k: number) => {
    const rows = Object.entries(sizes).flatMap(([team, n]) =>
      Array.from({ length: n }, (_, i) => gptRow(`${team}${i}@x.org`, { groups: [team] })),
    );
    const people = peopleOfPeriod(rows, null, new Map());
    const teams = teamsOf(people, { groups: [], orgChart: new Map() });
    return [...hiddenTeams(people, teams, k)].map(([id, s]) => [id, s.reason]);
  };

  it.each([
    // team sizes (seat holders) → hidden teams, k = 5
    [{ A: 7, B: 5 }, []],
    [
      { A: 8, B: 4 },
      [
        ['chatgpt-group:B', 'below-k'],
        ['chatgpt-group:A', 'complementary'],
      ],
    ],
    [
      { A: 8, B: 4, C: 6 },
      [
        ['chatgpt-group:B', 'below-k'],
        ['chatgpt-group:C', 'complementary'],
      ],
    ],
  ])('floor k = 5: %j → %j', (sizes, hidden) => {
    expect(org(sizes, 5)).toEqual(hidden);
  });

  it('counts only seat holders against the floor (pending and deleted rows are nobody’s seat)', () => {
    const rows = [
      ...Array.from({ length: 4 }, (_, i) => gptRow(`a${i}@x.org`, { groups: ['A'] })),
      gptRow('p@x.org', { groups: ['A'], userStatus: 'pending' }),
      ...Array.from({ length: 6 }, (_, i) => gptRow(`b${i}@x.org`, { groups: ['B'] })),
    ];
    const people = peopleOfPeriod(rows, null, new Map());
    const teams = teamsOf(people, { groups: [], orgChart: new Map() });
    expect(hiddenTeams(people, teams, 5).get('chatgpt-group:A')?.reason).toBe('below-k');
  });
});
