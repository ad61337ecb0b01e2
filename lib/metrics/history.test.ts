// lib/metrics may not import lib/store, so its input shapes mirror the store's
// records; this test (exempt from that rule) checks they stay compatible.
import { describe, expect, it } from 'vitest';
import {
  products,
  userDayColumns,
  type CatalogSnapshot,
  type DaySummary,
  type GroupActivity,
  type GroupMembershipSnapshot,
  type GroupRecord,
  type MemberRecord,
  type UserDayColumns,
  type UserRollup,
} from '@/lib/store/records';
import {
  metricProducts,
  productActivityColumn,
  type ActivityColumn,
  type MetricsHistory,
  type RollupColumn,
} from '@/lib/metrics/history';

describe('history shapes', () => {
  it('accepts the store records as they are (checked by the compiler)', () => {
    const fromStore = (
      summaries: DaySummary[],
      days: UserDayColumns[],
      members: MemberRecord[],
      groups: GroupRecord[],
      memberships: GroupMembershipSnapshot[],
      rollups: UserRollup[],
      catalogs: CatalogSnapshot[],
      groupActivity: GroupActivity[] = [],
    ): MetricsHistory => ({
      summaries,
      days,
      members,
      groups,
      memberships,
      rollups,
      catalogs,
      groupActivity,
    });
    expect(fromStore([], [], [], [], [], [], [])).toEqual({
      groupActivity: [],
      summaries: [],
      days: [],
      members: [],
      groups: [],
      memberships: [],
      rollups: [],
      catalogs: [],
    });
  });

  it('names only columns and products the store keeps', () => {
    const used: (ActivityColumn | RollupColumn)[] = [
      'chatMessages',
      'chatProjectsUsed',
      'chatSkillsUsed',
      'chatConnectorsUsed',
      'codeSessions',
      'codeToolAccepted',
      'coworkSessions',
      'coworkMessages',
      'coworkSkillsUsed',
      'coworkConnectorsUsed',
      'officeSessions',
      'officeMessages',
      'designSessions',
      'designMessages',
    ];
    for (const c of used) expect(userDayColumns).toContain(c);
    expect([...metricProducts]).toEqual([...products]);
    expect(Object.values(productActivityColumn)).toEqual([
      'chatMessages',
      'codeSessions',
      'coworkSessions',
      'officeSessions',
      'designSessions',
    ]);
  });
});
