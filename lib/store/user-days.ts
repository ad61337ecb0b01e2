/**
 * Per-member per-day activity (`/users`, one day at a time), written through
 * staging so a day becomes visible only whole:
 *
 *   stageUserDayPage(day, 0, rows) … stageUserDayPage(day, n, rows)  // one tx per page
 *   commitUserDay(day)            // one tx: assemble, store, record members, drop staging
 *
 * A worker killed between pages leaves only staging behind, which no read
 * sees; `stagedPages(day)` tells the resumed sync which pages it already has.
 */
import { isActiveAt, toUserDayColumns } from '@/lib/store/columns';
import { StoreError } from '@/lib/store/errors';
import {
  checkColumnar,
  decodeColumnar,
  encodeColumnar,
  memberIdsByOrdinal,
  type MemberKeyCache,
} from '@/lib/store/member-keys';
import { forgottenMemberIds } from '@/lib/store/forget';
import { mergeMember, sameMember } from '@/lib/store/people';
import {
  userDayColumns,
  type MemberRecord,
  type UserDayColumn,
  type UserDayColumns,
} from '@/lib/store/records';
import {
  maxKey,
  type HistorySchema,
  type StoredUserDay,
  type UserDayRow,
} from '@/lib/store/schema';
import { eachRequest, readTx, writeTx, type WriteStore, type WriteTx } from '@/lib/store/tx';
import type { StoreNames } from 'idb';

export interface CommitOptions {
  /** Pages the day has (when the sync knows it); fewer staged pages is an error. */
  expectedPages?: number;
  /** When the day was fetched; default: the latest page's stagedAt. */
  fetchedAt?: number;
}

export interface CommitResult {
  day: string;
  members: number;
  /** False when a later fetch of the day was already stored (it was kept). */
  written: boolean;
  /**
   * Member records the commit changed (first/last seen, last active, email).
   * A re-fetch of a day already committed changes none, and writes none.
   */
  membersUpdated: number;
}

/**
 * Assembles the staged pages of `day` into its columnar record and, in one
 * transaction: stores it (unless a later fetch is stored), records every
 * member seen (first/last seen, last active: any column above 0) and deletes
 * the staging. Throws StoreError('invalid') when no page is staged, pages are
 * not 0…n−1 without gaps, or fewer than `expectedPages`; nothing changes then.
 */
export async function commitUserDay(
  day: string,
  options: CommitOptions = {},
): Promise<CommitResult> {
  const stores = ['staging', 'userDays', 'memberKeys', 'members'] as const;
  // Read before the transaction (another database): people forgotten are never written back.
  const forgotten = await forgottenMemberIds();
  return writeTx([...stores], 'store member activity', async (tx) => {
    const range = IDBKeyRange.bound([day], [day, maxKey]);
    const pages = await tx.objectStore('staging').getAll(range);
    const gap = pages.findIndex((p, i) => p.pageIndex !== i);
    if (pages.length === 0 || gap !== -1 || pages.length < (options.expectedPages ?? 0)) {
      const have = pages.map((p) => p.pageIndex).join(', ') || 'none';
      throw new StoreError(
        'invalid',
        `Member activity for ${day} is incomplete (pages staged: ${have}).`,
      );
    }
    const fetchedAt = options.fetchedAt ?? Math.max(...pages.map((p) => p.stagedAt));
    const rows = pages.flatMap((p) => p.rows).filter((r) => !forgotten.has(r.memberId));
    const record = toUserDayColumns(day, rows, fetchedAt);
    const written = await putUserDayIn(
      tx.objectStore('userDays'),
      tx.objectStore('memberKeys'),
      record,
    );
    const membersUpdated = await recordMembersSeen(tx, day, rows, record);
    await tx.objectStore('staging').delete(range);
    return { day, members: record.memberIds.length, written, membersUpdated };
  });
}

/**
 * Writes a complete columnar day within a caller's transaction unless the stored one was fetched
 * later; returns whether it wrote. Used by commitUserDay and import.
 */
export async function putUserDayIn<S extends StoreNames<HistorySchema>[]>(
  days: WriteStore<S, 'userDays'>,
  keys: WriteStore<S, 'memberKeys'>,
  record: UserDayColumns,
  cache?: Partial<MemberKeyCache>,
): Promise<boolean> {
  checkColumnar(
    record.memberIds,
    record.columns,
    userDayColumns,
    `Member activity for ${record.day}`,
  );
  const stored = await days.get(record.day);
  if (stored && stored.fetchedAt > record.fetchedAt) return false;
  const encoded = await encodeColumnar(
    keys,
    record.memberIds,
    record.columns,
    userDayColumns,
    cache,
    { sparse: true },
  );
  const value: StoredUserDay = { day: record.day, fetchedAt: record.fetchedAt, ...encoded };
  await days.put(value);
  return true;
}

