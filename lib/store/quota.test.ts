/**
 * Quota: a QuotaExceededError in the middle of a write aborts the whole
 * transaction (nothing of that write lands) and surfaces as StoreError('quota')
 * with a sentence a person can act on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { putSummaries, readSummaries } from '@/lib/store/summaries';
import { quotaMessage } from '@/lib/store/errors';
import { freshHistory, row, summary } from '@/lib/store/test-support';
import { commitUserDay, readUserDays, stagedPages, stageUserDayPage } from '@/lib/store/history';
import { readMembers } from '@/lib/store/people';

beforeEach(freshHistory);
afterEach(() => vi.restoreAllMocks());

/** Lets the first `allowed` puts on `storeName` through, then throws QuotaExceededError. */
function quotaAfter(storeName: string, allowed: number) {
  const put = IDBObjectStore.prototype.put;
  let calls = 0;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args
  ) {
    if (this.name === storeName && ++calls > allowed) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  });
}

describe('quota reached during a write', () => {
  it('summaries: the batch is all or nothing', async () => {
    await putSummaries('org', [summary('2026-03-01', { dailyActive: 10 })]);
    quotaAfter('summaries', 1);
    const error = await putSummaries('org', [
      summary('2026-03-01', { dailyActive: 99, fetchedAt: 5000 }),
      summary('2026-03-02'),
    ]).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreError', kind: 'quota', message: quotaMessage });
    expect(quotaMessage).toBe(
      'The browser refused to store more history (storage quota reached). Nothing from this sync was written; free space or lower the history depth in options.',
    );
    vi.restoreAllMocks();
    const stored = await readSummaries('org', '2026-03-01', '2026-03-31');
    expect(stored.map((s) => [s.day, s.dailyActive])).toEqual([['2026-03-01', 10]]);
  });

  it('a day commit: no day, no members, staging kept for a retry', async () => {
    await stageUserDayPage('2026-03-01', 0, [row(1, { chatMessages: 1 }), row(2)]);
    quotaAfter('members', 1); // the day and member 1 were put; member 2 hits the quota
    await expect(commitUserDay('2026-03-01')).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await readUserDays('2026-03-01', '2026-03-01')).toEqual([]);
    expect(await readMembers()).toEqual([]);
    expect(await stagedPages('2026-03-01')).toEqual([0]);
    await commitUserDay('2026-03-01');
    expect((await readUserDays('2026-03-01', '2026-03-01'))[0]?.memberIds).toEqual([
      'user_1',
      'user_2',
    ]);
  });
});
