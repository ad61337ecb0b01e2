/**
 * Issue 11 item 10: a history import caps the file and its decompressed
 * text while streaming, and writes nothing when either is passed.
 */
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportHistory, importHistory } from '@/lib/store/export';
import { populate } from '@/lib/store/export-fixtures';
import { gunzip, GunzipLimitError } from '@/lib/store/gzip';
import * as h from '@/lib/store/history';
import { importLimits } from '@/lib/store/import';
import { freshHistory, summary } from '@/lib/store/test-support';

const MiB = 1024 * 1024;
const small = { maxFileBytes: MiB, maxTextBytes: MiB };
/** 8 MiB of spaces, gzipped: about 8 KB that expands a thousandfold. */
const bomb = () => new Blob([gzipSync(Buffer.alloc(8 * MiB, 0x20), { level: 9 })]);

beforeEach(async () => {
  fakeBrowser.reset();
  await freshHistory();
});

describe('history import size caps', () => {
  it('the caps: 256 MB for the file and for its decompressed text', () => {
    expect(importLimits).toEqual({ maxFileBytes: 256 * MiB, maxTextBytes: 256 * MiB });
  });

  it('the bomb is small: under 16 KB on disk', () => {
    expect(bomb().size).toBeLessThan(16 * 1024);
  });

  it('gunzip stops as soon as the output passes its cap', async () => {
    await expect(gunzip(bomb(), MiB)).rejects.toBeInstanceOf(GunzipLimitError);
    expect((await gunzip(bomb(), 9 * MiB)).size).toBe(8 * MiB);
  });

  it('a zip bomb is refused with a sentence, and nothing is written', async () => {
    await h.putSummaries('org', [summary('2026-03-01')]);
    await expect(importHistory(bomb(), { mode: 'replace', limits: small })).rejects.toMatchObject({
      name: 'StoreError',
      kind: 'import',
      message:
        'The file expands to more than 1 MB when decompressed, more than any history Uptake exports; it was not read further. Nothing was imported.',
    });
    expect(await h.storedDays('org')).toEqual(['2026-03-01']);
  });

  it('a file over the input cap is refused before it is read', async () => {
    await h.putSummaries('org', [summary('2026-03-01')]);
    const big = new Blob([Buffer.alloc(2 * MiB, 0x20)]);
    await expect(importHistory(big, { mode: 'replace', limits: small })).rejects.toMatchObject({
      kind: 'import',
      message:
        'The file is 2 MB; a history file Uptake imports is at most 1 MB. Nothing was imported.',
    });
    expect(await h.storedDays('org')).toEqual(['2026-03-01']);
  });

  it('a real export under the caps still imports', async () => {
    await populate();
    const blob = await exportHistory();
    await freshHistory();
    const result = await importHistory(blob, { mode: 'replace', limits: small });
    expect(result.written.summaries).toBeGreaterThan(0);
  });
});
