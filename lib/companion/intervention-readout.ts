/**
 * The **before/after readout** of an intervention against a comparison group.
 *
 * Metric: **average daily adoption** over a window = Σ daily actives /
 * (counted days × team size) × 100 (counted days: stored days, weekdays
 * only in weekday mode; team size: its current size, as in the insight model).
 * - before window: the `windowDays` days before the intervention day;
 * - after window: from the intervention day, up to `windowDays` days, ending
 *   no later than the latest stored day.
 * **Comparison group**: every other team at or above the privacy floor whose
 * before-window adoption is within `similarPoints` of the team's, and which
 * logged no intervention of its own from the before window's start to the
 * after window's end. Pooled: Σ actives / Σ (days × size).
 * **Readout** = team change − comparison change, in points (a
 * difference-in-differences). It shows association, not proof of cause.
 * Refused, with the reason, when: the intervention is org-wide (no
 * comparison exists), the team is below the privacy floor or hidden, the
 * after window has fewer than `minDays` counted days, the before window has
 * fewer than `minDays`, or no team qualifies for comparison.
 */
import { dayNumber } from '@/lib/metrics/days';
import type { Intervention } from '@/lib/companion/interventions';

/** Daily actives per group over a span of days (e.g. from a MemberDigest). */
export interface DailyActives {
  /** Day number of index 0. */
  first: number;
  /** Group id → actives per day (null = not stored / not counted). */
  byGroup: ReadonlyMap<string, readonly (number | null)[]>;
}

export interface TeamFacts {
  id: string;
  size: number | null;
  /** Hidden by the privacy floor (the insight model's suppression). */
  hidden: boolean;
}

export interface ReadoutOptions {
  /** Privacy floor k. */
  k: number;
  windowDays?: number;
  minDays?: number;
  similarPoints?: number;
}

export interface WindowFigure {
  from: string;
  to: string;
  days: number;
  /** Average daily adoption, percent; null when no counted day. */
  rate: number | null;
}

export type Readout =
  | {
      status: 'ok';
      team: { before: WindowFigure; after: WindowFigure; change: number };
      comparison: {
        teamIds: string[];
        members: number;
        before: number;
        after: number;
        change: number;
      };
      /** Team change − comparison change, in points. */
      difference: number;
    }
  | {
      status: 'refused';
      reason: 'org-wide' | 'below-floor' | 'window-too-short' | 'no-baseline' | 'no-comparison';
      detail: string;
    };

interface Sums {
  actives: number;
  days: number;
}

function windowSums(
  series: readonly (number | null)[] | undefined,
  first: number,
  from: number,
  to: number,
): Sums {
  let actives = 0;
  let days = 0;
  if (!series) return { actives, days };
  for (let n = Math.max(from, first); n <= to; n += 1) {
    const v = series[n - first];
    if (v === null || v === undefined) continue;
    actives += v;
    days += 1;
  }
  return { actives, days };
}

const dayStr = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const rate = (s: Sums, size: number) =>
  s.days === 0 || size <= 0 ? null : (s.actives / (s.days * size)) * 100;

/**
 * The readout of one intervention. `latestDay` is the last stored day;
 * `others` lists every logged intervention (to keep treated teams out of the
 * comparison). Example: team 10 people, 2 actives a day before and 4 after
 * (20% → 40%), comparison 20% → 25% → difference +15 points.
 */
export function interventionReadout(
  intervention: Intervention,
  data: DailyActives,
  teams: readonly TeamFacts[],
  others: readonly Intervention[],
  latestDay: string,
  options: ReadoutOptions,
): Readout {
  const windowDays = options.windowDays ?? 28;
  const minDays = options.minDays ?? 10;
  const similar = options.similarPoints ?? 10;
  if (intervention.teamId === 'org')
    return {
      status: 'refused',
      reason: 'org-wide',
      detail: 'An org-wide action has no comparison group: every team received it.',
    };
  const team = teams.find((t) => t.id === intervention.teamId);
  if (!team || team.hidden || team.size === null || team.size < options.k)
    return {
      status: 'refused',
      reason: 'below-floor',
      detail: `The team has fewer than ${options.k} members (the privacy floor), or its size is unknown: no figure is shown.`,
    };
  const day = dayNumber(intervention.day);
  const beforeFrom = day - windowDays;
  const beforeTo = day - 1;
  const afterFrom = day;
  const afterTo = Math.min(day + windowDays - 1, dayNumber(latestDay));
  const series = (id: string) => data.byGroup.get(id);
  const tb = windowSums(series(team.id), data.first, beforeFrom, beforeTo);
  const ta = windowSums(series(team.id), data.first, afterFrom, afterTo);
  if (ta.days < minDays)
    return {
      status: 'refused',
      reason: 'window-too-short',
      detail: `Only ${Math.max(0, ta.days)} counted day(s) since ${intervention.day}; the readout needs ${minDays}.`,
    };
  if (tb.days < minDays)
    return {
      status: 'refused',
      reason: 'no-baseline',
      detail: `Only ${tb.days} counted day(s) of history before ${intervention.day}; the readout needs ${minDays}.`,
    };
  const teamBefore = rate(tb, team.size)!;
  const teamAfter = rate(ta, team.size)!;
  const treated = new Set(
    others
      .filter((o) => o.id !== intervention.id)
      .filter((o) => {
        const n = dayNumber(o.day);
        return n >= beforeFrom && n <= afterTo;
      })
      .map((o) => o.teamId),
  );
  const pool = {
    before: { actives: 0, seatDays: 0 },
    after: { actives: 0, seatDays: 0 },
    members: 0,
  };
  const chosen: string[] = [];
  for (const t of teams) {
    if (t.id === team.id || t.hidden || t.size === null || t.size < options.k || treated.has(t.id))
      continue;
    const b = windowSums(series(t.id), data.first, beforeFrom, beforeTo);
    const a = windowSums(series(t.id), data.first, afterFrom, afterTo);
    const rb = rate(b, t.size);
    if (rb === null || a.days === 0 || Math.abs(rb - teamBefore) > similar) continue;
    chosen.push(t.id);
    pool.members += t.size;
    pool.before.actives += b.actives;
    pool.before.seatDays += b.days * t.size;
    pool.after.actives += a.actives;
    pool.after.seatDays += a.days * t.size;
  }
  if (chosen.length === 0)
    return {
      status: 'refused',
      reason: 'no-comparison',
      detail: `No other team at or above the privacy floor started within ${similar} points of this team's adoption without an intervention of its own.`,
    };
  const cb = (pool.before.actives / pool.before.seatDays) * 100;
  const ca = (pool.after.actives / pool.after.seatDays) * 100;
  return {
    status: 'ok',
    team: {
      before: { from: dayStr(beforeFrom), to: dayStr(beforeTo), days: tb.days, rate: teamBefore },
      after: { from: dayStr(afterFrom), to: dayStr(afterTo), days: ta.days, rate: teamAfter },
      change: teamAfter - teamBefore,
    },
    comparison: { teamIds: chosen, members: pool.members, before: cb, after: ca, change: ca - cb },
    difference: teamAfter - teamBefore - (ca - cb),
  };
}
