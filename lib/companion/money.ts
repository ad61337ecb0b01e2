/**
 * Money for the companion: the Analytics API sends amounts as decimal strings
 * in cents, possibly fractional (`"41280.000000"` = $412.80). A copy of
 * lib/api/money.ts's `centsToDollars` (pages do not import lib/api).
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * Converts a decimal string of cents to dollars by moving the decimal point
 * (so `"1.1"` gives exactly `0.011`). Surrounding whitespace is ignored; an
 * empty string, no digits, an exponent, separators or any other text give
 * `null`; a number is accepted as cents too (`12345` → 123.45).
 * @example centsToDollars('41280.000000') // 412.8
 * @example centsToDollars('n/a') // null
 */
export function centsToDollars(s: string | number): number | null {
  if (typeof s === 'number') return Number.isFinite(s) ? s / 100 : null;
  const match = DECIMAL.exec(s.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const padded = whole.padStart(3, '0');
  const dollars = `${sign}${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
  const value = Number(dollars);
  return Number.isFinite(value) ? value + 0 : null;
}
