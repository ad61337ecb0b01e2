/**
 * Claude's daily member history rolled up to ChatGPT's periods: for each
 * period, who held a Claude seat (had a `/users` row on any day of it) and
 * who was active (active on any day of it, the Analytics API's definition:
 * provider.ts `eachClaudeActivity`). The same calendar week or month as the
 * ChatGPT export — not Claude's trailing WAU/MAU.
 *
 * Also kept per member, for champions across tools: active weekdays,
 * interactions (champion-stats.ts's definition: chat, Cowork, Office and
 * Design messages + Claude Code sessions + accepted Claude Code tool
 * actions) and the number of Claude products used.
 *
 * A period whose days are only partly stored says so (`daysStored` of
 * `period.days`); one with no stored day has no Claude figures.
 */
import { dayNumber, isWeekday } from '@/lib/metrics/days';
import { metricProducts, productActivityColumn, type ActivityColumn } from '@/lib/metrics/history';
import { eachClaudeActivity, type ClaudeDayInput } from '@/lib/metrics/providers/provider';
import type { ToolPeriod } from '@/lib/metrics/tools/periods';

export interface ClaudePersonPeriod {
  active: boolean;
  activeWeekdays: number;
  interactions: number;
  /** Bit i set: product metricProducts[i] used on some day of the period. */
  productMask: number;
}

export interface ClaudePeriodRollup {
  /** Member id → their period (every member with a row on some day of it: a seat). */
  members: Map<string, ClaudePersonPeriod>;
  /** Distinct days of the period with stored member rows. */
  daysStored: number;
}

const interactionColumns: readonly ActivityColumn[] = [
  'chatMessages',
  'coworkMessages',
  'officeMessages',
  'designMessages',
  'codeSessions',
  'codeToolAccepted',
];

/**
 * An accumulator over stored days (any order; a day outside every period is
 * ignored; the same day given twice counts once in `daysStored` only if it is
 * given once — callers visit each stored day once). `finish()` gives a
 * rollup per period key.
 */
export function claudeRollup(periods: readonly ToolPeriod[]): {
  add: (day: ClaudeDayInput) => void;
  finish: () => Map<string, ClaudePeriodRollup>;
} {
  const spans = periods.map((p) => ({
    key: p.key,
    start: dayNumber(p.start),
    end: dayNumber(p.end),
    rollup: { members: new Map(), daysStored: 0 } as ClaudePeriodRollup,
  }));
  const add = (day: ClaudeDayInput) => {
    const n = dayNumber(day.day);
    const into = spans.filter((s) => n >= s.start && n <= s.end);
    if (into.length === 0) return;
    const weekday = isWeekday(n);
    const productCols = metricProducts.map((p) => day.columns[productActivityColumn[p]]);
    const counted = interactionColumns.map((c) => day.columns[c]);
    for (const s of into) s.rollup.daysStored += 1;
    eachClaudeActivity(day, (i, active) => {
      const id = day.memberIds[i]!;
      let mask = 0;
      productCols.forEach((col, p) => {
        if (col && col[i]! > 0) mask |= 1 << p;
      });
      let interactions = 0;
      for (const col of counted) interactions += col ? col[i]! : 0;
      for (const s of into) {
        const m = s.rollup.members.get(id);
        if (!m) {
          s.rollup.members.set(id, {
            active,
            activeWeekdays: active && weekday ? 1 : 0,
            interactions,
            productMask: mask,
          });
          continue;
        }
        m.active ||= active;
        if (active && weekday) m.activeWeekdays += 1;
        m.interactions += interactions;
        m.productMask |= mask;
      }
    });
  };
  return { add, finish: () => new Map(spans.map((s) => [s.key, s.rollup])) };
}
