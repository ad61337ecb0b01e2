/**
 * The one pass over the per-day `/users` columns that every scope shares:
 * per-member active-day bitsets (per product and overall), when each member
 * was seen, and per-member window sums for champions and feature use.
 *
 * Bit i of a member's set is day `first + i`; the index covers `length` days
 * ending at `asOf`. Only complete days count (a partial day is never read as
 * complete); a day without columns is "unavailable", so window figures that
 * need it fall back to /summaries (see adoption.ts).
 */
import { DATA_FLOOR_DAY, dayNumber } from '@/lib/metrics/days';
import { metricProducts } from '@/lib/metrics/history';

/** Day number of the data floor (2026-01-01). */
export const floorDay = dayNumber(DATA_FLOOR_DAY);

/** Marker for "no day" in Int32 day-number arrays. */
export const NO_DAY = -2147483648;
/** Variant index of "any product" in `active` (products are 0…4, in metricProducts order). */
export const ANY = metricProducts.length;
/** Feature bits in `features`: used in the last 30 days. */
export const FEATURE = { connectors: 1, skills: 2, projects: 4 } as const;

export interface ActivityIndex {
  asOf: number;
  first: number;
  length: number;
  words: number;
  /** 1 when the day has complete columns. */
  available: Uint8Array;
  /** prefix[i] = number of unavailable days ≥ the data floor among the first i days. */
  missingPrefix: Int32Array;
  /** Index of the latest day with columns, -1 when none. */
  latestColumns: number;
  memberIds: string[];
  memberIndex: Map<string, number>;
  emails: (string | null)[];
  /** Day number each member was first seen (rows or member record), NO_DAY if never. */
  firstSeen: Int32Array;
  /** Index of the last day the member appeared in rows, -1 if not in range. */
  lastSeen: Int32Array;
  /** Latest day number with activity (rows in range or member record), NO_DAY if never. */
  lastActive: Int32Array;
  /** Per variant (products 0…4, ANY = 5): member-major bitsets, `words` per member. */
  active: Uint32Array[];
  /** Days the member appeared in rows (active or not), same layout as one `active` variant. */
  seen: Uint32Array;
  /** Champion window (last `windowDays` days): first index and per-member sums. */
  championStart: number;
  interactions: Float64Array;
  dailyMaxSkills: Uint32Array;
  dailyMaxConnectors: Uint32Array;
  dailyMaxProjects: Uint32Array;
  /** FEATURE bits used in the last 30 days. */
  features: Uint8Array;
}

/**
 * True when every day of the trailing `window` ending at index `d` has
 * columns (days before the 2026-01-01 data floor count as empty, not missing).
 */
export function windowComplete(idx: ActivityIndex, d: number, window: number): boolean {
  const start = d - window + 1;
  // Days before the index are fine only when they are all before the floor.
  if (start < 0 && idx.first > floorDay) return false;
  const from = Math.max(0, start);
  return idx.missingPrefix[d + 1]! - idx.missingPrefix[from]! === 0;
}
