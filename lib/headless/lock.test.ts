// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { HeadlessError } from './errors';
import { lockDirectory } from './lock';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uptake-lock-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('refuses a directory another live process holds (exit code 3), and names that process', async () => {
  await writeFile(join(dir, 'lock'), String(process.ppid)); // the parent: alive, not us
  const error = await lockDirectory(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(HeadlessError);
  expect((error as HeadlessError).exitCode).toBe(3);
  expect((error as HeadlessError).message).toContain(`process ${process.ppid}`);
});

it('takes over the lock of a process that is gone (killed), and releases it', async () => {
  const gone = spawnSync(process.execPath, ['-e', '0']).pid; // exited: its pid names no process
  await writeFile(join(dir, 'lock'), String(gone));
  const release = await lockDirectory(dir);
  expect(await readFile(join(dir, 'lock'), 'utf8')).toBe(String(process.pid));
  await release();
  await expect(readFile(join(dir, 'lock'), 'utf8')).rejects.toThrow(/ENOENT/);
});
