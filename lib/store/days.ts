/** UTC calendar-day helpers for keys of the history (`YYYY-MM-DD`). */

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;

/** Milliseconds at UTC midnight of `day`, or null if it is not a real `YYYY-MM-DD` date (e.g. `2026-02-30`). */
export function dayToMs(day: string): number | null {
  const m = dayPattern.exec(day);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  const real =
    back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d;
  return real ? ms : null;
}

/** True for a real UTC calendar date written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  return dayToMs(value) !== null;
}

/**
 * Whole days from `from` to `to` (`daysBetween('2026-01-01', '2026-01-31') === 30`);
 * negative when `to` is earlier; null when either is not a valid day.
 */
export function daysBetween(from: string, to: string): number | null {
  const a = dayToMs(from);
  const b = dayToMs(to);
  return a === null || b === null ? null : Math.round((b - a) / msPerDay);
}
