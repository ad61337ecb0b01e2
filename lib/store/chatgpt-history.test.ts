import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatgptPeriod, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { openHistory } from '@/lib/store/db';
import { deleteHistory } from '@/lib/store/histories';
import {
  listChatgptPeriods,
  readChatgptHistory,
  removeChatgptPeriod,
  replaceChatgptPeriods,
} from '@/lib/store/chatgpt-history';
import { chatgptGpt, chatgptUser } from '@/lib/store/chatgpt-test-support';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(freshHistory);

const week1: ChatgptPeriod = { cadence: 'weekly', start: '2026-03-01', end: '2026-03-07' };
const week2: ChatgptPeriod = { cadence: 'weekly', start: '2026-03-08', end: '2026-03-14' };
const march: ChatgptPeriod = { cadence: 'monthly', start: '2026-03-01', end: '2026-03-31' };

const messagesOf = async () =>
  (await readChatgptHistory()).users.map((u) => `${u.periodKey} ${u.email} ${u.messages}`);

describe('replaceChatgptPeriods', () => {
  it('stores users and GPTs and reads them back as the records went in', async () => {
    const ana = chatgptUser('ana@acme.example', { groups: ['SG-Sales'], departments: ['it'] });
    const gpt = chatgptGpt('g-1', 'live');
    const written = await replaceChatgptPeriods({ users: [ana], gpts: [gpt] }, { now: 5 });
    expect(written).toEqual([
      { periodKey: 'weekly:2026-03-01:2026-03-07', kind: 'users', rows: 1, replacedRows: 0 },
      { periodKey: 'weekly:2026-03-01:2026-03-07', kind: 'gpts', rows: 1, replacedRows: 0 },
    ]);
    expect(await readChatgptHistory()).toEqual({ users: [ana], gpts: [gpt] });
  });

  it('re-importing a period replaces it whole: the same week twice is never double-counted', async () => {
    const first = ['ana', 'ben', 'chen'].map((n) => chatgptUser(`${n}@acme.example`));
    await replaceChatgptPeriods({ users: first, gpts: [] });
    await replaceChatgptPeriods({ users: [chatgptUser('ana@acme.example', {}, week2)], gpts: [] });
    // The second download of week 1 no longer lists chen, and ana sent 3 more messages.
    const again = [
      chatgptUser('ana@acme.example', { messages: 13 }),
      chatgptUser('ben@acme.example'),
    ];
    const written = await replaceChatgptPeriods({ users: again, gpts: [] });
    expect(written).toEqual([
      { periodKey: 'weekly:2026-03-01:2026-03-07', kind: 'users', rows: 2, replacedRows: 3 },
    ]);
    expect(await messagesOf()).toEqual([
      'weekly:2026-03-01:2026-03-07 ana@acme.example 13',
      'weekly:2026-03-01:2026-03-07 ben@acme.example 10',
      'weekly:2026-03-08:2026-03-14 ana@acme.example 10',
    ]);
  });

  it('a User Engagement import leaves the GPT rows of its week alone (kinds are replaced apart)', async () => {
    await replaceChatgptPeriods({
      users: [chatgptUser('ana@acme.example')],
      gpts: [chatgptGpt('g-1', 'live'), chatgptGpt('g-1', 'draft')],
    });
    await replaceChatgptPeriods({ users: [chatgptUser('ben@acme.example')], gpts: [] });
    const history = await readChatgptHistory();
    expect(history.users.map((u) => u.email)).toEqual(['ben@acme.example']);
    expect(history.gpts.map((g) => `${g.gptId} ${g.configType}`)).toEqual([
      'g-1 draft',
      'g-1 live',
    ]);
  });

  it('a week and the month holding it are different periods', async () => {
    await replaceChatgptPeriods({ users: [chatgptUser('ana@acme.example', {}, week1)], gpts: [] });
    await replaceChatgptPeriods({
      users: [chatgptUser('ana@acme.example', { messages: 40 }, march)],
      gpts: [],
    });
    expect(await messagesOf()).toEqual([
      'monthly:2026-03-01:2026-03-31 ana@acme.example 40',
      'weekly:2026-03-01:2026-03-07 ana@acme.example 10',
    ]);
  });

  it('a GPT without config_type (older files) is keyed with an empty config', async () => {
    await replaceChatgptPeriods({ users: [], gpts: [chatgptGpt('g-old', null)] });
    const written = await replaceChatgptPeriods({
      users: [],
      gpts: [chatgptGpt('g-old', null, { messagesWorkspace: 9 })],
    });
    expect(written[0]).toMatchObject({ rows: 1, replacedRows: 1 });
    expect((await readChatgptHistory()).gpts.map((g) => g.messagesWorkspace)).toEqual([9]);
  });

  it.each([
    ['an invalid row', [chatgptUser('ben@acme.example', { messages: -1 })], 'ChatGPT user row 2'],
    [
      'a period key that does not match its dates',
      [chatgptUser('x@acme.example', { end: '2026-03-08' })],
      'periodKey',
    ],
    ['the same person twice in one period', [chatgptUser('ana@acme.example')], 'twice'],
  ])('refuses %s and writes nothing', async (_what, extra, message) => {
    await replaceChatgptPeriods({ users: [chatgptUser('old@acme.example')], gpts: [] });
    await expect(
      replaceChatgptPeriods({ users: [chatgptUser('ana@acme.example'), ...extra], gpts: [] }),
    ).rejects.toMatchObject({ kind: 'invalid', message: expect.stringContaining(message) });
    expect(await messagesOf()).toEqual(['weekly:2026-03-01:2026-03-07 old@acme.example 10']);
  });

  it('writes to the database it is given, not the active one', async () => {
    await replaceChatgptPeriods(
      { users: [chatgptUser('ana@acme.example')], gpts: [] },
      { db: 'uptake-demo' },
    );
    expect((await readChatgptHistory()).users).toEqual([]);
    expect((await readChatgptHistory({ db: 'uptake-demo' })).users).toHaveLength(1);
  });
});

