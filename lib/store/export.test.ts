import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyColumns } from '@/lib/store/columns';
import { exportFileName, exportHistory, importHistory } from '@/lib/store/export';
import { checksumOf, lineDigest } from '@/lib/store/export-format';
import * as h from '@/lib/store/history';
import { saveApiKey } from '@/lib/store/secrets';
import { freshHistory, row, summary } from '@/lib/store/test-support';

const secretKey = 'sk-ant-api01-SECRETSECRETSECRET-zz9Q';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});
afterEach(() => vi.restoreAllMocks());

/** A small history touching every exported store, plus things that must never be exported. */
async function populate() {
  await h.putSummaries('org', [summary('2026-03-01'), summary('2026-03-02', { dailyActive: 12 })]);
  await h.putSummaries('rbac_group_sales', [
    summary('2026-03-01', { scope: 'rbac_group_sales', assignedSeats: null }),
  ]);
  await h.stageUserDayPage('2026-03-01', 0, [
    row(1, { chatMessages: 41, codeLinesAdded: 70000 }),
    row(2),
  ]);
  await h.commitUserDay('2026-03-01');
  await h.stageUserDayPage('2026-03-02', 0, [row(2, { webSearches: 3 }), row(3)]);
  await h.commitUserDay('2026-03-02');
  await h.putGroups([
    { id: 'rbac_group_sales', name: 'Sales', source: 'api', lastSeenDay: '2026-03-02' },
  ]);
  await h.putGroupMembership({
    groupId: 'rbac_group_sales',
    startDay: '2026-03-01',
    endDay: '2026-03-03',
    memberIds: ['user_1'],
    fetchedAt: 5,
  });
  const columns = emptyColumns(h.rollupColumns, 2);
  columns.activeDays.set([2, 1]);
  await h.putUserRollup({
    startDay: '2026-03-01',
    endDay: '2026-03-03',
    memberIds: ['user_3', 'user_1'],
    columns,
    fetchedAt: 6,
  });
  await h.putGroupActivity([
    {
      groupId: 'rbac_group_sales',
      startDay: '2026-03-01',
      endDay: '2026-03-02',
      distinctActive: 1,
      fetchedAt: 7,
    },
  ]);
  await h.putCatalog({
    kind: 'skills',
    scope: 'org',
    startDay: '2026-03-01',
    endDay: '2026-03-03',
    rows: [{ name: 'pdf', users: 2 }],
    fetchedAt: 8,
  });
  await h.putSpendRows([
    {
      kind: 'cost',
      day: '2026-03-01',
      groupKey: 'product=chat',
      group: { product: 'chat' },
      values: { amount: '41280.000000' },
      fetchedAt: 9,
    },
  ]);
  // Never exported:
  await saveApiKey(secretKey, 'device');
  await h.putCheckpoint({
    taskId: 'users-day:2026-03-03',
    state: 'in-progress',
    nextCursor: 'CURSOR-XYZ',
    pagesDone: 1,
    updatedAt: 1,
  });
  await h.stageUserDayPage('2026-03-03', 0, [row(99)]);
  await h.appendSyncLog({ at: 1, outcome: 'ok', message: 'LOG-ENTRY-ABC', requests: 3 });
}

/** Everything the public read API returns, for before/after comparisons. */
async function dump() {
  const userDays = (await h.readUserDays('2026-01-01', '2026-12-31')).map((d) => ({
    ...d,
    columns: h.userDayRows(d),
  }));
  const rollup = await h.readLatestRollup();
  return {
    org: await h.readSummaries('org', '2026-01-01', '2026-12-31'),
    sales: await h.readSummaries('rbac_group_sales', '2026-01-01', '2026-12-31'),
    userDays,
    members: await h.readMembers(),
    groups: await h.readGroups(),
    membership: await h.latestMembership('rbac_group_sales'),
    rollup: rollup && {
      ...rollup,
      columns: Object.fromEntries(Object.entries(rollup.columns).map(([k, v]) => [k, [...v]])),
    },
    activity: await h.readGroupActivity({ fromDay: '2026-01-01', toDay: '2026-12-31' }),
    catalog: await h.readCatalog('skills', 'org'),
    spend: await h.readSpend('cost', '2026-01-01', '2026-12-31'),
  };
}

async function exportedText(): Promise<string> {
  return (await exportHistory({ now: Date.UTC(2026, 2, 4), gzip: false })).text();
}

/** A file with the given header fields and record lines, with a correct checksum unless given. */
async function file(lines: string[], header: Record<string, unknown> = {}): Promise<Blob> {
  const counts = {
    summaries: 0,
    userDays: 0,
    members: 0,
    groups: 0,
    groupMembership: 0,
    userRollups: 0,
    groupActivity: 0,
    catalog: 0,
    spend: 0,
  };
  for (const line of lines) {
    const store = /"store":"(\w+)"/.exec(line)?.[1] as keyof typeof counts;
    if (store in counts) counts[store] += 1;
  }
  const checksum = await checksumOf(await Promise.all(lines.map(lineDigest)));
  const head = {
    format: 'uptake-history',
    version: 1,
    exportedAt: '2026-03-04T00:00:00.000Z',
    counts,
    checksum,
    ...header,
  };
  return new Blob([[JSON.stringify(head), ...lines].join('\n')]);
}

