/**
 * **Champion** = a member whose use is consistent, broad and deep, within the
 * top slice of the org by this score, after a minimum tenure:
 *
 *   consistency = active weekdays / weekdays in the window (capped at 1;
 *                 weekend work never adds — nobody should need it)
 *   breadth     = percentile rank of (products used + distinct skills +
 *                 distinct connectors + distinct projects)
 *   depth       = percentile rank of interactions (messages in chat, Cowork,
 *                 Office, Design + Claude Code sessions + accepted Claude Code
 *                 tool actions)
 *   score       = weighted mean of the three (weights from ChampionRules), 0…1
 *
 * Percentile rank of v among the n eligible members = (number with a value
 * ≤ v) / n, and 0 for v = 0. Spend and lines of code are never read.
 * Eligible: not opted out (by email, case-insensitive, or by member id), first seen at least
 * `minTenureDays` before `asOf`, and still a member. The top slice is the
 * ⌈topShare × n⌉ best (at least 1); everyone tied with the last of them is in
 * too, and a score of 0 never is. A frozen cut-off replaces the computed one
 * until an admin refreshes it (`refreshedThresholds`). Order: score
 * descending, then email, then id — stable whatever the input order.
 */
import { NO_DAY } from '@/lib/metrics/activity-index';
import type { ChampionColumns, ChampionStats } from '@/lib/metrics/champion-stats';
import type { ChampionRules } from '@/lib/metrics/config';
import { dayNumber } from '@/lib/metrics/days';
import { nameKeyOfEmail, uniqueNameKeys } from '@/lib/metrics/name-key';
import { nthSmallest, percentileRanks } from '@/lib/metrics/percentile';

export interface ChampionParts {
  consistency: number;
  breadth: number;
  depth: number;
  activeWeekdays: number;
  windowWeekdays: number;
  productsUsed: number;
  skills: number;
  connectors: number;
  projects: number;
  breadthSource: 'rollup' | 'daily-max';
  interactions: number;
}

export interface Champion {
  memberId: string;
  email: string | null;
  score: number;
  /** 1 = highest score. */
  rank: number;
  /** The score's parts, for a "why" tooltip. */
  parts: ChampionParts;
  /**
   * The name key of the email (name-key.ts) when no other member of the org
   * shares it, else null: only then may a row showing just a name be badged.
   */
  nameKey: string | null;
}

