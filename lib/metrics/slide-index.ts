/**
 * **Sliding the activity index**: when a build's inputs differ from the last
 * build's (index-state.ts) only in some days, the new index is the last one
 * moved by the number of days `asOf` moved, with the changed days' bits
 * cleared and set again from their new records. A day's bit comes from that
 * day's record alone, so this is exact.
 *
 * Slid when: the same base numbering (base-registry identity), the same
 * index length and `asOf` the same or later by less than the length. A day
 * that changed (new after the last `asOf`, arrived late, re-fetched as
 * another record, no longer complete) is re-read; a changed day before the
 * last `asOf` and a day leaving the window must hold no id outside the base
 * (those are numbered in day order). Anything else (members or memberships
 * changed, `asOf` moving back) builds in full. The champion window sums are
 * the last sums plus the re-read days' when `asOf` did not move and no
 * champion day was re-fetched or dropped, else recomputed from the window
 * days' sparse champion inputs; features use the kept days of last use. The result equals a full build
 * (incremental-model.test.ts).
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { NO_DAY } from '@/lib/metrics/activity-index';
import { clearBitOfSets, shiftSetsDown } from '@/lib/metrics/bitset';
import type { DayColumnsInput } from '@/lib/metrics/history';
import {
  championOf,
  dayMap,
  digestOf,
  type BaseRegistry,
  type IndexMemo,
} from '@/lib/metrics/index-memo';
import {
  addChampionDay,
  emptyIndex,
  FEATURE_BITS,
  finishIndex,
  markDay,
  markFeatures,
  type MemberRecords,
} from '@/lib/metrics/index-state';

export interface SlideInput {
  base: BaseRegistry;
  records: MemberRecords;
  byDay: Map<number, DayColumnsInput>;
  asOf: number;
  length: number;
  championWindowDays: number;
}

function baseOnly(map: Int32Array | undefined, base: BaseRegistry): boolean {
  const n = base.ids.length;
  if (map) for (let i = 0; i < map.length; i += 1) if (map[i]! >= n) return false;
  return true;
}

/** The memo's last index slid to `input`, or null when it cannot be (then build in full). */
export function slideIndex(memo: IndexMemo, input: SlideInput): ActivityIndex | null {
  const state = memo.index;
  if (!state) return null;
  const prev = state.idx;
  const { base, records, byDay, asOf, length, championWindowDays } = input;
  const s = asOf - prev.asOf;
  if (state.base !== base || prev.length !== length || s < 0 || s >= length) return null;
  const first = asOf - length + 1;
  // Days before the last asOf whose record changed; days after it are all new.
  const changed: number[] = [];
  for (let n = first; n <= prev.asOf; n += 1)
    if (byDay.get(n) !== state.days.get(n)) {
      if (!baseOnly(state.maps.get(n), base)) return null;
      changed.push(n);
    }
  for (let n = prev.first; n < first; n += 1) if (!baseOnly(state.maps.get(n), base)) return null;
  const reread = (n: number) => n > prev.asOf || changed.includes(n);
  let added = 0;
  for (const n of byDay.keys()) if (n > prev.asOf) added += 1;
  if (added === 0 && changed.length === 0 && s === 0 && records === state.records)
    if (championWindowDays === state.championWindowDays) return prev;
  let memberIds = prev.memberIds;
  let memberIndex = prev.memberIndex;
  const slot = (id: string): number => {
    let g = memberIndex.get(id);
    if (g === undefined) {
      if (memberIndex === prev.memberIndex) {
        memberIds = memberIds.slice();
        memberIndex = new Map(memberIndex);
      }
      g = memberIds.length;
      memberIndex.set(id, g);
      memberIds.push(id);
    }
    return g;
  };
  const maps = new Map<number, Int32Array>();
  let previous: { ids: readonly string[]; map: Int32Array } | null = null;
  for (let n = first; n <= asOf; n += 1) {
    const d = byDay.get(n);
    if (!d) continue;
    const map: Int32Array = reread(n)
      ? dayMap(memo, base, d.memberIds, slot, previous)
      : state.maps.get(n)!;
    if (n <= prev.asOf && map !== state.maps.get(n) && !baseOnly(map, base)) return null;
    maps.set(n, map);
    previous = { ids: d.memberIds, map };
  }
  const idx = emptyIndex(asOf, length, championWindowDays, memberIds, memberIndex);
  const M = prev.memberIds.length;
  const W = idx.words;
  const sets = [...idx.active, idx.seen];
  [...prev.active, prev.seen].forEach((set, v) => {
    shiftSetsDown(set, sets[v]!, M, W, s);
    for (const n of changed) if (state.days.has(n)) clearBitOfSets(sets[v]!, M, W, n - first);
  });
  let featureDays = state.featureDays.map((days) => {
    const grown = new Int32Array(memberIds.length).fill(NO_DAY);
    grown.set(days);
    return grown;
  });
  // A re-fetched or dropped day of the last 30 can take a use away: they are all read again.
  const featuresAgain = changed.some((n) => n >= asOf - 29 && state.days.has(n));
  if (featuresAgain)
    featureDays = Array.from({ length: FEATURE_BITS }, () =>
      new Int32Array(memberIds.length).fill(NO_DAY),
    );
  // Unmoved, with no champion day taken away, the window sums only gain the re-read days.
  const sumsKept =
    s === 0 &&
    championWindowDays === state.championWindowDays &&
    !changed.some((n) => n - first >= idx.championStart && state.days.has(n));
  if (sumsKept) {
    idx.interactions.set(prev.interactions);
    idx.dailyMaxSkills.set(prev.dailyMaxSkills);
    idx.dailyMaxConnectors.set(prev.dailyMaxConnectors);
    idx.dailyMaxProjects.set(prev.dailyMaxProjects);
  }
  let recount = length - s;
  for (let n = first; n <= asOf; n += 1) {
    const d = byDay.get(n);
    const di = n - first;
    if (reread(n)) recount = Math.min(recount, di);
    if (!d) continue;
    const digest = reread(n) || (featuresAgain && n >= asOf - 29) ? digestOf(memo, d) : null;
    if (reread(n)) markDay(idx, di, digest!, maps.get(n)!);
    if (digest && n >= asOf - 29) markFeatures(featureDays, n, digest, maps.get(n)!);
    idx.available[di] = 1;
    idx.latestColumns = Math.max(idx.latestColumns, di);
    if (di < idx.championStart) memo.champions.delete(d);
    else if (!sumsKept || reread(n)) addChampionDay(idx, championOf(memo, d), maps.get(n)!);
  }
  finishIndex(idx, records, featureDays);
  memo.index = {
    idx,
    build: state.build + 1,
    from: state.build,
    shift: s,
    recount,
    base,
    records,
    championWindowDays,
    days: byDay,
    maps,
    featureDays,
  };
  return idx;
}
