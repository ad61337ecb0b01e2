import { describe, expect, it } from 'vitest';
import { money, num, signed } from './format';

// num and money keep one Intl.NumberFormat per style and digits (issue 12: the 500-team
// table sort spent half its script time building formatters); the text is unchanged.
describe('companion number formatting', () => {
  it.each<[string, string, string]>([
    ['num(1234)', num(1234), '1,234'],
    ['num(1234567)', num(1234567), '1,234,567'],
    ['num(0)', num(0), '0'],
    ['num(12.345, 1)', num(12.345, 1), '12.3'],
    ['num(12, 2)', num(12, 2), '12.00'],
    ['num(2.5) rounds half away from zero', num(2.5), '3'],
    ['num(null)', num(null), '—'],
    ['num(NaN)', num(Number.NaN), '—'],
    ['money(1234.5)', money(1234.5), '$1,234.50'],
    ['money(0.333, 3)', money(0.333, 3), '$0.333'],
    ['money(12, 0)', money(12, 0), '$12'],
    ['money(undefined)', money(undefined), '—'],
    ['signed(1200)', signed(1200), '+1,200'],
    ['signed(-3)', signed(-3), '−3'],
    ['num(1234) again, from the kept formatter', num(1234), '1,234'],
  ])('%s → %s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
