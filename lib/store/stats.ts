/**
 * What the local history holds, cheaply: counts, day span and size, without
 * loading the large records (sizes come from an index on their byte counts).
 */
import { historyStores, type HistoryStore } from '@/lib/store/schema';
import { eachRequest, readTx, writeTx } from '@/lib/store/tx';

export interface HistoryStats {
  /** Records per store (history stores plus staging pages, checkpoints and log entries). */
  counts: Record<HistoryStore | 'staging' | 'checkpoints' | 'syncLog', number>;
  /** First and last day with a summary (any scope); nulls when none. */
  summaryDays: { first: string | null; last: string | null };
  /** First and last day with complete member activity; nulls when none. */
  userDays: { first: string | null; last: string | null };
  bytes: {
    /** Exact bytes of the stored columnar arrays (member activity, rollups): the bulk of the history. */
    columnar: number;
    /** The browser's estimate for the whole extension origin, when it gives one. */
    usage: number | null;
    quota: number | null;
  };
}

const counted = [...historyStores, 'staging', 'checkpoints', 'syncLog'] as const;

/** Counts, day span and approximate size of the history (one read transaction). */
export async function historyStats(): Promise<HistoryStats> {
  const stats = await readTx([...counted], 'read history statistics', async (tx) => {
    const counts = {} as HistoryStats['counts'];
    for (const name of counted) counts[name] = await tx.objectStore(name).count();
    const byDay = tx.objectStore('summaries').index('byDay');
    const days = tx.objectStore('userDays');
    const summaryDays = {
      first: ((await byDay.openKeyCursor())?.key as string | undefined) ?? null,
      last: ((await byDay.openKeyCursor(null, 'prev'))?.key as string | undefined) ?? null,
    };
    const userDays = {
      first: (await days.openKeyCursor())?.key ?? null,
      last: (await days.openKeyCursor(null, 'prev'))?.key ?? null,
    };
    let columnar = 0;
    for (const index of [days.index('byBytes'), tx.objectStore('userRollups').index('byBytes')]) {
      let cursor = await index.openKeyCursor();
      while (cursor) {
        columnar += cursor.key;
        cursor = await cursor.continue();
      }
    }
    return { counts, summaryDays, userDays, columnar };
  });
  const { usage, quota } = await storageEstimate();
  const { columnar, ...rest } = stats;
  return { ...rest, bytes: { columnar, usage, quota } };
}

async function storageEstimate(): Promise<{ usage: number | null; quota: number | null }> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
  } catch {
    return { usage: null, quota: null };
  }
}

/**
 * Erases the whole history (every history store, staging, member keys,
 * checkpoints, sync log) in one transaction. Keeps the API key and meta.
 */
export async function clearHistory(): Promise<void> {
  const stores = [...historyStores, 'staging', 'memberKeys', 'checkpoints', 'syncLog'] as const;
  await writeTx([...stores], 'erase the history', async (tx) => {
    await eachRequest(stores, (name) => tx.objectStore(name).clear());
  });
}
