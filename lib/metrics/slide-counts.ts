/**
 * **Sliding the active counts** (adoption-counts.ts) with the index
 * (slide-index.ts). The count of day d for a window of w days depends only
 * on the scope's members' bits in [d−w+1, d] (cut at the index's first day),
 * so when the index was slid by s days and a scope's members are the same
 * (or the same plus members new to the index, who have no earlier bits):
 *
 * - a day whose window is cut at the first day (d < w−1) counts the members
 *   whose first active day is ≤ d;
 * - a day with a whole window before the first day the slide re-read (new,
 *   late or re-fetched: `recount`) keeps the last count of day d+s;
 *   with s = 0 that holds for cut windows too;
 * - a day from `recount` on (at most 14 days, else all is counted in full)
 *   counts the members whose latest active day ≤ d is within the window.
 *
 * With `weekdaysOnly` only weekday bits count (a weekday is a weekday
 * whatever the shift). Other scopes, a changed `weekdaysOnly` or an index not
 * slid from the one counted last are counted in full. Equal to
 * `countActives` (incremental-model.test.ts).
 */
import { ANY, type ActivityIndex } from '@/lib/metrics/activity-index';
import { countActives, SLOTS, slotOf, windowDays } from '@/lib/metrics/adoption-counts';
import { isWeekday } from '@/lib/metrics/days';
import type { IndexMemo } from '@/lib/metrics/index-memo';
import type { ScopeMembers } from '@/lib/metrics/scopes';

/** The counts of the last build, per scope id, with the number of the index they count (-1: not the memo's). */
export interface KeptCounts {
  build: number;
  /** Members of that index (later members are new to the index). */
  memberCount: number;
  weekdaysOnly: boolean;
  scopes: Map<string, { members: Int32Array; counts: Uint32Array }>;
}

const V = ANY + 1;
/** Lowest bits that matter for days whose window is cut (d < 29); 255 = none. */
const EARLY = windowDays[windowDays.length - 1]! - 1;
const NONE = 255;

/** True when `now` lists `before`'s members, then only members numbered from `M` on. */
function extendsMembers(before: Int32Array, now: Int32Array, M: number): boolean {
  if (now.length < before.length) return false;
  for (let i = 0; i < before.length; i += 1) if (now[i] !== before[i]) return false;
  for (let i = before.length; i < now.length; i += 1) if (now[i]! < M) return false;
  return true;
}

/** `countActives` for `scopes`, sliding the memo's last counts where it can; keeps these counts. */
export function countActivesKept(
  idx: ActivityIndex,
  scopes: readonly ScopeMembers[],
  weekdaysOnly: boolean,
  memo?: IndexMemo,
): Uint32Array[] {
  if (!memo) return countActives(idx, scopes, weekdaysOnly);
  const kept = memo.counts;
  const state = memo.index;
  let shift = -1;
  let recount = idx.length;
  const build = state?.idx === idx ? state.build : -1;
  if (kept && kept.weekdaysOnly === weekdaysOnly && build > 0) {
    if (kept.build === build) shift = 0;
    else if (state!.from === kept.build && idx.length - state!.recount <= 14) {
      shift = state!.shift;
      recount = state!.recount;
    }
  }
  const before = shift < 0 ? [] : scopes.map((s) => kept!.scopes.get(s.id));
  const M = kept?.memberCount ?? 0;
  const slid = scopes.filter((s, i) => {
    const b = before[i];
    return b !== undefined && extendsMembers(b.members, s.members, M);
  });
  const full = scopes.filter((s) => !slid.includes(s));
  const fullCounts = full.length === 0 ? [] : countActives(idx, full, weekdaysOnly);
  const slidCounts =
    recount === idx.length
      ? slid.map((s) => kept!.scopes.get(s.id)!.counts)
      : slideCounts(idx, shift, recount, slid, (s) => kept!.scopes.get(s.id)!.counts, weekdaysOnly);
  const out = scopes.map((s) =>
    slid.includes(s) ? slidCounts[slid.indexOf(s)]! : fullCounts[full.indexOf(s)]!,
  );
  memo.counts = {
    build,
    memberCount: idx.memberIds.length,
    weekdaysOnly,
    scopes: new Map(scopes.map((s, i) => [s.id, { members: s.members, counts: out[i]! }])),
  };
  return out;
}

/**
 * Per member: per variant the lowest active bit when < EARLY (`lows`, NONE
 * if not; `anyLow` false when every one is NONE), and per re-counted day a code of 2 bits per variant (`codes`):
 * 3 active on the day, 2 within its 7 days, 1 within its 30 days, 0 not.
 */
