import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/lib/metrics/days';
import { interventionReadout, type DailyActives, type TeamFacts } from './intervention-readout';
import { interventionSchema, type Intervention } from './interventions';

// 60 days from 2026-09-01; the intervention on day 30 (2026-10-01).
const first = dayNumber('2026-09-01');
const series = (before: number, after: number, days = 60) =>
  Array.from({ length: days }, (_, d) => (d < 30 ? before : after));
const data = (by: Record<string, (number | null)[]>): DailyActives => ({
  first,
  byGroup: new Map(Object.entries(by)),
});
const team = (id: string, size: number | null, hidden = false): TeamFacts => ({ id, size, hidden });
const act = (patch: Partial<Intervention> = {}): Intervention => ({
  id: 'i1',
  teamId: 'sales',
  type: 'workshop',
  day: '2026-10-01',
  owner: 'Dee',
  note: '',
  ...patch,
});
const k5 = { k: 5 };
const latest = '2026-10-30';

describe('intervention readout', () => {
  it('team 20% → 40%, comparison 20% → 25%: +15 points', () => {
    const r = interventionReadout(
      act(),
      data({ sales: series(2, 4), ops: series(4, 5), legal: series(1, 1) }),
      [team('sales', 10), team('ops', 20), team('legal', 4)],
      [],
      latest,
      k5,
    );
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.team.before).toEqual({ from: '2026-09-03', to: '2026-09-30', days: 28, rate: 20 });
    expect(r.team.after).toEqual({ from: '2026-10-01', to: '2026-10-28', days: 28, rate: 40 });
    expect(r.comparison).toMatchObject({ teamIds: ['ops'], members: 20, before: 20, after: 25 });
    expect(r.difference).toBeCloseTo(15, 12);
  });

  it('pools the comparison teams by people, not by team', () => {
    const r = interventionReadout(
      act(),
      data({ sales: series(2, 2), a: series(2, 2), b: series(30, 60) }),
      [team('sales', 10), team('a', 10), team('b', 100)],
      [],
      latest,
      { k: 5, similarPoints: 15 },
    );
    if (r.status !== 'ok') throw new Error(r.status);
    // (2·28 + 30·28) / (10·28 + 100·28) = 32/110; after (2+60)/110.
    expect(r.comparison.before).toBeCloseTo((32 / 110) * 100, 9);
    expect(r.comparison.after).toBeCloseTo((62 / 110) * 100, 9);
  });

  it('ends the after window at the latest stored day', () => {
    const r = interventionReadout(
      act(),
      data({ sales: series(2, 4), ops: series(4, 5) }),
      [team('sales', 10), team('ops', 20)],
      [],
      '2026-10-15',
      k5,
    );
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.team.after).toMatchObject({ to: '2026-10-15', days: 15 });
  });

  it('skips missing days in both windows', () => {
    const s = series(2, 4).map((v, d) => (d % 2 ? null : v));
    const r = interventionReadout(
      act(),
      data({ sales: s, ops: series(4, 5) }),
      [team('sales', 10), team('ops', 20)],
      [],
      latest,
      k5,
    );
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.team.before.days).toBe(14);
    expect(r.team.after.rate).toBe(40);
  });

  it.each([
    ['org-wide', act({ teamId: 'org' }), {}, 'org-wide'],
    ['team below the floor', act({ teamId: 'legal' }), {}, 'below-floor'],
    ['team hidden by the floor (complementary)', act({ teamId: 'hid' }), {}, 'below-floor'],
    ['team size unknown', act({ teamId: 'nosize' }), {}, 'below-floor'],
    ['too soon after', act({ day: '2026-10-25' }), {}, 'window-too-short'],
    ['in the future', act({ day: '2026-11-10' }), {}, 'window-too-short'],
    ['no history before', act({ day: '2026-09-05' }), {}, 'no-baseline'],
    ['no similar team (ops 25% vs 20%)', act(), { similarPoints: 4 }, 'no-comparison'],
  ] as const)('refuses: %s', (_n, a, opts, reason) => {
    const r = interventionReadout(
      a,
      data({
        sales: series(2, 4),
        ops: series(5, 6),
        legal: series(1, 1),
        hid: series(3, 3),
        nosize: series(1, 1),
      }),
      [
        team('sales', 10),
        team('ops', 20),
        team('legal', 4),
        team('hid', 12, true),
        team('nosize', null),
      ],
      [],
      latest,
      { k: 5, ...opts },
    );
    expect(r.status).toBe('refused');
    if (r.status === 'refused') {
      expect(r.reason).toBe(reason);
      expect(r.detail.length).toBeGreaterThan(20);
    }
  });

  it('keeps teams with their own intervention in the window out of the comparison', () => {
    const r = interventionReadout(
      act(),
      data({ sales: series(2, 4), ops: series(4, 5) }),
      [team('sales', 10), team('ops', 20)],
      [act(), act({ id: 'i2', teamId: 'ops', day: '2026-10-10' })],
      latest,
      k5,
    );
    expect(r).toMatchObject({ status: 'refused', reason: 'no-comparison' });
  });

  it('leaves hidden and small teams out of the comparison', () => {
    const r = interventionReadout(
      act(),
      data({ sales: series(2, 4), small: series(1, 1), hid: series(2, 2), ops: series(4, 5) }),
      [team('sales', 10), team('small', 4), team('hid', 10, true), team('ops', 20)],
      [],
      latest,
      k5,
    );
    if (r.status !== 'ok') throw new Error(r.status);
    expect(r.comparison.teamIds).toEqual(['ops']);
  });
});

describe('intervention schema', () => {
  it.each([
    [act(), true],
    [act({ day: '2026-02-30' }), false],
    [{ ...act(), type: 'party' }, false],
    [act({ id: '' }), false],
  ])('%#', (value, ok) => expect(interventionSchema.safeParse(value).success).toBe(ok));
});
