/**
 * Small field checks shared by the options forms (pure). Each returns the
 * value, or an error message in words.
 */

export type Checked<T> = { value: T } | { error: string };

/**
 * A whole number from `min` to `max` typed as text. Example:
 * `wholeNumber('12', 2, 100)` → `{ value: 12 }`; `'1.5'` → an error.
 */
export function wholeNumber(text: string, min: number, max: number): Checked<number> {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(n) || n < min || n > max)
    return { error: `Enter a whole number from ${min} to ${max}.` };
  return { value: n };
}

/** A number (decimals allowed) from `min` to `max`; `exclusiveMin` refuses `min` itself. */
export function decimal(
  text: string,
  min: number,
  max: number,
  options: { exclusiveMin?: boolean; message?: string } = {},
): Checked<number> {
  const trimmed = text.trim();
  const n = Number(trimmed);
  const low = options.exclusiveMin ? n <= min : n < min;
  if (trimmed === '' || !Number.isFinite(n) || low || n > max)
    return {
      error:
        options.message ??
        `Enter a number ${options.exclusiveMin ? 'above' : 'from'} ${min} ${options.exclusiveMin ? 'and at most' : 'to'} ${max}.`,
    };
  return { value: n };
}

const emailPattern = /^[^\s@'"<>(),;:]+@[^\s@'"<>(),;:]+\.[^\s@'"<>(),;:]+$/;

/**
 * Email addresses, one per line or separated by commas or semicolons;
 * lower-cased, blanks and repeats dropped. Anything that is not an address is an error naming it.
 */
export function emailList(text: string): Checked<string[]> {
  const items = text
    .split(/[\n,;]+/)
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.filter((s) => !emailPattern.test(s));
  if (bad.length)
    return {
      error: `Not an email address: ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''}.`,
    };
  return { value: [...new Set(items)] };
}

/**
 * Member ids, one per line (or separated by commas / semicolons), trimmed,
 * duplicates dropped. An id is letters, digits, `_` and `-` (the Admin API's
 * `user_…` ids), at most 200 characters.
 */
export function memberIdList(text: string): Checked<string[]> {
  const items = text
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = items.filter((s) => !/^[A-Za-z0-9_-]{1,200}$/.test(s));
  if (bad.length)
    return {
      error: `Not a member id: ${bad.slice(0, 3).join(', ')}${bad.length > 3 ? ` and ${bad.length - 3} more` : ''}.`,
    };
  return { value: [...new Set(items)] };
}

/** The value of a checked field, or undefined when it failed (its error goes into `errors[key]`). */
export function take<T, K extends string>(
  checked: Checked<T>,
  key: K,
  errors: Partial<Record<K, string>>,
): T | undefined {
  if ('error' in checked) {
    errors[key] = checked.error;
    return undefined;
  }
  return checked.value;
}