function memberCodes(idx: ActivityIndex, days: number[], weekdaysOnly: boolean, early: boolean) {
  const { words: W, length: L } = idx;
  const M = idx.memberIds.length;
  const mask = new Uint32Array(W);
  for (let d = 0; d < L; d += 1)
    if (!weekdaysOnly || isWeekday(idx.first + d)) mask[d >>> 5]! |= 1 << (d & 31);
  const earlyBits = early ? mask[0]! & ((1 << EARLY) - 1) : 0;
  const lows = new Uint8Array(M * V).fill(NONE);
  let anyLow = false;
  const codes = days.map(() => new Uint16Array(M));
  for (let v = 0; v < V; v += 1) {
    const set = idx.active[v]!;
    for (let g = 0; g < M && earlyBits !== 0; g += 1) {
      const x0 = set[g * W]! & earlyBits;
      if (x0 !== 0) {
        lows[g * V + v] = 31 - Math.clz32(x0 & -x0);
        anyLow = true;
      }
    }
    for (let k = 0; k < days.length; k += 1) {
      const d = days[k]!;
      const code = codes[k]!;
      const top = d >>> 5;
      const stop = Math.max(0, d - 29) >>> 5;
      const topMask = mask[top]! & ((d & 31) === 31 ? -1 : (1 << ((d & 31) + 1)) - 1);
      for (let g = 0; g < M; g += 1) {
        const off = g * W;
        let w = top;
        let x = set[off + w]! & topMask;
        while (x === 0 && w > stop) {
          w -= 1;
          x = set[off + w]! & mask[w]!;
        }
        if (x === 0) continue;
        const h = w * 32 + 31 - Math.clz32(x);
        const level = h === d ? 3 : h >= d - 6 ? 2 : h >= d - 29 ? 1 : 0;
        code[g]! |= level << (2 * v);
      }
    }
  }
  return { lows, anyLow, codes };
}

function slideCounts(
  idx: ActivityIndex,
  shift: number,
  firstNew: number,
  scopes: readonly ScopeMembers[],
  before: (s: ScopeMembers) => Uint32Array,
  weekdaysOnly: boolean,
): Uint32Array[] {
  const days = Array.from({ length: idx.length - firstNew }, (_, k) => firstNew + k);
  // Unmoved (shift 0), the last counts hold for every day before `firstNew`, cut windows too.
  const early = shift > 0 && firstNew > 0;
  const { lows, anyLow, codes } = memberCodes(idx, days, weekdaysOnly, early);
  const out: Uint32Array[] = [];
  for (const scope of scopes)
    out.push(
      scopeCounts(
        idx.length,
        scope.members,
        before(scope),
        shift,
        firstNew,
        early,
        anyLow ? lows : null,
        codes,
      ),
    );
  return out;
}

const CODES = 1 << (2 * V);

/** One scope's counts (see the module comment), from the member codes. */
function scopeCounts(
  L: number,
  members: Int32Array,
  old: Uint32Array,
  shift: number,
  firstNew: number,
  early: boolean,
  lows: Uint8Array | null,
  codes: Uint16Array[],
): Uint32Array {
  // Without lows (no member active in the first days, e.g. an index reaching before the
  // history) every count stays 0: the pass over the scope's members is skipped.
  const lowCount = new Int32Array(V * EARLY);
  for (let i = 0; i < members.length && early && lows; i += 1) {
    const at = members[i]! * V;
    for (let v = 0; v < V; v += 1) {
      const lo = lows[at + v]!;
      if (lo !== NONE) lowCount[v * EARLY + lo]! += 1;
    }
  }
  // Per re-counted day, variant and level: the members at that level.
  const levels = codes.map((code) => {
    const n = new Int32Array(CODES);
    for (let i = 0; i < members.length; i += 1) n[code[members[i]!]!]! += 1;
    const out = new Int32Array(V * 4);
    for (let c = 0; c < CODES; c += 1) {
      const x = n[c]!;
      if (x !== 0) for (let v = 0; v < V; v += 1) out[v * 4 + ((c >>> (2 * v)) & 3)]! += x;
    }
    return out;
  });
  const counts = new Uint32Array(SLOTS * L);
  for (let v = 0; v < V; v += 1)
    for (let wi = 0; wi < windowDays.length; wi += 1) {
      const w = windowDays[wi]!;
      const at = slotOf(v, wi) * L;
      let firstActive = 0; // members whose first active day is ≤ d
      for (let d = 0; d < L; d += 1) {
        if (d < EARLY) firstActive += lowCount[v * EARLY + d]!;
        if (d < firstNew) counts[at + d] = d < w - 1 && early ? firstActive : old[at + d + shift]!;
        else {
          const n = levels[d - firstNew]!;
          let c = 0;
          for (let level = 3 - wi; level <= 3; level += 1) c += n[v * 4 + level]!;
          counts[at + d] = c;
        }
      }
    }
  return counts;
}
