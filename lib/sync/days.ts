/** UTC calendar-day arithmetic on `YYYY-MM-DD` strings (the API's day format). */

const msPerDay = 86_400_000;

/** No engagement data exists before this day. */
export const apiFloorDay = '2026-01-01';

export function dayNumber(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / msPerDay);
}

export function dayFromNumber(n: number): string {
  return new Date(n * msPerDay).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayFromNumber(dayNumber(day) + days);
}

/** Days from `from` to `to`, both inclusive, oldest first (empty when from > to). */
export function dayRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = dayNumber(from), end = dayNumber(to); d <= end; d++) out.push(dayFromNumber(d));
  return out;
}

export function maxDay(a: string, b: string): string {
  return a > b ? a : b;
}

export function minDay(a: string, b: string): string {
  return a < b ? a : b;
}

/** The UTC day of an instant (ms). */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The longest range (in days) the API accepts on an engagement range request. */
export const maxRangeDays = 366;

/** A window of days: `startDay` inclusive, `endDay` exclusive (the API's convention). */
export interface DaySpan {
  startDay: string;
  endDay: string;
}

/**
 * Splits [startDay, endDay) into consecutive spans of at most `maxDays` days, newest first,
 * never starting before 2026-01-01. Empty when nothing is left after the floor. Example:
 * `splitRange('2026-01-01', '2027-01-03')` → [2026-01-03…2027-01-03), [2026-01-01…2026-01-03).
 */
export function splitRange(startDay: string, endDay: string, maxDays = maxRangeDays): DaySpan[] {
  const spans: DaySpan[] = [];
  const first = maxDay(startDay, apiFloorDay);
  for (let end = endDay; end > first;) {
    const start = maxDay(first, addDays(end, -maxDays));
    spans.push({ startDay: start, endDay: end });
    end = start;
  }
  return spans;
}

/** The window of `days` days ending on `endDay` (exclusive), cut at 2026-01-01. */
export function windowEnding(endDay: string, days: number): DaySpan {
  return { startDay: maxDay(apiFloorDay, addDays(endDay, -days)), endDay };
}
