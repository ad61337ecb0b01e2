/**
 * The background's Tools digest (issue 13): ChatGPT rows from the store,
 * Claude's member days rolled up to the same week, teams and floor from the
 * gate — the pages read none of it themselves.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AllInsights } from '@/lib/insights/service';
import { parseMetricsSettings } from '@/lib/metrics/config';
import { noProductsWithheld, type PublicationGate } from '@/lib/metrics/publication-gate';
import { removeChatgptPeriod, replaceChatgptPeriods } from '@/lib/store/chatgpt-history';
import { chatgptUser } from '@/lib/store/chatgpt-test-support';
import { stageUserDayPage } from '@/lib/store/staging';
import { freshHistory, row } from '@/lib/store/test-support';
import { commitUserDay } from '@/lib/store/user-days';
import { readToolsDigest, toolsDigest } from './tools-reads';

const gate = (peopleShown: boolean): PublicationGate => ({
  k: 5,
  peopleShown,
  groups: [
    { id: 'L', published: false, hiddenBecause: 'Fewer than 5 members.', memberIds: [] },
    {
      id: 'T',
      published: true,
      hiddenBecause: null,
      memberIds: ['user_0', 'user_1', 'user_2', 'user_3', 'user_4', 'user_5'],
    },
  ],
  noGroup: { published: true, hiddenBecause: null, memberIds: [] },
  otherGroups: { published: false, groupIds: [], memberIds: [] },
  products: noProductsWithheld(),
});
const insights = (peopleShown: boolean) =>
  ({
    gate: gate(peopleShown),
    groups: [
      { scope: { id: 'T', name: 'Team', groupSource: 'api' } },
      { scope: { id: 'L', name: 'Legal', groupSource: 'api' } },
    ],
  }) as unknown as AllInsights;

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

/** Six Claude members (m0…m5@acme.example); m0, m1, m2 active on Monday 2 March 2026. */
async function storeClaude() {
  const rows = Array.from({ length: 6 }, (_, n) => row(n, { chatMessages: n < 3 ? 2 : 0 }));
  await stageUserDayPage('2026-03-02', 0, rows, 1);
  await commitUserDay('2026-03-02');
}

/** ChatGPT, week of 1 March: m0…m4 hold seats (m0, m3 active); six people only in ChatGPT (SG-X), all active. */
async function storeChatgpt() {
  await replaceChatgptPeriods({
    users: [
      ...[0, 1, 2, 3, 4].map((n) =>
        chatgptUser(`m${n}@acme.example`, n === 0 || n === 3 ? {} : { isActive: false }),
      ),
      ...[1, 2, 3, 4, 5, 6].map((n) => chatgptUser(`gpt${n}@acme.example`, { groups: ['SG-X'] })),
    ],
    gpts: [],
  });
}

describe('readToolsDigest', () => {
  it('is null while no ChatGPT export is imported', async () => {
    await storeClaude();
    expect(
      await readToolsDigest(insights(true), parseMetricsSettings({}), '2026-03-10'),
    ).toBeNull();
  });

  it('joins the stored exports and member days, with the gate’s teams and floor', async () => {
    await storeClaude();
    await storeChatgpt();
    const digest = await readToolsDigest(insights(true), parseMetricsSettings({}), '2026-03-10');
    const [week] = digest!.periods;
    expect(week!.claudeDaysStored).toBe(1);
    expect(
      week!.rows.map((r) => [
        r.scope,
        r.hiddenBecause,
        r.figures && [r.figures.chatgpt.active, r.figures.chatgpt.seats],
        r.figures && [r.figures.claude!.active, r.figures.claude!.seats],
        r.figures && [r.figures.combined!.active, r.figures.combined!.seats],
      ]),
    ).toEqual([
      // ChatGPT: m0, m3 and the six of SG-X active of 11 seats; Claude: 3 of 6; either: 10 of 12.
      ['org', null, [8, 11], [3, 6], [10, 12]],
      // Teams by name: SG-X, then Team (the gate's membership of T, user_0…user_5, by email).
      ['chatgpt-group:SG-X', null, [6, 6], [0, 0], [6, 6]],
      ['T', null, [2, 5], [3, 6], [4, 6]],
      ['L', 'Fewer than 5 members.', null, null, null],
    ]);
  });

  it('lists no champion in team-grain mode', async () => {
    await storeClaude();
    await storeChatgpt();
    const digest = await readToolsDigest(insights(false), parseMetricsSettings({}), '2026-03-10');
    expect(digest!.peopleShown).toBe(false);
    expect(digest!.periods[0]!.champions).toBeNull();
  });
});

describe('toolsDigest (the cache)', () => {
  const settings = parseMetricsSettings({});
  /** A digest builder that counts its builds (the real one runs behind it). */
  function counted() {
    const calls = { n: 0 };
    const build: typeof readToolsDigest = (...args) => {
      calls.n += 1;
      return readToolsDigest(...args);
    };
    return { calls, build };
  }

  it('a second ask with nothing changed does not rebuild; an import, a removal, new settings or a new insight build do', async () => {
    await storeClaude();
    await storeChatgpt();
    const { calls, build } = counted();
    const all = insights(true);
    const first = await toolsDigest(all, settings, '2026-03-10', build);
    expect(await toolsDigest(all, settings, '2026-03-10', build)).toBe(first);
    expect(calls.n).toBe(1);

    // Another week imported (as the options page's worker does, straight into IndexedDB).
    await replaceChatgptPeriods({
      users: [
        chatgptUser(
          'm0@acme.example',
          {},
          { cadence: 'weekly', start: '2026-03-08', end: '2026-03-14' },
        ),
      ],
      gpts: [],
    });
    const second = await toolsDigest(all, settings, '2026-03-10', build);
    expect(calls.n).toBe(2);
    expect(second).not.toBe(first);

    await removeChatgptPeriod('weekly:2026-03-08:2026-03-14');
    await toolsDigest(all, settings, '2026-03-10', build);
    expect(calls.n).toBe(3);

    const k7 = parseMetricsSettings({ privacy: { k: 7 } });
    await toolsDigest(all, k7, '2026-03-10', build);
    expect(calls.n).toBe(4);

    await toolsDigest(insights(true), k7, '2026-03-10', build); // a sync or history import rebuilt the models
    expect(calls.n).toBe(5);
    await toolsDigest(insights(true), k7, '2026-03-10', build);
    expect(calls.n).toBe(6);
  });
});
