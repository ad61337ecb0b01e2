/**
 * Builds the activity index (activity-index.ts) in one pass over the stored
 * per-day `/users` columns: members are numbered once, each day's rows are
 * mapped to those numbers, and every counter the metrics need is read once.
 */
import { ANY, FEATURE, floorDay, NO_DAY, type ActivityIndex } from '@/lib/metrics/activity-index';
import { highestBit } from '@/lib/metrics/bitset';
import { dayNumber } from '@/lib/metrics/days';
import {
  countsTowardActive,
  metricProducts,
  productActivityColumn,
  type ActivityColumn,
  type DayColumnsInput,
  type MetricsHistory,
} from '@/lib/metrics/history';

function memberSlot(index: Map<string, number>, ids: string[], id: string): number {
  let g = index.get(id);
  if (g === undefined) {
    g = ids.length;
    index.set(id, g);
    ids.push(id);
  }
  return g;
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
): ActivityIndex {
  const length = Math.max(1, lookbackDays);
  const first = asOf - length + 1;
  const words = Math.ceil(length / 32);
  const byDay = new Map<number, DayColumnsInput>();
  for (const d of history.days ?? []) {
    if (!d.complete) continue;
    const n = dayNumber(d.day);
    if (n >= first && n <= asOf) byDay.set(n, d);
  }
  const memberIndex = new Map<string, number>();
  const memberIds: string[] = [];
  for (const m of history.members ?? []) memberSlot(memberIndex, memberIds, m.id);
  for (const s of history.memberships ?? [])
    for (const id of s.memberIds) memberSlot(memberIndex, memberIds, id);
  const days = [...byDay.entries()].sort((a, b) => a[0] - b[0]);
  const maps: Int32Array[] = [];
  let previous: readonly string[] | null = null;
  for (const [, d] of days) {
    if (d.memberIds === previous) {
      maps.push(maps[maps.length - 1]!);
      continue;
    }
    const map = new Int32Array(d.memberIds.length);
    for (let i = 0; i < map.length; i += 1)
      map[i] = memberSlot(memberIndex, memberIds, d.memberIds[i]!);
    maps.push(map);
    previous = d.memberIds;
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
    idx.firstSeen[g] = dayNumber(m.firstSeenDay);
    if (m.lastActiveDay) idx.lastActive[g] = Math.min(asOf, dayNumber(m.lastActiveDay));
  }
  days.forEach(([n, d], k) => scanDay(idx, n - first, d, maps[k]!));
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

const zeroCache = { array: new Uint32Array(0) };
function column(d: DayColumnsInput, name: ActivityColumn): Uint32Array {
  const c = d.columns[name];
  if (c) return c;
  if (zeroCache.array.length < d.memberIds.length)
    zeroCache.array = new Uint32Array(d.memberIds.length);
  return zeroCache.array;
}

function scanDay(idx: ActivityIndex, di: number, d: DayColumnsInput, map: Int32Array): void {
  idx.available[di] = 1;
  idx.latestColumns = Math.max(idx.latestColumns, di);
  const { words, firstSeen, lastSeen, interactions, features } = idx;
  const [aChat, aCode, aCowork, aOffice, aDesign, aAny] = idx.active as [
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
    Uint32Array,
  ];
  const chat = column(d, productActivityColumn.chat);
  const code = column(d, productActivityColumn.claude_code);
  const cowork = column(d, productActivityColumn.cowork);
  const office = column(d, productActivityColumn.office);
  const design = column(d, productActivityColumn.design);
  const [cChat, cCode, cCowork, cOffice, cDesign] = metricProducts.map(
    (p) => countsTowardActive[p],
  );
  const inChampion = di >= idx.championStart;
  const inFeature = di >= idx.length - 30;
  const msgChat = column(d, 'chatMessages');
  const msgCowork = column(d, 'coworkMessages');
  const msgOffice = column(d, 'officeMessages');
  const msgDesign = column(d, 'designMessages');
  const accepted = column(d, 'codeToolAccepted');
  const skillsA = column(d, 'chatSkillsUsed');
  const skillsB = column(d, 'coworkSkillsUsed');
  const connA = column(d, 'chatConnectorsUsed');
  const connB = column(d, 'coworkConnectorsUsed');
  const projects = column(d, 'chatProjectsUsed');
  const dayNum = idx.first + di;
  const word = di >>> 5;
  const bit = 1 << (di & 31);
  for (let i = 0; i < map.length; i += 1) {
    const g = map[i]!;
    const fs = firstSeen[g]!;
    if (fs === NO_DAY || fs > dayNum) firstSeen[g] = dayNum;
    lastSeen[g] = di; // days are scanned in ascending order
    const at = g * words + word;
    const ch = chat[i]!;
    const co = code[i]!;
    const cw = cowork[i]!;
    const of = office[i]!;
    const de = design[i]!;
    if (ch | co | cw | of | de) {
      if (ch) aChat[at]! |= bit;
      if (co) aCode[at]! |= bit;
      if (cw) aCowork[at]! |= bit;
      if (of) aOffice[at]! |= bit;
      if (de) aDesign[at]! |= bit;
      if ((ch && cChat) || (co && cCode) || (cw && cCowork) || (of && cOffice) || (de && cDesign))
        aAny[at]! |= bit;
    }
    if (inChampion) {
      interactions[g]! +=
        msgChat[i]! + msgCowork[i]! + msgOffice[i]! + msgDesign[i]! + co + accepted[i]!;
      const sk = skillsA[i]! + skillsB[i]!;
      const cn = connA[i]! + connB[i]!;
      const pr = projects[i]!;
      if (sk > idx.dailyMaxSkills[g]!) idx.dailyMaxSkills[g] = sk;
      if (cn > idx.dailyMaxConnectors[g]!) idx.dailyMaxConnectors[g] = cn;
      if (pr > idx.dailyMaxProjects[g]!) idx.dailyMaxProjects[g] = pr;
      if (inFeature && sk | cn | pr) {
        features[g]! |=
          (cn ? FEATURE.connectors : 0) | (sk ? FEATURE.skills : 0) | (pr ? FEATURE.projects : 0);
      }
    } else if (inFeature) {
      const sk = skillsA[i]! + skillsB[i]!;
      const cn = connA[i]! + connB[i]!;
      const pr = projects[i]!;
      if (sk | cn | pr)
        features[g]! |=
          (cn ? FEATURE.connectors : 0) | (sk ? FEATURE.skills : 0) | (pr ? FEATURE.projects : 0);
    }
  }
}
