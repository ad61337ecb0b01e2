/**
 * Day arithmetic on UTC calendar days (`YYYY-MM-DD`) and day numbers (days
 * since 1970-01-01). No clock: every function is a pure mapping, so a DST
 * change can never shift a day (days have no time of day here).
 */

/** Milliseconds in a UTC day. */
export const DAY_MS = 86_400_000;

/** First day the Analytics API has data for; windows never reach before it. */
export const DATA_FLOOR_DAY = '2026-01-01';

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written `YYYY-MM-DD` (e.g. `2026-02-30` is not). */
export function isDay(value: string): boolean {
  const m = dayPattern.exec(value);
  if (!m) return false;
  const n = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
  return dayString(n) === value;
}

/**
 * Day number (days since 1970-01-01) of a `YYYY-MM-DD` day.
 * Throws a RangeError on anything else: malformed days are a caller bug.
 * Example: `dayNumber('1970-01-02') === 1`.
 */
export function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    const m = dayPattern.exec(day);
    if (!m) throw new RangeError(`Not a YYYY-MM-DD day: ${day}`);
    n = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
    // Member records repeat a few hundred days 100,000 times; bounded like dayStrings.
    if (dayNumbers.size > 5000) dayNumbers.clear();
    dayNumbers.set(day, n);
  }
  return n;
}

const dayNumbers = new Map<string, number>();

const dayStrings = new Map<number, string>();

/** The `YYYY-MM-DD` day of a day number. Example: `dayString(0) === '1970-01-01'`. */
export function dayString(n: number): string {
  let s = dayStrings.get(n);
  if (s === undefined) {
    s = new Date(n * DAY_MS).toISOString().slice(0, 10);
    // A memo of the few hundred days any model touches; bounded so it cannot grow without end.
    if (dayStrings.size > 5000) dayStrings.clear();
    dayStrings.set(n, s);
  }
  return s;
}

/** `day` shifted by `n` days (negative goes back). Example: `addDays('2026-03-01', -1) === '2026-02-28'`. */
export function addDays(day: string, n: number): string {
  return dayString(dayNumber(day) + n);
}

/** Days from `from` to `to` (negative when `to` is earlier). Example: `daysBetween('2026-01-01', '2026-01-31') === 30`. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** True for Monday to Friday. */
export function isWeekday(n: number): boolean {
  const w = weekdayOf(n);
  return w !== 0 && w !== 6;
}

/**
 * Number of weekdays (Mon–Fri) in the inclusive range of day numbers
 * [first, last]; 0 when last < first. Exact in O(1): whole weeks hold 5.
 */
export function countWeekdays(first: number, last: number): number {
  if (last < first) return 0;
  const total = last - first + 1;
  let count = Math.floor(total / 7) * 5;
  for (let n = first + Math.floor(total / 7) * 7; n <= last; n += 1) if (isWeekday(n)) count += 1;
  return count;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day an instant falls on in an IANA time zone, as `YYYY-MM-DD`.
 * Example: `dayInZone(Date.UTC(2026, 2, 8, 4, 30), 'America/New_York') === '2026-03-07'`
 * (23:30 EST). Uses Intl only; the instant comes in, so there is no clock here.
 */
export function dayInZone(instantMs: number, timeZone: string): string {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, format);
  }
  const parts = format.formatToParts(instantMs);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Today as a day: a `YYYY-MM-DD` string is taken as is; a number is an
 * instant (ms since epoch) mapped to its day in `timeZone`.
 */
export function resolveToday(today: number | string, timeZone: string): string {
  if (typeof today === 'string') {
    if (!isDay(today)) throw new RangeError(`Not a YYYY-MM-DD day: ${today}`);
    return today;
  }
  return dayInZone(today, timeZone);
}
