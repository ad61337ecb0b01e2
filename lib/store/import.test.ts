import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportHistory, importHistory } from '@/lib/store/export';
import { importQuotaMessage } from '@/lib/store/import';
import { exportedText, file, populate } from '@/lib/store/export-fixtures';
import * as h from '@/lib/store/history';
import { freshHistory, summary } from '@/lib/store/test-support';

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});
afterEach(() => vi.restoreAllMocks());

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
      () => file([summaryLine], { version: 3 }),
      'This history file was exported by a newer version of Uptake (file version 3); update Uptake, then import it again. Nothing was imported.',
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
      "Record 1 (line 2) of the history file is invalid: store: Invalid discriminator value. Expected 'summaries' | 'userDays' | 'members' | 'groups' | 'groupMembership' | 'userRollups' | 'groupActivity' | 'catalog' | 'spend' | 'chatgpt'. Nothing was imported.",
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
    await expect(importHistory(blob, { mode: 'replace' })).rejects.toMatchObject({
      kind: 'quota',
      message: importQuotaMessage,
    });
    vi.restoreAllMocks();
    expect(await h.storedDays('org')).toEqual(['2026-01-15']);
    expect(await h.storedUserDays()).toEqual([]);
  });
});
