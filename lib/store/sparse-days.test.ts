/**
 * Member days are stored sparse since 0.3 (sparse-columns.ts); days stored dense
 * by earlier versions stay readable, exportable and forgettable, side by side.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exportHistory, readHistoryFile } from '@/lib/store/export';
import { forgetMember } from '@/lib/store/forget';
import { commitUserDay, eachUserDay, readUserDays, stageUserDayPage } from '@/lib/store/history';
import type { StoredUserDay } from '@/lib/store/schema';
import { freshHistory, row } from '@/lib/store/test-support';
import { readTx, writeTx } from '@/lib/store/tx';

beforeEach(freshHistory);

/** Four members; user_2 and user_4 active (chat 5 and 7, user_4 also 3 commits). */
const rows = () => [
  row(1),
  row(2, { chatMessages: 5 }),
  row(3),
  row(4, { chatMessages: 7, codeCommits: 3 }),
];

/** The same day as the previous release stored it: dense, one value per member per column. */
async function putDenseDay(day: string) {
  await writeTx(['userDays', 'memberKeys'], 'write an old day', async (tx) => {
    for (const n of [1, 2, 3, 4])
      await tx.objectStore('memberKeys').put({ id: `user_${n}`, ordinal: n - 1 });
    const old: StoredUserDay = {
      day,
      members: Uint8Array.from([0, 1, 2, 3]),
      columns: {
        chatMessages: Uint8Array.from([0, 5, 0, 7]),
        codeCommits: Uint8Array.from([0, 0, 0, 3]),
      },
      fetchedAt: 1,
      bytes: 12,
    };
    await tx.objectStore('userDays').put(old);
  });
}

async function commitDay(day: string) {
  await stageUserDayPage(day, 0, rows(), 1);
  await commitUserDay(day);
}

const rawDay = (day: string) =>
  readTx(['userDays'], 'read a raw day', (tx) => tx.objectStore('userDays').get(day));

const plain = (d: { day: string; memberIds: string[]; columns: Record<string, Uint32Array> }) => ({
  day: d.day,
  memberIds: d.memberIds,
  chat: [...d.columns.chatMessages!],
  commits: [...d.columns.codeCommits!],
  sessions: [...d.columns.codeSessions!],
});

describe('sparse member days', () => {
  it('a committed day stores the 2 active members’ values only, and a bitmap of who was active', async () => {
    await commitDay('2026-11-02');
    const raw = await rawDay('2026-11-02');
    expect([...raw!.members]).toEqual([0, 1, 2, 3]);
    expect([...raw!.active!]).toEqual([0b1010]);
    expect([...raw!.columns.chatMessages!]).toEqual([5, 7]);
    expect([...raw!.columns.codeCommits!]).toEqual([0, 3]);
    expect(raw!.columns.codeSessions).toBeUndefined();
    // 4 ordinals + 1 bitmap byte + 2 × 2 column values (Uint8).
    expect(raw!.bytes).toBe(9);
  });

  it('an old dense day and a new sparse day read back the same, in readUserDays and eachUserDay', async () => {
    await putDenseDay('2026-11-01');
    await commitDay('2026-11-02');
    const expected = (day: string) => ({
      day,
      memberIds: ['user_1', 'user_2', 'user_3', 'user_4'],
      chat: [0, 5, 0, 7],
      commits: [0, 0, 0, 3],
      sessions: [0, 0, 0, 0],
    });
    const read = await readUserDays('2026-11-01', '2026-11-02');
    expect(read.map(plain)).toEqual([expected('2026-11-01'), expected('2026-11-02')]);
    const visited: ReturnType<typeof plain>[] = [];
    await eachUserDay('2026-11-01', '2026-11-02', (d) => visited.push(plain(d)));
    expect(visited).toEqual(read.map(plain));
  });

  it('an export holds the same columns for the old and the new day', async () => {
    await putDenseDay('2026-11-01');
    await commitDay('2026-11-02');
    const file = await readHistoryFile(await exportHistory());
    const days = file.records.filter((r) => r.store === 'userDays').map((r) => r.record);
    expect(days.map((d) => (d as { columns: unknown }).columns)).toEqual([
      { chatMessages: [0, 5, 0, 7], codeCommits: [0, 0, 0, 3] },
      { chatMessages: [0, 5, 0, 7], codeCommits: [0, 0, 0, 3] },
    ]);
  });

  it.each([
    ['an inactive member (user_3)', 'user_3', ['user_1', 'user_2', 'user_4'], [0, 5, 7], [0, 0, 3]],
    ['an active member (user_2)', 'user_2', ['user_1', 'user_3', 'user_4'], [0, 0, 7], [0, 0, 3]],
    [
      'the last active member (user_4)',
      'user_4',
      ['user_1', 'user_2', 'user_3'],
      [0, 5, 0],
      [0, 0, 0],
    ],
  ])(
    'forgetting %s removes them from the old and the new day alike',
    async (_, id, ids, chat, commits) => {
      await putDenseDay('2026-11-01');
      await commitDay('2026-11-02');
      expect((await forgetMember({ memberId: id })).days).toBe(2);
      const read = await readUserDays('2026-11-01', '2026-11-02');
      for (const d of read) {
        expect(d.memberIds).toEqual(ids);
        expect([...d.columns.chatMessages]).toEqual(chat);
        expect([...d.columns.codeCommits]).toEqual(commits);
      }
    },
  );
});
