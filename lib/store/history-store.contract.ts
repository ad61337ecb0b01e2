/**
 * The contract every HistoryStorage keeps (history-store.ts), run against the
 * IndexedDB store (history-store.test.ts) and the directory store
 * (lib/headless/file-store.test.ts). Imported by tests only.
 */
import { describe, expect, it } from 'vitest';
import type { HistoryStorage } from '@/lib/store/history-store';
import { rollupColumns } from '@/lib/store/rollups';
import { summary } from '@/lib/store/test-support';

const row = (memberId: string, chatMessages: number) => ({
  memberId,
  email: `${memberId}@example.com`,
  values: { chatMessages },
});

/** Runs the contract against a fresh, empty store from `make` per test. */
export function describeHistoryStorage(name: string, make: () => Promise<HistoryStorage>): void {
  describe(`HistoryStorage contract: ${name}`, () => {
    it('stores summaries per scope, keeps a later fetch over an earlier one, rejects invalid rows', async () => {
      const store = await make();
      const first = await store.putSummaries('org', [
        summary('2026-11-02', { fetchedAt: 2000, dailyActive: 12 }),
        summary('2026-11-01'),
        { ...summary('2026-11-03'), dailyActive: -1 },
      ]);
      expect(first.written.sort()).toEqual(['2026-11-01', '2026-11-02']);
      expect(first.rejected.map((r) => r.day)).toEqual(['2026-11-03']);
      // An older fetch of 11-02 (1000 < 2000) is kept out.
      const second = await store.putSummaries('org', [summary('2026-11-02', { dailyActive: 99 })]);
      expect(second.kept).toEqual(['2026-11-02']);
      const read = await store.readSummaries('org', '2026-11-01', '2026-11-30');
      expect(read.map((s) => [s.day, s.dailyActive])).toEqual([
        ['2026-11-01', 10],
        ['2026-11-02', 12],
      ]);
      await store.putSummaries('rbac_group_a', [
        summary('2026-11-01', { scope: 'rbac_group_a', dailyActive: 3 }),
      ]);
      expect(await store.storedDays('org')).toEqual(['2026-11-01', '2026-11-02']);
      expect(await store.storedScopes()).toEqual(['org', 'rbac_group_a']);
      expect(await store.readSummaries('rbac_group_a', '2026-11-02', '2026-11-30')).toEqual([]);
    });

    it('keeps staged pages invisible until the day is committed whole, then records its members', async () => {
      const store = await make();
      await store.stageUserDayPage('2026-11-20', 0, [row('user_a', 3), row('user_b', 0)], 500);
      await store.stageUserDayPage('2026-11-20', 1, [row('user_c', 1)], 600);
      expect(await store.stagedPages('2026-11-20')).toEqual([0, 1]);
      expect(await store.storedUserDays()).toEqual([]);
      await expect(store.commitUserDay('2026-11-20', { expectedPages: 3 })).rejects.toThrow(
        /incomplete/,
      );
      const result = await store.commitUserDay('2026-11-20', { expectedPages: 2 });
      expect(result).toEqual({ day: '2026-11-20', members: 3, written: true, membersUpdated: 3 });
      expect(await store.stagedPages('2026-11-20')).toEqual([]);
      expect(await store.storedUserDays()).toEqual(['2026-11-20']);
      const [day] = await store.readUserDays('2026-11-01', '2026-11-30');
      expect(day!.memberIds).toEqual(['user_a', 'user_b', 'user_c']);
      expect([...day!.columns.chatMessages]).toEqual([3, 0, 1]);
      expect(day!.fetchedAt).toBe(600);
      const members = await store.readMembers();
      expect(members.map((m) => [m.id, m.lastActiveDay])).toEqual([
        ['user_a', '2026-11-20'],
        ['user_b', null],
        ['user_c', '2026-11-20'],
      ]);
    });

    it('a commit changes only the member records whose facts change', async () => {
      const store = await make();
      const commit = async (day: string, rows: ReturnType<typeof row>[], at: number) => {
        await store.stageUserDayPage(day, 0, rows, at);
        return store.commitUserDay(day);
      };
      await commit('2026-11-20', [row('user_a', 3), row('user_b', 0)], 500);
      // The same day fetched again: every record already holds it.
      const again = await commit('2026-11-20', [row('user_a', 3), row('user_b', 0)], 600);
      expect(again).toMatchObject({ written: true, membersUpdated: 0 });
      // An older day inside what is known changes nothing; user_b active then moves last active.
      const older = await commit('2026-11-19', [row('user_a', 0), row('user_b', 2)], 700);
      expect(older.membersUpdated).toBe(2); // both first seen earlier
      const same = await commit('2026-11-19', [row('user_a', 0), row('user_b', 2)], 800);
      expect(same.membersUpdated).toBe(0);
      const next = await commit('2026-11-21', [row('user_a', 0), row('user_c', 1)], 900);
      expect(next.membersUpdated).toBe(2);
      const members = await store.readMembers();
      expect(members.map((m) => [m.id, m.firstSeenDay, m.lastSeenDay, m.lastActiveDay])).toEqual([
        ['user_a', '2026-11-19', '2026-11-21', '2026-11-20'],
        ['user_b', '2026-11-19', '2026-11-20', '2026-11-19'],
        ['user_c', '2026-11-21', '2026-11-21', '2026-11-21'],
      ]);
    });

    it('discards a staged day, and refuses a page without a member id', async () => {
      const store = await make();
      await store.stageUserDayPage('2026-11-21', 0, [row('user_a', 1)]);
      await store.discardStagedDay('2026-11-21');
      expect(await store.stagedPages('2026-11-21')).toEqual([]);
      await expect(
        store.stageUserDayPage('2026-11-21', 0, [{ memberId: '', email: '', values: {} }]),
      ).rejects.toThrow(/not valid/);
    });

    it('merges groups, keeps membership windows and returns the latest', async () => {
      const store = await make();
      await store.putGroups([
        { id: 'g1', name: 'Sales', source: 'api', lastSeenDay: '2026-11-01' },
      ]);
      await store.putGroups([{ id: 'g1', name: null, source: 'api', lastSeenDay: '2026-11-05' }]);
      expect(await store.readGroups()).toEqual([
        { id: 'g1', name: 'Sales', source: 'api', lastSeenDay: '2026-11-05' },
      ]);
      const window = (startDay: string, endDay: string, memberIds: string[]) => ({
        groupId: 'g1',
        startDay,
        endDay,
        memberIds,
        fetchedAt: 1,
      });
      await store.putGroupMembership(window('2026-10-01', '2026-10-31', ['a']));
      await store.putGroupMembership(window('2026-10-22', '2026-11-21', ['a', 'b']));
      expect((await store.latestMembership('g1'))?.memberIds).toEqual(['a', 'b']);
      expect(await store.latestMembership('g2')).toBeNull();
    });

    it('stores rollups, group activity, catalogs and spend, each replaced only by a later fetch', async () => {
      const store = await make();
      const columns = Object.fromEntries(
        rollupColumns.map((c) => [c, Uint32Array.from([c === 'chatMessages' ? 7 : 0, 0])]),
      ) as never;
      await store.putUserRollup({
        startDay: '2026-10-22',
        endDay: '2026-11-21',
        memberIds: ['a', 'b'],
        columns,
        fetchedAt: 1,
      });
      expect(await store.storedRollups()).toEqual([
        { startDay: '2026-10-22', endDay: '2026-11-21' },
      ]);
      const rollup = await store.readLatestRollup();
      expect([...rollup!.columns.chatMessages]).toEqual([7, 0]);
      const activity = (distinctActive: number, fetchedAt: number) => ({
        groupId: 'g1',
        startDay: '2026-11-20',
        endDay: '2026-11-21',
        distinctActive,
        featureUse: { connectors: 0, skills: 0, projects: 0, cowork: 0 },
        fetchedAt,
      });
      await store.putGroupActivity([activity(4, 2)]);
      await store.putGroupActivity([activity(9, 1)]);
      const read = await store.readGroupActivity({ fromDay: '2026-11-01', toDay: '2026-11-30' });
      expect(read.map((r) => r.distinctActive)).toEqual([4]);
      await store.putCatalog({
        kind: 'skills',
        scope: 'org',
        startDay: '2026-10-22',
        endDay: '2026-11-21',
        rows: [{ skill_name: 'pdf' }],
        fetchedAt: 1,
      });
      expect((await store.readCatalog('skills', 'org')).map((c) => c.rows.length)).toEqual([1]);
      expect(await store.readCatalog('skills', 'g1')).toEqual([]);
      const spend = {
        kind: 'cost' as const,
        day: '2026-11-20',
        groupKey: 'x',
        group: {},
        values: {},
      };
      await store.putSpendRows([{ ...spend, values: { amount: 5 }, fetchedAt: 3 }]);
      await store.putSpendRows([{ ...spend, values: { amount: 1 }, fetchedAt: 2 }]);
      expect(
        (await store.readSpend('cost', '2026-11-01', '2026-11-30')).map((r) => r.values),
      ).toEqual([{ amount: 5 }]);
      expect(await store.readSpend('usage', '2026-11-01', '2026-11-30')).toEqual([]);
    });

    it('keeps checkpoints, meta and the sync log (newest first)', async () => {
      const store = await make();
      const cp = (taskId: string) => ({
        taskId,
        state: 'in-progress' as const,
        nextCursor: 'c2',
        pagesDone: 1,
        updatedAt: 5,
      });
      await store.putCheckpoint(cp('user-day:2026-11-20'));
      await store.putCheckpoint(cp('group-day:2026-11-20'));
      expect((await store.getCheckpoint('user-day:2026-11-20'))?.nextCursor).toBe('c2');
      await store.clearCheckpoints('user-day:');
      expect(await store.getCheckpoint('user-day:2026-11-20')).toBeNull();
      expect(await store.getCheckpoint('group-day:2026-11-20')).not.toBeNull();
      await store.clearCheckpoints();
      expect(await store.getCheckpoint('group-day:2026-11-20')).toBeNull();
      expect(await store.getMeta('latestAvailableDay')).toBeNull();
      await store.setMeta('latestAvailableDay', '2026-11-24');
      expect(await store.getMeta('latestAvailableDay')).toBe('2026-11-24');
      await store.setMeta('latestAvailableDay', null);
      expect(await store.getMeta('latestAvailableDay')).toBeNull();
      await store.appendSyncLog({ at: 1, outcome: 'ok', message: 'first', requests: 3 });
      await store.appendSyncLog({ at: 2, outcome: 'error', message: 'second', requests: 0 });
      expect((await store.readSyncLog()).map((e) => e.message)).toEqual(['second', 'first']);
    });
  });
}
