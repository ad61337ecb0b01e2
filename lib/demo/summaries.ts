// /summaries rows (§5.2) computed from the same activity as /users, so the two agree exactly.
import { ensureBits, groupMask, wordsFor } from './bitsets';
import { dayStart } from './dates';
import { popcount } from './popcount';
import type { DemoOrg } from './org';
import { SLOT, SLOT_COUNT, type SeriesCounts } from './org-cache';
import type { SummaryRow } from './types';

/**
 * Daily / 7-day / 30-day distinct active counts for days from…upTo (`from` defaults to 0; the
 * result may cover more), optionally restricted to
 * members holding one of `groups` on the day they were active. Trailing windows include the
 * day itself and are cut at 2026-01-01 (so they undercount near the floor, like the API).
 * Algorithm: remember each member's latest active day; `cnt[e]` = members whose latest active
 * day is e; WAU(d) = Σ cnt[d-6..d] right after day d is processed. Linear in active member-days.
 * The walk starts 29 days before `from` (a 30-day window needs no earlier day), so the counts
 * of days ≥ `from` are exact and a recent window of a 100,000-member org costs ~60 days of
 * bitsets, not the whole history.
 */
export function seriesCounts(
  org: DemoOrg,
  upTo: number,
  groups: readonly number[] = [],
  from = 0,
): SeriesCounts {
  const key = [...groups].sort((a, b) => a - b).join(',');
  const cached = org.cache.series.get(key);
  if (cached && cached.upTo >= upTo && cached.from <= from) return cached;
  // Only the first series of a key is windowed: any later one is walked from day 0, so a
  // client paging back through history recomputes a key's series at most twice.
  const want = cached ? 0 : from;
  const start = Math.max(0, Math.min(want, upTo) - 29);
  const bits = ensureBits(org, upTo, start);
  const n = org.members.length;
  const words = wordsFor(n);
  const days = upTo + 1;
  const out: SeriesCounts = {
    daily: [],
    weekly: [],
    monthly: [],
    upTo,
    from: start === 0 ? 0 : start + 29,
  };
  const masks =
    groups.length > 0
      ? Array.from({ length: days }, (_, d) => (d < start ? null : groupMask(org, groups, d)))
      : null;
  for (let s = 0; s < SLOT_COUNT; s++) {
    const last = new Int32Array(n).fill(-1);
    const cnt = new Int32Array(days);
    const daily = new Int32Array(days);
    const weekly = new Int32Array(days);
    const monthly = new Int32Array(days);
    for (let d = start; d < days; d++) {
      const b = bits[s]![d]!;
      const mask = masks?.[d];
      let dau = 0;
      for (let w = 0; w < words; w++) {
        let x = b[w]!;
        if (mask) x &= mask[w]!;
        if (x === 0) continue;
        dau += popcount(x);
        while (x !== 0) {
          const low = x & -x;
          const i = (w << 5) + (31 - Math.clz32(low));
          const prev = last[i]!;
          if (prev >= 0) cnt[prev]!--;
          last[i] = d;
          cnt[d]!++;
          x ^= low;
        }
      }
      daily[d] = dau;
      let wk = 0;
      let mo = 0;
      for (let e = Math.max(start, d - 29); e <= d; e++) {
        mo += cnt[e]!;
        if (e >= d - 6) wk += cnt[e]!;
      }
      weekly[d] = wk;
      monthly[d] = mo;
    }
    out.daily.push(daily);
    out.weekly.push(weekly);
    out.monthly.push(monthly);
  }
  org.cache.series.set(key, out);
  return out;
}

/** Seats assigned on day `d`: members whose seat day is ≤ d. */
export function assignedSeats(org: DemoOrg, d: number): number {
  return seatSeries(org, d)[d]!;
}

const seatCache = new WeakMap<DemoOrg, { seats: Int32Array; pending: Int32Array }>();

