/**
 * **Index state**: what a build of the activity index leaves in the memo
 * (index-memo.ts) so the next build can slide the index forward instead of
 * reading every day again (slide-index.ts), and the per-day steps the full
 * build (build-activity-index.ts) and the slide share.
 *
 * - `featureDays[b][g]`: the latest day number (of the last 30 days of the
 *   index) member g used FEATURE bit 1 << b, NO_DAY when none. A member's
 *   `features` are the bits whose day is within the last 30 days of `asOf`,
 *   so a slide only writes the new days' uses.
 * - `records`: emails and day numbers of the member records, kept while the
 *   records list the same ids, emails and days and the base numbering is the
 *   same object.
 */
import { ANY, floorDay, NO_DAY, type ActivityIndex } from '@/lib/metrics/activity-index';
import { highestBit } from '@/lib/metrics/bitset';
import type { ChampionDay, DayDigest } from '@/lib/metrics/day-digest';
import type { DayColumnsInput, MemberInput, MetricsHistory } from '@/lib/metrics/history';
import { dayNumberOf, type BaseRegistry, type IndexMemo } from '@/lib/metrics/index-memo';

/** Feature bits in `featureDays` order (FEATURE.connectors, skills, projects). */
export const FEATURE_BITS = 3;

export interface MemberRecords {
  members: readonly MemberInput[] | undefined;
  base: BaseRegistry;
  /** Per base member: email, first seen day and last active day (NO_DAY when none). */
  emails: (string | null)[];
  firstSeen: Int32Array;
  lastActive: Int32Array;
}

export interface IndexState {
  idx: ActivityIndex;
  /** This build's number in the memo (1, 2, …). */
  build: number;
  /**
   * The number of the build this index was slid from (null when built in
   * full) and by how many days: a number, so the last index is not held.
   */
  from: number | null;
  shift: number;
  /** The first day index whose active counts may differ from `from`'s moved by `shift`. */
  recount: number;
  base: BaseRegistry;
  records: MemberRecords;
  championWindowDays: number;
  /** The complete day records read, by day number, and their row → member maps. */
  days: Map<number, DayColumnsInput>;
  maps: Map<number, Int32Array>;
  featureDays: Int32Array[];
}

/** True when both list the same records (a store reads them back as new objects each build). */
function sameRecords(
  a: readonly MemberInput[] | undefined,
  b: readonly MemberInput[] | undefined,
): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.id !== y.id || x.email !== y.email || x.firstSeenDay !== y.firstSeenDay) return false;
    if (x.lastActiveDay !== y.lastActiveDay) return false;
  }
  return true;
}

/** The member records of `history` numbered by `base` (the memo's while the inputs are the same). */
export function memberRecords(
  memo: IndexMemo,
  history: MetricsHistory,
  base: BaseRegistry,
): MemberRecords {
  const kept = memo.index?.records;
  if (kept && kept.base === base && sameRecords(kept.members, history.members)) {
    kept.members = history.members; // the next build compares with these first
    return kept;
  }
  const n = base.ids.length;
  const records: MemberRecords = {
    members: history.members,
    base,
    emails: new Array<string | null>(n).fill(null),
    firstSeen: new Int32Array(n).fill(NO_DAY),
    lastActive: new Int32Array(n).fill(NO_DAY),
  };
  (history.members ?? []).forEach((m, i) => {
    const g = base.ids[i] === m.id ? i : base.index.get(m.id)!;
    records.emails[g] = m.email;
    records.firstSeen[g] = dayNumberOf(memo, m.firstSeenDay);
    if (m.lastActiveDay) records.lastActive[g] = dayNumberOf(memo, m.lastActiveDay);
  });
  return records;
}

/** An index of `M` members with nothing read yet (what the full build and the slide fill). */
export function emptyIndex(
  asOf: number,
  length: number,
  championWindowDays: number,
  memberIds: string[],
  memberIndex: Map<string, number>,
): ActivityIndex {
  const M = memberIds.length;
  const words = Math.ceil(length / 32);
  return {
    asOf,
    first: asOf - length + 1,
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
    seen: new Uint32Array(M * words),
    championStart: length - Math.min(length, championWindowDays),
    interactions: new Float64Array(M),
    dailyMaxSkills: new Uint32Array(M),
    dailyMaxConnectors: new Uint32Array(M),
    dailyMaxProjects: new Uint32Array(M),
    features: new Uint8Array(M),
  };
}

/**
 * Sets day `di`'s active bits (per product and ANY) from its digest, and its
 * seen bits unless `seenToo` is false (the full build sets those per run of
 * days with the same rows).
 */
