import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeHistoryStorage } from '@/lib/store/history-store.contract';
import { summary } from '@/lib/store/test-support';
import { createFileStore } from './file-store';
import { removeLeftovers } from './atomic-file';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'uptake-file-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describeHistoryStorage('directory', async () => createFileStore(await tempDir()));

describe('createFileStore', () => {
  it('a second process (a new store on the same directory) reads what the first wrote', async () => {
    const dir = await tempDir();
    await createFileStore(dir).putSummaries('org', [summary('2026-11-01')]);
    await createFileStore(dir).setMeta('latestAvailableDay', '2026-11-01');
    const again = createFileStore(dir);
    expect(await again.storedDays('org')).toEqual(['2026-11-01']);
    expect(await again.getMeta('latestAvailableDay')).toBe('2026-11-01');
  });

  it('ignores a half-written temporary file a killed process left, and removes it', async () => {
    const dir = await tempDir();
    await createFileStore(dir).putSummaries('org', [summary('2026-11-01')]);
    // A kill between write and rename leaves `<name>.tmp-<pid>-<n>` beside the real file.
    await writeFile(join(dir, 'summaries', 'org.json.tmp-999-0'), '{"2026-11-02": {"da');
    expect(await createFileStore(dir).storedScopes()).toEqual(['org']);
    expect(await removeLeftovers(dir)).toBe(1);
    expect(await readdir(join(dir, 'summaries'))).toEqual(['org.json']);
  });

  it('names scopes and groups safely on disk (no path separators from an id)', async () => {
    const dir = await tempDir();
    const store = createFileStore(dir);
    await store.putSummaries('../evil', [summary('2026-11-01', { scope: '../evil' })]);
    expect(await readdir(join(dir, 'summaries'))).toEqual(['%2E%2E%2Fevil.json']);
    expect(await store.storedScopes()).toEqual(['../evil']);
  });
});
