/**
 * Builds the activity index (activity-index.ts) from the stored per-day
 * `/users` columns: members are numbered once, each day's rows are mapped to
 * those numbers, and each day is read through its digest (day-digest.ts).
 * With a memo (index-memo.ts) kept between builds, digests, row maps and the
 * member numbering are reused, and when only new days came after the last
 * build the last index is slid forward (slide-index.ts): a new day costs that
 * day's rows and a pass over the members' bitsets, not a read of every day.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import type { DayColumnsInput, MetricsHistory } from '@/lib/metrics/history';
import {
  baseRegistry,
  championOf,
  createIndexMemo,
  dayMap,
  dayNumberOf,
  digestOf,
  type IndexMemo,
} from '@/lib/metrics/index-memo';
import {
  addChampionDay,
  emptyIndex,
  FEATURE_BITS,
  finishIndex,
  markDay,
  markFeatures,
  markSeen,
  memberRecords,
} from '@/lib/metrics/index-state';
import { NO_DAY } from '@/lib/metrics/activity-index';
import { slideIndex } from '@/lib/metrics/slide-index';

/** The complete day records of `history` in [first, asOf], by day number. */
function completeDays(
  history: MetricsHistory,
  memo: IndexMemo,
  first: number,
  asOf: number,
): Map<number, DayColumnsInput> {
  const byDay = new Map<number, DayColumnsInput>();
  for (const d of history.days ?? []) {
    if (!d.complete) continue;
    const n = dayNumberOf(memo, d.day);
    if (n >= first && n <= asOf) byDay.set(n, d);
  }
  return byDay;
}

/**
 * Builds the index for `lookbackDays` days ending at `asOf` (a day number).
 * Members come from rows, member records and group memberships (a member of
 * a group who never appears in rows is still a member, never active).
 */
export function buildActivityIndex(
  history: MetricsHistory,
  asOf: number,
  lookbackDays: number,
  championWindowDays: number,
  memo: IndexMemo = createIndexMemo(),
): ActivityIndex {
  const length = Math.max(1, lookbackDays);
  const first = asOf - length + 1;
  const byDay = completeDays(history, memo, first, asOf);
  const base = baseRegistry(memo, history);
  const records = memberRecords(memo, history, base);
  const slid = slideIndex(memo, { base, records, byDay, asOf, length, championWindowDays });
  if (slid) return slid;
  let memberIds = base.ids;
  let memberIndex = base.index;
  // Ids seen only in rows are numbered after the base, in day order (a copy: the base is shared).
  const slot = (id: string): number => {
    let g = memberIndex.get(id);
    if (g === undefined) {
      if (memberIndex === base.index) {
        memberIds = base.ids.slice();
        memberIndex = new Map(base.index);
      }
      g = memberIds.length;
      memberIndex.set(id, g);
      memberIds.push(id);
    }
    return g;
  };
  const days = [...byDay.entries()].sort((a, b) => a[0] - b[0]);
  const maps = new Map<number, Int32Array>();
  let previous: { ids: readonly string[]; map: Int32Array } | null = null;
  for (const [n, d] of days) {
    const map = dayMap(memo, base, d.memberIds, slot, previous);
    maps.set(n, map);
    previous = { ids: d.memberIds, map };
  }
  const idx = emptyIndex(asOf, length, championWindowDays, memberIds, memberIndex);
  const featureDays = Array.from({ length: FEATURE_BITS }, () =>
    new Int32Array(memberIds.length).fill(NO_DAY),
  );
  // Seen: once per run of days with the same rows (the same map), for every day of the run.
  let run = new Uint32Array(idx.words);
  days.forEach(([n], k) => {
    run[(n - first) >>> 5]! |= 1 << ((n - first) & 31);
    const map = maps.get(n)!;
    if (k + 1 < days.length && maps.get(days[k + 1]![0]) === map) return;
    markSeen(idx, run, map);
    run = new Uint32Array(idx.words);
  });
  for (const [n, d] of days) {
    const map = maps.get(n)!;
    const di = n - first;
    const digest = digestOf(memo, d);
    markDay(idx, di, digest, map, false);
    if (di >= length - 30) markFeatures(featureDays, n, digest, map);
    if (di < idx.championStart)
      memo.champions.delete(d); // out of the window: its champion inputs are not kept
    else addChampionDay(idx, championOf(memo, d), map);
  }
  finishIndex(idx, records, featureDays);
  memo.index = {
    idx,
    build: (memo.index?.build ?? 0) + 1,
    from: null,
    shift: 0,
    recount: 0,
    base,
    records,
    championWindowDays,
    days: byDay,
    maps,
    featureDays,
  };
  return idx;
}
