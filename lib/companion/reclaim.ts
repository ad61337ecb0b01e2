/**
 * The seat reclaim list: seat holders the admin could take a seat back
 * from, from the insight model's seat signals (lib/metrics/seats.ts):
 *   - dormant members idle for at least `reclaimDays` days, and
 *   - never-activated members who have held the seat for at least
 *     `reclaimDays` days (seat since ≤ asOf − reclaimDays).
 * Longest idle first (never activated counts as longest), then email.
 * Null when the model carries no member lists (team-grain mode).
 */
import type { SeatMember, SeatSignals } from '@/lib/metrics';
import { dayNumber } from '@/lib/metrics/days';

export interface ReclaimEntry extends SeatMember {
  reason: 'dormant' | 'never-activated';
  /** Days since the seat was first seen (null when unknown). */
  seatDays: number | null;
}

/** Example: reclaimDays 60, a member idle 75 days and one never active since 90 days ago → both listed. */
export function reclaimList(seats: SeatSignals, asOf: string): ReclaimEntry[] | null {
  if (!seats.dormant.members || !seats.neverActivated.members) return null;
  const days = seats.reclaimable.days;
  const at = dayNumber(asOf);
  const seatDays = (m: SeatMember) => (m.seatSince === null ? null : at - dayNumber(m.seatSince));
  const out: ReclaimEntry[] = [
    ...seats.neverActivated.members
      .filter((m) => (seatDays(m) ?? 0) >= days)
      .map((m) => ({ ...m, reason: 'never-activated' as const, seatDays: seatDays(m) })),
    ...seats.dormant.members
      .filter((m) => (m.idleDays ?? 0) >= days)
      .map((m) => ({ ...m, reason: 'dormant' as const, seatDays: seatDays(m) })),
  ];
  return out.sort(
    (a, b) =>
      (b.idleDays ?? Infinity) - (a.idleDays ?? Infinity) ||
      (a.email ?? '').localeCompare(b.email ?? '') ||
      a.memberId.localeCompare(b.memberId),
  );
}
