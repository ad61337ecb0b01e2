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

/**
 * The champion inputs of every member of the index as columns (one typed
 * array per field, `n` members), what `selectChampionColumns` (champions.ts)
 * reads without an object per member. `rollupRows` gives each member's row
 * in the rollup, -1 for none (parts-memo.ts remembers it).
 */
export interface ChampionColumns {
  n: number;
  memberIds: readonly string[];
  emails: readonly (string | null)[];
  /** Day number first seen, NO_DAY if never. */
  firstSeen: Int32Array | Float64Array;
  /** 1 when still a member (seen in rows during the window). */
  seatHolder: Uint8Array;
  activeWeekdays: Float64Array;
  windowWeekdays: number;
  /** Per member, when the inputs came one object per member (else `windowWeekdays` for all). */
  windowWeekdaysOf?: Float64Array;
  productsUsed: Float64Array;
  skills: Float64Array;
  connectors: Float64Array;
  projects: Float64Array;
  /** 1 when skills, connectors and projects come from a rollup. */
  fromRollup: Uint8Array;
  interactions: Float64Array;
}

/** Champion inputs of every member of the index, as columns. */
export function championColumns(
  idx: ActivityIndex,
  history: MetricsHistory,
  rollupRows: (rollupIds: readonly string[], memberIds: readonly string[]) => Int32Array = rowsOf,
): ChampionColumns {
  const from = idx.championStart;
  const to = idx.length - 1;
  const n = idx.memberIds.length;
  const rollup = pickRollup(history.rollups ?? [], idx.first + from, idx.asOf + 1);
  const rollupRow = rollup ? rollupRows(rollup.memberIds, idx.memberIds) : null;
  const W = idx.words;
  // Word masks of the window's days and of its weekdays.
  const inWindow = new Uint32Array(W);
  const weekdayMask = new Uint32Array(W);
  for (let d = from; d <= to; d += 1) {
    inWindow[d >>> 5]! |= 1 << (d & 31);
    if (isWeekday(idx.first + d)) weekdayMask[d >>> 5]! |= 1 << (d & 31);
  }
  const c: ChampionColumns = {
    n,
    memberIds: idx.memberIds,
    emails: idx.emails,
    firstSeen: idx.firstSeen,
    seatHolder: new Uint8Array(n),
    activeWeekdays: new Float64Array(n),
    windowWeekdays: countWeekdays(idx.first + from, idx.first + to),
    productsUsed: new Float64Array(n),
    skills: new Float64Array(n),
    connectors: new Float64Array(n),
    projects: new Float64Array(n),
    fromRollup: new Uint8Array(n),
    interactions: idx.interactions.subarray(0, n),
  };
  // One pass per member over the window's words only: its active weekdays (ANY) and the
  // products with a bit in the window (productsUsed).
  const words: number[] = [];
  for (let w = 0; w < W; w += 1) if (inWindow[w] !== 0) words.push(w);
  const any = idx.active[ANY]!;
  const products = idx.active.slice(0, ANY);
  for (let g = 0; g < n; g += 1) {
    const off = g * W;
    let activeWeekdays = 0;
    let used = 0;
    for (let k = 0; k < words.length; k += 1) {
      const w = words[k]!;
      const m = inWindow[w]!;
      activeWeekdays += popcount(any[off + w]! & weekdayMask[w]!);
      for (let v = 0; v < products.length; v += 1)
        if ((products[v]![off + w]! & m) !== 0) used |= 1 << v;
    }
    c.activeWeekdays[g] = activeWeekdays;
    c.productsUsed[g] = popcount(used);
    c.seatHolder[g] = idx.lastSeen[g]! >= from ? 1 : 0;
  }
  const col = (name: keyof RollupInput['columns']) => rollup?.columns[name] ?? [];
  const [chatSkills, coworkSkills] = [col('chatSkillsUsed'), col('coworkSkillsUsed')];
  const [chatConnectors, coworkConnectors] = [
    col('chatConnectorsUsed'),
    col('coworkConnectorsUsed'),
  ];
  const chatProjects = col('chatProjectsUsed');
  for (let g = 0; g < n; g += 1) {
    const row = rollupRow ? rollupRow[g]! : -1;
    if (row >= 0) {
      c.fromRollup[g] = 1;
      c.skills[g] = (chatSkills[row] ?? 0) + (coworkSkills[row] ?? 0);
      c.connectors[g] = (chatConnectors[row] ?? 0) + (coworkConnectors[row] ?? 0);
      c.projects[g] = chatProjects[row] ?? 0;
    } else {
      c.skills[g] = idx.dailyMaxSkills[g]!;
      c.connectors[g] = idx.dailyMaxConnectors[g]!;
      c.projects[g] = idx.dailyMaxProjects[g]!;
    }
  }
  return c;
}

/**
 * Row in `rollupIds` of each of `memberIds`, -1 when absent (the last row
 * when an id repeats).
 */
export function rowsOf(rollupIds: readonly string[], memberIds: readonly string[]): Int32Array {
  const rowOf = new Map<string, number>();
  for (let i = 0; i < rollupIds.length; i += 1) rowOf.set(rollupIds[i]!, i);
  const rows = new Int32Array(memberIds.length);
  for (let g = 0; g < rows.length; g += 1) rows[g] = rowOf.get(memberIds[g]!) ?? -1;
  return rows;
}

/** Member `g` of `c` as one object. */
export function statsOf(c: ChampionColumns, g: number): ChampionStats {
  const first = c.firstSeen[g]!;
  return {
    memberId: c.memberIds[g]!,
    email: c.emails[g] ?? null,
    firstSeenDay: first === NO_DAY ? null : dayString(first),
    seatHolder: c.seatHolder[g] === 1,
    activeWeekdays: c.activeWeekdays[g]!,
    windowWeekdays: c.windowWeekdays,
    productsUsed: c.productsUsed[g]!,
    skills: c.skills[g]!,
    connectors: c.connectors[g]!,
    projects: c.projects[g]!,
    breadthSource: c.fromRollup[g] === 1 ? 'rollup' : 'daily-max',
    interactions: c.interactions[g]!,
  };
}

/** Champion inputs for every member of the index. */
export function championStats(idx: ActivityIndex, history: MetricsHistory): ChampionStats[] {
  const c = championColumns(idx, history);
  return Array.from({ length: c.n }, (_, g) => statsOf(c, g));
}
