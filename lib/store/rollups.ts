/**
 * Per-member rollups over a window (`/users` range mode), stored like user
 * days (interned members, narrowed columns). Key `[endDay, startDay]`.
 */
import { daysBetween } from '@/lib/store/days';
import {
  checkColumnar,
  decodeColumnar,
  encodeColumnar,
  memberIdsByOrdinal,
  type MemberKeyCache,
} from '@/lib/store/member-keys';
import { daySchema } from '@/lib/store/record-schemas';
import { userDayColumns, type UserRollup } from '@/lib/store/records';
import { maxKey, type HistorySchema, type StoredRollup } from '@/lib/store/schema';
import type { StoreNames } from 'idb';
import { readTx, writeTx, type WriteStore } from '@/lib/store/tx';
import { validated } from '@/lib/store/validate';
import { forgottenMemberIds } from '@/lib/store/forget';

/** Every column a rollup carries: the day columns plus `activeDays`. */
export const rollupColumns = [...userDayColumns, 'activeDays'] as const;

/**
 * Stores a rollup, replacing the same window unless the stored one was fetched
 * later. Columns must be Uint32Arrays aligned with `memberIds` (no member
 * twice), else StoreError('invalid') and nothing is written.
 */
export async function putUserRollup(rollup: UserRollup): Promise<void> {
  // People forgotten (forget.ts) are left out before anything is written.
  const forgotten = await forgottenMemberIds();
  const keep = rollup.memberIds.flatMap((id, i) => (forgotten.has(id) ? [] : [i]));
  const kept: UserRollup =
    keep.length === rollup.memberIds.length
      ? rollup
      : {
          ...rollup,
          memberIds: keep.map((i) => rollup.memberIds[i]!),
          columns: Object.fromEntries(
            Object.entries(rollup.columns).map(([k, c]) => [
              k,
              Uint32Array.from(keep, (i) => (c as Uint32Array)[i]!),
            ]),
          ) as UserRollup['columns'],
        };
  await writeTx(['userRollups', 'memberKeys'], 'store a member rollup', (tx) =>
    putRollupIn(tx.objectStore('userRollups'), tx.objectStore('memberKeys'), kept),
  );
}

/** putUserRollup within a caller's transaction (import); returns whether it wrote. */
export async function putRollupIn<S extends StoreNames<HistorySchema>[]>(
  store: WriteStore<S, 'userRollups'>,
  keys: WriteStore<S, 'memberKeys'>,
  rollup: UserRollup,
  cache?: Partial<MemberKeyCache>,
): Promise<boolean> {
  const what = `Rollup ${rollup.startDay}…${rollup.endDay}`;
  validated(daySchema, rollup.startDay, what);
  validated(daySchema, rollup.endDay, what);
  checkColumnar(rollup.memberIds, rollup.columns, rollupColumns, what);
  const stored = await store.get([rollup.endDay, rollup.startDay]);
  if (stored && stored.fetchedAt > rollup.fetchedAt) return false;
  const encoded = await encodeColumnar(
    keys,
    rollup.memberIds,
    rollup.columns,
    rollupColumns,
    cache,
  );
  const value: StoredRollup = {
    startDay: rollup.startDay,
    endDay: rollup.endDay,
    fetchedAt: rollup.fetchedAt,
    ...encoded,
  };
  await store.put(value);
  return true;
}

function decodeRollup(stored: StoredRollup, ids: readonly string[]): UserRollup {
  const { memberIds, columns } = decodeColumnar(stored, ids, rollupColumns);
  const { startDay, endDay, fetchedAt } = stored;
  return { startDay, endDay, memberIds, columns, fetchedAt };
}

/**
 * The most recent rollup: latest `endDay`; among windows ending that day the
 * longest (earliest start). With `windowDays`, only windows of exactly that
 * many days (`endDay` − `startDay`, end exclusive) count. Null when none.
 */
export function readLatestRollup(windowDays?: number): Promise<UserRollup | null> {
  return readTx(['userRollups', 'memberKeys'], 'read member rollups', async (tx) => {
    const store = tx.objectStore('userRollups');
    let found: StoredRollup | undefined;
    if (windowDays === undefined) {
      const last = await store.openKeyCursor(null, 'prev');
      if (last) found = await store.get(IDBKeyRange.bound([last.key[0]], [last.key[0], maxKey]));
    } else {
      let cursor = await store.openKeyCursor(null, 'prev');
      while (cursor && !found) {
        const [endDay, startDay] = cursor.key;
        if (daysBetween(startDay, endDay) === windowDays) found = await store.get(cursor.key);
        cursor = found ? null : await cursor.continue();
      }
    }
    if (!found) return null;
    return decodeRollup(found, await memberIdsByOrdinal(tx.objectStore('memberKeys')));
  });
}

/** The rollup of exactly `[startDay, endDay)`, or null. */
export function readRollup(startDay: string, endDay: string): Promise<UserRollup | null> {
  return readTx(['userRollups', 'memberKeys'], 'read member rollups', async (tx) => {
    const stored = await tx.objectStore('userRollups').get([endDay, startDay]);
    if (!stored) return null;
    return decodeRollup(stored, await memberIdsByOrdinal(tx.objectStore('memberKeys')));
  });
}

/** Windows of the stored rollups, `{ startDay, endDay }`, by end then start. */
export function storedRollups(): Promise<{ startDay: string; endDay: string }[]> {
  return readTx(['userRollups'], 'list member rollups', async (tx) =>
    (await tx.store.getAllKeys()).map(([endDay, startDay]) => ({ startDay, endDay })),
  );
}
