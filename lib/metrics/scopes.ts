/**
 * Who belongs to each scope. The org is every member the index knows; a
 * group is its **current** membership: the union of its membership
 * snapshots that overlap the 30 days ending `asOf` (or, when none do, its
 * latest snapshot). A group's whole series is that of its current members
 * ("the team as it is now"); someone who moved teams counts for the new one.
 * Groups are not an exclusive partition: a member can be in several.
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { dayNumber } from '@/lib/metrics/days';
import type { GroupInput, MetricsHistory } from '@/lib/metrics/history';
import { createPartsMemo, sameItems, type PartsMemo } from '@/lib/metrics/parts-memo';

export interface ScopeMembers {
  /** `org` or the group id. */
  id: string;
  name: string | null;
  groupSource: 'api' | 'org-chart' | null;
  /** Member indices into the activity index, ascending. */
  members: Int32Array;
}

/** The org scope: every member of the index. */
export function orgScope(idx: ActivityIndex): ScopeMembers {
  const members = new Int32Array(idx.memberIds.length);
  for (let i = 0; i < members.length; i += 1) members[i] = i;
  return { id: 'org', name: null, groupSource: null, members };
}

/**
 * Every group of the history (records, plus any group id seen only in
 * memberships), with its current members, sorted by id. `memo` keeps each
 * group's members while its chosen snapshots and the member numbering are
 * the same (parts-memo.ts).
 */
export function groupScopes(
  history: MetricsHistory,
  idx: ActivityIndex,
  memo: PartsMemo = createPartsMemo(),
): ScopeMembers[] {
  const groups = new Map<string, GroupInput>();
  for (const g of history.groups ?? []) groups.set(g.id, g);
  for (const s of history.memberships ?? [])
    if (!groups.has(s.groupId)) groups.set(s.groupId, { id: s.groupId, name: null, source: 'api' });
  const windowStart = idx.asOf - 29;
  const windowEnd = idx.asOf + 1;
  const snapshots = new Map<string, { start: number; end: number; ids: readonly string[] }[]>();
  for (const s of history.memberships ?? []) {
    const list = snapshots.get(s.groupId) ?? [];
    list.push({ start: dayNumber(s.startDay), end: dayNumber(s.endDay), ids: s.memberIds });
    snapshots.set(s.groupId, list);
  }
  const out: ScopeMembers[] = [];
  for (const g of [...groups.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = snapshots.get(g.id) ?? [];
    let chosen = list.filter((s) => s.start < windowEnd && s.end > windowStart);
    if (chosen.length === 0 && list.length > 0) {
      const latest = Math.max(...list.map((s) => s.end));
      chosen = list.filter((s) => s.end === latest);
    }
    const ids = chosen.map((s) => s.ids);
    const kept = memo.groups.get(g.id);
    let members: Int32Array;
    if (
      kept &&
      kept.memberIndex === idx.memberIndex &&
      kept.snapshots.length === ids.length &&
      kept.snapshots.every((k, i) => sameItems(k, ids[i]!))
    )
      members = kept.members;
    else {
      members = currentMembers(ids, idx.memberIndex);
      const copies = ids.map((a) => a.slice()); // a caller may change an array in place
      memo.groups.set(g.id, { snapshots: copies, memberIndex: idx.memberIndex, members });
    }
    out.push({ id: g.id, name: g.name, groupSource: g.source, members });
  }
  return out;
}

/** Member indices in any of `snapshots`, ascending, once each. */
function currentMembers(
  snapshots: readonly (readonly string[])[],
  memberIndex: ReadonlyMap<string, number>,
): Int32Array {
  const set = new Set<number>();
  for (const ids of snapshots) for (const id of ids) set.add(memberIndex.get(id)!);
  return Int32Array.from([...set].sort((a, b) => a - b));
}

/** Members of a scope seen in `/users` rows during the last `days` days of the index. */
export function membersSeen(idx: ActivityIndex, scope: ScopeMembers, days: number): number {
  const from = idx.length - days;
  let n = 0;
  for (const g of scope.members) if (idx.lastSeen[g]! >= from) n += 1;
  return n;
}