async function recordMembersSeen(
  tx: WriteTx<('userDays' | 'memberKeys' | 'staging' | 'members')[]>,
  day: string,
  rows: readonly UserDayRow[],
  record: UserDayColumns,
): Promise<number> {
  const members = tx.objectStore('members');
  const emails = new Map(rows.map((r) => [r.memberId, r.email]));
  const stored = new Map((await members.getAll()).map((m) => [m.id, m]));
  const changed: MemberRecord[] = [];
  record.memberIds.forEach((id, i) => {
    const seen = {
      id,
      email: emails.get(id) ?? '',
      firstSeenDay: day,
      lastSeenDay: day,
      lastActiveDay: isActiveAt(record.columns, i) ? day : null,
    };
    const before = stored.get(id);
    const after = mergeMember(before, seen);
    // At 100,000 members a put of every record is most of a commit; a re-fetched day changes none.
    if (!before || !sameMember(before, after)) changed.push(after);
  });
  await eachRequest(changed, (m) => members.put(m));
  return changed.length;
}

function decodeDay(stored: StoredUserDay, ids: readonly string[]): UserDayColumns {
  const { memberIds, columns } = decodeColumnar(stored, ids, userDayColumns);
  return { day: stored.day, memberIds, columns, complete: true, fetchedAt: stored.fetchedAt };
}

/**
 * Complete (committed) days of member activity from `fromDay` to `toDay`
 * (both inclusive), in day order. Staged, uncommitted pages are never
 * returned. Each column is a fresh Uint32Array aligned with `memberIds`.
 */
export function readUserDays(fromDay: string, toDay: string): Promise<UserDayColumns[]> {
  if (fromDay > toDay) return Promise.resolve([]);
  return readTx(['userDays', 'memberKeys'], 'read member activity', async (tx) => {
    const ids = await memberIdsByOrdinal(tx.objectStore('memberKeys'));
    const stored = await tx.objectStore('userDays').getAll(IDBKeyRange.bound(fromDay, toDay));
    return stored.map((s) => decodeDay(s, ids));
  });
}

/**
 * Visits complete days from `fromDay` to `toDay` one at a time (day order),
 * holding one decoded day in memory instead of the whole range. `visit` must
 * be synchronous (the read transaction stays open around it).
 */
export function eachUserDay(
  fromDay: string,
  toDay: string,
  visit: (day: UserDayColumns) => void,
): Promise<void> {
  if (fromDay > toDay) return Promise.resolve();
  return readTx(['userDays', 'memberKeys'], 'read member activity', async (tx) => {
    const ids = await memberIdsByOrdinal(tx.objectStore('memberKeys'));
    let cursor = await tx.objectStore('userDays').openCursor(IDBKeyRange.bound(fromDay, toDay));
    while (cursor) {
      visit(decodeDay(cursor.value, ids));
      cursor = await cursor.continue();
    }
  });
}

/** Days with complete member activity stored, ascending (so sync can skip them). */
export function storedUserDays(): Promise<string[]> {
  return readTx(['userDays'], 'list stored days', (tx) => tx.store.getAllKeys());
}

/** A day of member activity with only some columns decoded (see eachUserDayColumns). */
export interface PartialUserDay {
  day: string;
  fetchedAt: number;
  memberIds: readonly string[];
  columns: Partial<Record<UserDayColumn, Uint32Array>>;
}

function sameOrdinals(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Visits complete days from `fromDay` to `toDay` in day order, decoding only
 * the columns `columnsOf(day)` names (issue 12 item 4: a model loads what it
 * needs, column by column, one day at a time). `held(day, fetchedAt)` returns
 * the member ids of a day the caller already holds as stored (it is then not
 * decoded nor visited), or null. Consecutive days listing the same members in
 * the same order share one `memberIds` array (held days' included), so a
 * reader keyed by identity sees them as the same.
 */
export function eachUserDayColumns(
  fromDay: string,
  toDay: string,
  columnsOf: (day: string) => readonly UserDayColumn[],
  visit: (day: PartialUserDay) => void,
  held: (day: string, fetchedAt: number) => readonly string[] | null = () => null,
): Promise<void> {
  if (fromDay > toDay) return Promise.resolve();
  return readTx(['userDays', 'memberKeys'], 'read member activity', async (tx) => {
    let ids: string[] | null = null;
    let previous: { ordinals: ArrayLike<number>; memberIds: readonly string[] } | null = null;
    let cursor = await tx.objectStore('userDays').openCursor(IDBKeyRange.bound(fromDay, toDay));
    while (cursor) {
      const stored = cursor.value;
      const kept = held(stored.day, stored.fetchedAt);
      if (kept) previous = { ordinals: stored.members, memberIds: kept };
      else {
        ids ??= await memberIdsByOrdinal(tx.objectStore('memberKeys'));
        const decoded = decodeColumnar(stored, ids, columnsOf(stored.day));
        const memberIds: readonly string[] =
          previous && sameOrdinals(previous.ordinals, stored.members)
            ? previous.memberIds
            : decoded.memberIds;
        previous = { ordinals: stored.members, memberIds };
        visit({
          day: stored.day,
          fetchedAt: stored.fetchedAt,
          memberIds,
          columns: decoded.columns,
        });
      }
      cursor = await cursor.continue();
    }
  });
}
