/**
 * **Parts memo**: what the per-build parts of the insight model (champions,
 * name keys, group membership) keep between builds, so that a new day costs
 * only what changed (issue 12 item 2). Hung on the index memo
 * (index-memo.ts, field `parts`); a build without a memo uses a fresh one.
 *
 * Every entry is keyed by its inputs (compared by content where identity
 * may differ, e.g. arrays read back from the store), so results never
 * depend on what the memo holds: a fresh memo gives the same model
 * (parts-memo.test.ts).
 *
 * Two parts reached from code that holds no memo keep their last result in
 * their own module instead, with every input compared by content: the
 * privacy plan (privacy.ts, the same groups plan the same) and the seat
 * order (seat-order.ts, only members new to a list are sorted).
 */
import type { ActivityIndex } from '@/lib/metrics/activity-index';
import { championColumns, rowsOf } from '@/lib/metrics/champion-stats';
import { selectChampionColumns, type ChampionSelection } from '@/lib/metrics/champions';
import type { ChampionRules } from '@/lib/metrics/config';
import type { IndexMemo } from '@/lib/metrics/index-memo';
import type { MetricsHistory } from '@/lib/metrics/history';
import { nameKeyOfEmail, uniqueNameKeys } from '@/lib/metrics/name-key';

/** A group's current members (scopes.ts), with the snapshots and numbering they came from. */
export interface GroupMembersEntry {
  snapshots: readonly (readonly string[])[];
  memberIndex: ReadonlyMap<string, number>;
  members: Int32Array;
}

export interface PartsMemo {
  /**
   * The org's unique name keys (name-key.ts) of the last email list, and per
   * member the key a champion row of that member carries (`badgeKeysOf`).
   */
  names: {
    emails: readonly (string | null)[];
    unique: Set<string>;
    badges: (string | null)[] | null;
  } | null;
  /** Each member's row in the last rollup read (champion-stats.ts `rowsOf`). */
  rollupRows: { rollupIds: string[]; memberIds: string[]; rows: Int32Array } | null;
  /** Per group id, its last current membership. */
  groups: Map<string, GroupMembersEntry>;
}

export function createPartsMemo(): PartsMemo {
  return { names: null, rollupRows: null, groups: new Map() };
}

/** The parts memo hung on `memo`, made on first use; a fresh one without `memo`. */
export function partsMemoOf(memo: IndexMemo | undefined): PartsMemo {
  if (!memo) return createPartsMemo();
  return (memo.parts ??= createPartsMemo());
}

/** True when `a` and `b` hold the same items in the same order. */
export function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** `uniqueNameKeys(emails)`, remembered while the emails are the same. */
export function uniqueNamesOf(memo: PartsMemo, emails: readonly (string | null)[]): Set<string> {
  if (memo.names && sameItems(memo.names.emails, emails)) return memo.names.unique;
  memo.names = { emails: emails.slice(), unique: uniqueNameKeys(emails), badges: null };
  return memo.names.unique;
}

/**
 * Per member of `emails`, its **badge key**: the name key of its email
 * (name-key.ts) when no other member's email shares it, else null (no email,
 * an empty key, a shared one); what `Champion.nameKey` holds. Remembered with
 * the unique keys while the emails are the same, so a build reads no map per
 * champion.
 */
export function badgeKeysOf(
  memo: PartsMemo,
  emails: readonly (string | null)[],
): readonly (string | null)[] {
  const unique = uniqueNamesOf(memo, emails);
  const names = memo.names!;
  if (names.badges) return names.badges;
  const badges = new Array<string | null>(emails.length);
  for (let g = 0; g < emails.length; g += 1) {
    const email = emails[g] ?? null;
    const key = email ? nameKeyOfEmail(email) : '';
    badges[g] = email && unique.has(key) ? key : null;
  }
  names.badges = badges;
  return badges;
}

/** `rowsOf(rollupIds, memberIds)`, remembered while both are the same. */
function rollupRowsOf(
  memo: PartsMemo,
  rollupIds: readonly string[],
  memberIds: readonly string[],
): Int32Array {
  const kept = memo.rollupRows;
  if (kept && sameItems(kept.rollupIds, rollupIds) && sameItems(kept.memberIds, memberIds))
    return kept.rows;
  const rows = rowsOf(rollupIds, memberIds);
  memo.rollupRows = { rollupIds: rollupIds.slice(), memberIds: memberIds.slice(), rows };
  return rows;
}

/** The champion selection of a build (champions.ts), from columns and the memo's name keys. */
export function championSelectionOf(
  idx: ActivityIndex,
  history: MetricsHistory,
  rules: ChampionRules,
  asOf: string,
  memo: PartsMemo,
): ChampionSelection {
  const columns = championColumns(idx, history, (r, m) => rollupRowsOf(memo, r, m));
  const badges = badgeKeysOf(memo, idx.emails);
  return selectChampionColumns(columns, rules, asOf, memo.names!.unique, badges);
}
