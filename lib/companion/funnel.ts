/**
 * The activation funnel of a scope, as of the digest's last day `to`:
 *   seats         = members holding a seat on the latest stored day;
 *   activated     = of those, members ever active (stored history);
 *   active month  = of those, active in the 30 days ending `to`;
 *   weekly habit  = of those, active in at least 3 of the 4 weeks (7-day
 *                   blocks) ending `to`;
 *   multi-product = of those, used at least 2 products in the 30 days.
 * Each stage is a subset of the one before, so the bars only narrow.
 *
 * **Time to first use** = days from the first day a member held a seat to
 * their first active day, for members whose seat began inside the loaded
 * span (earlier seats' first use may be out of sight). Median, and how many
 * of that cohort have not used Claude yet.
 */
import { bitCount, NO_DAY, type MemberDigest } from '@/lib/companion/member-digest';
import { dayNumber } from '@/lib/metrics/days';

export interface FunnelStage {
  key: 'seats' | 'activated' | 'active-month' | 'weekly-habit' | 'multi-product';
  label: string;
  /** Null when the gate withholds it (a count of 1 … k−1 people of one kind of use). */
  count: number | null;
  /** count / seats; null when seats is 0 or the count is withheld. */
  shareOfSeats: number | null;
  /** count / previous stage's count; null for the first stage or a 0 previous. */
  shareOfPrevious: number | null;
}

export interface TimeToFirstUse {
  /** Members whose seat began inside the loaded span. */
  cohort: number;
  /** Of those, members who have been active. */
  started: number;
  /** Median days from seat to first activity among `started`; null when none. */
  medianDays: number | null;
}

export interface Funnel {
  stages: FunnelStage[];
  timeToFirstUse: TimeToFirstUse;
}

export interface FunnelInputs {
  /** Member ids of the scope; null = every member of the digest (the org). */
  members: readonly string[] | null;
  /** True when the member was active at any time in stored history (member records). */
  everActive?: (memberId: string) => boolean;
  /** First day the member held a seat (member records); null/absent = first day seen in the digest. */
  seatSince?: (memberId: string) => string | null;
}

const labels: Record<FunnelStage['key'], string> = {
  seats: 'Seats',
  activated: 'Activated',
  'active-month': 'Active in the last 30 days',
  'weekly-habit': 'Weekly habit (3 of 4 weeks)',
  'multi-product': 'Two or more products',
};

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The digest's last stored day (a day number), or -1 when none is stored. */
export function lastStoredDay(g: MemberDigest): number {
  for (let d = g.stored.length - 1; d >= 0; d -= 1) if (g.stored[d]) return g.first + d;
  return -1;
}

/**
 * Whether member `i` reaches the funnel's last stage ("two or more
 * products"): holds a seat on `lastStored`, active in the 30 days ending
 * `to`, in at least 3 of the 4 weeks, with at least 2 products in those 30
 * days. Such a member is activated whatever the member records say.
 */
export function reachesMultiProduct(g: MemberDigest, i: number, lastStored: number): boolean {
  return (
    g.lastSeen[i] === lastStored &&
    g.lastActive[i] !== NO_DAY &&
    g.lastActive[i]! > g.last - 30 &&
    bitCount(g.weeks[i]!) >= 3 &&
    bitCount(g.productsLast30[i]!) >= 2
  );
}

/**
 * The funnel of a scope from a digest. An empty scope gives zeros and null
 * shares. With `withheldMultiProduct` (the gate withholds the scope's
 * "two or more products" count: companion-digest.ts `withheld`), that
 * stage's count and shares are null.
 */
export function activationFunnel(
  g: MemberDigest,
  inputs: FunnelInputs,
  withheldMultiProduct = false,
): Funnel {
  const lastStored = lastStoredDay(g);
  const ids = inputs.members ?? g.memberIds;
  const counts = [0, 0, 0, 0, 0];
  const waits: number[] = [];
  let cohort = 0;
  for (const id of ids) {
    const i = g.index.get(id);
    if (i === undefined || g.lastSeen[i] !== lastStored) continue;
    counts[0]! += 1;
    const active = g.lastActive[i] !== NO_DAY;
    const since = inputs.seatSince?.(id) ?? null;
    const seatDay = since !== null ? dayNumber(since) : g.firstSeen[i]!;
    if (seatDay > g.first) {
      cohort += 1;
      if (g.firstActive[i] !== NO_DAY) waits.push(g.firstActive[i]! - seatDay);
    }
    if (!(active || (inputs.everActive?.(id) ?? false))) continue;
    counts[1]! += 1;
    if (!(active && g.lastActive[i]! > g.last - 30)) continue;
    counts[2]! += 1;
    if (bitCount(g.weeks[i]!) < 3) continue;
    counts[3]! += 1;
    if (bitCount(g.productsLast30[i]!) < 2) continue;
    counts[4]! += 1;
  }
  const keys = Object.keys(labels) as FunnelStage['key'][];
  const seats = counts[0]!;
  return {
    stages: keys.map((key, s) =>
      key === 'multi-product' && withheldMultiProduct
        ? { key, label: labels[key], count: null, shareOfSeats: null, shareOfPrevious: null }
        : {
            key,
            label: labels[key],
            count: counts[s]!,
            shareOfSeats: seats > 0 ? counts[s]! / seats : null,
            shareOfPrevious: s === 0 || counts[s - 1] === 0 ? null : counts[s]! / counts[s - 1]!,
          },
    ),
    timeToFirstUse: { cohort, started: waits.length, medianDays: median(waits) },
  };
}