describe('chunked periods (schema v3)', () => {
  /** `n` people person0000@… in reverse order, so the store has to sort them. */
  const people = (n: number, overrides: Partial<ChatgptUserPeriod> = {}) =>
    Array.from({ length: n }, (_, i) =>
      chatgptUser(`person${String(n - 1 - i).padStart(4, '0')}@acme.example`, overrides),
    );
  const stored = async () => {
    const db = await openHistory();
    return { periods: await db.count('chatgptPeriods'), chunks: await db.count('chatgptChunks') };
  };

  it('keeps 2,500 rows of one week as 3 chunks of at most 1,000 and reads them back by email', async () => {
    await replaceChatgptPeriods({ users: people(2500), gpts: [] });
    expect(await stored()).toEqual({ periods: 1, chunks: 3 });
    const emails = (await readChatgptHistory()).users.map((u) => u.email);
    expect(emails).toHaveLength(2500);
    expect([emails[0], emails[999], emails[1000], emails[2499]]).toEqual([
      'person0000@acme.example',
      'person0999@acme.example',
      'person1000@acme.example',
      'person2499@acme.example',
    ]);
  });

  it('re-importing with fewer rows leaves no chunk of the earlier download behind', async () => {
    await replaceChatgptPeriods({ users: people(2500), gpts: [] });
    const written = await replaceChatgptPeriods({ users: people(1200, { messages: 3 }), gpts: [] });
    expect(written).toEqual([
      { periodKey: 'weekly:2026-03-01:2026-03-07', kind: 'users', rows: 1200, replacedRows: 2500 },
    ]);
    expect(await stored()).toEqual({ periods: 1, chunks: 2 });
    const users = (await readChatgptHistory()).users;
    expect([users.length, users.every((u) => u.messages === 3)]).toEqual([1200, true]);
    expect(await removeChatgptPeriod('weekly:2026-03-01:2026-03-07')).toBe(1200);
    expect(await stored()).toEqual({ periods: 0, chunks: 0 });
  });

  it('stores only the record fields (anything else a caller attached is dropped)', async () => {
    const ana = chatgptUser('ana@acme.example');
    await replaceChatgptPeriods({ users: [{ ...ana, note: 'x' } as ChatgptUserPeriod], gpts: [] });
    expect((await readChatgptHistory()).users).toEqual([ana]);
  });

  it('reads only the periods asked for', async () => {
    await replaceChatgptPeriods({
      users: [chatgptUser('ana@acme.example', {}, week2), chatgptUser('ben@acme.example')],
      gpts: [chatgptGpt('g-1', 'live', {}, week2)],
    });
    const only = await readChatgptHistory({ periodKeys: ['weekly:2026-03-08:2026-03-14'] });
    expect(only.users.map((u) => u.email)).toEqual(['ana@acme.example']);
    expect(only.gpts.map((g) => g.gptId)).toEqual(['g-1']);
  });
});

describe('listChatgptPeriods and removeChatgptPeriod', () => {
  beforeEach(async () => {
    await replaceChatgptPeriods(
      {
        users: [
          chatgptUser('ana@acme.example', {}, week2),
          chatgptUser('ana@acme.example', {}, week1),
          chatgptUser('ben@acme.example', { userStatus: 'pending', isActive: null }, week1),
        ],
        gpts: [chatgptGpt('g-1', 'live', {}, week1)],
      },
      { now: 1000 },
    );
    await replaceChatgptPeriods(
      { users: [chatgptUser('ana@acme.example', {}, march)], gpts: [] },
      { now: 2000 },
    );
  });

  it('lists each period of each kind with its rows and import time, oldest first', async () => {
    const listed = (await listChatgptPeriods()).map(
      (p) => `${p.cadence} ${p.start}..${p.end} ${p.kind} ${p.rows} @${p.importedAt}`,
    );
    expect(listed).toEqual([
      'weekly 2026-03-01..2026-03-07 users 2 @1000',
      'weekly 2026-03-01..2026-03-07 gpts 1 @1000',
      'monthly 2026-03-01..2026-03-31 users 1 @2000',
      'weekly 2026-03-08..2026-03-14 users 1 @1000',
    ]);
  });

  it('removes one period of both kinds, or of one kind, and says how many rows went', async () => {
    expect(await removeChatgptPeriod('weekly:2026-03-01:2026-03-07', { kind: 'gpts' })).toBe(1);
    expect(await removeChatgptPeriod('weekly:2026-03-01:2026-03-07')).toBe(2);
    expect(await removeChatgptPeriod('weekly:2026-03-01:2026-03-07')).toBe(0);
    expect((await listChatgptPeriods()).map((p) => p.periodKey)).toEqual([
      'monthly:2026-03-01:2026-03-31',
      'weekly:2026-03-08:2026-03-14',
    ]);
  });
});

describe('deleting the history of the first database', () => {
  it('takes the ChatGPT imports with it (the database itself stays for the API key)', async () => {
    await replaceChatgptPeriods({ users: [chatgptUser('ana@acme.example')], gpts: [] });
    await deleteHistory('uptake');
    expect(await listChatgptPeriods()).toEqual([]);
    expect((await readChatgptHistory()).users).toEqual([]);
  });
});
