/**
 * Money helpers. The Analytics API sends amounts as decimal strings in cents, possibly fractional
 * (`"41280.000000"` = $412.80, `"227930.312500"` = $2,279.303125).
 */

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

/**
 * Converts a decimal string of cents to dollars.
 *
 * The division by 100 is done on the digits (moving the decimal point two places), so the result is
 * the double nearest to the exact dollar value: `"1.1"` gives `0.011`, not the `0.011000000000000001`
 * that `parseFloat("1.1") / 100` gives. Values beyond ~15 significant digits lose precision as any
 * JavaScript number does.
 *
 * Edge cases: surrounding whitespace is ignored; an empty string, a string without digits, an
 * exponent, thousands separators or any other text give `null`.
 *
 * @example centsToDollars('41280.000000') // 412.8
 * @example centsToDollars('5') // 0.05
 * @example centsToDollars('-250') // -2.5
 * @example centsToDollars('n/a') // null
 */
export function centsToDollars(s: string): number | null {
  const match = DECIMAL.exec(s.trim());
  if (!match) return null;
  const [, sign = '', whole = '', fraction = ''] = match;
  if (whole === '' && fraction === '') return null;
  const padded = whole.padStart(3, '0');
  const dollars = `${sign}${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
  const value = Number(dollars);
  return Number.isFinite(value) ? value + 0 : null;
}
