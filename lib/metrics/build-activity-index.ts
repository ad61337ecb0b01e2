/**
 * Builds the activity index (activity-index.ts) from the stored per-day
 * `/users` columns: members are numbered once, each day's rows are mapped to
 * those numbers, and each day is read through its digest (day-digest.ts).
 * With a memo (index-memo.ts) kept between builds, digests, row maps and the
 * member numbering are reused: a new day costs one day's digest and a pass
 * over the digests, not a read of every column of every day.
 */
import { ANY, floorDay, NO_DAY, type ActivityIndex } from '@/lib/metrics/activity-index';
import { highestBit } from '@/lib/metrics/bitset';
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
  const words = Math.ceil(length / 32);
  const byDay = new Map<number, DayColumnsInput>();
  for (const d of history.days ?? []) {
    if (!d.complete) continue;
    const n = dayNumberOf(memo, d.day);
    if (n >= first && n <= asOf) byDay.set(n, d);
  }
  const base = baseRegistry(memo, history);
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
  const maps: Int32Array[] = [];
  let previous: { ids: readonly string[]; map: Int32Array } | null = null;
  for (const [, d] of days) {
    const map = dayMap(memo, base, d.memberIds, slot, previous);
    maps.push(map);
    previous = { ids: d.memberIds, map };
  }
  const M = memberIds.length;
  const idx: ActivityIndex = {
    asOf,
    first,
    length,
    words,
    available: new Uint8Array(length),
    missingPrefix: new Int32Array(length + 1),
    latestColumns: -1,
    memberIds,
    memberIndex,
    emails: new Array<string | null>(M).fill(null),
    firstSeen: new Int32Array(M).fill(NO_DAY),
    lastSeen: new Int32Array(M).fill(-1),
    lastActive: new Int32Array(M).fill(NO_DAY),
    active: Array.from({ length: ANY + 1 }, () => new Uint32Array(M * words)),
    championStart: length - Math.min(length, championWindowDays),
    interactions: new Float64Array(M),
    dailyMaxSkills: new Uint32Array(M),
    dailyMaxConnectors: new Uint32Array(M),
    dailyMaxProjects: new Uint32Array(M),
    features: new Uint8Array(M),
  };
  for (const m of history.members ?? []) {
    const g = memberIndex.get(m.id)!;
    idx.emails[g] = m.email;
    idx.firstSeen[g] = dayNumberOf(memo, m.firstSeenDay);
    if (m.lastActiveDay) idx.lastActive[g] = Math.min(asOf, dayNumberOf(memo, m.lastActiveDay));
  }
  days.forEach(([n, d], k) => {
    // A run of days with the same rows: first seen on its first day, last seen on its last.
    const map = maps[k]!;
    const di = n - first;
    if (map !== maps[k - 1]) markSeen(idx.firstSeen, map, first + di, true);
    if (map !== maps[k + 1]) markSeen(idx.lastSeen, map, di, false);
    scanDay(idx, di, d, map, memo);
  });
  for (let i = 0; i < length; i += 1) {
    const missing = idx.available[i] === 0 && first + i >= floorDay ? 1 : 0;
    idx.missingPrefix[i + 1] = idx.missingPrefix[i]! + missing;
  }
  const any = idx.active[ANY]!;
  for (let g = 0; g < M; g += 1) {
    const top = highestBit(any, g * words, words);
    if (top >= 0) idx.lastActive[g] = Math.max(idx.lastActive[g]!, first + top);
  }
  return idx;
}

/** First seen (`earliest`, a day number: the least) or last seen (an index: the latest) of a day's rows. */
function markSeen(seen: Int32Array, map: Int32Array, value: number, earliest: boolean): void {
  for (let i = 0; i < map.length; i += 1) {
    const g = map[i]!;
    if (!earliest)
      seen[g] = value; // days come in ascending order
    else if (seen[g] === NO_DAY || seen[g]! > value) seen[g] = value;
  }
}

function scanDay(
  idx: ActivityIndex,
  di: number,
  d: DayColumnsInput,
  map: Int32Array,
  memo: IndexMemo,
): void {
  idx.available[di] = 1;
  idx.latestColumns = Math.max(idx.latestColumns, di);
  const { words } = idx;
  const [s0, s1, s2, s3, s4, s5] = idx.active as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  const { active, features } = digestOf(memo, d);
  const word = di >>> 5;
  const bit = 1 << (di & 31);
  for (let i = 0; i < map.length; i += 1) {
    const a = active[i]!;
    if (a === 0) continue;
    const at = map[i]! * words + word;
    if (a & 1) s0[at]! |= bit;
    if (a & 2) s1[at]! |= bit;
    if (a & 4) s2[at]! |= bit;
    if (a & 8) s3[at]! |= bit;
    if (a & 16) s4[at]! |= bit;
    if (a & 32) s5[at]! |= bit; // ANY
  }
  if (di >= idx.length - 30) {
    for (let i = 0; i < map.length; i += 1) if (features[i]) idx.features[map[i]!]! |= features[i]!;
  }
  if (di < idx.championStart) {
    memo.champions.delete(d); // out of the window: its champion inputs are not kept
    return;
  }
  const c = championOf(memo, d);
  for (let j = 0; j < c.rows.length; j += 1) {
    const g = map[c.rows[j]!]!;
    idx.interactions[g]! += c.interactions[j]!;
    if (c.skills[j]! > idx.dailyMaxSkills[g]!) idx.dailyMaxSkills[g] = c.skills[j]!;
    if (c.connectors[j]! > idx.dailyMaxConnectors[g]!) idx.dailyMaxConnectors[g] = c.connectors[j]!;
    if (c.projects[j]! > idx.dailyMaxProjects[g]!) idx.dailyMaxProjects[g] = c.projects[j]!;
  }
}
