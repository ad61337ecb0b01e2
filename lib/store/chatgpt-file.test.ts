import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ChatgptPeriod } from '@/lib/chatgpt/records';
import {
  listChatgptPeriods,
  readChatgptHistory,
  replaceChatgptPeriods,
} from '@/lib/store/chatgpt-history';
import { chatgptGpt, chatgptUser } from '@/lib/store/chatgpt-test-support';
import { exportHistory, importHistory } from '@/lib/store/export';
import { exportedText, file, populate } from '@/lib/store/export-fixtures';
import { readSummaries } from '@/lib/store/summaries';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

const week2: ChatgptPeriod = { cadence: 'weekly', start: '2026-03-08', end: '2026-03-14' };
const ana = chatgptUser('ana@acme.example', { groups: ['SG-Sales'], departments: ['it'] });
const ben = chatgptUser('ben@acme.example', { messages: 0, isActive: false });
const gpt = chatgptGpt('g-1', 'live');

/** Two user periods (imported at 5) and one GPT period, beside the fixture's Claude history. */
async function held() {
  await populate();
  await replaceChatgptPeriods(
    { users: [ana, ben, chatgptUser('ana@acme.example', {}, week2)], gpts: [gpt] },
    { now: 5 },
  );
}
const periodsOf = async () =>
  (await listChatgptPeriods()).map((p) => `${p.kind} ${p.periodKey} ${p.rows} @${p.importedAt}`);
const exported = () => exportHistory({ now: Date.UTC(2026, 2, 4), gzip: false });

describe('ChatGPT imports in the history file (version 2)', () => {
  it('writes one line per period and kind after the history, counted in the header', async () => {
    await held();
    const [header, ...lines] = (await exportedText()).trimEnd().split('\n');
    expect(JSON.parse(header!)).toMatchObject({ version: 2, chatgptPeriods: 3 });
    const chatgpt = lines.filter((l) => l.startsWith('{"store":"chatgpt"'));
    expect(chatgpt).toHaveLength(3);
    expect(lines.slice(-3)).toEqual(chatgpt); // after every history line
    expect(JSON.parse(chatgpt[0]!).record).toMatchObject({
      kind: 'users',
      periodKey: 'weekly:2026-03-01:2026-03-07',
      importedAt: 5,
      rows: [ana, ben],
    });
  });

  it('moves to a new browser whole: rows, periods and import times (replace)', async () => {
    await held();
    const before = { history: await readChatgptHistory(), periods: await periodsOf() };
    const blob = await exported();
    await freshHistory();
    const result = await importHistory(blob, { mode: 'replace' });
    expect(result.chatgptPeriods).toBe(3);
    expect({ history: await readChatgptHistory(), periods: await periodsOf() }).toEqual(before);
    expect(before.periods).toEqual([
      'users weekly:2026-03-01:2026-03-07 2 @5',
      'gpts weekly:2026-03-01:2026-03-07 1 @5',
      'users weekly:2026-03-08:2026-03-14 1 @5',
    ]);
  });

  it('replace with a version 2 file replaces the ChatGPT imports too', async () => {
    const blob = await exported(); // no ChatGPT periods
    await held();
    await importHistory(blob, { mode: 'replace' });
    expect(await periodsOf()).toEqual([]);
  });

  it('a version 1 file (before ChatGPT) still imports and keeps the ChatGPT imports held', async () => {
    await held();
    const summary = (await exportedText())
      .split('\n')
      .find((l) => l.startsWith('{"store":"summaries"'))!;
    const v1 = await file([summary]); // the fixture writes version 1 headers
    await importHistory(v1, { mode: 'replace' });
    expect(await readSummaries('org', '2026-01-01', '2026-12-31')).toHaveLength(1);
    expect(await periodsOf()).toHaveLength(3);
  });

  it('merge takes a period from the file unless the one held was imported later', async () => {
    await replaceChatgptPeriods({ users: [ana], gpts: [] }, { now: 5 });
    const blob = await exported();
    // Held now: week 1 re-imported later (at 9, ben only), and week 2 (at 3).
    await replaceChatgptPeriods({ users: [ben], gpts: [] }, { now: 9 });
    await replaceChatgptPeriods(
      { users: [chatgptUser('ana@acme.example', {}, week2)], gpts: [] },
      { now: 3 },
    );
    const result = await importHistory(blob, { mode: 'merge' });
    expect(result.chatgptPeriods).toBe(0);
    expect(await periodsOf()).toEqual([
      'users weekly:2026-03-01:2026-03-07 1 @9',
      'users weekly:2026-03-08:2026-03-14 1 @3',
    ]);
    expect((await readChatgptHistory()).users.map((u) => u.email)).toEqual([
      'ben@acme.example',
      'ana@acme.example',
    ]);
  });

  it.each([
    ['an invalid row', { ...ana, messages: -1 }, 'rows.0: messages: must be a whole number ≥ 0'],
    [
      'a row of another period',
      { ...ana, ...week2, periodKey: 'weekly:2026-03-08:2026-03-14' },
      'rows.0: periodKey: must be the period of the line',
    ],
  ])('refuses %s and imports nothing', async (_what, row, message) => {
    const line = JSON.stringify({
      store: 'chatgpt',
      record: {
        kind: 'users',
        periodKey: ana.periodKey,
        cadence: 'weekly',
        start: ana.start,
        end: ana.end,
        importedAt: 5,
        rows: [row],
      },
    });
    const blob = await file([line], { version: 2, chatgptPeriods: 1 });
    await expect(importHistory(blob, { mode: 'replace' })).rejects.toMatchObject({
      kind: 'import',
      message: `Record 1 (line 2) of the history file is invalid: record.${message}. Nothing was imported.`,
    });
    expect(await periodsOf()).toEqual([]);
  });

  it('refuses a file whose header counts fewer ChatGPT periods than it holds', async () => {
    await held();
    const [header, ...lines] = (await exportedText()).trimEnd().split('\n');
    const { checksum: _, ...head } = JSON.parse(header!) as Record<string, unknown>;
    const blob = await file(lines, {
      ...head,
      chatgptPeriods: 2,
    });
    await expect(importHistory(blob, { mode: 'replace' })).rejects.toMatchObject({
      message: expect.stringContaining('its header lists 2 ChatGPT periods, the file holds 3'),
    });
  });
});
