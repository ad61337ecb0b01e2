import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportFileName, exportHistory, importHistory } from '@/lib/store/export';
import { dump, exportedText, populate, secretKey } from '@/lib/store/export-fixtures';
import * as h from '@/lib/store/history';
import { freshHistory, row, summary } from '@/lib/store/test-support';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});
afterEach(() => vi.restoreAllMocks());

describe('exportHistory', () => {
  it('writes a header with format, version, time, counts and checksum', async () => {
    await populate();
    const [first, ...rest] = (await exportedText()).trimEnd().split('\n');
    const header = JSON.parse(first!);
    expect(header).toMatchObject({
      format: 'uptake-history',
      version: 2,
      chatgptPeriods: 0,
      exportedAt: '2026-03-04T00:00:00.000Z',
      counts: {
        summaries: 3,
        userDays: 2,
        members: 3,
        groups: 1,
        groupMembership: 1,
        userRollups: 1,
        groupActivity: 1,
        catalog: 1,
        spend: 1,
      },
    });
    expect(header.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(rest).toHaveLength(14);
  });

  it('never contains the API key, checkpoints, staged pages or the sync log', async () => {
    await populate();
    const text = await exportedText();
    for (const secret of [
      secretKey,
      'SECRETSECRET',
      'CURSOR-XYZ',
      'users-day:2026-03-03',
      'user_99',
      'LOG-ENTRY-ABC',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('writes member activity as plain arrays, all-zero columns left out', async () => {
    await populate();
    const line = (await exportedText()).split('\n').find((l) => l.includes('"store":"userDays"'))!;
    expect(JSON.parse(line).record).toEqual({
      day: '2026-03-01',
      memberIds: ['user_1', 'user_2'],
      columns: { chatMessages: [41, 0], codeLinesAdded: [70000, 0] },
      fetchedAt: expect.any(Number),
    });
  });
});

describe('export → import round trip', () => {
  it('replace into an empty browser: every record and value equal', async () => {
    await populate();
    const before = await dump();
    const blob = await exportHistory();
    await freshHistory(); // the new laptop
    const result = await importHistory(blob, { mode: 'replace' });
    expect(result.written).toEqual(result.counts);
    expect(await dump()).toEqual(before);
    expect(await h.listCheckpoints()).toEqual([]);
  });

  it('replace drops what was there (and checkpoints and staging)', async () => {
    await populate();
    const blob = await exportHistory();
    await h.putSummaries('org', [summary('2026-05-01')]);
    await importHistory(blob, { mode: 'replace' });
    expect(await h.storedDays('org')).toEqual(['2026-03-01', '2026-03-02']);
    expect(await h.listCheckpoints()).toEqual([]);
    expect(await h.stagedDays()).toEqual([]);
  });

  it('merge keeps the newer fetchedAt per key and adds the rest', async () => {
    await h.putSummaries('org', [
      summary('2026-03-01', { dailyActive: 1, fetchedAt: 100 }),
      summary('2026-03-02', { dailyActive: 2, fetchedAt: 100 }),
    ]);
    const blob = await exportHistory();
    await freshHistory();
    await h.putSummaries('org', [
      summary('2026-03-01', { dailyActive: 50, fetchedAt: 50 }), // older than the file's → replaced
      summary('2026-03-02', { dailyActive: 60, fetchedAt: 500 }), // newer → kept
      summary('2026-03-09', { dailyActive: 9, fetchedAt: 1 }), // not in the file → kept
    ]);
    const result = await importHistory(blob, { mode: 'merge' });
    expect(result.written.summaries).toBe(1);
    const days = await h.readSummaries('org', '2026-03-01', '2026-03-31');
    expect(days.map((s) => [s.day, s.dailyActive])).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 60],
      ['2026-03-09', 9],
    ]);
  });

  it('merge re-interns members: imported days decode to the right ids', async () => {
    await h.stageUserDayPage('2026-03-01', 0, [
      row(1, { chatMessages: 1 }),
      row(2, { chatMessages: 2 }),
    ]);
    await h.commitUserDay('2026-03-01');
    const blob = await exportHistory();
    await freshHistory();
    await h.stageUserDayPage('2026-03-05', 0, [
      row(7, { chatMessages: 7 }),
      row(2, { chatMessages: 20 }),
    ]);
    await h.commitUserDay('2026-03-05');
    await importHistory(blob, { mode: 'merge' });
    const days = await h.readUserDays('2026-03-01', '2026-03-31');
    expect(days.map((d) => [d.day, d.memberIds, [...d.columns.chatMessages]])).toEqual([
      ['2026-03-01', ['user_1', 'user_2'], [1, 2]],
      ['2026-03-05', ['user_7', 'user_2'], [7, 20]],
    ]);
  });
});

describe('gzip', () => {
  it('compresses by default; plain and compressed files import the same', async () => {
    await populate();
    const before = await dump();
    const zipped = await exportHistory();
    const plain = await exportHistory({ gzip: false });
    expect([...new Uint8Array(await zipped.slice(0, 2).arrayBuffer())]).toEqual([0x1f, 0x8b]);
    expect(zipped.size).toBeLessThan(plain.size);
    for (const blob of [zipped, plain]) {
      await freshHistory();
      await importHistory(blob, { mode: 'replace' });
      expect(await dump()).toEqual(before);
    }
  });

  it('a truncated compressed file is refused', async () => {
    await populate();
    const zipped = await exportHistory();
    const truncated = zipped.slice(0, Math.floor(zipped.size / 2));
    await expect(importHistory(truncated, { mode: 'merge' })).rejects.toMatchObject({
      kind: 'import',
      message: 'The history file is compressed but damaged. Nothing was imported.',
    });
  });

  it.each([
    [Date.UTC(2026, 2, 4, 23), true, 'uptake-history-2026-03-04.ndjson.gz'],
    [Date.UTC(2026, 2, 4), false, 'uptake-history-2026-03-04.ndjson'],
  ])('exportFileName(%s, %s) = %s', (now, gzipped, name) => {
    expect(exportFileName(now, gzipped)).toBe(name);
  });
});
