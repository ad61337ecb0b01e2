/**
 * One pass over stored per-member days, reduced to what the companion's
 * views need beyond the insight model: per member (active days, products,
 * first/last active, weekly habit, Claude Code output) and per day (org,
 * product and group actives). Fed one day at a time so a long range never
 * sits in memory (lib/store `eachUserDay`).
 *
 * Definitions (same as lib/metrics/history.ts):
 * - a member is **active in a product** on a day when that product's column
 *   is > 0 (chat messages, Claude Code / Cowork / Office / Design sessions);
 *   **active** when active in a product that counts toward activity
 *   (`countsTowardActive`: chat, Claude Code, Cowork — as the API defines
 *   it); Office and Design count for their own products only;
 * - with `weekdaysOnly`, Saturday and Sunday activity does not count (those
 *   days' per-day figures are null), as in lib/metrics/adoption-counts.ts;
 * - a member **holds a seat** on a day when their row is in that day's
 *   `/users` rows (inactive members are listed with zeros).
 * The "range" is [from, to]; the digest reads [loadFrom, to] so that
 * 30-day and 4-week windows ending `to` are complete even for a short range.
 */
import { dayNumber, dayString, isWeekday } from '@/lib/metrics/days';
import {
  countsTowardActive,
  metricProducts,
  productActivityColumn,
  type ActivityColumn,
  type MetricProduct,
} from '@/lib/metrics/history';

/** A stored day as the digest reads it (a structural mirror of lib/store UserDayColumns). */
export interface DigestDay {
  day: string;
  memberIds: readonly string[];
  columns: Partial<Record<string, Uint32Array>>;
  complete: boolean;
}

export interface DigestOptions {
  from: string;
  to: string;
  /** First day read: ≤ from, and ≤ to − 29 for the 30-day windows. */
  loadFrom: string;
  weekdaysOnly: boolean;
  /** Groups whose daily actives are counted. */
  groupIds: readonly string[];
  /** Indices into groupIds of the groups a member belongs to. */
  groupsOf: (memberId: string) => readonly number[];
}

export const NO_DAY = -1;

export interface CodeTotals {
  sessions: number;
  pullRequests: number;
  commits: number;
  linesAdded: number;
  accepted: number;
  rejected: number;
}

export interface MemberDigest {
  options: DigestOptions;
  /** Day numbers of the loaded span [loadFrom, to]. */
  first: number;
  last: number;
  memberIds: string[];
  index: Map<string, number>;
  /** Per member: day numbers (NO_DAY when none in the loaded span). */
  firstSeen: number[];
  lastSeen: number[];
  firstActive: number[];
  lastActive: number[];
  /** Per member: active days within [from, to]. */
  activeDays: number[];
  /** Per member: bit mask of products used (metricProducts order; Office and Design included) in [from, to], and in the 30 days ending `to`. */
  productsInRange: number[];
  productsLast30: number[];
  /** Per member: bit w set when active in week w back from `to` (w = 0…3, 7-day blocks). */
  weeks: number[];
  /** Per member: Claude Code output within [from, to]. */
  code: CodeTotals[];
  /** Per loaded day: stored? and actives (null when not stored, or a weekend in weekday mode). */
  stored: boolean[];
  orgDaily: (number | null)[];
  productDaily: Record<MetricProduct, (number | null)[]>;
  /** groupDaily[g][d]: actives of group g on loaded day d. */
  groupDaily: (number | null)[][];
}

/** Products whose use makes a member active overall, as a bit mask. */
const coreMask = metricProducts.reduce((m, p, i) => (countsTowardActive[p] ? m | (1 << i) : m), 0);

const codeColumns: [keyof CodeTotals, ActivityColumn | string][] = [
  ['sessions', 'codeSessions'],
  ['pullRequests', 'codePullRequests'],
  ['commits', 'codeCommits'],
  ['linesAdded', 'codeLinesAdded'],
  ['accepted', 'codeToolAccepted'],
  ['rejected', 'codeToolRejected'],
];

