/**
 * Per-member inputs of the champion score, over the champion window (the
 * last `windowDays` days of the activity index): active weekdays, products
 * used, distinct skills / connectors / projects, and interactions.
 *
 * Distinct skills, connectors and projects come from a `/users` rollup over
 * the window when one is stored (exact distinct counts; skills and
 * connectors add chat and Cowork, so one used in both counts twice); without
 * one, each is the largest single-day count (a lower bound), marked
 * `breadthSource: 'daily-max'`.
 */
import { ANY, type ActivityIndex, NO_DAY } from '@/lib/metrics/activity-index';
import { popcount } from '@/lib/metrics/bitset';
import { countWeekdays, dayNumber, dayString, isWeekday } from '@/lib/metrics/days';
import type { MetricsHistory, RollupInput } from '@/lib/metrics/history';

export interface ChampionStats {
  memberId: string;
  email: string | null;
  /** First day the member was seen (rows or member record); null if never. */
  firstSeenDay: string | null;
  /** Still a member: seen in rows during the window. */
  seatHolder: boolean;
  activeWeekdays: number;
  windowWeekdays: number;
  productsUsed: number;
  skills: number;
  connectors: number;
  projects: number;
  breadthSource: 'rollup' | 'daily-max';
  /** Messages (chat, Cowork, Office, Design) + Claude Code sessions + accepted Claude Code tool actions. */
  interactions: number;
}

/** The stored rollup that best covers [start, end): most overlap, then the latest. */
export function pickRollup(
  rollups: readonly RollupInput[],
  start: number,
  end: number,
): RollupInput | null {
  let best: RollupInput | null = null;
  let bestOverlap = 0;
  let bestEnd = -Infinity;
  for (const r of rollups) {
    const s = dayNumber(r.startDay);
    const e = dayNumber(r.endDay);
    const overlap = Math.min(e, end) - Math.max(s, start);
    if (overlap <= 0) continue;
    if (overlap > bestOverlap || (overlap === bestOverlap && e > bestEnd)) {
      best = r;
      bestOverlap = overlap;
      bestEnd = e;
    }
  }
  return best;
}

/** Champion inputs for every member of the index. */
export function championStats(idx: ActivityIndex, history: MetricsHistory): ChampionStats[] {
  const from = idx.championStart;
  const to = idx.length - 1;
  const windowWeekdays = countWeekdays(idx.first + from, idx.first + to);
  const rollup = pickRollup(history.rollups ?? [], idx.first + from, idx.asOf + 1);
  const rollupRow = new Map<string, number>();
  rollup?.memberIds.forEach((id, i) => rollupRow.set(id, i));
  const col = (name: keyof RollupInput['columns'], i: number) => rollup?.columns[name]?.[i] ?? 0;
  const W = idx.words;
  // Word masks of the window's days and of its weekdays.
  const inWindow = new Uint32Array(W);
  const weekdayMask = new Uint32Array(W);
  for (let d = from; d <= to; d += 1) {
    inWindow[d >>> 5]! |= 1 << (d & 31);
    if (isWeekday(idx.first + d)) weekdayMask[d >>> 5]! |= 1 << (d & 31);
  }
  return idx.memberIds.map((memberId, g) => {
    const off = g * W;
    let activeWeekdays = 0;
    for (let w = 0; w < W; w += 1)
      activeWeekdays += popcount(idx.active[ANY]![off + w]! & weekdayMask[w]!);
    let productsUsed = 0;
    for (let v = 0; v < ANY; v += 1) {
      const set = idx.active[v]!;
      for (let w = 0; w < W; w += 1)
        if ((set[off + w]! & inWindow[w]!) !== 0) {
          productsUsed += 1;
          break;
        }
    }
    const row = rollupRow.get(memberId);
    const fromRollup = row !== undefined;
    return {
      memberId,
      email: idx.emails[g] ?? null,
      firstSeenDay: idx.firstSeen[g] === NO_DAY ? null : dayString(idx.firstSeen[g]!),
      seatHolder: idx.lastSeen[g]! >= from,
      activeWeekdays,
      windowWeekdays,
      productsUsed,
      skills: fromRollup
        ? col('chatSkillsUsed', row) + col('coworkSkillsUsed', row)
        : idx.dailyMaxSkills[g]!,
      connectors: fromRollup
        ? col('chatConnectorsUsed', row) + col('coworkConnectorsUsed', row)
        : idx.dailyMaxConnectors[g]!,
      projects: fromRollup ? col('chatProjectsUsed', row) : idx.dailyMaxProjects[g]!,
      breadthSource: fromRollup ? 'rollup' : 'daily-max',
      interactions: idx.interactions[g]!,
    };
  });
}
