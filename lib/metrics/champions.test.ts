import { describe, expect, it } from 'vitest';
import type { ChampionStats } from '@/lib/metrics/champion-stats';
import { refreshedThresholds, selectChampions } from '@/lib/metrics/champions';
import {
  championRulesSchema,
  parseMetricsSettings,
  type ChampionRules,
} from '@/lib/metrics/config';
import { buildInsightModel } from '@/lib/metrics/insight-model';
import { dayRange, makeHistory, on } from '@/lib/metrics/test-history';

const asOf = '2026-11-30';
const member = (name: string, s: Partial<ChampionStats>): ChampionStats => ({
  memberId: `user_${name}`,
  email: `${name}@acme.example`,
  firstSeenDay: '2026-01-05',
  seatHolder: true,
  activeWeekdays: 0,
  windowWeekdays: 20,
  productsUsed: 0,
  skills: 0,
  connectors: 0,
  projects: 0,
  breadthSource: 'rollup',
  interactions: 0,
  ...s,
});

// Hand-computed with equal weights, n = 5 (percentile = share of the 5 with a value ≤ theirs):
//        consistency  breadth (count → pct)  depth (interactions → pct)  score
// ana    20/20 = 1    12 → 5/5 = 1           500 → 1                     1
// ben    10/20 = .5    1 → 4/5 = .8          100 → .8                    .7
// cai     5/20 = .25   1 → .8                 50 → .6                    .55
// dev     1/20 = .05   1 → .8                  3 → .4                    .41667 (Claude Code only, 1 session)
// eve     0            0 → 0                   0 → 0                     0
const team = [
  member('ana', {
    activeWeekdays: 20,
    productsUsed: 3,
    skills: 4,
    connectors: 2,
    projects: 3,
    interactions: 500,
  }),
  member('ben', { activeWeekdays: 10, productsUsed: 1, interactions: 100 }),
  member('cai', { activeWeekdays: 5, productsUsed: 1, interactions: 50 }),
  member('dev', { activeWeekdays: 1, productsUsed: 1, interactions: 3 }),
  member('eve', {}),
];
const rules = (r: Partial<ChampionRules> = {}) => championRulesSchema.parse(r);
const names = (s: ReturnType<typeof selectChampions>) =>
  s.champions.map((c) => c.email!.split('@')[0]);

describe('selectChampions', () => {
  it.each([
    ['an obvious champion (top 5% of 5 = 1)', team, rules(), ['ana']],
    [
      'opted out (any case) is excluded',
      team,
      rules({ optOutEmails: ['ana@acme.example'] }),
      ['ben'],
    ],
    [
      'opted out by member id (a member without an email can opt out)',
      [{ ...team[0]!, email: null }, ...team.slice(1)],
      rules({ optOutMemberIds: ['user_ana'] }),
      ['ben'],
    ],
    [
      'tenure: first seen 10 days ago, 30 required',
      [{ ...team[0]!, firstSeenDay: '2026-11-20' }, ...team.slice(1)],
      rules(),
      ['ben'],
    ],
    [
      'tenure 0 lets a new member in',
      [{ ...team[0]!, firstSeenDay: '2026-11-20' }, ...team.slice(1)],
      rules({ minTenureDays: 0 }),
      ['ana'],
    ],
    [
      'a seat no longer held is not eligible',
      [{ ...team[0]!, seatHolder: false }, ...team.slice(1)],
      rules(),
      ['ben'],
    ],
    [
      'top 50% of 5 = 3; the Claude-Code-only light user is not in',
      team,
      rules({ topShare: 0.5 }),
      ['ana', 'ben', 'cai'],
    ],
    [
      'frozen cut-off 0.5 is respected over the computed 1',
      team,
      rules({ frozen: { scoreCutoff: 0.5, frozenAt: '2026-10-01' } }),
      ['ana', 'ben', 'cai'],
    ],
    ['empty org', [], rules(), []],
    [
      'all inactive: a score of 0 is never a champion',
      [member('x', {}), member('y', {})],
      rules(),
      [],
    ],
  ] as const)('%s', (_, stats, r, expected) => {
    expect(names(selectChampions(stats, r, asOf))).toEqual(expected);
  });

  it('the score parts explain it (for the "why" tooltip)', () => {
    const s = selectChampions(team, rules({ topShare: 0.5 }), asOf);
    expect(s.champions[1]).toMatchObject({
      memberId: 'user_ben',
      rank: 2,
      score: expect.closeTo(0.7, 12),
      parts: {
        consistency: 0.5,
        breadth: 0.8,
        depth: 0.8,
        activeWeekdays: 10,
        windowWeekdays: 20,
        interactions: 100,
      },
    });
    expect(s).toMatchObject({ eligible: 5, cutoff: expect.closeTo(0.55, 12), frozenAt: null });
  });

  // Issue 11 item 9: a name alone may badge a champion only when nobody else in the org has it.
  it.each([
    ['ana is the only "ana"', [], 'ana'],
    ['a non-champion namesake at another domain', ['ana@other.example'], null],
    ['a namesake with a digit (ana2@)', ['ana2@acme.example'], null],
    ['an unrelated member', ['zed@acme.example'], 'ana'],
  ] as const)('nameKey when %s', (_, others, key) => {
    const extra = others.map((email, i) => ({ ...member(`o${i}`, {}), email }));
    const s = selectChampions([...team, ...extra], rules(), asOf);
    expect(s.champions.map((c) => [c.memberId, c.nameKey])).toEqual([['user_ana', key]]);
  });

  it('frozen thresholds hold until an admin refreshes them', () => {
    const frozen = rules({ frozen: { scoreCutoff: 0.5, frozenAt: '2026-10-01' } });
    const before = selectChampions(team, frozen, asOf);
    expect(before).toMatchObject({ cutoff: 0.5, computedCutoff: 1, frozenAt: '2026-10-01' });
    const refreshed = refreshedThresholds(before, asOf);
    expect(refreshed).toEqual({ scoreCutoff: 1, frozenAt: asOf });
    expect(names(selectChampions(team, rules({ frozen: refreshed }), asOf))).toEqual(['ana']);
    expect(refreshedThresholds(selectChampions([], frozen, asOf), asOf)).toBeNull();
  });

  it('ties are all in, in a stable order whatever the input order', () => {
    const twins = [
      member('zed', { activeWeekdays: 20, productsUsed: 2, interactions: 90 }),
      member('amy', { activeWeekdays: 20, productsUsed: 2, interactions: 90 }),
      ...team.slice(1),
    ];
    for (const input of [twins, [...twins].reverse()]) {
      const s = selectChampions(input, rules(), asOf);
      expect(s.champions.map((c) => [c.email, c.rank])).toEqual([
        ['amy@acme.example', 1],
        ['zed@acme.example', 2],
      ]);
    }
  });

  it('weights change the balance: depth only ranks by interactions', () => {
    const s = selectChampions(
      team,
      rules({ weights: { consistency: 0, breadth: 0, depth: 1 }, topShare: 0.5 }),
      asOf,
    );
    expect(s.champions.map((c) => c.score)).toEqual([1, 0.8, 0.6]);
  });
});

