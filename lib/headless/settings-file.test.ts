// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeadlessError } from './errors';
import { readKey } from './key';
import { readSettingsFile } from './settings-file';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uptake-settings-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function settingsFrom(content: unknown) {
  const path = join(dir, `s-${Math.random()}.json`);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return readSettingsFile(path, 0);
}

describe('readSettingsFile', () => {
  it.each([
    [
      'nothing: the defaults',
      {},
      { k: 5, teamGrainOnly: false, pseudonymised: true, depth: 'all' },
    ],
    [
      'the managed-policy fields',
      {
        privacy: { k: 12, teamGrainOnly: true, pseudonymisedExports: false },
        historyDepthDays: 30,
      },
      { k: 12, teamGrainOnly: true, pseudonymised: false, depth: 30 },
    ],
  ])('%s', async (_, content, expected) => {
    const { settings, historyDepthDays } = await settingsFrom(content);
    expect({
      k: settings.metrics.privacy.k,
      teamGrainOnly: settings.metrics.privacy.teamGrainOnly,
      pseudonymised: settings.pseudonymisedExports,
      depth: historyDepthDays,
    }).toEqual(expected);
  });

  it('reads the example of docs/headless.md', async () => {
    const doc = await readFile(join(import.meta.dirname, '../../docs/headless.md'), 'utf8');
    const example = doc.split('```json')[1]!.split('```')[0]!;
    const { settings, historyDepthDays } = await settingsFrom(example);
    expect(settings.metrics.privacy.k).toBe(10);
    expect(settings.metrics.targets.map((t) => t.id)).toEqual(['org-monthly-70']);
    expect(historyDepthDays).toBe(90);
  });

  it('takes opt-outs into the champion rules, emails lower-cased', async () => {
    const { settings } = await settingsFrom({
      optOuts: { emails: [' Ana@X.example '], memberIds: ['user_1'] },
    });
    expect(settings.metrics.champions.optOutEmails).toEqual(['ana@x.example']);
    expect(settings.metrics.champions.optOutMemberIds).toEqual(['user_1']);
  });

  it.each([
    ['a k under the policy minimum of 2', { privacy: { k: 1 } }, /privacy\.k/],
    ['an unknown key (a typo)', { teamGrian: true }, /Unknown setting teamGrian/],
    ['a wrong type', { historyDepthDays: 'ninety' }, /historyDepthDays/],
    ['not JSON', '{ privacy: ', /not JSON/],
    [
      'a missing org chart',
      { orgChart: 'nowhere.csv' },
      /org chart .*nowhere\.csv.* cannot be read/,
    ],
  ])('refuses %s with a sentence (exit code 2)', async (_, content, message) => {
    const error = await settingsFrom(content).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HeadlessError);
    expect((error as HeadlessError).message).toMatch(message);
    expect((error as HeadlessError).exitCode).toBe(2);
  });
});

describe('readKey', () => {
  it('reads UPTAKE_API_KEY, trimmed', async () => {
    expect(await readKey({ env: { UPTAKE_API_KEY: ' sk-ant-api01-x \n' } })).toEqual({
      key: 'sk-ant-api01-x',
      warning: null,
    });
  });

  it('reads a key file and warns when other users may read it', async () => {
    const path = join(dir, 'key');
    await writeFile(path, 'sk-ant-api01-y\n', { mode: 0o644 });
    const { key, warning } = await readKey({ env: {}, keyFile: path });
    expect(key).toBe('sk-ant-api01-y');
    expect(warning).toMatch(/chmod 600/);
  });

  it('without either, says where a key may come from', async () => {
    await expect(readKey({ env: {} })).rejects.toThrow(/set UPTAKE_API_KEY or give --key-file/);
  });
});
