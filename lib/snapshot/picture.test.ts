import { describe, expect, it } from 'vitest';
import { teamPicture } from '@/lib/snapshot/picture';
import { teamPictureSchema } from '@/lib/snapshot/picture-schema';
import { models, orgTarget, settingsWith } from '@/lib/snapshot/test-models';

const all = models();
const group = (id: string) => all.groups.find((g) => g.scope.id === id)!;
const target = { ...orgTarget, deadline: '2027-03-31' as string | null };

describe('teamPicture', () => {
  it('reads the org against its own target: 18 of 40 seats = 45%, 28 needed for 70% → 10 more', () => {
    const p = teamPicture(all.org, target);
    expect(p.adoption?.monthly).toMatchObject({ rate: 45, actives: 18, day: '2026-11-30' });
    expect(p.targets[0]).toMatchObject({
      id: 'org70',
      inherited: false,
      goal: 70,
      goalActives: 28,
      gapPeople: 10,
      daysLeft: 121,
    });
    expect(p.targets[0]!.progress).toBeCloseTo(45 / 70, 12);
    expect(teamPictureSchema.parse(p)).toEqual(p);
  });

  it.each([
    // group, monthly rate, actives, size, goal actives (⌈0.7 × size⌉), people needed
    ['g_eng', 80, 8, 10, 7, 0],
    ['g_sales', 50, 10, 20, 14, 4],
  ])(
    'reads %s against the org target: %d%% = %d of %d, %d for 70%%, %d more',
    (id, rate, actives, size, goalActives, gap) => {
      const p = teamPicture(group(id), target);
      expect(p.size.value).toBe(size);
      expect(p.adoption?.monthly.rate).toBe(rate);
      expect(p.adoption?.monthly.actives).toBe(actives);
      expect(p.targets[0]).toMatchObject({
        inherited: true,
        goal: 70,
        goalActives,
        gapPeople: gap,
      });
    },
  );

  it('gives an inherited target the same figures and forecast the core computes for a team target', () => {
    const own = models(
      settingsWith({ targets: [orgTarget, { ...orgTarget, id: 'sales70', scope: 'g_sales' }] }),
    );
    const core = own.groups.find((g) => g.scope.id === 'g_sales')!.targets[0]!;
    const inherited = teamPicture(group('g_sales'), target).targets[0]!;
    const { id: _a, inherited: _b, ...mine } = inherited;
    const { id: _c, scope: _d, growth: _e, day: _f, ...theirs } = core;
    expect(mine).toEqual(theirs);
    expect(inherited.forecast.status).not.toBe('insufficient-data');
  });

  it('keeps a team target of its own first and does not add the org target', () => {
    const own = models(
      settingsWith({
        targets: [orgTarget, { ...orgTarget, id: 'eng90', scope: 'g_eng', value: 90 }],
      }),
    );
    const p = teamPicture(
      own.groups.find((g) => g.scope.id === 'g_eng')!,
      target,
    );
    expect(p.targets.map((t) => [t.id, t.inherited])).toEqual([['eng90', false]]);
    expect(p.targets[0]!.gapPeople).toBe(1); // ⌈0.9 × 10⌉ = 9, 8 active
  });

  it('shows no figure and says why for a team under the privacy floor', () => {
    const p = teamPicture(group('g_tiny'), target);
    expect(p.adoption).toBeNull();
    expect(p.targets).toEqual([]);
    expect(p.suppressed[0]).toMatchObject({ part: 'scope', reason: 'below-k' });
    expect(p.champions).toMatchObject({ shown: false, list: [], total: 0 });
    expect(p.champions.hiddenBecause).toBe(p.suppressed[0]!.detail);
  });

  it('lists champions of the scope, and none in team-grain-only mode', () => {
    const named = teamPicture(all.org, target);
    expect(named.champions.shown).toBe(true);
    expect(named.champions.total).toBe(all.org.champions.champions.length);
    expect(named.champions.list.map((c) => c.email)).toEqual(
      all.org.champions.champions.slice(0, 10).map((c) => c.email),
    );
    const grain = teamPicture(
      models(settingsWith({ privacy: { teamGrainOnly: true } })).org,
      target,
    );
    expect(grain.champions).toMatchObject({ shown: false, list: [], total: 0 });
    expect(grain.champions.hiddenBecause).toContain('Team grain only');
  });

  it('never lists an opted-out member as a champion', () => {
    const first = all.org.champions.champions[0]!.email!;
    const p = teamPicture(
      models(settingsWith({ champions: { optOutEmails: [first] } })).org,
      target,
    );
    expect(p.champions.list.map((c) => c.email)).not.toContain(first);
  });

  it('keeps at most three suggestions, and the trend aligned with its days', () => {
    const p = teamPicture(all.org, target);
    expect(p.suggestions.length).toBeLessThanOrEqual(3);
    expect(p.trend!.days.length).toBe(p.trend!.monthlyRate.length);
    expect(p.trend!.days.at(-1)).toBe('2026-11-30');
    expect(p.trend!.monthlyRate.at(-1)).toBe(45);
  });
});
