import { describe, expect, it } from 'vitest';
import { nthSmallest, percentileRanks } from '@/lib/metrics/percentile';

describe('percentileRanks', () => {
  it.each([
    ['whole numbers (histogram)', [3, 0, 3, 1], [1, 0, 1, 0.5]],
    ['fractions (sorted)', [0.5, 2.5, 0.5, 0], [0.75, 1, 0.75, 0]],
    ['a large value (sorted)', [1e9, 1, 2], [1, 1 / 3, 2 / 3]],
    ['none', [], []],
  ])('%s', (_, values, ranks) => {
    expect(Array.from(percentileRanks(Float64Array.from(values)))).toEqual(ranks);
  });
});

describe('nthSmallest', () => {
  it.each([
    [[5, 1, 4, 1, 3], 0, 1],
    [[5, 1, 4, 1, 3], 1, 1],
    [[5, 1, 4, 1, 3], 2, 3],
    [[5, 1, 4, 1, 3], 4, 5],
    [[2, 2, 2], 1, 2],
  ])('%j at rank %i is %d', (values, rank, value) => {
    expect(nthSmallest(Float64Array.from(values), rank)).toBe(value);
  });
});
