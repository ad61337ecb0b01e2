import { beforeEach, describe, expect, it } from 'vitest';
import {
  latestMembership,
  membershipHistory,
  mergeGroup,
  mergeMember,
  putGroupMembership,
  putGroups,
  readGroups,
  readMembers,
  upsertMembers,
} from '@/lib/store/people';
import type { GroupRecord, MemberRecord } from '@/lib/store/records';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(freshHistory);

const member = (over: Partial<MemberRecord> = {}): MemberRecord => ({
  id: 'user_a',
  email: 'a@acme.example',
  firstSeenDay: '2026-03-10',
  lastSeenDay: '2026-03-10',
  lastActiveDay: null,
  ...over,
});

describe('mergeMember', () => {
  it.each([
    ['nothing stored', undefined, member(), member()],
    [
      'an older sighting widens the span, keeps the newer email',
      member({ email: 'new@x', lastSeenDay: '2026-03-20', lastActiveDay: '2026-03-20' }),
      member({
        email: 'old@x',
        firstSeenDay: '2026-03-01',
        lastSeenDay: '2026-03-01',
        lastActiveDay: '2026-03-01',
      }),
      member({
        email: 'new@x',
        firstSeenDay: '2026-03-01',
        lastSeenDay: '2026-03-20',
        lastActiveDay: '2026-03-20',
      }),
    ],
    [
      'a newer inactive sighting keeps the last active day',
      member({ lastActiveDay: '2026-03-10' }),
      member({ firstSeenDay: '2026-03-15', lastSeenDay: '2026-03-15', lastActiveDay: null }),
      member({ lastSeenDay: '2026-03-15', lastActiveDay: '2026-03-10' }),
    ],
  ])('%s', (_name, stored, seen, expected) => {
    expect(mergeMember(stored, seen)).toEqual(expected);
  });
});

describe('members', () => {
  it('upserts merge with what is stored', async () => {
    await upsertMembers([member(), member({ id: 'user_b', email: 'b@x' })]);
    await upsertMembers([member({ lastSeenDay: '2026-04-01', lastActiveDay: '2026-04-01' })]);
    expect(await readMembers()).toEqual([
      member({ lastSeenDay: '2026-04-01', lastActiveDay: '2026-04-01' }),
      member({ id: 'user_b', email: 'b@x' }),
    ]);
  });

  it('one invalid member writes none of the batch', async () => {
    await expect(
      upsertMembers([member(), member({ id: 'user_b', firstSeenDay: 'yesterday' })]),
    ).rejects.toMatchObject({
      kind: 'invalid',
      message:
        'Member 2 is not valid (firstSeenDay: must be a real YYYY-MM-DD date); it was not stored.',
    });
    expect(await readMembers()).toEqual([]);
  });
});

describe('groups', () => {
  const group = (over: Partial<GroupRecord> = {}): GroupRecord => ({
    id: 'rbac_group_sales',
    name: 'Sales',
    source: 'api',
    lastSeenDay: '2026-03-10',
    ...over,
  });

  it.each([
    [
      'newer wins',
      group(),
      group({ name: 'Sales EMEA', lastSeenDay: '2026-03-11' }),
      group({ name: 'Sales EMEA', lastSeenDay: '2026-03-11' }),
    ],
    [
      'older loses',
      group({ lastSeenDay: '2026-03-11' }),
      group({ name: 'Old', lastSeenDay: '2026-03-01' }),
      group({ lastSeenDay: '2026-03-11' }),
    ],
    [
      'a null name keeps the known one',
      group(),
      group({ name: null, lastSeenDay: '2026-03-12' }),
      group({ lastSeenDay: '2026-03-12' }),
    ],
  ])('mergeGroup: %s', (_name, stored, next, expected) => {
    expect(mergeGroup(stored, next)).toEqual(expected);
  });

  it('putGroups stores and merges', async () => {
    await putGroups([group(), group({ id: 'rbac_group_eng', name: 'Engineering' })]);
    await putGroups([group({ name: null, lastSeenDay: '2026-03-20' })]);
    expect((await readGroups()).map((g) => [g.id, g.name, g.lastSeenDay])).toEqual([
      ['rbac_group_eng', 'Engineering', '2026-03-10'],
      ['rbac_group_sales', 'Sales', '2026-03-20'],
    ]);
  });
});

describe('group membership over time', () => {
  const snap = (
    startDay: string,
    endDay: string,
    memberIds: string[],
    fetchedAt = 1,
    groupId = 'rbac_group_sales',
  ) => ({
    groupId,
    startDay,
    endDay,
    memberIds,
    fetchedAt,
  });

  it('latest = latest window end; among equal ends the shortest window', async () => {
    await putGroupMembership(snap('2026-02-01', '2026-03-01', ['user_a']));
    await putGroupMembership(snap('2026-03-01', '2026-04-01', ['user_a', 'user_b']));
    await putGroupMembership(snap('2026-01-01', '2026-04-01', ['user_a', 'user_b', 'user_c']));
    await putGroupMembership(snap('2026-05-01', '2026-06-01', ['user_z'], 1, 'rbac_group_other'));
    expect((await latestMembership('rbac_group_sales'))?.memberIds).toEqual(['user_a', 'user_b']);
    expect((await membershipHistory('rbac_group_sales')).map((s) => s.startDay)).toEqual([
      '2026-02-01',
      '2026-01-01',
      '2026-03-01',
    ]);
    expect(await latestMembership('rbac_group_none')).toBeNull();
  });

  it('a stale re-fetch of a window does not replace a later one', async () => {
    await putGroupMembership(snap('2026-03-01', '2026-04-01', ['user_a', 'user_b'], 50));
    await putGroupMembership(snap('2026-03-01', '2026-04-01', ['user_a'], 10));
    expect((await latestMembership('rbac_group_sales'))?.memberIds).toEqual(['user_a', 'user_b']);
  });
});
