/**
 * **Seat order**: the order of seat rows (seats.ts) — longest idle first
 * (never active before all), then email, then member id (both by
 * `localeCompare`), then index order, as a stable sort of the rows in index
 * order gives. It depends on each member's last active day, email and id,
 * not on the model's day, so a list sorted for one build stays sorted the
 * next for every member whose three are unchanged: only the members new to
 * the list are sorted and placed by binary search (a few hundred a day,
 * rather than every dormant seat compared by `localeCompare` each build).
 */
import { NO_DAY, type ActivityIndex } from '@/lib/metrics/activity-index';

/** The seat order of members `a` and `b` of `idx` (negative: `a` first). */
export function seatOrder(idx: ActivityIndex, a: number, b: number): number {
  const la = idx.lastActive[a]!;
  const lb = idx.lastActive[b]!;
  const byIdle = la === NO_DAY ? (lb === NO_DAY ? 0 : -1) : lb === NO_DAY ? 1 : la - lb;
  return (
    byIdle ||
    (idx.emails[a] ?? '').localeCompare(idx.emails[b] ?? '') ||
    idx.memberIds[a]!.localeCompare(idx.memberIds[b]!) ||
    a - b
  );
}

/** A list as sorted by the last build, with each row's keys then. */
interface Kept {
  order: Int32Array;
  lastActive: Int32Array;
  emails: (string | null)[];
  ids: string[];
}

const keptLists = new Map<string, Kept>();

/** Forgets every kept order (the next `inSeatOrder` of each list sorts it in full); for tests. */
export function forgetSeatOrders(): void {
  keptLists.clear();
}

/**
 * `members` (member indices of `idx`) in seat order. `list` names the list
 * (e.g. 'dormant'): its order is kept for the next build.
 */
export function inSeatOrder(
  idx: ActivityIndex,
  members: readonly number[],
  list: string,
): Int32Array {
  const n = idx.memberIds.length;
  const wanted = new Uint8Array(n);
  for (let i = 0; i < members.length; i += 1) wanted[members[i]!] = 1;
  const prev = keptLists.get(list);
  const kept: number[] = [];
  const { lastActive, emails, memberIds } = idx;
  if (prev)
    for (let i = 0; i < prev.order.length; i += 1) {
      const g = prev.order[i]!;
      if (
        g < n &&
        wanted[g] === 1 &&
        lastActive[g] === prev.lastActive[i] &&
        (emails[g] ?? null) === prev.emails[i] &&
        memberIds[g] === prev.ids[i]
      ) {
        kept.push(g);
        wanted[g] = 2; // placed
      }
    }
  const fresh: number[] = [];
  for (let i = 0; i < members.length; i += 1)
    if (wanted[members[i]!] === 1) fresh.push(members[i]!);
  fresh.sort((a, b) => seatOrder(idx, a, b));
  const order = new Int32Array(kept.length + fresh.length);
  let at = 0;
  let from = 0;
  for (const f of fresh) {
    // The first kept row after f (rows are distinct: the order is total).
    let lo = from;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (seatOrder(idx, kept[mid]!, f) < 0) lo = mid + 1;
      else hi = mid;
    }
    for (; from < lo; from += 1) order[at++] = kept[from]!;
    order[at++] = f;
  }
  for (; from < kept.length; from += 1) order[at++] = kept[from]!;
  // Plain loops: a mapping function per row (Array.from) costs more than the rows themselves.
  const keptLast = new Int32Array(order.length);
  const keptEmails = new Array<string | null>(order.length);
  const keptIds = new Array<string>(order.length);
  for (let i = 0; i < order.length; i += 1) {
    const g = order[i]!;
    keptLast[i] = lastActive[g]!;
    keptEmails[i] = emails[g] ?? null;
    keptIds[i] = memberIds[g]!;
  }
  keptLists.set(list, { order, lastActive: keptLast, emails: keptEmails, ids: keptIds });
  return order;
}
