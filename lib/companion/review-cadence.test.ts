import { describe, expect, it } from 'vitest';
import { addMonths, cadenceOn, currentReviewDay, nextReviewDay } from './review-cadence';

describe('review cadence: weekly for 90 days, then monthly', () => {
  it.each([
    ['2026-01-01', '2026-01-01', 'weekly'],
    ['2026-01-01', '2026-03-31', 'weekly'], // day 89
    ['2026-01-01', '2026-04-01', 'monthly'], // day 90
    ['2026-06-15', '2026-12-01', 'monthly'],
  ] as const)('start %s, today %s → %s', (start, today, cadence) =>
    expect(cadenceOn(start, today)).toBe(cadence),
  );

  it.each([
    ['2026-01-01', '2025-12-20', '2026-01-08'], // before the start: first weekly review
    ['2026-01-01', '2026-01-01', '2026-01-08'],
    ['2026-01-01', '2026-01-07', '2026-01-08'],
    ['2026-01-01', '2026-01-08', '2026-01-15'],
    ['2026-01-01', '2026-03-25', '2026-03-26'], // day 84: the last weekly review
    ['2026-01-01', '2026-03-26', '2026-04-01'], // then day 90
    ['2026-01-01', '2026-04-01', '2026-05-01'], // then monthly
    ['2026-01-01', '2026-05-01', '2026-06-01'],
    ['2026-01-01', '2026-11-26', '2026-12-01'],
    ['2025-11-02', '2026-01-30', '2026-01-31'], // day 90 falls on the 31st…
    ['2025-11-02', '2026-01-31', '2026-02-28'], // …so February's review is on its last day
    ['2025-11-02', '2026-02-28', '2026-03-31'], // and March's on the 31st again
  ] as const)('start %s, after %s → %s', (start, after, next) => {
    expect(nextReviewDay(start, after)).toBe(next);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-11-15', 2, '2027-01-15'],
    ['2026-03-31', 0, '2026-03-31'],
  ] as const)('addMonths(%s, %s) = %s', (day, n, out) => expect(addMonths(day, n)).toBe(out));
});

describe('currentReviewDay', () => {
  it.each([
    ['2026-11-01', '2026-11-03', null, '2026-11-08'], // none due yet: the first
    ['2026-11-01', '2026-11-08', null, '2026-11-08'], // due today
    ['2026-11-01', '2026-11-10', null, '2026-11-08'], // overdue, not done
    ['2026-11-01', '2026-11-10', '2026-11-08', '2026-11-15'], // done: the next one
    ['2026-11-01', '2026-11-20', '2026-11-08', '2026-11-15'], // a later one overdue
    ['2026-06-01', '2026-11-26', null, '2026-10-30'], // monthly phase (day 90 = 2026-08-30)
  ] as const)('start %s, today %s, done %s → %s', (start, today, done, due) => {
    expect(currentReviewDay(start, today, done)).toBe(due);
  });
});
