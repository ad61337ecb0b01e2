/**
 * ChatGPT's export periods as the cross-tool metrics compare them: every
 * period present in the imported User Engagement rows, each with the
 * calendar days it covers, so Claude's daily history can be rolled up to the
 * same calendar week or month (never a trailing 7- or 30-day window).
 */
import type { ChatgptCadence, ChatgptPeriodKey, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { dayNumber, weekdayOf } from '@/lib/metrics/days';

export interface ToolPeriod {
  key: ChatgptPeriodKey;
  cadence: ChatgptCadence;
  /** First and last day, inclusive, `YYYY-MM-DD`. */
  start: string;
  end: string;
  /** Days in the period (end − start + 1). */
  days: number;
  /** A Sunday–Saturday week, a whole calendar month, or neither (a free range). */
  shape: 'week' | 'month' | 'other';
}

/**
 * The shape of [start, end]: `week` when it runs Sunday to Saturday (7 days),
 * `month` when it is one whole calendar month, else `other`.
 * Examples: 2026-03-01…2026-03-07 → week (1 March 2026 is a Sunday);
 * 2026-02-01…2026-02-28 → month; 2026-03-02…2026-03-08 → other.
 */
export function periodShape(start: string, end: string): ToolPeriod['shape'] {
  const s = dayNumber(start);
  const e = dayNumber(end);
  if (e - s === 6 && weekdayOf(s) === 0) return 'week';
  const [y, m] = start.split('-').map(Number) as [number, number];
  const lastOfMonth = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  if (start.endsWith('-01') && end === lastOfMonth) return 'month';
  return 'other';
}

/**
 * Every distinct period of `rows`, latest first (by end, then by start;
 * a month and the weeks inside it are separate periods). Empty input → [].
 */
export function toolPeriods(rows: readonly ChatgptUserPeriod[]): ToolPeriod[] {
  const seen = new Map<string, ToolPeriod>();
  for (const r of rows) {
    if (seen.has(r.periodKey)) continue;
    seen.set(r.periodKey, {
      key: r.periodKey,
      cadence: r.cadence,
      start: r.start,
      end: r.end,
      days: dayNumber(r.end) - dayNumber(r.start) + 1,
      shape: periodShape(r.start, r.end),
    });
  }
  return [...seen.values()].sort((a, b) =>
    a.end !== b.end ? (a.end < b.end ? 1 : -1) : a.start < b.start ? 1 : -1,
  );
}