describe('champions in the insight model', () => {
  const last = '2026-11-30';
  const days = dayRange('2026-11-01', last);
  const history = makeHistory({
    first: '2026-10-01',
    last,
    members: [
      {
        id: 'ana',
        email: 'ana@acme.example',
        active: on(days, { chatMessages: 20, chatSkillsUsed: 2, codeSessions: 1 }),
      },
      { id: 'ben', email: 'ben@acme.example', active: on(days.slice(0, 10), { chatMessages: 5 }) },
      { id: 'dev', email: 'dev@acme.example', active: on([last], { codeSessions: 1 }) },
      // f … l never active; h … l are in no group (5 people: the privacy floor needs ≥ k outside g1)
      ...['f', 'g', 'h', 'i', 'j', 'k', 'l'].map((id) => ({ id, email: `${id}@acme.example` })),
    ],
    groups: [{ id: 'g1', name: 'Team', members: ['ana', 'ben', 'dev', 'f', 'g'] }],
  });
  // dev wrote a million lines of code in that one session: lines of code are never read.
  const loc = history.days!.find((d) => d.day === last)!;
  (loc.columns as Record<string, Uint32Array>).codeLinesAdded = Uint32Array.from(
    loc.memberIds,
    (id) => (id === 'dev' ? 1_000_000 : 0),
  );
  const opts = { today: '2026-12-01', timeZone: 'UTC' };

  it('finds the obvious champion, not the lines-of-code one, in the org and in its team', () => {
    const settings = parseMetricsSettings({ champions: { topShare: 0.1 } });
    const org = buildInsightModel(history, settings, opts);
    expect(org.champions.champions.map((c) => c.memberId)).toEqual(['ana']);
    expect(org.champions.champions[0]!.parts).toMatchObject({
      productsUsed: 2,
      skills: 2,
      breadthSource: 'daily-max',
    });
    const team = buildInsightModel(history, settings, { ...opts, scope: 'g1' });
    expect(team.champions).toMatchObject({
      shown: true,
      champions: [expect.objectContaining({ memberId: 'ana' })],
    });
  });

  it('team grain only shows no champion and says why', () => {
    const m = buildInsightModel(
      history,
      parseMetricsSettings({ privacy: { teamGrainOnly: true } }),
      opts,
    );
    expect(m.champions).toMatchObject({ shown: false, champions: [] });
    expect(m.suppressed).toContainEqual(
      expect.objectContaining({ part: 'champions', reason: 'team-grain-only' }),
    );
  });
});
