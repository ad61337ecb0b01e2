import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/lib/metrics/days';
import { forecastReach, tQuantile90 } from '@/lib/metrics/forecast';

const asOf = dayNumber('2026-11-20');
/** `n` daily points ending on asOf, value(k days before asOf) = f(k). */
const series = (n: number, f: (daysBefore: number) => number | null) =>
  Array.from({ length: n }, (_, i) => ({ day: asOf - i, value: f(i) }));

describe('forecastReach', () => {
  it.each([
    // 28 points rising 0.5/day to 63.5 on 2026-11-20; 70 needs 6.5 / 0.5 = 13 days → 2026-12-03.
    ['linear, no deadline', series(28, (k) => 63.5 - 0.5 * k), 70, null, 'on-pace', '2026-12-03'],
    [
      'linear, deadline that day',
      series(28, (k) => 63.5 - 0.5 * k),
      70,
      '2026-12-03',
      'on-pace',
      '2026-12-03',
    ],
    [
      'linear, deadline a day early',
      series(28, (k) => 63.5 - 0.5 * k),
      70,
      '2026-12-02',
      'not-on-pace',
      '2026-12-03',
    ],
    // 1 person a day from 40 to 49: 60 is 11 days after asOf → 2026-12-01.
    ['people, 10 points', series(10, (k) => 49 - k), 60, null, 'on-pace', '2026-12-01'],
  ])('%s', (_, points, goal, deadline, status, date) => {
    const f = forecastReach(points, goal, asOf, deadline === null ? null : dayNumber(deadline));
    expect(f).toMatchObject({ status, date });
    // An exact line has no uncertainty: the band collapses onto the date.
    expect(f).toMatchObject({ earliest: date, latest: date });
  });

  it.each([
    ['flat', series(28, () => 50)],
    ['declining', series(28, (k) => 40 + 0.2 * k)],
  ])('%s → not on pace, no date', (_, points) => {
    expect(forecastReach(points, 70, asOf, null)).toMatchObject({
      status: 'not-on-pace',
      reason: 'flat-or-declining',
      date: null,
    });
  });

  it('already met → reached (also with a flat or falling trend)', () => {
    expect(
      forecastReach(
        series(28, (k) => 71 + k),
        70,
        asOf,
        null,
      ),
    ).toEqual({ status: 'reached' });
    expect(
      forecastReach(
        series(1, () => 70),
        70,
        asOf,
        null,
      ),
    ).toEqual({ status: 'reached' });
  });

  it('too few points → insufficient data; nulls are skipped', () => {
    expect(
      forecastReach(
        series(6, (k) => 60 - k),
        70,
        asOf,
        null,
      ),
    ).toEqual({
      status: 'insufficient-data',
      points: 6,
    });
    // 12 days, every other one unknown: 6 points.
    expect(
      forecastReach(
        series(12, (k) => (k % 2 ? null : 60 - k)),
        70,
        asOf,
        null,
      ),
    ).toEqual({
      status: 'insufficient-data',
      points: 6,
    });
    expect(forecastReach([], 70, asOf, null)).toEqual({ status: 'insufficient-data', points: 0 });
  });

  it('a noisy rise gives earliest ≤ date ≤ latest', () => {
    const noisy = series(28, (k) => 63.5 - 0.5 * k + (k % 2 ? 1 : -1));
    const f = forecastReach(noisy, 70, asOf, null);
    expect(f.status).toBe('on-pace');
    if (f.status !== 'on-pace') return;
    expect(f.earliest! <= f.date!).toBe(true);
    expect(f.latest === null || f.date! <= f.latest).toBe(true);
    expect(f.earliest! < f.latest!).toBe(true);
  });

  it('a goal beyond the horizon is not on pace without a date', () => {
    const f = forecastReach(
      series(28, (k) => 10 - 0.001 * k),
      90,
      asOf,
      null,
    );
    expect(f).toMatchObject({ status: 'not-on-pace', reason: 'beyond-horizon', date: null });
  });

  it.each([
    [1, 6.314],
    [10, 1.812],
    [26, 1.708],
    [500, 1.645],
    [0, Infinity],
  ])('t quantile (90%%, df %i) = %f', (df, t) => {
    expect(tQuantile90(df)).toBe(t);
  });
});
