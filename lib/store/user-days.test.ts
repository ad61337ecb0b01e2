import { beforeEach, describe, expect, it } from 'vitest';
import { readMembers } from '@/lib/store/people';
import { freshHistory, row } from '@/lib/store/test-support';
import {
  commitUserDay,
  discardStagedDay,
  eachUserDay,
  readUserDays,
  stagedDays,
  stagedPages,
  stageUserDayPage,
  storedUserDays,
} from '@/lib/store/history';

beforeEach(freshHistory);

const day = '2026-11-20';

describe('staged pages, committed whole', () => {
  it('a committed day reads back as one columnar record of every page', async () => {
    await stageUserDayPage(day, 0, [row(1, { chatMessages: 41 }), row(2)], 100);
    await stageUserDayPage(day, 1, [row(3, { codeCommits: 3 })], 200);
    expect(await commitUserDay(day)).toEqual({ day, members: 3, written: true, membersUpdated: 3 });
    const [record] = await readUserDays(day, day);
    expect(record?.memberIds).toEqual(['user_1', 'user_2', 'user_3']);
    expect([...record!.columns.chatMessages]).toEqual([41, 0, 0]);
    expect([...record!.columns.codeCommits]).toEqual([0, 0, 3]);
    expect(record?.complete).toBe(true);
    expect(record?.fetchedAt).toBe(200);
    expect(await stagedPages(day)).toEqual([]);
  });

  it('a worker killed between pages leaves no visible day; the resumed sync continues', async () => {
    await stageUserDayPage(day, 0, [row(1, { chatMessages: 1 })]);
    // ...the service worker dies here...
    expect(await readUserDays(day, day)).toEqual([]);
    expect(await storedUserDays()).toEqual([]);
    expect(await readMembers()).toEqual([]);
    // Resume: the sync asks what is staged and fetches the rest.
    expect(await stagedDays()).toEqual([day]);
    expect(await stagedPages(day)).toEqual([0]);
    await stageUserDayPage(day, 1, [row(2, { chatMessages: 2 })]);
    await commitUserDay(day, { expectedPages: 2 });
    expect((await readUserDays(day, day))[0]?.memberIds).toEqual(['user_1', 'user_2']);
    expect(await stagedDays()).toEqual([]);
  });

  it('re-staging a page replaces it (retries are safe)', async () => {
    await stageUserDayPage(day, 0, [row(1, { chatMessages: 1 })]);
    await stageUserDayPage(day, 0, [row(1, { chatMessages: 5 })]);
    await commitUserDay(day);
    expect([...(await readUserDays(day, day))[0]!.columns.chatMessages]).toEqual([5]);
  });

  it.each([
    ['nothing staged', [], undefined, 'pages staged: none'],
    ['a gap (page 1 missing)', [0, 2], undefined, 'pages staged: 0, 2'],
    ['fewer pages than expected', [0, 1], 3, 'pages staged: 0, 1'],
  ])(
    'refuses to commit with %s and changes nothing',
    async (_name, pages, expectedPages, detail) => {
      for (const p of pages) await stageUserDayPage(day, p, [row(p)]);
      await expect(commitUserDay(day, { expectedPages })).rejects.toMatchObject({
        kind: 'invalid',
        message: `Member activity for ${day} is incomplete (${detail}).`,
      });
      expect(await storedUserDays()).toEqual([]);
      expect(await stagedPages(day)).toEqual(pages);
    },
  );

  it('discarding a staged day drops its pages only', async () => {
    await stageUserDayPage(day, 0, [row(1)]);
    await stageUserDayPage('2026-11-21', 0, [row(1)]);
    await discardStagedDay(day);
    expect(await stagedDays()).toEqual(['2026-11-21']);
  });

  it.each([
    ['a bad day', '2026-13-01', 0],
    ['a negative page', day, -1],
    ['a fractional page', day, 0.5],
  ])('refuses to stage %s', async (_name, d, page) => {
    await expect(stageUserDayPage(d, page, [row(1)])).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('refuses a row without member id', async () => {
    await expect(
      stageUserDayPage(day, 0, [{ memberId: '', email: 'x@y', values: {} }]),
    ).rejects.toMatchObject({
      kind: 'invalid',
      message: `Row 1 of ${day} is not valid (memberId: Too small: expected string to have >=1 characters); it was not stored.`,
    });
  });

  it('a stale re-fetch does not replace a later one', async () => {
    await stageUserDayPage(day, 0, [row(1, { chatMessages: 9 })], 500);
    await commitUserDay(day);
    await stageUserDayPage(day, 0, [row(1, { chatMessages: 1 })], 100);
    expect(await commitUserDay(day)).toMatchObject({ written: false });
    expect([...(await readUserDays(day, day))[0]!.columns.chatMessages]).toEqual([9]);
    expect(await stagedPages(day)).toEqual([]);
  });
});

describe('members recorded on commit', () => {
  it('first/last seen and last active follow the days, in any commit order', async () => {
    const commit = async (d: string, rows: ReturnType<typeof row>[]) => {
      await stageUserDayPage(d, 0, rows);
      await commitUserDay(d);
    };
    await commit('2026-11-20', [row(1, { chatMessages: 2 }), row(2)]);
    await commit('2026-11-10', [row(1), row(2, { webSearches: 1 })]); // backfill, older day
    await commit('2026-11-25', [row(1), { ...row(2), email: 'new@acme.example' }]);
    expect(await readMembers()).toEqual([
      {
        id: 'user_1',
        email: 'm1@acme.example',
        firstSeenDay: '2026-11-10',
        lastSeenDay: '2026-11-25',
        lastActiveDay: '2026-11-20',
      },
      {
        id: 'user_2',
        email: 'new@acme.example',
        firstSeenDay: '2026-11-10',
        lastSeenDay: '2026-11-25',
        lastActiveDay: '2026-11-10',
      },
    ]);
  });
});

describe('reading days', () => {
  beforeEach(async () => {
    for (const [i, d] of ['2026-11-01', '2026-11-02', '2026-11-03'].entries()) {
      await stageUserDayPage(d, 0, [row(1, { chatMessages: i + 1 }), row(2 + i)]);
      await commitUserDay(d);
    }
  });

  it('reads an inclusive range; members are per day', async () => {
    const days = await readUserDays('2026-11-02', '2026-11-03');
    expect(days.map((d) => [d.day, d.memberIds, [...d.columns.chatMessages]])).toEqual([
      ['2026-11-02', ['user_1', 'user_3'], [2, 0]],
      ['2026-11-03', ['user_1', 'user_4'], [3, 0]],
    ]);
    expect(await storedUserDays()).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
  });

  it('eachUserDay visits the same days one at a time', async () => {
    const seen: string[] = [];
    await eachUserDay('2026-11-01', '2026-11-02', (d) =>
      seen.push(`${d.day}:${d.columns.chatMessages[0]}`),
    );
    expect(seen).toEqual(['2026-11-01:1', '2026-11-02:2']);
  });
});
