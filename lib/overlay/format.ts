/**
 * Formatting for the overlay (rounding happens here, never in lib/metrics).
 * English, with thousands separators; days as "24 Nov 2026" (unambiguous
 * for every reader); unknown values as an en dash. Without `Intl`, whose
 * first use in a tab costs the overlay's injection most of its time
 * (decimal-text.ts).
 */
import { dayText, fixedText } from '@/lib/ui/decimal-text';

const DASH = '–';

/** A whole number with separators. @example int(1363) // "1,363" */
export function int(n: number | null | undefined): string {
  return n === null || n === undefined || !Number.isFinite(n) ? DASH : fixedText(n, 0);
}

/**
 * A percentage of 0–100 with one decimal (whole numbers from 0–100 targets
 * show none). @example percent(68.15) // "68.2%"; percent(70, 0) // "70%"
 */
export function percent(p: number | null | undefined, digits: 0 | 1 = 1): string {
  if (p === null || p === undefined || !Number.isFinite(p)) return DASH;
  return `${fixedText(p, digits)}%`;
}

/** Percentage points with one decimal. @example points(4.28) // "4.3" */
export function points(p: number | null | undefined): string {
  return p === null || p === undefined || !Number.isFinite(p) ? DASH : fixedText(p, 1);
}

/** A share 0–1 as a whole percent. @example share(0.9736) // "97%" */
export function share(x: number | null | undefined): string {
  return x === null || x === undefined || !Number.isFinite(x) ? DASH : `${fixedText(x * 100, 0)}%`;
}

/** A `YYYY-MM-DD` day as "24 Nov 2026"; the input unchanged when it is not a day. */
export function day(d: string | null | undefined): string {
  if (!d) return DASH;
  const t = Date.parse(`${d}T00:00:00Z`);
  return Number.isNaN(t) ? d : dayText(t);
}

/**
 * How long ago `at` (ms) was, from `now` (ms), in words.
 * @example ago(0, 90_000) // "2 min ago"; ago(0, 30_000) // "just now"
 */
export function ago(at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 60) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} min ago`;
  const h = Math.round(m / 60);
  if (h < 48) return `${h} h ago`;
  return `${Math.round(h / 24)} days ago`;
}
