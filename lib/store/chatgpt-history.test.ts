import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatgptPeriod } from '@/lib/chatgpt/records';
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
