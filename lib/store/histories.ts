/**
 * Whole histories, by database name (sources.ts): is one empty, which members
 * does it hold, how much does it hold, and deleting one. Used when a source
 * changes (identify.ts compares a new key's members with each kept history)
 * and by options' list of kept histories.
 */
import { deleteDB } from 'idb';
import { toStoreError } from '@/lib/store/errors';
import { historyStores } from '@/lib/store/schema';
import { orgSecretSlots } from '@/lib/store/org-secrets';
import { legacyDb } from '@/lib/store/sources';
import { eachRequest, readTx, writeTx } from '@/lib/store/tx';

/** What a kept history holds, in brief. */
export interface HistorySize {
  /** Days of org summaries. */
  summaryDays: number;
  /** Days of complete member activity. */
  memberDays: number;
  members: number;
  /** Last day with an org summary, or null. */
  lastDay: string | null;
}

/** Counts of the history in database `db` (one read transaction). */
export function historySize(db: string): Promise<HistorySize> {
  return readTx(
    ['summaries', 'userDays', 'members'],
    'read a kept history',
    async (tx) => {
      const org = IDBKeyRange.bound(['org', ''], ['org', '\uffff']);
      const last = await tx.objectStore('summaries').openKeyCursor(org, 'prev');
      return {
        summaryDays: await tx.objectStore('summaries').count(org),
        memberDays: await tx.objectStore('userDays').count(),
        members: await tx.objectStore('members').count(),
        lastDay: last ? (last.key as [string, string])[1] : null,
      };
    },
    { db },
  );
}

/** True when the history in `db` holds no summaries, member days or members. */
export async function isHistoryEmpty(db: string): Promise<boolean> {
  const size = await historySize(db);
  return size.summaryDays === 0 && size.memberDays === 0 && size.members === 0;
}

/** The ids of every member the history in `db` has seen. */
export function memberIdsIn(db: string): Promise<string[]> {
  return readTx(['members'], 'read the members of a kept history', (tx) => tx.store.getAllKeys(), {
    db,
  });
}

/** How many of `ids` are members the history in `db` has seen. */
export function countKnownMembers(db: string, ids: readonly string[]): Promise<number> {
  return readTx(
    ['members'],
    'compare members with a kept history',
    async (tx) => {
      // One request for every id held (a few MB at 100,000 members), not one per id.
      const held = new Set(await tx.store.getAllKeys());
      return ids.reduce((n, id) => n + (held.has(id) ? 1 : 0), 0);
    },
    { db },
  );
}

/**
 * Deletes the history in `db`. The legacy database also holds the API key, so
 * there every store is emptied instead (meta too, except the schema version;
 * of `secrets`, the organisation's secrets but not the API key). Open connections close themselves (db.ts).
 */
export async function deleteHistory(db: string): Promise<void> {
  if (db === legacyDb) {
    const stores = [
      ...historyStores,
      'staging',
      'memberKeys',
      'checkpoints',
      'syncLog',
      'meta',
      'chatgptPeriods',
      'chatgptChunks',
    ] as const;
    await writeTx(
      [...stores, 'secrets'],
      'erase a kept history',
      async (tx) => {
        const schema = await tx.objectStore('meta').get('schema');
        await eachRequest(stores, (name) => tx.objectStore(name).clear());
        if (schema) await tx.objectStore('meta').put(schema, 'schema');
        // The organisation's secrets go with its history (the API key stays).
        for (const slot of Object.values(orgSecretSlots))
          await tx.objectStore('secrets').delete(slot);
      },
      { db },
    );
    return;
  }
  // Open connections (this context's too) close on the versionchange this fires (db.ts).
  try {
    await deleteDB(db);
  } catch (error) {
    throw toStoreError(error, 'delete a kept history');
  }
}
