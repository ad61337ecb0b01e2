// The organisation's calendar: seat roll-out curve and product launch days.
import { dayIndex } from './dates';

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
