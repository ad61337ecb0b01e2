import { beforeEach, describe, expect, it } from 'vitest';
import { forgetMember, forgottenMemberIds } from '@/lib/store/forget';
import { membershipHistory, putGroupMembership, readMembers } from '@/lib/store/people';
import { rollupColumns, putUserRollup, readRollup } from '@/lib/store/rollups';
import { stageUserDayPage } from '@/lib/store/staging';
import { freshHistory, row } from '@/lib/store/test-support';
import { commitUserDay, readUserDays } from '@/lib/store/user-days';

beforeEach(freshHistory);

// Three members; user_2 (m2@acme.example) sent 20 chat messages a day, the others 10 and 30.
async function threeMembers(day: string) {
  await stageUserDayPage(
    day,
    0,
    [1, 2, 3].map((n) => row(n, { chatMessages: n * 10 })),
    1000,
  );
  await commitUserDay(day);
}

const ids = (days: { memberIds: string[] }[]) => days.map((d) => d.memberIds);

describe('forgetMember (issue 11 item 12)', () => {
  it.each([
    ['by email, any case', { email: ' M2@Acme.example ' }],
    ['by member id', { memberId: 'user_2' }],
  ])('%s: gone from days, rollups, memberships and members; the others intact', async (_, who) => {
    await threeMembers('2026-11-01');
    await threeMembers('2026-11-02');
    const columns = Object.fromEntries(
      rollupColumns.map((c) => [c, Uint32Array.from([1, 2, 3])]),
    ) as never;
    await putUserRollup({
      startDay: '2026-10-03',
      endDay: '2026-11-02',
      memberIds: ['user_1', 'user_2', 'user_3'],
      columns,
      fetchedAt: 1,
    });
    await putGroupMembership({
      groupId: 'g1',
      startDay: '2026-10-03',
      endDay: '2026-11-02',
      memberIds: ['user_1', 'user_2'],
      fetchedAt: 1,
    });

    expect(await forgetMember(who)).toEqual({
      memberId: 'user_2',
      days: 2,
      rollups: 1,
      memberships: 1,
    });

    const days = await readUserDays('2026-11-01', '2026-11-02');
    expect(ids(days)).toEqual([
      ['user_1', 'user_3'],
      ['user_1', 'user_3'],
    ]);
    expect(Array.from(days[0]!.columns.chatMessages)).toEqual([10, 30]);
    const rollup = await readRollup('2026-10-03', '2026-11-02');
    expect(rollup?.memberIds).toEqual(['user_1', 'user_3']);
    expect(Array.from(rollup!.columns.activeDays)).toEqual([1, 3]);
    expect((await membershipHistory('g1')).map((m) => m.memberIds)).toEqual([['user_1']]);
    expect((await readMembers()).map((m) => m.id)).toEqual(['user_1', 'user_3']);
  });

  it('a later sync does not bring them back (tombstone)', async () => {
    await threeMembers('2026-11-01');
    await forgetMember({ memberId: 'user_2' });
    expect([...(await forgottenMemberIds())]).toEqual(['user_2']);
    await threeMembers('2026-11-03');
    await putGroupMembership({
      groupId: 'g1',
      startDay: '2026-11-01',
      endDay: '2026-11-03',
      memberIds: ['user_2', 'user_3'],
      fetchedAt: 2,
    });
    expect(ids(await readUserDays('2026-11-03', '2026-11-03'))).toEqual([['user_1', 'user_3']]);
    expect((await membershipHistory('g1')).map((m) => m.memberIds)).toEqual([['user_3']]);
    expect((await readMembers()).map((m) => m.id)).toEqual(['user_1', 'user_3']);
  });

  it('an unknown email changes nothing', async () => {
    await threeMembers('2026-11-01');
    expect(await forgetMember({ email: 'nobody@acme.example' })).toEqual({
      memberId: null,
      days: 0,
      rollups: 0,
      memberships: 0,
    });
    expect(ids(await readUserDays('2026-11-01', '2026-11-01'))).toEqual([
      ['user_1', 'user_2', 'user_3'],
    ]);
  });
});
