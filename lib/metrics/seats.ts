/**
 * Seat signals an admin acts on (the opposite of champions):
 * - **seat holder**: a member present in the `/users` rows of the latest
 *   stored day (inactive members are listed with all-zero metrics);
 * - **dormant**: a seat holder with activity before, but none in the last
 *   `dormantDays` days (idle days = asOf − last active day ≥ dormantDays);
 * - **never activated**: a seat holder with no activity in stored history
 *   (member record or rows), holding the seat for ≥ `activationGraceDays`;
 * - **reclaimable**: idle ≥ `reclaimDays`, or never activated after as long;
 * - **pending invites**: from the org's latest /summaries row (org only).
 * Without member records, "last active" reaches back only as far as the
 * rows in the activity index. Dormant, never-activated and reclaim counts need
 * member history over their whole window: while it is incomplete
 * (completeness.ts) they are held back (null, no lists) and `heldBack` says why.
 */
import { NO_DAY, type ActivityIndex } from '@/lib/metrics/activity-index';
import type { SeatRules } from '@/lib/metrics/config';
import { dayString } from '@/lib/metrics/days';
import type { ScopeMembers } from '@/lib/metrics/scopes';
import { inSeatOrder } from '@/lib/metrics/seat-order';

export interface SeatMember {
  memberId: string;
  email: string | null;
  lastActiveDay: string | null;
  /** Days since the last active day; null when never active. */
  idleDays: number | null;
  /** First day the member was seen holding a seat. */
  seatSince: string | null;
}

export interface SeatSignals {
  /** Null when no `/users` day is stored. */
  seatHolders: number | null;
  /** Counts are null while held back. */
  dormant: { days: number; count: number | null; members: SeatMember[] | null };
  neverActivated: { graceDays: number; count: number | null; members: SeatMember[] | null };
  reclaimable: { days: number; count: number | null; neverActivated: number | null };
  pendingInvites: number | null;
  /** Why dormant, never-activated and reclaim figures are held back, in words; null when shown. */
  heldBack: string | null;
}

/**
 * Member `g` of the index as a seat row. Not a closure made per member in the loop: run through
 * tsx (the benches), every closure made is also named (esbuild's keepNames), a cost per member.
 */
function seatMember(idx: ActivityIndex, g: number): SeatMember {
  const last = idx.lastActive[g]!;
  const first = idx.firstSeen[g]!;
  return {
    memberId: idx.memberIds[g]!,
    email: idx.emails[g] ?? null,
    lastActiveDay: last === NO_DAY ? null : dayString(last),
    idleDays: last === NO_DAY ? null : idx.asOf - last,
    seatSince: first === NO_DAY ? null : dayString(first),
  };
}

/**
 * Every dormant and never-activated seat holder of the index, each list in
 * seat order (seat-order.ts: longest idle first, then email, then id), with
 * the position of each member's row. Made once per index and rules: a scope's lists are
 * these filtered to its members (the order is total and the sort stable, so
 * filtering gives what sorting the scope's own rows gives).
 */
interface SeatList {
  rows: SeatMember[];
  /** Position of each member of the index in `rows`, -1 when not in the list. */
  at: Int32Array;
}

interface SeatLists {
  dormant: SeatList;
  never: SeatList;
}

const listsOfIndex = new WeakMap<ActivityIndex, Map<string, SeatLists>>();

function seatLists(idx: ActivityIndex, rules: SeatRules): SeatLists {
  const key = `${rules.dormantDays} ${rules.activationGraceDays}`;
  let byRules = listsOfIndex.get(idx);
  if (!byRules) listsOfIndex.set(idx, (byRules = new Map()));
  const kept = byRules.get(key);
  if (kept) return kept;
  const dormant: number[] = [];
  const never: number[] = [];
  if (idx.latestColumns >= 0)
    for (let g = 0; g < idx.memberIds.length; g += 1) {
      if (idx.lastSeen[g] !== idx.latestColumns) continue;
      const last = idx.lastActive[g]!;
      const first = idx.firstSeen[g]!;
      if (last === NO_DAY) {
        if ((first === NO_DAY ? 0 : idx.asOf - first) >= rules.activationGraceDays) never.push(g);
      } else if (idx.asOf - last >= rules.dormantDays) dormant.push(g);
    }
  const sorted = (list: number[], name: string): SeatList => {
    const order = inSeatOrder(idx, list, name);
    const at = new Int32Array(idx.memberIds.length).fill(-1);
    const rows: SeatMember[] = [];
    for (let i = 0; i < order.length; i += 1) {
      at[order[i]!] = i;
      rows.push(seatMember(idx, order[i]!));
    }
    return { rows, at };
  };
  const lists = { dormant: sorted(dormant, 'dormant'), never: sorted(never, 'never') };
  byRules.set(key, lists);
  return lists;
}

/** The rows of `list` of the members `scope` (in the list's order). */
function rowsIn(list: SeatList, scope: Int32Array): SeatMember[] {
  const at: number[] = [];
  for (let i = 0; i < scope.length; i += 1) {
    const p = list.at[scope[i]!]!;
    if (p >= 0) at.push(p);
  }
  const order = Int32Array.from(at).sort();
  const out: SeatMember[] = [];
  for (let i = 0; i < order.length; i += 1) out.push(list.rows[order[i]!]!);
  return out;
}

/**
 * Seat signals of a scope. `listMembers` false (team-grain mode) keeps the
 * counts and drops the member lists. Lists: longest idle first, then email.
 */
export function seatSignals(
  idx: ActivityIndex,
  scope: ScopeMembers,
  rules: SeatRules,
  pendingInvites: number | null,
  listMembers: boolean,
  heldBack: string | null = null,
): SeatSignals {
  let holders = 0;
  let reclaim = 0;
  let reclaimNever = 0;
  if (idx.latestColumns >= 0) {
    for (const g of scope.members) {
      if (idx.lastSeen[g] !== idx.latestColumns) continue;
      holders += 1;
      const last = idx.lastActive[g]!;
      const first = idx.firstSeen[g]!;
      const seatAge = first === NO_DAY ? 0 : idx.asOf - first;
      if (last === NO_DAY) {
        if (seatAge >= rules.reclaimDays) {
          reclaim += 1;
          reclaimNever += 1;
        }
      } else if (idx.asOf - last >= rules.reclaimDays) reclaim += 1;
    }
  }
  if (heldBack)
    return {
      seatHolders: idx.latestColumns >= 0 ? holders : null,
      dormant: { days: rules.dormantDays, count: null, members: null },
      neverActivated: { graceDays: rules.activationGraceDays, count: null, members: null },
      reclaimable: { days: rules.reclaimDays, count: null, neverActivated: null },
      pendingInvites,
      heldBack,
    };
  const lists = seatLists(idx, rules);
  const dormant = rowsIn(lists.dormant, scope.members);
  const never = rowsIn(lists.never, scope.members);
  return {
    seatHolders: idx.latestColumns >= 0 ? holders : null,
    dormant: {
      days: rules.dormantDays,
      count: dormant.length,
      members: listMembers ? dormant : null,
    },
    neverActivated: {
      graceDays: rules.activationGraceDays,
      count: never.length,
      members: listMembers ? never : null,
    },
    reclaimable: { days: rules.reclaimDays, count: reclaim, neverActivated: reclaimNever },
    pendingInvites,
    heldBack: null,
  };
}
