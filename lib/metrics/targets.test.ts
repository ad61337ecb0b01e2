import { describe, expect, it } from 'vitest';
import { ANY } from '@/lib/metrics/activity-index';
import type { ScopeSeries } from '@/lib/metrics/adoption';
import { SLOTS, slotOf } from '@/lib/metrics/adoption-counts';
import { targetSchema, type Target } from '@/lib/metrics/config';
import { dayNumber } from '@/lib/metrics/days';

import { targetProgress } from '@/lib/metrics/targets';

const last = '2026-11-20';
const L = 60;

/** A series of L days ending on `last`; `values(slot, daysBeforeLast)` gives actives. */
function fakeSeries(
  seats: number | null,
  values: (slot: number, back: number) => number | null,
): ScopeSeries {
  const first = dayNumber(last) - L + 1;
  const actives = Array.from({ length: SLOTS }, (_, slot) =>
    Array.from({ length: L }, (_, d) => values(slot, L - 1 - d)),
  );
  return {
    first,
    length: L,
    weekdaysOnly: false,
    actives,
    sources: actives.map((row) => row.map((v) => (v === null ? null : 'members'))),
    seats: new Array(L).fill(seats),
  };
}

const monthly = slotOf(ANY, 2);
const weekly = slotOf(ANY, 1);
const target = (t: Partial<Target>): Target =>
  targetSchema.parse({
    id: 't',
    metric: 'monthly_adoption',
    scope: 'org',
    value: 70,
    deadline: '2027-03-31',
    ...t,
  });

describe('adoption targets', () => {
  it.each([
    // seats, monthly actives today, goal %, [goal actives, gap, rate, progress]
    [1000, 659, 70, [700, 41, 65.9, 65.9 / 70]],
    [1000, 700, 70, [700, 0, 70, 1]],
    [1000, 750, 70, [700, 0, 75, 75 / 70]],
    [4, 1, 50, [2, 1, 25, 0.5]],
    [null, 659, 70, [null, null, null, null]],
    [0, 0, 70, [null, null, null, null]],
  ] as const)('%s seats, %s actives, goal %s%% → %j', (seats, actives, goal, expected) => {
    const p = targetProgress(
      target({ value: goal }),
      fakeSeries(seats, (s) => (s === monthly ? actives : 0)),
    );
    expect([p.goalActives, p.gapPeople, p.current, p.progress]).toEqual(expected);
    expect(p).toMatchObject({ kind: 'adoption', goal, day: last, daysLeft: 131 });
  });

  it('forecasts the date at the current trend: +5 monthly actives a day on 1000 seats', () => {
    // 0.5 points a day, 63.5% today → 70% in 13 days.
    const p = targetProgress(
      target({ value: 70, deadline: '2027-03-31' }),
      fakeSeries(1000, (s, back) => (s === monthly ? 635 - 5 * back : 0)),
    );
    expect(p.forecast).toMatchObject({
      status: 'on-pace',
      date: '2026-12-03',
      slopePerDay: expect.closeTo(0.5, 9),
    });
  });

  it.each([
    ['flat', (back: number) => 600 + 0 * back, 'not-on-pace'],
    ['met', () => 710, 'reached'],
  ] as const)('%s → %s', (_, f, status) => {
    const p = targetProgress(
      target({}),
      fakeSeries(1000, (s, back) => (s === monthly ? f(back) : 0)),
    );
    expect(p.forecast.status).toBe(status);
  });

  it('a product target reads that product', () => {
    const cowork = slotOf(2, 2);
    const p = targetProgress(
      target({ product: 'cowork', value: 10 }),
      fakeSeries(200, (s) => (s === cowork ? 4 : 150)),
    );
    expect([p.current, p.goalActives, p.gapPeople]).toEqual([2, 20, 16]);
  });
});

describe('growth targets ("Sales ×2 weekly actives by 2027-03-31")', () => {
  const growth = (baselineValue: number | null) =>
    target({
      metric: 'weekly_actives_growth',
      scope: 'g',
      value: 2,
      baseline: { day: '2026-10-22', value: baselineValue },
    });
  it.each([
    // baseline given or read (40 on 2026-10-22, 29 days before), today 50 → goal 80, gap 30
    [null, [80, 50, 30, 1.25, 10 / 40]],
    [40, [80, 50, 30, 1.25, 10 / 40]],
    [25, [50, 50, 0, 2, 1]],
    [0, [0, 50, 0, null, null]],
  ] as const)('baseline %s → %j', (baseline, expected) => {
    const p = targetProgress(
      growth(baseline),
      fakeSeries(null, (s, back) => (s === weekly ? (back === 29 ? 40 : back === 0 ? 50 : 45) : 0)),
    );
    expect([p.goalActives, p.current, p.gapPeople, p.growth!.multiple, p.progress]).toEqual(
      expected,
    );
    expect(p.kind).toBe('growth');
  });

  it('an unknown baseline gives nulls, not NaN', () => {
    const p = targetProgress(
      target({
        metric: 'monthly_actives_growth',
        value: 2,
        baseline: { day: '2025-01-01', value: null },
      }),
      fakeSeries(null, () => 10),
    );
    expect([p.goal, p.goalActives, p.gapPeople, p.progress, p.growth!.multiple]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(p.forecast.status).toBe('insufficient-data');
  });
});
