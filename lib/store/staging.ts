/**
 * Staging of `/users` pages: a day's pages wait here, invisible to every
 * read, until commitUserDay (user-days.ts) assembles them in one transaction.
 */
import { StoreError } from '@/lib/store/errors';
import { daySchema, userDayRowSchema } from '@/lib/store/record-schemas';
import { maxKey, type UserDayRow } from '@/lib/store/schema';
import { readTx, writeTx } from '@/lib/store/tx';
import { validated } from '@/lib/store/validate';

/**
 * Stages one page of a day's `/users` rows (pages are numbered from 0 in
 * fetch order). Re-staging a page replaces it, so retrying a page is safe.
 * Invalid input (bad day, negative page, a row without member id) throws
 * StoreError('invalid') and stages nothing.
 */
export async function stageUserDayPage(
  day: string,
  pageIndex: number,
  rows: readonly UserDayRow[],
  stagedAt = Date.now(),
): Promise<void> {
  validated(daySchema, day, 'Staged day');
  if (!Number.isInteger(pageIndex) || pageIndex < 0) {
    throw new StoreError('invalid', `Page index ${pageIndex} of ${day} is not a page number.`);
  }
  const valid = rows.map((r, i) => validated(userDayRowSchema, r, `Row ${i + 1} of ${day}`));
  await writeTx(['staging'], 'stage a page of member activity', async (tx) => {
    await tx.store.put({ day, pageIndex, rows: valid as UserDayRow[], stagedAt });
  });
}

/** Page indexes already staged for `day`, ascending (empty when none). */
export function stagedPages(day: string): Promise<number[]> {
  return readTx(['staging'], 'read staged pages', async (tx) => {
    const keys = await tx.store.getAllKeys(IDBKeyRange.bound([day], [day, maxKey]));
    return keys.map(([, page]) => page);
  });
}

/** Days with staged pages not yet committed (work a resumed sync can finish or discard). */
export function stagedDays(): Promise<string[]> {
  return readTx(['staging'], 'read staged pages', async (tx) => {
    const days = new Set((await tx.store.getAllKeys()).map(([day]) => day));
    return [...days].sort();
  });
}

/** Drops the staged pages of `day` (e.g. the sync restarts the day from page 0). */
export async function discardStagedDay(day: string): Promise<void> {
  await writeTx(['staging'], 'discard staged pages', (tx) =>
    tx.store.delete(IDBKeyRange.bound([day], [day, maxKey])),
  );
}
