/**
 * **Completeness**: whether the per-member history a figure reads covers its
 * window. Nothing partial is stated as fact.
 *
 * A window of member activity (the N days ending on the model's day) is
 * *complete* when every one of its days since the 2026-01-01 data floor has
 * its per-member rows stored complete — a partially fetched day never counts.
 * During a first sync days arrive newest first, so for a while only the latest
 * days are in. While the window a part needs is incomplete, that part is
 * either computed from complete sources or held back, and says which:
 *
 * - adoption figures: from the API's own totals for the window (`/summaries`
 *   for the org and each group, the group rollups of `/users`);
 * - feature use per team: from the 30-day per-member rollup (range-mode
 *   `/users`), else the group totals, which can only tell "nobody used it";
 *   otherwise unknown, and no suggestion is made from it;
 * - champions (their score counts active days): held back;
 * - seat signals (dormant, never activated, reclaim): held back.
 *
 * A group's members are known once a membership snapshot is stored (or the
 * team comes from an imported org chart); before that its member-based
 * figures are unknown, not zero.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { floorDay } from '@/lib/metrics/activity-index';

export interface WindowCoverage {
  /** Length of the window, in days, ending on the model's day. */
  days: number;
  /** Days of the window on or after the data floor (the days that can hold rows). */
  needed: number;
  /** Of those, days with complete per-member rows. */
  present: number;
  complete: boolean;
}

/**
 * Coverage of the `days`-day window ending on day number `lastDay`, where
 * `has(day)` says whether a day's member rows are stored complete. Example: a
 * 30-day window ending 2026-11-24 with member rows for 2026-11-13…24 →
 * { days: 30, needed: 30, present: 12, complete: false }; a 30-day window
 * ending 2026-01-10 needs only the 10 days since the floor.
 */
export function windowCoverage(
  lastDay: number,
  days: number,
  has: (day: number) => boolean,
): WindowCoverage {
  let needed = 0;
  let present = 0;
  for (let day = lastDay; day > lastDay - days && day >= floorDay; day -= 1) {
    needed += 1;
    if (has(day)) present += 1;
  }
  return { days, needed, present, complete: present === needed };
}

/**
 * Which days have complete member rows: those the activity index scanned, and
 * every day the history lists as stored (`memberDaysStored`, which reaches
 * further back than the rows loaded for the index).
 */
export function memberDayLookup(
  idx: ActivityIndex,
  memberDaysStored: readonly number[] | undefined,
): (day: number) => boolean {
  const stored = new Set(memberDaysStored ?? []);
  return (day) => {
    const i = day - idx.first;
    return (i >= 0 && i < idx.length && idx.available[i] === 1) || stored.has(day);
  };
}

/** How a figure, feature count or suggestion was obtained. */
export type Basis = 'members' | 'totals';

/** Words for a suggestion or figure computed from the org's or a group's totals, shown beside it on every surface. */
export const totalsWords = (whose: 'org' | 'group') =>
  `from ${whose} totals while member history syncs`;

export interface Completeness {
  /** The 30-day window of monthly figures, feature use and suggestions. */
  monthly: WindowCoverage;
  /** The champion window (champion rules' `windowDays`). */
  champions: WindowCoverage;
  /** The seat-reclaim window (seat rules' `reclaimDays`): dormant, never activated, reclaim. */
  seats: WindowCoverage;
  /** False for a group whose members are not synced yet (always true for the org). */
  membersKnown: boolean;
  /** What is held back or taken from totals, in words; null when nothing is. */
  note: string | null;
}

/** The sentence a surface shows while some part of a scope's model is not member-based. */
export function completenessNote(
  c: Omit<Completeness, 'note'>,
  scopeName: string | null,
): string | null {
  const parts: string[] = [];
  if (!c.membersKnown)
    parts.push(
      `Who is in ${scopeName ?? 'this team'} is not synced yet: its figures come from the API's group totals, and nothing is computed from its members.`,
    );
  if (!c.monthly.complete)
    parts.push(
      `Member activity is synced for ${c.monthly.present} of the last ${c.monthly.needed} days: adoption figures come from the API's org and group totals, and team feature gaps only from group totals.`,
    );
  if (!c.champions.complete)
    parts.push(
      `Champions are held back until ${c.champions.needed} days of member activity are in (${c.champions.present} so far).`,
    );
  if (!c.seats.complete)
    parts.push(
      `Seat signals (dormant, never activated, reclaim) are held back until ${c.seats.needed} days are in (${c.seats.present} so far).`,
    );
  return parts.length ? parts.join(' ') : null;
}
