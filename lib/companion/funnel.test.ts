import { describe, expect, it } from 'vitest';
import { activationFunnel } from './funnel';
import { digestOf, type DayPlan } from './digest-fixtures';

/** 35 days from 2026-10-21 (a Wednesday) to 2026-11-24. */
function plans(by: Record<string, (d: number) => string | null>): DayPlan[] {
  return Array.from({ length: 35 }, (_, d) => {
    const plan: DayPlan = {};
    for (const [id, f] of Object.entries(by)) {
      const v = f(d);
      if (v !== null) plan[id] = v;
    }
    return plan;
  });
}

describe('activation funnel', () => {
  const g = digestOf(
    '2026-10-21',
    plans({
      habit2: (d) => (d % 7 === 0 ? 'ck' : ''), // every week, two products
      habit1: (d) => (d % 7 === 1 ? 'c' : ''), // every week, one product
      monthly: (d) => (d === 30 ? 'c' : ''), // once in the last 30 days
      lapsed: (d) => (d === 1 ? 'c' : ''), // active only before the 30 days
      never: () => '',
      gone: (d) => (d < 20 ? 'c' : null), // left: not a seat holder on the last day
      newbie: (d) => (d < 25 ? null : d === 28 ? 'c' : ''), // seat from day 25, first use day 28
      waiting: (d) => (d < 30 ? null : ''), // seat from day 30, not used yet
    }),
    { from: '2026-10-26' },
  );

  it('narrows stage by stage', () => {
    const f = activationFunnel(g, { members: null });
    expect(f.stages.map((s) => [s.key, s.count])).toEqual([
      ['seats', 7],
      ['activated', 5],
      ['active-month', 4],
      ['weekly-habit', 2],
      ['multi-product', 1],
    ]);
    expect(f.stages[1]!.shareOfSeats).toBeCloseTo(5 / 7, 12);
    expect(f.stages[2]!.shareOfPrevious).toBeCloseTo(4 / 5, 12);
    expect(f.stages[0]!.shareOfPrevious).toBeNull();
  });

  it('time to first use for seats that began inside the span', () => {
    expect(activationFunnel(g, { members: null }).timeToFirstUse).toEqual({
      cohort: 2,
      started: 1,
      medianDays: 3,
    });
  });

  it('stored history counts as activated (member records)', () => {
    const f = activationFunnel(g, { members: null, everActive: (id) => id === 'never' });
    expect(f.stages[1]!.count).toBe(6);
    expect(f.stages[2]!.count).toBe(4);
  });

  it('seat start from member records', () => {
    const f = activationFunnel(g, { members: ['habit1'], seatSince: () => '2026-10-22' });
    expect(f.timeToFirstUse).toEqual({ cohort: 1, started: 1, medianDays: 0 });
  });

  it('a scope of a few members; an empty scope is all zeros with null shares', () => {
    expect(
      activationFunnel(g, { members: ['habit2', 'never'] }).stages.map((s) => s.count),
    ).toEqual([2, 1, 1, 1, 1]);
    const empty = activationFunnel(g, { members: [] });
    expect(empty.stages.every((s) => s.count === 0 && s.shareOfSeats === null)).toBe(true);
    expect(empty.timeToFirstUse.medianDays).toBeNull();
  });
});