describe('exportHistory', () => {
  it('writes a header with format, version, time, counts and checksum', async () => {
    await populate();
    const [first, ...rest] = (await exportedText()).trimEnd().split('\n');
    const header = JSON.parse(first!);
    expect(header).toMatchObject({
      format: 'uptake-history',
      version: 1,
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

describe('importHistory refuses a bad file and writes nothing', () => {
  const summaryLine = JSON.stringify({ store: 'summaries', record: summary('2026-04-01') });

  it.each<[string, () => Promise<Blob>, string]>([
    [
      'an empty file',
      async () => new Blob(['']),
      'This file is not an Uptake history export. Nothing was imported.',
    ],
    [
      'a CSV',
      async () => new Blob(['email,team\na@x,Sales\n']),
      'This file is not an Uptake history export. Nothing was imported.',
    ],
    [
      'another JSON file',
      async () => new Blob(['{"format":"something-else","version":1}\n']),
      'This file is not an Uptake history export. Nothing was imported.',
    ],
    [
      'a newer file version',
      () => file([summaryLine], { version: 2 }),
      'This history file was exported by a newer version of Uptake (file version 2); update Uptake, then import it again. Nothing was imported.',
    ],
    [
      'a damaged header',
      () => file([summaryLine], { checksum: 'md5:abc' }),
      "The history file's header is damaged (checksum: Invalid string: must match pattern /^sha256:[0-9a-f]{64}$/). Nothing was imported.",
    ],
    [
      'an invalid record',
      () =>
        file([
          summaryLine,
          JSON.stringify({
            store: 'summaries',
            record: summary('2026-04-02', { dailyActive: -3 }),
          }),
        ]),
      'Record 2 (line 3) of the history file is invalid: record.dailyActive: Too small: expected number to be >=0. Nothing was imported.',
    ],
    [
      'an unknown store',
      () => file([JSON.stringify({ store: 'secrets', record: { key: 'x' } })]),
      "Record 1 (line 2) of the history file is invalid: store: Invalid discriminator value. Expected 'summaries' | 'userDays' | 'members' | 'groups' | 'groupMembership' | 'userRollups' | 'groupActivity' | 'catalog' | 'spend'. Nothing was imported.",
    ],
    [
      'a line that is not JSON',
      () => file(['{oops']),
      'Record 1 (line 2) of the history file is not JSON. Nothing was imported.',
    ],
    [
      'misaligned columns',
      () =>
        file([
          JSON.stringify({
            store: 'userDays',
            record: {
              day: '2026-04-01',
              memberIds: ['user_1'],
              columns: { chatMessages: [1, 2] },
              fetchedAt: 1,
            },
          }),
        ]),
      'Record 1 (line 2) of the history file is invalid: record: columns must have one value per member, no member twice. Nothing was imported.',
    ],
    [
      'counts that do not match',
      async () => {
        const good = await file([summaryLine]);
        const [head, ...lines] = (await good.text()).split('\n');
        const header = JSON.parse(head!);
        header.counts.summaries = 2;
        return new Blob([[JSON.stringify(header), ...lines].join('\n')]);
      },
      'The history file is incomplete: its header lists 2 summaries records, the file holds 1. Nothing was imported.',
    ],
  ])('%s', async (_name, make, message) => {
    await h.putSummaries('org', [summary('2026-03-01')]);
    const error = await importHistory(await make(), { mode: 'replace' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'StoreError', kind: 'import', message });
    expect(await h.storedDays('org')).toEqual(['2026-03-01']);
  });

  it('a tampered export (one value edited) fails the checksum', async () => {
    await populate();
    const text = await exportedText();
    const tampered = text.replace('"dailyActive":12', '"dailyActive":13');
    expect(tampered).not.toBe(text);
    await freshHistory();
    await expect(importHistory(new Blob([tampered]), { mode: 'replace' })).rejects.toMatchObject({
      kind: 'import',
      message:
        'The history file is damaged or was edited after export (its checksum does not match); export it again from the original browser. Nothing was imported.',
    });
    expect((await h.historyStats()).counts.summaries).toBe(0);
  });

  it('quota reached during import: nothing written', async () => {
    await populate();
    const blob = await exportHistory();
    await freshHistory();
    await h.putSummaries('org', [summary('2026-01-15')]);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (this.name === 'spend') throw new DOMException('full', 'QuotaExceededError');
      return put.apply(this, args);
    });
    await expect(importHistory(blob, { mode: 'replace' })).rejects.toMatchObject({ kind: 'quota' });
    vi.restoreAllMocks();
    expect(await h.storedDays('org')).toEqual(['2026-01-15']);
    expect(await h.storedUserDays()).toEqual([]);
  });
});
