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

/** Seat status bits of a member (`SeatTable.status`). */
const HOLDER = 1;
const RECLAIM = 2;
const RECLAIM_NEVER = 4;
const DORMANT = 8;
const NEVER = 16;

/**
 * A seat list of the index in seat order (seat-order.ts: longest idle first,
 * then email, then id). A scope's list is this one filtered to its members
 * (the order is total and the sort stable, so filtering gives what sorting
 * the scope's own rows gives).
 */
interface SeatList {
  rows: SeatMember[];
}

/**
 * Per index and seat rules: each member's seat status (bits HOLDER, RECLAIM,
 * RECLAIM_NEVER, DORMANT, NEVER; 0 for a member who holds no seat), made in
 * one pass so that a scope's counts are one read per member, and the
 * dormant and never-activated lists, made when first asked for.
 */
interface SeatTable {
  status: Uint8Array;
  lists: SeatLists | null;
  dormant: number[];
  never: number[];
}

interface SeatLists {
  dormant: SeatList;
  never: SeatList;
  /** Position of each listed member in its list (0 for members in neither). */
  at: Int32Array;
}

const tablesOfIndex = new WeakMap<ActivityIndex, Map<string, SeatTable>>();

function seatTable(idx: ActivityIndex, rules: SeatRules): SeatTable {
  const key = `${rules.dormantDays} ${rules.activationGraceDays} ${rules.reclaimDays}`;
  let byRules = tablesOfIndex.get(idx);
  if (!byRules) tablesOfIndex.set(idx, (byRules = new Map()));
  const kept = byRules.get(key);
  if (kept) return kept;
  const n = idx.memberIds.length;
  const status = new Uint8Array(n);
  const dormant: number[] = [];
  const never: number[] = [];
  const { lastSeen, lastActive, firstSeen, asOf, latestColumns } = idx;
  const { dormantDays, activationGraceDays, reclaimDays } = rules;
  if (latestColumns >= 0)
    for (let g = 0; g < n; g += 1) {
      if (lastSeen[g] !== latestColumns) continue;
      const last = lastActive[g]!;
      let st = HOLDER;
      if (last === NO_DAY) {
        const first = firstSeen[g]!;
        const seatAge = first === NO_DAY ? 0 : asOf - first;
        if (seatAge >= reclaimDays) st |= RECLAIM | RECLAIM_NEVER;
        if (seatAge >= activationGraceDays) {
          st |= NEVER;
          never.push(g);
        }
      } else {
        if (asOf - last >= reclaimDays) st |= RECLAIM;
        if (asOf - last >= dormantDays) {
          st |= DORMANT;
          dormant.push(g);
        }
      }
      status[g] = st;
    }
  const table: SeatTable = { status, lists: null, dormant, never };
  byRules.set(key, table);
  return table;
}

/**
 * The table's lists, sorted on first use (seat-order.ts keeps each order for
 * the next build), and each listed member's position in its list (a member
 * is in one list at most: dormant members have been active, never-activated
 * ones not).
 */
function seatLists(idx: ActivityIndex, table: SeatTable): SeatLists {
  if (table.lists) return table.lists;
  const at = new Int32Array(idx.memberIds.length);
  const sorted = (list: number[], name: string): SeatList => {
    const order = inSeatOrder(idx, list, name);
    const rows: SeatMember[] = new Array<SeatMember>(order.length);
    for (let i = 0; i < order.length; i += 1) {
      const g = order[i]!;
      at[g] = i;
      rows[i] = seatMember(idx, g);
    }
    return { rows };
  };
  table.lists = {
    dormant: sorted(table.dormant, 'dormant'),
    never: sorted(table.never, 'never'),
    at,
  };
  return table.lists;
}

/** The rows of `list` at `positions` (ascending after sorting); the whole list when it is all of them. */
function rowsAt(list: SeatList, positions: number[]): SeatMember[] {
  if (positions.length === list.rows.length) return list.rows.slice();
  const order = Int32Array.from(positions).sort();
  const out: SeatMember[] = new Array<SeatMember>(order.length);
  for (let i = 0; i < order.length; i += 1) out[i] = list.rows[order[i]!]!;
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
  const table = seatTable(idx, rules);
  const { status } = table;
  const members = scope.members;
  // Shown, the lists are read in the same pass as the counts (positions in the index's lists).
  const lists = heldBack ? null : seatLists(idx, table);
  const at = lists ? lists.at : null;
  const dormantAt: number[] = [];
  const neverAt: number[] = [];
  let holders = 0;
  let reclaim = 0;
  let reclaimNever = 0;
  for (let i = 0; i < members.length; i += 1) {
    const g = members[i]!;
    const st = status[g]!;
    if (st === 0) continue;
    holders += 1;
    if (st & RECLAIM) reclaim += 1;
    if (st & RECLAIM_NEVER) reclaimNever += 1;
    if (at && st & DORMANT) dormantAt.push(at[g]!);
    else if (at && st & NEVER) neverAt.push(at[g]!);
  }
  if (!lists)
    return {
      seatHolders: idx.latestColumns >= 0 ? holders : null,
      dormant: { days: rules.dormantDays, count: null, members: null },
      neverActivated: { graceDays: rules.activationGraceDays, count: null, members: null },
      reclaimable: { days: rules.reclaimDays, count: null, neverActivated: null },
      pendingInvites,
      heldBack,
    };
  const dormant = rowsAt(lists.dormant, dormantAt);
  const never = rowsAt(lists.never, neverAt);
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
