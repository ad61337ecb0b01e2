// @vitest-environment node
/**
 * `npx uptake sync` as cron runs it: a separate Node process (scripts/uptake.mjs)
 * against the mock API over HTTP, writing into a temporary directory.
 */
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEY, type MockApiOptions } from '@/lib/demo/mock-api';
import { readHistoryFile } from '@/lib/store/import';
import {
  passphrase,
  startCli,
  startMock,
  tempDir,
  tooManyRequests,
  writeSecretsFile,
} from '../../tests/headless/helpers';
import { createFileStore } from './file-store';
import { verifyHistoryFile } from './history-signature';

const org: MockApiOptions = {
  org: { members: 60, groups: 3, seed: 11, latestAvailableDay: '2026-11-24' },
  rateLimitPerMinute: 100_000,
};
const env = { UPTAKE_API_KEY: DEMO_KEY, UPTAKE_SECRETS_PASSPHRASE: passphrase };

let work: string;
let secrets: string;
let settings: string;
let cleanRequests = 0;

beforeAll(async () => {
  work = await tempDir();
  secrets = await writeSecretsFile(work);
  settings = join(work, 'settings.json');
  await writeFile(settings, JSON.stringify({ historyDepthDays: 7, privacy: { k: 5 } }));
});
afterAll(() => rm(work, { recursive: true, force: true }));

const args = (dir: string, url: string, rate = 6000) => [
  'sync',
  '--once',
  '--dir',
  dir,
  '--api-url',
  url,
  '--max-rate',
  String(rate),
  '--settings',
  settings,
];

async function storedPicture(dir: string) {
  const store = createFileStore(dir);
  return {
    userDays: await store.storedUserDays(),
    orgDays: (await store.storedDays('org')).length,
    groups: (await store.readGroups()).map((g) => g.id),
    staged: await readdir(join(dir, 'staging')).catch(() => []),
  };
}

describe('npx uptake sync', () => {
  it('a full run syncs, then writes a signed history file the options page imports, snapshots and Parquet', async () => {
    const mock = await startMock(org);
    const dir = join(work, 'full');
    const run = startCli([...args(dir, mock.url), '--secrets-file', secrets], env);
    expect(await run.exited).toBe(0);
    cleanRequests = mock.requests();
    await mock.close();
    expect(run.stdout.some((l) => /^uptake sync: \d+\/\d+ pages · /.test(l))).toBe(true);
    expect(run.stdout).toContain(
      // The sync's requests; one more asked the organisation's id afterwards (organisation.ts).
      `uptake sync: synced to 2026-11-24 · ${cleanRequests - 1} requests, 0 rate-limited`,
    );
    const picture = await storedPicture(dir);
    expect(picture.userDays).toEqual([
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
    ]);
    expect(picture.orgDays).toBe(328); // 2026-01-01 … 2026-11-24
    const bytes = new Uint8Array(await readFile(join(dir, 'out/history/uptake-history.ndjson.gz')));
    const file = await readHistoryFile(new Blob([bytes]));
    expect(file.header.counts.userDays).toBe(7);
    // Whose history: the API's organisation id, as the extension's own export names it.
    expect(file.header.source).toEqual({
      kind: 'org',
      name: null,
      orgId: mock.api.org.organizationId,
    });
    expect(file.header.counts.summaries).toBeGreaterThan(328);
    const signature = JSON.parse(
      await readFile(join(dir, 'out/history/uptake-history.ndjson.gz.sig.json'), 'utf8'),
    );
    expect((await verifyHistoryFile(bytes, signature)).ok).toBe(true);
    expect((await readdir(join(dir, 'out/parquet'))).sort()).toEqual([
      'daily_summaries',
      'group_activity',
      'member_days',
      'spend',
    ]);
    // No API key anywhere in what was written or printed.
    const everything = [...run.stdout, ...run.stderr].join('\n');
    expect(everything).not.toContain(DEMO_KEY);
    expect(new TextDecoder().decode(bytes)).not.toContain(DEMO_KEY);
  });

  it('waits out 429 bursts (retry-after) and ends with the same history', async () => {
    const burst = (n: number) => (n >= 5 && n < 9) || (n >= 20 && n < 23);
    const mock = await startMock(org, (n) => (burst(n) ? tooManyRequests(200) : null));
    const dir = join(work, 'bursts');
    const run = startCli(args(dir, mock.url), env);
    expect(await run.exited).toBe(0);
    await mock.close();
    expect(run.stdout.at(-1)).toMatch(/synced to 2026-11-24 · \d+ requests, 7 rate-limited$/);
    expect(await storedPicture(dir)).toEqual(await storedPicture(join(work, 'full')));
  });

  it('killed mid-run (SIGKILL), the next run resumes where it stopped and wastes almost nothing', async () => {
    const mock = await startMock(org);
    const dir = join(work, 'killed');
    // 600 a minute: slow enough to be killed halfway through the member days.
    const first = startCli(args(dir, mock.url, 600), env);
    await new Promise<void>((done) => {
      const poll = setInterval(() => {
        if (first.stdout.filter((l) => l.includes('· user-day:')).length >= 3) {
          clearInterval(poll);
          first.child.kill('SIGKILL');
          done();
        }
      }, 10);
    });
    expect(await first.exited).toBeNull();
    const before = mock.requests();
    expect(before).toBeLessThan(cleanRequests);
    const second = startCli(args(dir, mock.url), env);
    expect(await second.exited).toBe(0);
    await mock.close();
    const picture = await storedPicture(dir);
    expect(picture).toEqual(await storedPicture(join(work, 'full')));
    expect(picture.staged).toEqual([]);
    // At most the page in flight at the kill is fetched again.
    expect(mock.requests() - cleanRequests).toBeLessThanOrEqual(2);
  });

  it('says what went wrong, with an exit code, and never takes a key from the command line', async () => {
    const revoked = await startMock({ ...org, faults: { revokeKey: DEMO_KEY } });
    const dir = join(work, 'failures');
    const auth = startCli(args(dir, revoked.url), env);
    expect(await auth.exited).toBe(1);
    await revoked.close();
    expect(auth.stderr.join('\n')).toMatch(/^uptake: .*key.*the next run resumes/is);

    const storm = await startMock(org, () => tooManyRequests(20));
    const stormRun = startCli(args(dir, storm.url), env);
    expect(await stormRun.exited).toBe(1);
    await storm.close();
    expect(stormRun.stderr.join('\n')).toMatch(/lower --max-rate here or there/);

    const onCommandLine = startCli(['sync', '--key', 'sk-ant-api01-secret'], {});
    expect(await onCommandLine.exited).toBe(2);
    expect(onCommandLine.stderr.join('\n')).toMatch(/never taken from the command line/);
    expect(onCommandLine.stderr.join('\n')).not.toContain('sk-ant-api01-secret');

    const typo = join(work, 'typo.json');
    await writeFile(typo, JSON.stringify({ privacy: { k: 1 }, teamGrian: true }));
    const badSettings = startCli(['sync', '--once', '--settings', typo], env);
    expect(await badSettings.exited).toBe(2);
    expect(badSettings.stderr.join('\n')).toMatch(/was not used.*privacy\.k.*teamGrian/s);
  });
});
