import { beforeEach, describe, expect, it } from 'vitest';
import { putSummaries } from '@/lib/store/summaries';
import { clearHistory, historyStats } from '@/lib/store/stats';
import {
  appendSyncLog,
  clearCheckpoints,
  getCheckpoint,
  getMeta,
  listCheckpoints,
  putCheckpoint,
  readSyncLog,
  setMeta,
  syncLogCap,
} from '@/lib/store/sync-state';
import { freshHistory, row, summary } from '@/lib/store/test-support';
import { commitUserDay, stageUserDayPage } from '@/lib/store/history';
import type { SyncCheckpoint } from '@/lib/store/records';

beforeEach(freshHistory);

const checkpoint = (
  taskId: string,
  state: SyncCheckpoint['state'] = 'pending',
): SyncCheckpoint => ({
  taskId,
  state,
  nextCursor: null,
  pagesDone: 0,
  updatedAt: 1,
});

describe('checkpoints', () => {
  it('get / put / list by prefix / clear by prefix', async () => {
    await putCheckpoint(checkpoint('users-day:2026-03-01'));
    await putCheckpoint(checkpoint('users-day:2026-03-02', 'done'));
    await putCheckpoint(checkpoint('summaries:org'));
    await putCheckpoint({
      ...checkpoint('users-day:2026-03-01', 'in-progress'),
      nextCursor: 'abc',
      pagesDone: 2,
    });
    expect(await getCheckpoint('users-day:2026-03-01')).toMatchObject({
      state: 'in-progress',
      nextCursor: 'abc',
      pagesDone: 2,
    });
    expect(await getCheckpoint('nope')).toBeNull();
    expect((await listCheckpoints('users-day:')).map((c) => c.taskId)).toEqual([
      'users-day:2026-03-01',
      'users-day:2026-03-02',
    ]);
    await clearCheckpoints('users-day:');
    expect((await listCheckpoints()).map((c) => c.taskId)).toEqual(['summaries:org']);
    await clearCheckpoints();
    expect(await listCheckpoints()).toEqual([]);
  });

  it('refuses an unknown state', async () => {
    await expect(
      putCheckpoint({ ...checkpoint('x'), state: 'paused' as 'done' }),
    ).rejects.toMatchObject({ kind: 'invalid' });
  });
});

describe('sync log', () => {
  it(`keeps the latest ${syncLogCap} entries, newest first`, async () => {
    for (let i = 1; i <= syncLogCap + 5; i++) {
      await appendSyncLog({ at: i, outcome: 'ok', message: `sync ${i}`, requests: 1 });
    }
    const log = await readSyncLog();
    expect(log).toHaveLength(syncLogCap);
    expect(log[0]?.at).toBe(syncLogCap + 5);
    expect(log.at(-1)?.at).toBe(6);
    expect((await readSyncLog(2)).map((e) => e.message)).toEqual([
      `sync ${syncLogCap + 5}`,
      `sync ${syncLogCap + 4}`,
    ]);
  });
});

describe('meta', () => {
  it('sets, reads and deletes', async () => {
    expect(await getMeta('latestAvailableDay')).toBeNull();
    await setMeta('latestAvailableDay', '2026-11-19');
    await setMeta('lastSyncAt', 123);
    expect(await getMeta('latestAvailableDay')).toBe('2026-11-19');
    expect(await getMeta('lastSyncAt')).toBe(123);
    await setMeta('lastSyncAt', null);
    expect(await getMeta('lastSyncAt')).toBeNull();
  });
});

describe('historyStats / clearHistory', () => {
  it('counts, day spans and columnar bytes', async () => {
    await putSummaries('org', [summary('2026-03-02'), summary('2026-03-05')]);
    await putSummaries('rbac_group_x', [summary('2026-03-01', { scope: 'rbac_group_x' })]);
    // Two members, one active, one column above 0 (max 300 → Uint16), stored sparse: members
    // Uint8×2 + a 1-byte bitmap of the active + the active member's Uint16 = 5 bytes.
    await stageUserDayPage('2026-03-04', 0, [row(1, { chatMessages: 300 }), row(2)]);
    await commitUserDay('2026-03-04');
    await stageUserDayPage('2026-03-06', 0, [row(1)]);
    await putCheckpoint(checkpoint('a'));
    const stats = await historyStats();
    expect(stats.counts).toMatchObject({
      summaries: 3,
      userDays: 1,
      members: 2,
      staging: 1,
      checkpoints: 1,
      syncLog: 0,
    });
    expect(stats.summaryDays).toEqual({ first: '2026-03-01', last: '2026-03-05' });
    expect(stats.userDays).toEqual({ first: '2026-03-04', last: '2026-03-04' });
    expect(stats.bytes.columnar).toBe(5);

    await clearHistory();
    const cleared = await historyStats();
    expect(Object.values(cleared.counts).every((n) => n === 0)).toBe(true);
    expect(cleared.summaryDays).toEqual({ first: null, last: null });
  });
});
