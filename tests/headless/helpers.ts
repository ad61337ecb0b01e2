/**
 * Helpers for the headless sync's tests: the mock API over HTTP, an
 * organisation keys file as options exports it, and the CLI run as a separate
 * process (`node scripts/uptake.mjs`), exactly as cron would run it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wrapWithPassphrase } from '@/lib/crypto/passphrase';
import { encodeBase64url } from '@/lib/demo/base64url';
import {
  createMockApi,
  type MockApi,
  type MockApiOptions,
  type MockResponse,
} from '@/lib/demo/mock-api';
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

/**
 * The mock API over HTTP on 127.0.0.1 with a hook before it: `intercept(n)`
 * (n = 1, 2, … per request) may answer instead of the mock, e.g. a 429 burst.
 */
export async function startMock(
  options: MockApiOptions,
  intercept: (n: number) => MockResponse | null = () => null,
): Promise<{ url: string; api: MockApi; requests: () => number; close(): Promise<void> }> {
  const api = createMockApi(options);
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
    const early = intercept(++n);
    (early
      ? Promise.resolve(early)
      : api.handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers })
    ).then((r) => {
      res.writeHead(r.status, { ...r.headers, 'content-length': Buffer.byteLength(r.body) });
      res.end(r.body);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    requests: () => n,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A 429 as the API sends it, asking to wait `ms`. */
export function tooManyRequests(ms: number): MockResponse {
  return {
    status: 429,
    headers: {
      'content-type': 'application/json',
      'retry-after-ms': String(ms),
      'retry-after': '1',
    },
    body: JSON.stringify({
      type: 'error',
      error: {
        type: 'rate_limit_error',
        message: 'Number of requests has exceeded your rate limit.',
      },
    }),
  };
}