export interface ChampionSelection {
  windowDays: number;
  eligible: number;
  /** Cut-off in force (frozen, or computed); null when nobody is eligible. */
  cutoff: number | null;
  /** The cut-off the current top slice gives (what a refresh would freeze). */
  computedCutoff: number | null;
  frozenAt: string | null;
  champions: Champion[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Champion inputs as columns (champion-stats.ts) from one object per member. */
export function columnsOfStats(stats: readonly ChampionStats[]): ChampionColumns {
  const n = stats.length;
  const f = (read: (s: ChampionStats) => number) => Float64Array.from(stats, read);
  return {
    n,
    memberIds: stats.map((s) => s.memberId),
    emails: stats.map((s) => s.email),
    firstSeen: Float64Array.from(stats, (s) =>
      s.firstSeenDay === null ? NO_DAY : dayNumber(s.firstSeenDay),
    ),
    seatHolder: Uint8Array.from(stats, (s) => (s.seatHolder ? 1 : 0)),
    activeWeekdays: f((s) => s.activeWeekdays),
    windowWeekdays: n > 0 ? stats[0]!.windowWeekdays : 0,
    windowWeekdaysOf: f((s) => s.windowWeekdays),
    productsUsed: f((s) => s.productsUsed),
    skills: f((s) => s.skills),
    connectors: f((s) => s.connectors),
    projects: f((s) => s.projects),
    fromRollup: Uint8Array.from(stats, (s) => (s.breadthSource === 'rollup' ? 1 : 0)),
    interactions: f((s) => s.interactions),
  };
}

/** Scores every eligible member and selects the champions. `asOf` is `YYYY-MM-DD`. */
export function selectChampions(
  stats: readonly ChampionStats[],
  rules: ChampionRules,
  asOf: string,
): ChampionSelection {
  return selectChampionColumns(columnsOfStats(stats), rules, asOf);
}

/**
 * `selectChampions` over columns (champion-stats.ts `championColumns`): the
 * same selection, without an object per member. `uniqueNames`: the org's
 * unique name keys (`uniqueNameKeys` of every member's email), when the
 * caller remembers them; `badges`: each member's `nameKey` (parts-memo.ts
 * `badgeKeysOf` of `c.emails`), when the caller remembers those.
 */
export function selectChampionColumns(
  c: ChampionColumns,
  rules: ChampionRules,
  asOf: string,
  uniqueNames: ReadonlySet<string> = uniqueNameKeys(c.emails),
  badges: readonly (string | null)[] | null = null,
): ChampionSelection {
  const optedOut = new Set(rules.optOutEmails.map((e) => e.trim().toLowerCase()));
  const optedOutIds = new Set((rules.optOutMemberIds ?? []).map((id) => id.trim()));
  const tenureLimit = dayNumber(asOf) - rules.minTenureDays;
  const eligibleOf = new Int32Array(c.n);
  let n = 0;
  for (let g = 0; g < c.n; g += 1) {
    const first = c.firstSeen[g]!;
    if (c.seatHolder[g] !== 1 || first === NO_DAY || !(first <= tenureLimit)) continue;
    if (optedOutIds.size > 0 && optedOutIds.has(c.memberIds[g]!)) continue;
    const email = c.emails[g] ?? null;
    if (optedOut.size > 0 && email !== null && optedOut.has(email.toLowerCase())) continue;
    eligibleOf[n++] = g;
  }
  const eligible = eligibleOf.subarray(0, n);
  const breadthOf = new Float64Array(n);
  const depthOf = new Float64Array(n);
  const consistency = new Float64Array(n);
  const windowWeekdays = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const g = eligible[i]!;
    breadthOf[i] = c.productsUsed[g]! + c.skills[g]! + c.connectors[g]! + c.projects[g]!;
    depthOf[i] = c.interactions[g]!;
    const ww = c.windowWeekdaysOf ? c.windowWeekdaysOf[g]! : c.windowWeekdays;
    windowWeekdays[i] = ww;
    consistency[i] = ww > 0 ? Math.min(1, c.activeWeekdays[g]! / ww) : 0;
  }
  const breadth = percentileRanks(breadthOf);
  const depth = percentileRanks(depthOf);
  let { consistency: wc, breadth: wb, depth: wd } = rules.weights;
  if (wc + wb + wd <= 0) [wc, wb, wd] = [1, 1, 1];
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i += 1)
    scores[i] = (wc * consistency[i]! + wb * breadth[i]! + wd * depth[i]!) / (wc + wb + wd);
  const k = Math.max(1, Math.ceil(rules.topShare * n - 1e-9));
  // The k-th highest score; then only members at or above the cut-off are ordered (not all n).
  const computedCutoff =
    n === 0 ? null : nthSmallest(Float64Array.from(scores), n - Math.min(k, n));
  const cutoff = rules.frozen ? rules.frozen.scoreCutoff : computedCutoff;
  const order: number[] = [];
  if (cutoff !== null)
    for (let i = 0; i < n; i += 1)
      if (scores[i]! > 0 && scores[i]! >= cutoff - 1e-12) order.push(i);
  const emailOf = (i: number) => c.emails[eligible[i]!] ?? '';
  order.sort(
    (a, b) =>
      scores[b]! - scores[a]! ||
      compareText(emailOf(a), emailOf(b)) ||
      compareText(c.memberIds[eligible[a]!]!, c.memberIds[eligible[b]!]!),
  );
  const champions: Champion[] = [];
  const rows = new Int32Array(order.length);
  for (const i of order) {
    rows[champions.length] = eligible[i]!;
    const g = eligible[i]!;
    const email = c.emails[g] ?? null;
    let nameKey: string | null;
    if (badges) nameKey = badges[g] ?? null;
    else {
      const key = email ? nameKeyOfEmail(email) : '';
      nameKey = email && uniqueNames.has(key) ? key : null;
    }
    champions.push({
      memberId: c.memberIds[g]!,
      email,
      score: scores[i]!,
      rank: champions.length + 1,
      parts: {
        consistency: consistency[i]!,
        breadth: breadth[i]!,
        depth: depth[i]!,
        activeWeekdays: c.activeWeekdays[g]!,
        windowWeekdays: windowWeekdays[i]!,
        productsUsed: c.productsUsed[g]!,
        skills: c.skills[g]!,
        connectors: c.connectors[g]!,
        projects: c.projects[g]!,
        breadthSource: c.fromRollup[g] === 1 ? 'rollup' : 'daily-max',
        interactions: c.interactions[g]!,
      },
      nameKey,
    });
  }
  const selection: ChampionSelection = {
    windowDays: rules.windowDays,
    eligible: n,
    cutoff,
    computedCutoff,
    frozenAt: rules.frozen?.frozenAt ?? null,
    champions,
  };
  rowsOfSelection.set(selection, { memberIds: c.memberIds, rows });
  return selection;
}

const rowsOfSelection = new WeakMap<
  ChampionSelection,
  { memberIds: readonly string[]; rows: Int32Array }
>();

/**
 * The **champion rows** of a selection made by `selectChampionColumns`: the
 * column (member) index of each champion, in the champions' order, with the
 * columns' member ids; undefined for a selection made otherwise. Lets a
 * caller holding the same member ids place champions without a lookup by id.
 */
export function championRows(
  selection: ChampionSelection,
): { memberIds: readonly string[]; rows: Int32Array } | undefined {
  return rowsOfSelection.get(selection);
}

/** The frozen thresholds an admin's "refresh" stores: today's computed cut-off. Null when nobody is eligible. */
export function refreshedThresholds(
  selection: Pick<ChampionSelection, 'computedCutoff'>,
  asOf: string,
): { scoreCutoff: number; frozenAt: string } | null {
  return selection.computedCutoff === null
    ? null
    : { scoreCutoff: selection.computedCutoff, frozenAt: asOf };
}
