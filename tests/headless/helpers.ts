/**
 * Helpers for the headless sync's tests: the mock API over HTTP, an
 * organisation keys file as options exports it, and the CLI run as a separate
 * process (`node scripts/uptake.mjs`), exactly as cron would run it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrapWithPassphrase } from '@/lib/crypto/passphrase';
import { encodeBase64url } from '@/lib/demo/base64url';
import { newStoredSigner } from '@/lib/snapshot/signing';

export const passphrase = 'correct horse battery staple 42';
export const root = join(import.meta.dirname, '..', '..');

/** A fresh temporary directory. */
export function tempDir(prefix = 'uptake-headless-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Writes an organisation keys file (pseudonym secret of 32 × 0x0b, a new signing key) into `dir`. */
export async function writeSecretsFile(dir: string, now = Date.UTC(2026, 10, 25)): Promise<string> {
  const bundle = {
    pseudonymSecret: encodeBase64url(new Uint8Array(32).fill(0x0b)),
    signingKey: JSON.stringify(await newStoredSigner()),
  };
  const wrapped = await wrapWithPassphrase(
    new TextEncoder().encode(JSON.stringify(bundle)),
    passphrase,
    now,
  );
  const path = join(dir, 'org-keys.json');
  await writeFile(path, JSON.stringify(wrapped));
  return path;
}

export interface CliRun {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/** Starts `node scripts/uptake.mjs ...args` with `env` added to a clean environment. */
export function startCli(args: string[], env: Record<string, string>): CliRun {
  const child = spawn(process.execPath, [join(root, 'scripts', 'uptake.mjs'), ...args], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  child
    .stdout!.setEncoding('utf8')
    .on('data', (t: string) => stdout.push(...t.split('\n').filter(Boolean)));
  child
    .stderr!.setEncoding('utf8')
    .on('data', (t: string) => stderr.push(...t.split('\n').filter(Boolean)));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, stdout, stderr, exited };
}