/** An empty digest for the options; feed it with `addDay`. */
export function createDigest(options: DigestOptions): MemberDigest {
  const first = dayNumber(options.loadFrom);
  const last = dayNumber(options.to);
  const n = Math.max(0, last - first + 1);
  const nulls = () => new Array<number | null>(n).fill(null);
  return {
    options,
    first,
    last,
    memberIds: [],
    index: new Map(),
    firstSeen: [],
    lastSeen: [],
    firstActive: [],
    lastActive: [],
    activeDays: [],
    productsInRange: [],
    productsLast30: [],
    weeks: [],
    code: [],
    stored: new Array<boolean>(n).fill(false),
    orgDaily: nulls(),
    productDaily: Object.fromEntries(metricProducts.map((p) => [p, nulls()])) as Record<
      MetricProduct,
      (number | null)[]
    >,
    groupDaily: options.groupIds.map(nulls),
  };
}

function memberSlot(g: MemberDigest, id: string): number {
  let i = g.index.get(id);
  if (i === undefined) {
    i = g.memberIds.length;
    g.index.set(id, i);
    g.memberIds.push(id);
    g.firstSeen.push(NO_DAY);
    g.lastSeen.push(NO_DAY);
    g.firstActive.push(NO_DAY);
    g.lastActive.push(NO_DAY);
    g.activeDays.push(0);
    g.productsInRange.push(0);
    g.productsLast30.push(0);
    g.weeks.push(0);
    g.code.push({
      sessions: 0,
      pullRequests: 0,
      commits: 0,
      linesAdded: 0,
      accepted: 0,
      rejected: 0,
    });
  }
  return i;
}

/**
 * Adds one stored day (days may come in any order; a day outside the
 * loaded span or not complete is ignored; the same day twice counts twice,
 * so feed each day once).
 */
export function addDay(g: MemberDigest, day: DigestDay): void {
  const n = dayNumber(day.day);
  if (n < g.first || n > g.last || !day.complete) return;
  const d = n - g.first;
  g.stored[d] = true;
  const counts = !g.options.weekdaysOnly || isWeekday(n);
  const inRange = day.day >= g.options.from;
  const inLast30 = n > g.last - 30;
  const week = Math.floor((g.last - n) / 7);
  const productCols = metricProducts.map((p) => day.columns[productActivityColumn[p]]);
  const codeCols = codeColumns.map(([k, c]) => [k, day.columns[c]] as const);
  const groupCounts = new Array<number>(g.options.groupIds.length).fill(0);
  const productCounts = new Array<number>(metricProducts.length).fill(0);
  let orgCount = 0;
  for (let r = 0; r < day.memberIds.length; r += 1) {
    const id = day.memberIds[r]!;
    const i = memberSlot(g, id);
    if (g.firstSeen[i] === NO_DAY || n < g.firstSeen[i]!) g.firstSeen[i] = n;
    if (n > g.lastSeen[i]!) g.lastSeen[i] = n;
    if (!counts) continue;
    let mask = 0;
    for (let p = 0; p < productCols.length; p += 1)
      if ((productCols[p]?.[r] ?? 0) > 0) {
        mask |= 1 << p;
        productCounts[p]! += 1;
      }
    if (inRange) for (const [k, col] of codeCols) if (col) g.code[i]![k] += col[r] ?? 0;
    if (mask !== 0) {
      if (inRange) g.productsInRange[i]! |= mask;
      if (inLast30) g.productsLast30[i]! |= mask;
    }
    if ((mask & coreMask) === 0) continue;
    orgCount += 1;
    if (g.firstActive[i] === NO_DAY || n < g.firstActive[i]!) g.firstActive[i] = n;
    if (n > g.lastActive[i]!) g.lastActive[i] = n;
    if (inRange) g.activeDays[i]! += 1;
    if (week < 4) g.weeks[i]! |= 1 << week;
    for (const gi of g.options.groupsOf(id)) groupCounts[gi]! += 1;
  }
  if (!counts) return;
  g.orgDaily[d] = orgCount;
  metricProducts.forEach((p, k) => (g.productDaily[p][d] = productCounts[k]!));
  groupCounts.forEach((c, gi) => (g.groupDaily[gi]![d] = c));
}

/** The loaded day string of index `d`. */
export function digestDay(g: MemberDigest, d: number): string {
  return dayString(g.first + d);
}

/** Number of set bits in a small mask. */
export function bitCount(mask: number): number {
  let c = 0;
  for (let m = mask; m; m &= m - 1) c += 1;
  return c;
}
