/**
 * Numbers and days as English text without `Intl` (issue 12 item 5), for
 * the surfaces whose first paint is timed: the overlay and the popup.
 *
 * The first use of `Intl` (or `toLocaleString`) in a page costs the page
 * the browser's locale data: measured in Chromium 156 on the 2-core bench
 * machine, injecting the overlay into a page that had not used `Intl` took
 * a median 84 ms, into one that had, 18 ms (the in-app way to Analytics,
 * where the admin waits for the injection). These few formats need no
 * locale data, so they are written out here, with the same output as
 * `Intl.NumberFormat('en-US')` and `Intl.DateTimeFormat('en-GB')` for the
 * options used (decimal-text.test.ts compares them).
 */

/**
 * `n` (finite) with exactly `digits` decimals and a comma every three
 * integer digits, rounded half away from zero on its shortest decimal form
 * (as `Intl.NumberFormat` does: 4.35 → "4.4", where `toFixed` gives "4.3");
 * a negative number that rounds to zero keeps its sign ("-0").
 * @example fixedText(1234.5, 0) // "1,235"; fixedText(68.15, 1) // "68.2"
 */
export function fixedText(n: number, digits: 0 | 1): string {
  const negative = n < 0 || Object.is(n, -0);
  let [whole, fraction] = decimalParts(Math.abs(n));
  if (fraction.length > digits) {
    const up = fraction.charCodeAt(digits) >= 53; // '5'
    fraction = fraction.slice(0, digits);
    if (up) [whole, fraction] = incremented(whole, fraction);
  }
  fraction = fraction.padEnd(digits, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}${digits > 0 ? `.${fraction}` : ''}`;
}

/** The integer and fraction digits of `x` ≥ 0 in its shortest decimal form (exponents expanded). */
function decimalParts(x: number): [string, string] {
  const text = String(x);
  const exp = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exp) {
    const [whole = '0', fraction = ''] = text.split('.');
    return [whole, fraction];
  }
  const digits = exp[1]! + (exp[2] ?? '');
  const point = 1 + Number(exp[3]); // digits before the decimal point
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/** `whole.fraction` plus one unit in the fraction's last place (or 1 when there is none). */
function incremented(whole: string, fraction: string): [string, string] {
  const all = (whole + fraction).split('').map(Number);
  let i = all.length - 1;
  while (i >= 0 && all[i] === 9) all[i--] = 0;
  if (i >= 0) all[i]! += 1;
  else all.unshift(1);
  const text = all.join('');
  const cut = text.length - fraction.length;
  return [text.slice(0, cut).replace(/^0+(?=\d)/, ''), text.slice(cut)];
}

const MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
] as const;

/**
 * The UTC day of `t` (ms) as British English writes it short: day, month,
 * year. @example dayText(Date.UTC(2026, 10, 24)) // "24 Nov 2026"
 */
export function dayText(t: number): string {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
