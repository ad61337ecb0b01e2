import { beforeEach, describe, expect, it } from 'vitest';
import { applyPolicy, lockedPaths, parsePolicy } from '@/lib/store/managed';
import { membershipHistory, putGroupMembership, readMembers } from '@/lib/store/people';
import { enforceRetention, firstKeptDayFor } from '@/lib/store/retention';
import { putUserRollup, readRollup, rollupColumns } from '@/lib/store/rollups';
import { defaultSettings } from '@/lib/store/settings';
import { stageUserDayPage, stagedDays } from '@/lib/store/staging';
import { freshHistory, row } from '@/lib/store/test-support';
import { commitUserDay, storedUserDays } from '@/lib/store/user-days';

beforeEach(freshHistory);

describe('firstKeptDayFor', () => {
  it.each([
    ['2026-12-05', 1, '2026-12-05'],
    ['2026-12-05', 30, '2026-11-06'],
    ['2026-12-05', 90, '2026-09-07'],
    ['2026-03-01', 2, '2026-02-28'],
  ])('%s keeping %i days → %s', (today, days, first) => {
    expect(firstKeptDayFor(today, days)).toBe(first);
  });
});

// Issue 11 item 12: nothing limited how long per-person history was kept.
describe('enforceRetention', () => {
  it('deletes per-person history before the first kept day, and keeps the rest', async () => {
    // user_1 seen on 11-01 only; user_2 on 11-01 and 11-03.
    await stageUserDayPage('2026-11-01', 0, [row(1), row(2)], 1);
    await commitUserDay('2026-11-01');
    await stageUserDayPage('2026-11-03', 0, [row(2)], 1);
    await commitUserDay('2026-11-03');
    await stageUserDayPage('2026-11-02', 0, [row(3)], 1); // staged, never committed
    const columns = Object.fromEntries(rollupColumns.map((c) => [c, Uint32Array.from([1])]));
    for (const [startDay, endDay] of [
      ['2026-10-03', '2026-11-02'],
      ['2026-10-04', '2026-11-03'],
    ] as const) {
      await putUserRollup({
        startDay,
        endDay,
        memberIds: ['user_2'],
        columns,
        fetchedAt: 1,
      } as never);
      await putGroupMembership({
        groupId: 'g1',
        startDay,
        endDay,
        memberIds: ['user_2'],
        fetchedAt: 1,
      });
    }

    expect(await enforceRetention('2026-11-03')).toEqual({
      days: 1,
      rollups: 1,
      memberships: 1,
      members: 1,
    });
    expect(await storedUserDays()).toEqual(['2026-11-03']);
    expect(await stagedDays()).toEqual([]);
    expect(await readRollup('2026-10-03', '2026-11-02')).toBeNull();
    expect(await readRollup('2026-10-04', '2026-11-03')).not.toBeNull();
    expect((await membershipHistory('g1')).map((m) => m.endDay)).toEqual(['2026-11-03']);
    expect((await readMembers()).map((m) => m.id)).toEqual(['user_2']);
  });
});

describe('retention by policy', () => {
  it('a managed retentionDays locks the setting and wins over the admin’s', () => {
    const { policy, problems } = parsePolicy({ retentionDays: 180 });
    expect(problems).toEqual([]);
    expect(lockedPaths(policy).has('sync.retentionDays')).toBe(true);
    expect(applyPolicy(defaultSettings, policy).sync.retentionDays).toBe(180);
    expect(parsePolicy({ retentionDays: 5 }).problems).toHaveLength(1);
  });
});