export function markDay(
  idx: ActivityIndex,
  di: number,
  digest: DayDigest,
  map: Int32Array,
  seenToo = true,
): void {
  idx.available[di] = 1;
  idx.latestColumns = Math.max(idx.latestColumns, di);
  const { words, seen } = idx;
  const [s0, s1, s2, s3, s4, s5] = idx.active as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  const { active } = digest;
  const word = di >>> 5;
  const bit = 1 << (di & 31);
  for (let i = 0; i < map.length; i += 1) {
    const at = map[i]! * words + word;
    if (seenToo) seen[at]! |= bit;
    const a = active[i]!;
    if (a === 0) continue;
    if (a & 1) s0[at]! |= bit;
    if (a & 2) s1[at]! |= bit;
    if (a & 4) s2[at]! |= bit;
    if (a & 8) s3[at]! |= bit;
    if (a & 16) s4[at]! |= bit;
    if (a & 32) s5[at]! |= bit; // ANY
  }
}

/** Sets the `mask` words (a set of days) in the seen set of every member of `map`. */
export function markSeen(idx: ActivityIndex, mask: Uint32Array, map: Int32Array): void {
  const { words, seen } = idx;
  for (let i = 0; i < map.length; i += 1) {
    const at = map[i]! * words;
    for (let w = 0; w < words; w += 1) seen[at + w]! |= mask[w]!;
  }
}

/** Day `day`'s feature uses into `featureDays` (each keeps the latest day). */
export function markFeatures(
  featureDays: Int32Array[],
  day: number,
  digest: DayDigest,
  map: Int32Array,
): void {
  const { features } = digest;
  for (let i = 0; i < map.length; i += 1) {
    const f = features[i]!;
    if (f === 0) continue;
    const g = map[i]!;
    for (let b = 0; b < FEATURE_BITS; b += 1)
      if (f & (1 << b) && featureDays[b]![g]! < day) featureDays[b]![g] = day;
  }
}

/** Adds one champion-window day's inputs to the per-member sums and daily maxima. */
export function addChampionDay(idx: ActivityIndex, c: ChampionDay, map: Int32Array): void {
  const { interactions, dailyMaxSkills, dailyMaxConnectors, dailyMaxProjects } = idx;
  for (let j = 0; j < c.rows.length; j += 1) {
    const g = map[c.rows[j]!]!;
    interactions[g]! += c.interactions[j]!;
    if (c.skills[j]! > dailyMaxSkills[g]!) dailyMaxSkills[g] = c.skills[j]!;
    if (c.connectors[j]! > dailyMaxConnectors[g]!) dailyMaxConnectors[g] = c.connectors[j]!;
    if (c.projects[j]! > dailyMaxProjects[g]!) dailyMaxProjects[g] = c.projects[j]!;
  }
}

/**
 * What follows from the bits and the records: missing days, first and last
 * seen (the record's first seen day or the first day in rows, whichever is
 * earlier), last active and the 30-day feature bits.
 */
export function finishIndex(
  idx: ActivityIndex,
  records: MemberRecords,
  featureDays: Int32Array[],
): void {
  const { first, length, words: W, asOf, seen } = idx;
  for (let i = 0; i < length; i += 1) {
    const missing = idx.available[i] === 0 && first + i >= floorDay ? 1 : 0;
    idx.missingPrefix[i + 1] = idx.missingPrefix[i]! + missing;
  }
  const any = idx.active[ANY]!;
  const featureFrom = asOf - 29;
  const R = records.emails.length;
  for (let g = 0; g < idx.memberIds.length; g += 1) {
    const off = g * W;
    let low = -1;
    for (let w = 0; w < W && low < 0; w += 1) {
      const x = seen[off + w]!;
      if (x !== 0) low = w * 32 + 31 - Math.clz32(x & -x);
    }
    const recordFirst = g < R ? records.firstSeen[g]! : NO_DAY;
    const rowsFirst = low < 0 ? NO_DAY : first + low;
    idx.firstSeen[g] =
      recordFirst === NO_DAY || (rowsFirst !== NO_DAY && rowsFirst < recordFirst)
        ? rowsFirst
        : recordFirst;
    idx.lastSeen[g] = highestBit(seen, off, W);
    let lastActive = g < R ? records.lastActive[g]! : NO_DAY;
    if (lastActive !== NO_DAY) lastActive = Math.min(asOf, lastActive);
    const top = highestBit(any, off, W);
    if (top >= 0) lastActive = Math.max(lastActive, first + top);
    idx.lastActive[g] = lastActive;
    if (g < R) idx.emails[g] = records.emails[g]!;
    let f = 0;
    for (let b = 0; b < FEATURE_BITS; b += 1) if (featureDays[b]![g]! >= featureFrom) f |= 1 << b;
    idx.features[g] = f;
  }
}
