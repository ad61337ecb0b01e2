import { describe, expect, it } from 'vitest';
import { centsToDollars } from '@/lib/api/money';

/** [decimal cents, dollars] — checkable by moving the decimal point two places. */
const cases: [string, number | null][] = [
  ['41280.000000', 412.8],
  ['51600.000000', 516],
  ['227930.312500', 2279.303125],
  ['1250', 12.5],
  ['5', 0.05],
  ['0', 0],
  ['0.5', 0.005],
  ['1.1', 0.011],
  ['29', 0.29],
  ['.5', 0.005],
  ['7.', 0.07],
  ['-250', -2.5],
  ['+99', 0.99],
  ['-0', 0],
  ['  1999 ', 19.99],
  ['123456789012', 1234567890.12],
  ['', null],
  ['.', null],
  ['-', null],
  ['1e3', null],
  ['1,000', null],
  ['USD 5', null],
  ['NaN', null],
];

describe('centsToDollars', () => {
  it.each(cases)('%j cents is %s dollars', (cents, dollars) => {
    expect(centsToDollars(cents)).toBe(dollars);
  });

  it('avoids the float error of dividing a parsed float', () => {
    expect(parseFloat('1.1') / 100).not.toBe(0.011);
    expect(centsToDollars('1.1')).toBe(0.011);
  });
});
