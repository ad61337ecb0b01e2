import { describe, expect, it } from 'vitest';
import { championRulesSchema, suggestionRulesSchema } from '@/lib/metrics/config';
import { claudeRollup } from '@/lib/metrics/tools/claude-rollup';
import { buildToolsDigest, type ToolsInput } from '@/lib/metrics/tools/digest';
import { toolPeriods } from '@/lib/metrics/tools/periods';
import { activeRow, claudeDay, gptEngagement, gptRow } from '@/lib/metrics/tools/test-rows';

/**
 * One week; team Big (Claude group) of 6 people, team Tiny (ChatGPT SCIM
 * group) of 2, five people in no team (n0–n4, ChatGPT seats, inactive).
 * Big: b0 active in both (3 weekdays in Claude, 40 ChatGPT messages), b1
 * ChatGPT only, b2 Claude only, b3–b5 in both and inactive.
 */
function input(over: Partial<ToolsInput> = {}): ToolsInput {
  const users = [
    activeRow('b0@x.org', 40, { lastDayActiveInPeriod: '2026-03-04', projectMessages: 5 }),
    activeRow('b1@x.org', 10),
    ...['b3', 'b4', 'b5'].map((b) => gptRow(`${b}@x.org`)),
    ...['t0', 't1'].map((t) => activeRow(`${t}@x.org`, 2, { groups: ['SG-Tiny'] })),
    ...[0, 1, 2, 3, 4].map((n) => gptRow(`n${n}@x.org`)),
  ];
  const acc = claudeRollup(toolPeriods(users));
  for (const day of ['2026-03-02', '2026-03-03', '2026-03-04'])
    acc.add(claudeDay(day, { m0: 9, m2: 1, m3: 0, m4: 0, m5: 0 }));
  const big = ['b0', 'b1', 'b2', 'b3', 'b4', 'b5'].map((b) => `${b}@x.org`);
  return {
    chatgpt: { users, gpts: [gptEngagement('g-1', true, 12), gptEngagement('g-2', false, 0)] },
    claude: acc.finish(),
    emailOf: new Map(['m0', 'm2', 'm3', 'm4', 'm5'].map((m) => [m, `b${m.slice(1)}@x.org`])),
    firstSeenOf: new Map(big.map((e) => [e, '2026-01-05'])),
    directory: { groups: [{ id: 'g-big', name: 'Big', emails: big }], orgChart: new Map() },
    k: 5,
    peopleShown: true,
    settings: {
      targets: [],
      champions: championRulesSchema.parse({ topShare: 0.05 }),
      suggestions: suggestionRulesSchema.parse({}),
    },
    today: '2026-03-10',
    ...over,
  };
}

describe('the Tools digest', () => {
  it('publishes the org and teams at or above k, and only why for the others', () => {
    const [week] = buildToolsDigest(input()).periods;
    expect(week!.claudeDaysStored).toBe(3);
    expect(week!.rows.map((r) => [r.scope, r.hiddenBecause, r.figures?.combined])).toEqual([
      // Org: 13 seat holders; active: b0, b1, b2, t0, t1. Without the five in no team,
      // org − Big would give Tiny's 2 people, and Big would be hidden too.
      ['org', null, { active: 5, seats: 13, share: 5 / 13 }],
      ['g-big', null, { active: 3, seats: 6, share: 0.5 }],
      ['chatgpt-group:SG-Tiny', 'Fewer than 5 members.', undefined],
    ]);
    expect(week!.gpts).toEqual({ active: 1, messages: 12 });
    // A Claude group the gate hides keeps a row with its reason and nothing else.
    const withHidden = buildToolsDigest(
      input({
        directory: {
          ...input().directory,
          hidden: [{ id: 'g-small', name: 'Small', because: 'Fewer than 5 members.' }],
        },
      }),
    ).periods[0]!.rows.at(-1);
    expect(withHidden).toMatchObject({ scope: 'g-small', figures: null, benchmarks: null });
    expect(withHidden!.hiddenBecause).toBe('Fewer than 5 members.');
    expect(week!.rows[1]!.deep).toEqual({ people: 1, of: 2 });
  });

  it('names champions across tools, leaves out people who opted out, names nobody in team grain', () => {
    const named = buildToolsDigest(input()).periods[0]!.champions;
    expect(named!.map((c) => [c.email, c.tools])).toEqual([['b0@x.org', ['ChatGPT', 'Claude']]]);
    const optedOut = buildToolsDigest(
      input({
        settings: {
          ...input().settings,
          champions: championRulesSchema.parse({ topShare: 0.05, optOutEmails: ['B0@x.org'] }),
        },
      }),
    ).periods[0]!.champions;
    // b2 comes next: 3 active weekdays in Claude (b1's one ChatGPT day is a Sunday).
    expect(optedOut!.map((c) => c.email)).toEqual(['b2@x.org']);
    expect(buildToolsDigest(input({ peopleShown: false })).periods[0]!.champions).toBeNull();
  });

  it('suggests reclaiming seats paid twice, with the count, and hides a dismissed suggestion', () => {
    const list = buildToolsDigest(input()).periods[0]!.suggestions;
    const twice = list.find((s) => s.id === 'tools:paid-twice:org:weekly:2026-03-01:2026-03-07');
    expect(twice?.numbers).toEqual({ unused: 3, seatsInBoth: 4, seatsPaid: 6 });
    const dismissed = buildToolsDigest(
      input({
        settings: {
          ...input().settings,
          suggestions: suggestionRulesSchema.parse({ dismissed: [twice!.id] }),
        },
      }),
    ).periods[0]!.suggestions;
    expect(dismissed.map((s) => s.id)).not.toContain(twice!.id);
  });
});
