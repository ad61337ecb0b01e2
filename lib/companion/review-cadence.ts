/**
 * Review rhythm: when the admin should next review group consumption and
 * adoption. Anthropic recommends reviewing weekly while a rollout is young
 * and monthly once it settles, so reviews fall due
 *   - every 7 days after the rollout start, up to day 84 (the first 90 days);
 *   - then on day 90, and every calendar month after it (same day of the
 *     month, or the month's last day when it is shorter).
 * Pure: the day it is comes in as `today`.
 */
import { addDays } from '@/lib/metrics';
import { dayNumber, dayString } from '@/lib/metrics/days';

export type Cadence = 'weekly' | 'monthly';

/** Weekly until 90 days after the start, monthly from then on. Example: start 2026-01-01, today 2026-03-31 (day 89) → weekly. */
export function cadenceOn(rolloutStart: string, today: string): Cadence {
  return dayNumber(today) - dayNumber(rolloutStart) < 90 ? 'weekly' : 'monthly';
}

/** `day` plus `months` calendar months, clamped to the month's last day (2026-01-31 + 1 → 2026-02-28). */
export function addMonths(day: string, months: number): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1 + months;
  const d = Number(day.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return dayString(Date.UTC(y, m, Math.min(d, last)) / 86_400_000);
}

/**
 * The first review due strictly after `after`. Example: start 2026-01-01,
 * after 2026-01-01 → 2026-01-08; after 2026-03-26 (day 84) → 2026-04-01
 * (day 90); after 2026-04-01 → 2026-05-01.
 */
export function nextReviewDay(rolloutStart: string, after: string): string {
  const start = dayNumber(rolloutStart);
  const a = dayNumber(after);
  if (a < start) return addDays(rolloutStart, 7);
  const weekly = start + (Math.floor((a - start) / 7) + 1) * 7;
  if (weekly - start < 90) return dayString(weekly);
  const day90 = addDays(rolloutStart, 90);
  if (a < dayNumber(day90)) return day90;
  let months = 1;
  let next = addMonths(day90, months);
  while (dayNumber(next) <= a) next = addMonths(day90, ++months);
  return next;
}

/**
 * The review being worked on: the latest one due on or before `today`, or,
 * when that one is marked done (`lastReviewed` ≥ it) or none is due yet, the
 * next one. Example: start 2026-11-01, today 2026-11-10 → 2026-11-08; done
 * on 2026-11-08 → 2026-11-15.
 */
export function currentReviewDay(
  rolloutStart: string,
  today: string,
  lastReviewed: string | null,
): string {
  let due = nextReviewDay(rolloutStart, addDays(rolloutStart, -1));
  if (due > today) return due;
  for (
    let next = nextReviewDay(rolloutStart, due);
    next <= today;
    next = nextReviewDay(rolloutStart, due)
  )
    due = next;
  return lastReviewed !== null && lastReviewed >= due ? nextReviewDay(rolloutStart, due) : due;
}

/** The review checklist the reminder opens. */
export const reviewChecklist = [
  { id: 'targets', text: 'Adoption against target, for the org and each team (Overview, Teams).' },
  { id: 'lagging', text: 'Teams lagging the org: open suggestions, and who can help (Teams).' },
  { id: 'funnel', text: 'Where people stall in the activation funnel (Activation funnel).' },
  { id: 'seats', text: 'Dormant and never-activated seats; export the reclaim list (Seats).' },
  {
    id: 'spend',
    text: 'Group consumption: spend by group against limits, 75%/90% warnings (Spend).',
  },
  {
    id: 'interventions',
    text: 'Log what was done since the last review; read earlier before/after readouts (Interventions).',
  },
  { id: 'share', text: 'Send each team lead their snapshot (Exports).' },
] as const;
