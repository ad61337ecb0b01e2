/**
 * One transaction per logical operation. `writeTx` is the only way the store
 * writes: whatever `body` throws (a failed validation, a QuotaExceededError
 * from a put, a bug) aborts the transaction, so a logical write lands whole or
 * not at all, and the error comes out as a StoreError.
 *
 * `body` may await only requests of `tx` (awaiting anything else lets the
 * transaction auto-commit half way).
 *
 * Both go to the active source's history (active-history.ts) unless `db`
 * names another database (the API key's home, or another source's history).
 */
import type { IDBPObjectStore, IDBPTransaction, StoreNames } from 'idb';
import { activeHistoryDb } from '@/lib/store/active-history';
import { openHistory } from '@/lib/store/db';
import { toStoreError } from '@/lib/store/errors';
import type { HistorySchema } from '@/lib/store/schema';

type Names = StoreNames<HistorySchema>[];
export type WriteTx<S extends Names> = IDBPTransaction<HistorySchema, S, 'readwrite'>;
export type ReadTx<S extends Names> = IDBPTransaction<HistorySchema, S, 'readonly'>;
/** A store of some readwrite transaction (whatever other stores it spans). */
export type WriteStore<S extends Names, N extends StoreNames<HistorySchema>> = IDBPObjectStore<
  HistorySchema,
  S,
  N,
  'readwrite'
>;

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already committed or aborted (e.g. a failed request aborted it first).
  }
}

/**
 * Runs `body` in one readwrite transaction over `stores` and resolves once it
 * committed. `operation` completes the sentence "Local history could not …"
 * in the error message.
 */
export async function writeTx<const S extends Names, T>(
  stores: S,
  operation: string,
  body: (tx: WriteTx<S>) => Promise<T>,
  target: { db?: string } = {},
): Promise<T> {
  const db = await openHistory(target.db ?? (await activeHistoryDb()));
  let tx: WriteTx<S>;
  try {
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    throw toStoreError(error, operation);
  }
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    abortQuietly(tx);
    await tx.done.catch(() => undefined);
    throw toStoreError(error, operation);
  }
}

/** Runs `body` in one readonly transaction over `stores` (a consistent snapshot). */
export async function readTx<const S extends Names, T>(
  stores: S,
  operation: string,
  body: (tx: ReadTx<S>) => Promise<T>,
  target: { db?: string } = {},
): Promise<T> {
  const db = await openHistory(target.db ?? (await activeHistoryDb()));
  try {
    const tx = db.transaction(stores, 'readonly');
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    throw toStoreError(error, operation);
  }
}

/**
 * Issues `request(item)` for every item without awaiting each (fast bulk
 * writes) and resolves when all succeeded. If issuing one throws (e.g. a
 * QuotaExceededError), the requests already issued are still observed, so
 * their abort errors never surface as unhandled rejections.
 */
export async function eachRequest<T>(
  items: Iterable<T>,
  request: (item: T) => Promise<unknown>,
): Promise<void> {
  const pending: Promise<unknown>[] = [];
  try {
    for (const item of items) pending.push(request(item));
  } catch (error) {
    for (const p of pending) p.catch(() => undefined);
    throw error;
  }
  await Promise.all(pending);
}
