import { describe, expect, it } from 'vitest';
import { centsToDollars } from './money';

describe('centsToDollars', () => {
  it.each([
    ['41280.000000', 412.8],
    ['227930.312500', 2279.303125],
    ['1.1', 0.011],
    ['5', 0.05],
    ['-250', -2.5],
    [' 100 ', 1],
    [12345, 123.45],
    ['', null],
    ['n/a', null],
    ['1e5', null],
    ['1,000', null],
    [Number.NaN, null],
  ] as const)('%j → %s', (input, dollars) => expect(centsToDollars(input)).toBe(dollars));
});
