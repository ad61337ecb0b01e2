// Day arithmetic in UTC. Day index 0 is 2026-01-01, the first day the API has data for.

export const FIRST_DAY = '2026-01-01';
const MS_PER_DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 0, 1);
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `YYYY-MM-DD` as a UTC calendar day. Returns null for anything else,
 * including impossible dates such as `2026-02-30`.
 */
export function parseDay(text: string): number | null {
  const m = DAY_RE.exec(text);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return null;
  }
  return Math.round((ms - EPOCH) / MS_PER_DAY);
}

/** Day index (0 = 2026-01-01, may be negative) of a valid `YYYY-MM-DD`; throws otherwise. */
export function dayIndex(text: string): number {
  const d = parseDay(text);
  if (d === null) throw new RangeError(`not a YYYY-MM-DD date: ${text}`);
  return d;
}

/** `YYYY-MM-DD` of a day index. Example: `dayString(0) === '2026-01-01'`. */
export function dayString(index: number): string {
  return new Date(EPOCH + index * MS_PER_DAY).toISOString().slice(0, 10);
}

/** RFC 3339 UTC midnight of a day index, e.g. `2026-01-01T00:00:00Z`. */
export function dayStart(index: number): string {
  return `${dayString(index)}T00:00:00Z`;
}

/** Milliseconds since the Unix epoch at UTC midnight of a day index. */
export function dayMs(index: number): number {
  return EPOCH + index * MS_PER_DAY;
}

/** Day index containing the instant `ms` (floor). */
export function dayOfMs(ms: number): number {
  return Math.floor((ms - EPOCH) / MS_PER_DAY);
}

/** Day of week of a day index, 0 = Sunday … 6 = Saturday (2026-01-01 is a Thursday). */
export function weekday(index: number): number {
  return (((index + 4) % 7) + 7) % 7;
}

/** True on Saturdays and Sundays. */
export function isWeekend(index: number): boolean {
  const w = weekday(index);
  return w === 0 || w === 6;
}

/** Months since January 2026 of a day index (0 = 2026-01, 12 = 2027-01; negative before 2026). */
export function monthOf(index: number): number {
  const d = new Date(dayMs(index));
  return (d.getUTCFullYear() - 2026) * 12 + d.getUTCMonth();
}

/** Day index of the first day of month `k` (months since January 2026). */
export function monthStartDay(k: number): number {
  return dayOfMs(Date.UTC(2026, k, 1));
}
