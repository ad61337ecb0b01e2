/**
 * A scope's per-day figures, every product and window, over the activity
 * index's days. A day's figure comes from the members' columns when every
 * day of its window is stored and the scope's members are known ('members'),
 * else from that day's /summaries row for the scope ('summaries', not in
 * weekday-only mode), else it is null.
 * The rate denominator is the day's assigned seats when its summary has them
 * (the org), else the scope's current size.
 */
import { ANY, windowComplete, type ActivityIndex } from '@/lib/metrics/activity-index';
import { SLOTS, slotOf, windowDays, windowNames } from '@/lib/metrics/adoption-counts';
import { isWeekday } from '@/lib/metrics/days';
import { adoptionRate } from '@/lib/metrics/group-size';
import { metricProducts, type SummaryInput } from '@/lib/metrics/history';

export type FigureSource = 'members' | 'summaries';

/** A scope's per-day figures over the index's days, every slot. */
export interface ScopeSeries {
  first: number;
  length: number;
  weekdaysOnly: boolean;
  /** [slot][day] distinct actives, null = unknown. */
  actives: (number | null)[][];
  sources: (FigureSource | null)[][];
  /** Rate denominator per day (seats), null = unknown. */
  seats: (number | null)[];
}

/**
 * Per-day figures for a scope. `summaries` maps day numbers to the scope's
 * /summaries rows; `size` is the scope's current size, used on days whose
 * summary carries no seat count (always, for groups). `membersKnown` false (a
 * group whose membership is not synced yet) never reads member columns: its
 * member counts would be zeros, not facts.
 */
export function scopeSeries(
  idx: ActivityIndex,
  counts: Uint32Array,
  summaries: ReadonlyMap<number, SummaryInput> | undefined,
  size: number | null,
  weekdaysOnly: boolean,
  membersKnown = true,
): ScopeSeries {
  const L = idx.length;
  const actives: (number | null)[][] = [];
  const sources: (FigureSource | null)[][] = [];
  for (let slot = 0; slot < SLOTS; slot += 1) {
    actives.push(new Array<number | null>(L).fill(null));
    sources.push(new Array<FigureSource | null>(L).fill(null));
  }
  const seats = new Array<number | null>(L).fill(size);
  for (let d = 0; d < L; d += 1) {
    const summary = summaries?.get(idx.first + d);
    if (summary && summary.assignedSeats !== null && summary.assignedSeats >= 1)
      seats[d] = summary.assignedSeats;
    const weekend = !isWeekday(idx.first + d);
    for (let wi = 0; wi < windowDays.length; wi += 1) {
      if (weekdaysOnly && wi === 0 && weekend) continue;
      const complete = membersKnown && windowComplete(idx, d, windowDays[wi]!);
      for (let v = 0; v <= ANY; v += 1) {
        const slot = slotOf(v, wi);
        if (complete) {
          actives[slot]![d] = counts[slot * L + d]!;
          sources[slot]![d] = 'members';
        } else if (summary && !weekdaysOnly) {
          const value = summaryValue(summary, v, wi);
          if (value !== null) {
            actives[slot]![d] = value;
            sources[slot]![d] = 'summaries';
          }
        }
      }
    }
  }
  return { first: idx.first, length: L, weekdaysOnly, actives, sources, seats };
}

function summaryValue(s: SummaryInput, variant: number, window: number): number | null {
  const name = windowNames[window]!;
  if (variant === ANY)
    return name === 'daily' ? s.dailyActive : name === 'weekly' ? s.weeklyActive : s.monthlyActive;
  return s.productActive?.[metricProducts[variant]!]?.[name] ?? null;
}

/** Actives and rate of a slot on day index `d` (nulls outside the series). */
export function pointAt(series: ScopeSeries, slot: number, d: number) {
  if (d < 0 || d >= series.length) return { actives: null, rate: null, source: null };
  const actives = series.actives[slot]![d]!;
  return {
    actives,
    rate: adoptionRate(actives, series.seats[d]!),
    source: series.sources[slot]![d]!,
  };
}
