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
import type { ChampionStats } from '@/lib/metrics/champion-stats';
import type { ChampionRules } from '@/lib/metrics/config';
import { dayNumber } from '@/lib/metrics/days';
import { nameKeyOfEmail, uniqueNameKeys } from '@/lib/metrics/name-key';

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

function percentileRanker(values: number[]): (v: number) => number {
  const sorted = Float64Array.from(values).sort();
  return (v) => {
    if (v <= 0 || sorted.length === 0) return 0;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= v) lo = mid + 1;
      else hi = mid;
    }
    return lo / sorted.length;
  };
}

function byEmailThenId(a: ChampionStats, b: ChampionStats): number {
  const ea = a.email ?? '';
  const eb = b.email ?? '';
  if (ea !== eb) return ea < eb ? -1 : 1;
  return a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0;
}

/** Scores every eligible member and selects the champions. `asOf` is `YYYY-MM-DD`. */
export function selectChampions(
  stats: readonly ChampionStats[],
  rules: ChampionRules,
  asOf: string,
): ChampionSelection {
  const optedOut = new Set(rules.optOutEmails.map((e) => e.trim().toLowerCase()));
  const optedOutIds = new Set((rules.optOutMemberIds ?? []).map((id) => id.trim()));
  // Over every member, eligible or not: a namesake who is not a champion still makes a name ambiguous.
  const uniqueNames = uniqueNameKeys(stats.map((s) => s.email));
  const tenureLimit = dayNumber(asOf) - rules.minTenureDays;
  const eligible = stats.filter(
    (s) =>
      s.seatHolder &&
      s.firstSeenDay !== null &&
      dayNumber(s.firstSeenDay) <= tenureLimit &&
      !optedOutIds.has(s.memberId) &&
      !(s.email !== null && optedOut.has(s.email.toLowerCase())),
  );
  const breadthOf = (s: ChampionStats) => s.productsUsed + s.skills + s.connectors + s.projects;
  const breadthRank = percentileRanker(eligible.map(breadthOf));
  const depthRank = percentileRanker(eligible.map((s) => s.interactions));
  let { consistency: wc, breadth: wb, depth: wd } = rules.weights;
  if (wc + wb + wd <= 0) [wc, wb, wd] = [1, 1, 1];
  const n = eligible.length;
  const parts = (s: ChampionStats): ChampionParts => ({
    consistency: s.windowWeekdays > 0 ? Math.min(1, s.activeWeekdays / s.windowWeekdays) : 0,
    breadth: breadthRank(breadthOf(s)),
    depth: depthRank(s.interactions),
    activeWeekdays: s.activeWeekdays,
    windowWeekdays: s.windowWeekdays,
    productsUsed: s.productsUsed,
    skills: s.skills,
    connectors: s.connectors,
    projects: s.projects,
    breadthSource: s.breadthSource,
    interactions: s.interactions,
  });
  const scores = new Float64Array(n);
  eligible.forEach((s, i) => {
    const p = parts(s);
    scores[i] = (wc * p.consistency + wb * p.breadth + wd * p.depth) / (wc + wb + wd);
  });
  const k = Math.max(1, Math.ceil(rules.topShare * n - 1e-9));
  // The k-th highest score; then only members at or above the cut-off are ordered (not all n).
  const computedCutoff = n === 0 ? null : Float64Array.from(scores).sort()[n - Math.min(k, n)]!;
  const cutoff = rules.frozen ? rules.frozen.scoreCutoff : computedCutoff;
  const order: number[] = [];
  if (cutoff !== null)
    for (let i = 0; i < n; i += 1)
      if (scores[i]! > 0 && scores[i]! >= cutoff - 1e-12) order.push(i);
  order.sort((a, b) => scores[b]! - scores[a]! || byEmailThenId(eligible[a]!, eligible[b]!));
  const champions: Champion[] = [];
  for (const i of order) {
    const score = scores[i]!;
    const s = eligible[i]!;
    champions.push({
      memberId: s.memberId,
      email: s.email,
      score,
      rank: champions.length + 1,
      parts: parts(s),
      nameKey: s.email && uniqueNames.has(nameKeyOfEmail(s.email)) ? nameKeyOfEmail(s.email) : null,
    });
  }
  return {
    windowDays: rules.windowDays,
    eligible: n,
    cutoff,
    computedCutoff,
    frozenAt: rules.frozen?.frozenAt ?? null,
    champions,
  };
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
