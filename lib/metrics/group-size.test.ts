import { describe, expect, it } from 'vitest';
import { adoptionRate, bestScopeSize } from '@/lib/metrics/group-size';

describe('bestScopeSize', () => {
  it.each([
    [{ apiSeats: 900, orgChart: 880, adminSeats: 850, membersSeen: 812 }, 900, 'api-seats', false],
    [{ orgChart: 42, adminSeats: 40, membersSeen: 37 }, 42, 'org-chart', false],
    [{ orgChart: null, adminSeats: 40, membersSeen: 37 }, 40, 'admin-seats', false],
    [{ orgChart: 0, adminSeats: 0, membersSeen: 37 }, 37, 'members-seen', true],
    [{ membersSeen: 0 }, 0, 'members-seen', true],
    [{ apiSeats: 2.5, membersSeen: 3 }, 3, 'members-seen', true],
    [{}, null, 'none', false],
  ])('%j → %s from %s (approximate %s)', (candidates, value, source, approximate) => {
    expect(bestScopeSize(candidates)).toMatchObject({ value, source, approximate });
  });
});

describe('adoptionRate', () => {
  it.each([
    [61, 100, 61],
    [1, 4, 25],
    [0, 10, 0],
    [3, 0, null],
    [0, 0, null],
    [null, 10, null],
    [5, null, null],
  ])('adoptionRate(%s, %s) = %s', (actives, size, rate) => {
    const r = adoptionRate(actives, size);
    expect(r).toBe(rate);
    expect(Number.isNaN(r)).toBe(false);
  });
});