function seatArrays(org: DemoOrg, upTo: number): { seats: Int32Array; pending: Int32Array } {
  const hit = seatCache.get(org);
  if (hit && hit.seats.length > upTo) return hit;
  // A year of headroom, so a series read day by day does not rebuild the arrays every day.
  const len = Math.max(0, upTo) + 367;
  const seatDelta = new Int32Array(len + 1);
  const pendDelta = new Int32Array(len + 1);
  const clampDay = (d: number): number => Math.min(len, Math.max(0, d));
  for (const m of org.members) {
    seatDelta[clampDay(m.seatDay)]!++;
    pendDelta[clampDay(m.inviteDay)]!++;
    pendDelta[clampDay(m.seatDay)]!--;
  }
  for (const p of org.pendingInvitees) {
    pendDelta[clampDay(p.inviteDay)]!++;
    pendDelta[clampDay(p.expiresDay)]!--;
  }
  const seats = new Int32Array(len);
  const pending = new Int32Array(len);
  let s = 0;
  let p = 0;
  for (let d = 0; d < len; d++) {
    s += seatDelta[d]!;
    p += pendDelta[d]!;
    seats[d] = s;
    pending[d] = p;
  }
  const out = { seats, pending };
  seatCache.set(org, out);
  return out;
}

/** Seats assigned per day, index = day, covering at least 0…upTo. */
export function seatSeries(org: DemoOrg, upTo: number): Int32Array {
  return seatArrays(org, upTo).seats;
}

/** Pending invitations on day `d`: invited, not yet accepted (members in their invite window, plus lapsing invitees). */
export function pendingInvites(org: DemoOrg, d: number): number {
  return seatArrays(org, d).pending[d]!;
}

/** X / seats × 100 rounded to 2 decimals; null when there are no seats. */
export function adoptionRate(active: number, seats: number): number | null {
  if (seats <= 0) return null;
  return Math.round((active * 10000) / seats) / 100;
}

/**
 * `/summaries` rows for days [from, to) (day indices). With `groups` (an `rbac_group_id`
 * filter, OR of the groups) counts are restricted to those members and the org-wide fields
 * (seats, pending invites, adoption rates, science entitlement) are null (§5.2).
 */
export function summaryRows(
  org: DemoOrg,
  from: number,
  to: number,
  groups: readonly number[] = [],
): SummaryRow[] {
  if (to <= from) return [];
  const series = seriesCounts(org, to - 1, groups, from);
  const scoped = groups.length > 0;
  const rows: SummaryRow[] = [];
  for (let d = from; d < to; d++) {
    const get = (s: number) =>
      [series.daily[s]![d]!, series.weekly[s]![d]!, series.monthly[s]![d]!] as const;
    const [dau, wau, mau] = get(SLOT.any);
    const seats = scoped ? null : assignedSeats(org, d);
    const product = (prefix: string, s: number): Record<string, number> => {
      const [a, b, c] = get(s);
      return {
        [`${prefix}_daily_active_user_count`]: a,
        [`${prefix}_weekly_active_user_count`]: b,
        [`${prefix}_monthly_active_user_count`]: c,
      };
    };
    rows.push({
      starting_at: dayStart(d),
      ending_at: dayStart(d + 1),
      daily_active_user_count: dau,
      weekly_active_user_count: wau,
      monthly_active_user_count: mau,
      assigned_seat_count: seats,
      pending_invite_count: scoped ? null : pendingInvites(org, d),
      daily_adoption_rate: seats === null ? null : adoptionRate(dau, seats),
      weekly_adoption_rate: seats === null ? null : adoptionRate(wau, seats),
      monthly_adoption_rate: seats === null ? null : adoptionRate(mau, seats),
      ...(product('cowork', SLOT.cowork) as Pick<
        SummaryRow,
        | 'cowork_daily_active_user_count'
        | 'cowork_weekly_active_user_count'
        | 'cowork_monthly_active_user_count'
      >),
      ...product('chat', SLOT.chat),
      ...product('claude_code', SLOT.code),
      ...product('office_agent', SLOT.office),
      ...product('claude_design', SLOT.design),
      science_daily_active_user_count: 0,
      science_weekly_active_user_count: 0,
      science_monthly_active_user_count: 0,
      science_entitled_user_count: scoped ? null : 0,
    });
  }
  return rows;
}
