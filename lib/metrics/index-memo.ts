/**
 * **Index memo**: the per-day aggregates behind the activity index, kept
 * between builds so a new day (or a settings change) costs work for what
 * changed, not members × days (issue 12 item 2).
 *
 * The memo is an explicit input of `buildActivityIndex`, keyed by input
 * identity: a day's digest (day-digest.ts) is computed once per
 * `DayColumnsInput` object, a day's row → member map once per `memberIds`
 * array, and the member numbering (members, then membership ids) is reused
 * while the members and memberships list the same ids in the same order.
 * The last index and its active counts are kept too: a build whose inputs
 * differ from the last only by new days slides them (slide-index.ts,
 * slide-counts.ts).
 * Results never depend on what the memo holds: a fresh memo gives the same
 * index (index-memo.test.ts, incremental-model.test.ts).
 */
import { championDay, dayDigest, type ChampionDay, type DayDigest } from '@/lib/metrics/day-digest';
import { dayNumber } from '@/lib/metrics/days';
import type { DayColumnsInput, MetricsHistory } from '@/lib/metrics/history';
import type { IndexState } from '@/lib/metrics/index-state';
import type { PartsMemo } from '@/lib/metrics/parts-memo';
import type { KeptCounts } from '@/lib/metrics/slide-counts';

/** Members numbered from the member records, then the membership snapshots (first sight wins). */
export interface BaseRegistry {
  ids: string[];
  index: Map<string, number>;
  /** The member ids and membership lists it was last checked against (cheap to compare again). */
  from?: { members: readonly string[]; lists: (readonly string[])[] };
}

export interface IndexMemo {
  digests: WeakMap<DayColumnsInput, DayDigest>;
  champions: WeakMap<DayColumnsInput, ChampionDay>;
  base: BaseRegistry | null;
  /** Row → member maps of days whose every id is in `base`. */
  dayMaps: WeakMap<readonly string[], { base: BaseRegistry; map: Int32Array }>;
  dayNumbers: Map<string, number>;
  /** The last index built and what it was built from (index-state.ts, slide-index.ts). */
  index: IndexState | null;
  /** The last active counts per scope (slide-counts.ts). */
  counts: KeptCounts | null;
  /** What champions, name keys and group membership keep between builds (parts-memo.ts, modelB). */
  parts?: PartsMemo;
}

/** An empty memo (what a build without one uses). */
export function createIndexMemo(): IndexMemo {
  return {
    digests: new WeakMap(),
    champions: new WeakMap(),
    base: null,
    dayMaps: new WeakMap(),
    dayNumbers: new Map(),
    index: null,
    counts: null,
  };
}

export function digestOf(memo: IndexMemo, d: DayColumnsInput): DayDigest {
  if (d.digest) return d.digest;
  let x = memo.digests.get(d);
  if (!x) memo.digests.set(d, (x = dayDigest(d)));
  return x;
}

export function championOf(memo: IndexMemo, d: DayColumnsInput): ChampionDay {
  if (d.champion) return d.champion;
  let x = memo.champions.get(d);
  if (!x) memo.champions.set(d, (x = championDay(d)));
  return x;
}

/** `dayNumber` of a `YYYY-MM-DD` day, remembered (member records repeat a few days many times). */
export function dayNumberOf(memo: IndexMemo, day: string): number {
  let n = memo.dayNumbers.get(day);
  if (n === undefined) {
    n = dayNumber(day);
    if (memo.dayNumbers.size > 10_000) memo.dayNumbers.clear();
    memo.dayNumbers.set(day, n);
  }
  return n;
}

/** Calls `visit` with every base id in numbering order: member records, then membership ids. */
function eachBaseId(history: MetricsHistory, visit: (id: string) => boolean): boolean {
  for (const m of history.members ?? []) if (!visit(m.id)) return false;
  for (const s of history.memberships ?? [])
    for (let i = 0; i < s.memberIds.length; i += 1) if (!visit(s.memberIds[i]!)) return false;
  return true;
}

/** True when numbering `history`'s base ids afresh would give exactly `base`. */
function sameBase(base: BaseRegistry, history: MetricsHistory): boolean {
  let next = 0;
  const { ids, index } = base;
  const same = eachBaseId(history, (id) => {
    if (next < ids.length && ids[next] === id) {
      next += 1; // the common case, without a lookup
      return true;
    }
    const g = index.get(id);
    return g !== undefined && g < next;
  });
  return same && next === ids.length;
}

/** True when `history` lists the same member and membership ids as `from`, in the same order. */
function sameInputs(from: BaseRegistry['from'], history: MetricsHistory): boolean {
  const members = history.members ?? [];
  const lists = history.memberships ?? [];
  if (!from || from.members.length !== members.length || from.lists.length !== lists.length)
    return false;
  for (let i = 0; i < members.length; i += 1) if (members[i]!.id !== from.members[i]) return false;
  return lists.every((s, i) => sameIds(s.memberIds, from.lists[i]!));
}

/** The base numbering of `history`: the memo's when it still holds, else a new one (remembered). */
export function baseRegistry(memo: IndexMemo, history: MetricsHistory): BaseRegistry {
  const kept = memo.base;
  if (kept && sameInputs(kept.from, history)) return kept;
  if (kept && sameBase(kept, history)) {
    kept.from = {
      members: (history.members ?? []).map((m) => m.id),
      lists: (history.memberships ?? []).map((s) => s.memberIds),
    };
    return kept;
  }
  const ids: string[] = [];
  const index = new Map<string, number>();
  eachBaseId(history, (id) => {
    if (!index.has(id)) {
      index.set(id, ids.length);
      ids.push(id);
    }
    return true;
  });
  memo.base = {
    ids,
    index,
    from: {
      members: (history.members ?? []).map((m) => m.id),
      lists: (history.memberships ?? []).map((s) => s.memberIds),
    },
  };
  return memo.base;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Row → member map of a day's `memberIds`. `slot` numbers an id (adding
 * ids not in `base` after it, in the order met); `previous` is the day
 * before's ids and map, reused when the ids are the same.
 */
export function dayMap(
  memo: IndexMemo,
  base: BaseRegistry,
  memberIds: readonly string[],
  slot: (id: string) => number,
  previous: { ids: readonly string[]; map: Int32Array } | null,
): Int32Array {
  const cached = memo.dayMaps.get(memberIds);
  if (cached && cached.base === base) return cached.map;
  let map: Int32Array;
  if (previous && sameIds(previous.ids, memberIds)) map = previous.map;
  else {
    map = new Int32Array(memberIds.length);
    for (let i = 0; i < map.length; i += 1) map[i] = slot(memberIds[i]!);
  }
  let baseOnly = true;
  for (let i = 0; i < map.length && baseOnly; i += 1)
    if (map[i]! >= base.ids.length) baseOnly = false;
  if (baseOnly) memo.dayMaps.set(memberIds, { base, map });
  return map;
}
