// The organisation's calendar: seat roll-out curve and product launch days.
import { dayIndex, dayMs, dayOfMs } from './dates';

/** Cumulative share of seats assigned by each date: a January pilot, growth through the summer. */
const SEAT_CURVE: readonly (readonly [string, number])[] = [
  ['2026-01-05', 0],
  ['2026-01-23', 0.05],
  ['2026-02-27', 0.1],
  ['2026-03-31', 0.2],
  ['2026-04-30', 0.33],
  ['2026-05-29', 0.47],
  ['2026-06-30', 0.6],
  ['2026-07-31', 0.7],
  ['2026-08-31', 0.8],
  ['2026-09-30', 0.9],
  ['2026-10-30', 0.96],
  ['2026-11-20', 1],
];
const CURVE = SEAT_CURVE.map(([d, q]) => [dayIndex(d), q] as const);

/** Last day of the January pilot: seats assigned up to here form the "Claude Pilot Cohort". */
export const PILOT_END = dayIndex('2026-01-23');

/** Product rollout days (first day anyone can use each product), indexed like PRODUCT_KEYS. */
export const ROLLOUT = [
  0,
  0,
  dayIndex('2026-03-02'),
  dayIndex('2026-04-13'),
  dayIndex('2026-07-20'),
];
/** Word and Outlook add-ins arrive later than Excel and PowerPoint. */
export const OFFICE_WORD_OUTLOOK_DAY = dayIndex('2026-07-06');

/** Seat day for a quantile q in [0, 1] of the seat curve (linear between control points). */
export function seatDayAt(q: number): number {
  for (let i = 1; i < CURVE.length; i++) {
    const [d1, q1] = CURVE[i]!;
    const [d0, q0] = CURVE[i - 1]!;
    if (q <= q1) return Math.floor(d0 + ((q - q0) / (q1 - q0 || 1)) * (d1 - d0));
  }
  return CURVE[CURVE.length - 1]![0];
}

/**
 * The day the demo's first-year structure was drawn up to (dormancy spans, group transfers, the
 * first projects and invitations). Structure never depends on the latest available day: after
 * this day, recurring processes (new projects and invitations every month, members drifting into
 * dormancy) continue by calendar month up to {@link STRUCTURE_HORIZON}.
 */
export const STRUCTURE_DAY = dayIndex('2026-11-24');

/** Last day the recurring structure is generated for (ten years of a living organisation). */
export const STRUCTURE_HORIZON = dayIndex('2035-12-31');

/** Minute of the UTC day at which the previous day's engagement data is published (~13:30 UTC). */
export const PUBLISH_MINUTE_UTC = 13 * 60 + 30;

/**
 * The API's latest available day (a day index) at instant `ms`, by its usual lag: a day is
 * published at about 13:30 UTC the next day, so before 13:30 UTC the latest day is two days
 * back and from 13:30 on it is yesterday. Example: 2026-12-04T13:29Z → 2026-12-02,
 * 2026-12-04T13:30Z → 2026-12-03.
 */
export function latestDayAt(ms: number): number {
  const today = dayOfMs(ms);
  const minute = Math.floor((ms - dayMs(today)) / 60_000);
  return today - (minute >= PUBLISH_MINUTE_UTC ? 1 : 2);
}
