/**
 * What the sync engine keeps between runs: checkpoints (resumable units of
 * work), a capped log of sync outcomes, and small meta values. None of it is
 * exported.
 */
import { checkpointSchema, syncLogEntrySchema } from '@/lib/store/record-schemas';
import type {
  RateLimiterState,
  StoredSyncRun,
  SyncCheckpoint,
  SyncLogEntry,
} from '@/lib/store/records';
import { readTx, writeTx } from '@/lib/store/tx';
import { validated } from '@/lib/store/validate';

/** How many sync log entries are kept (oldest dropped first). */
export const syncLogCap = 200;

/** The checkpoint of `taskId`, or null. */
export function getCheckpoint(taskId: string): Promise<SyncCheckpoint | null> {
  return readTx(
    ['checkpoints'],
    'read a checkpoint',
    async (tx) => (await tx.store.get(taskId)) ?? null,
  );
}

/** Stores (replaces) the checkpoint of its `taskId`. Invalid: StoreError('invalid'). */
export async function putCheckpoint(checkpoint: SyncCheckpoint): Promise<void> {
  const valid = validated(checkpointSchema, checkpoint, `Checkpoint ${checkpoint.taskId}`);
  await writeTx(['checkpoints'], 'store a checkpoint', (tx) => tx.store.put(valid));
}

/** Checkpoints whose taskId starts with `prefix` (all when omitted), by taskId. */
export function listCheckpoints(prefix = ''): Promise<SyncCheckpoint[]> {
  return readTx(['checkpoints'], 'read checkpoints', (tx) =>
    tx.store.getAll(prefix ? IDBKeyRange.bound(prefix, `${prefix}\uffff`) : undefined),
  );
}

/** Deletes checkpoints whose taskId starts with `prefix` (all when omitted). */
export async function clearCheckpoints(prefix = ''): Promise<void> {
  await writeTx(['checkpoints'], 'clear checkpoints', (tx) =>
    prefix ? tx.store.delete(IDBKeyRange.bound(prefix, `${prefix}\uffff`)) : tx.store.clear(),
  );
}

/** Appends a sync outcome; keeps the latest `syncLogCap` entries (same transaction). */
export async function appendSyncLog(entry: SyncLogEntry): Promise<void> {
  const valid = validated(syncLogEntrySchema, entry, 'Sync log entry');
  await writeTx(['syncLog'], 'append to the sync log', async (tx) => {
    await tx.store.add(valid);
    let excess = (await tx.store.count()) - syncLogCap;
    let cursor = excess > 0 ? await tx.store.openCursor() : null;
    while (cursor && excess-- > 0) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
  });
}

/** The latest sync log entries, newest first (at most `limit`, default all kept). */
export function readSyncLog(limit = syncLogCap): Promise<SyncLogEntry[]> {
  return readTx(['syncLog'], 'read the sync log', async (tx) => {
    const entries: SyncLogEntry[] = [];
    let cursor = await tx.store.openCursor(null, 'prev');
    while (cursor && entries.length < limit) {
      entries.push(cursor.value);
      cursor = await cursor.continue();
    }
    return entries;
  });
}

/** Known meta keys and their value types. Add a key here before using it. */
export interface MetaValues {
  /** Latest day the API said is available (from a 400 naming it, or the latest synced day). */
  latestAvailableDay: string;
  /** When the last sync finished (ms since epoch). */
  lastSyncAt: number;
  /** Written by every schema upgrade (see db.ts). */
  schema: { version: number; upgradedAt: number };
  /** The sync plan being worked through, as data (the engine checks it on reading); null when none. */
  syncRun: StoredSyncRun;
  /** The rate limiter's window, so a restarted worker keeps honouring it. */
  rateLimiter: RateLimiterState;
}

/** The meta value of `key`, or null when unset. */
export function getMeta<K extends keyof MetaValues>(key: K): Promise<MetaValues[K] | null> {
  return readTx(
    ['meta'],
    'read meta',
    async (tx) => ((await tx.store.get(key)) as MetaValues[K]) ?? null,
  );
}

/** Sets the meta value of `key` (null deletes it). */
export async function setMeta<K extends keyof MetaValues>(
  key: K,
  value: MetaValues[K] | null,
): Promise<void> {
  await writeTx(['meta'], 'store meta', async (tx) => {
    if (value === null) await tx.store.delete(key);
    else await tx.store.put(value, key);
  });
}
