/**
 * `npx uptake sync`: the extension's sync, headless, for a server, cron or a
 * CI schedule (issue 14). See docs/headless.md. Exit codes: 0 done, 1 the
 * sync or an output failed (what was stored is kept; the next run resumes),
 * 2 wrong command line or settings, 3 another run holds the directory,
 * 130 interrupted.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createFileStore } from './file-store';
import { enforceFileRetention, firstKeptDayFor } from './file-retention';
import { HeadlessError } from './errors';
import { helpText } from './help';
import { keyEnvVar, readKey } from './key';
import { lockDirectory } from './lock';
import { readOrgSecrets } from './org-secrets-file';
import { writeOutputs } from './outputs';
import { progressLine, progressPrinter } from './progress';
import { syncHeadless } from './run-sync';
import { readSettingsFile } from './settings-file';
import { removeLeftovers } from './atomic-file';

export interface CliIo {
  env: Record<string, string | undefined>;
  out(line: string): void;
  err(line: string): void;
  signal?: AbortSignal;
}

const options = {
  dir: { type: 'string' },
  out: { type: 'string' },
  settings: { type: 'string' },
  'key-file': { type: 'string' },
  'secrets-file': { type: 'string' },
  'passphrase-file': { type: 'string' },
  'max-rate': { type: 'string' },
  once: { type: 'boolean' },
  'every-hours': { type: 'string' },
  'api-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function positiveNumber(
  text: string | undefined,
  name: string,
  fallback: number,
  max: number,
): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > max)
    throw new HeadlessError('usage', `--${name} must be a number above 0 and at most ${max}.`);
  return n;
}

/** Runs the command line `argv` (without node and the script); resolves with the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof HeadlessError) {
      io.err(`uptake: ${error.message}`);
      return error.exitCode;
    }
    if (io.signal?.aborted) {
      io.err('uptake: interrupted; what was stored is kept, the next run resumes.');
      return 130;
    }
    io.err(
      `uptake: an unexpected error stopped the run: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  // A key on the command line is visible to every user (ps, shell history): refused, never echoed.
  if (argv.some((a) => /^--(api-)?key(=|$)/.test(a)))
    throw new HeadlessError(
      'usage',
      `The API key is never taken from the command line (ps and shell history would show it). Set ${keyEnvVar} or use --key-file, and consider the key exposed: rotate it.`,
    );
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new HeadlessError('usage', `${(error as Error).message}. See npx uptake sync --help.`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    io.out(helpText);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  if (positionals[0] !== 'sync' || positionals.length > 1)
    throw new HeadlessError(
      'usage',
      `Unknown command ${positionals.join(' ')}; the command is: npx uptake sync.`,
    );
  const maxRate = positiveNumber(values['max-rate'], 'max-rate', 50, 10_000);
  if (maxRate >= 60)
    io.err(
      `uptake: --max-rate ${maxRate} leaves no room for browsers or other tools of this organisation (60 requests a minute in all, unless Anthropic raised the limit); they will meet 429s.`,
    );
  const everyHours = positiveNumber(values['every-hours'], 'every-hours', 6, 24 * 7);
  const dir = resolve(values.dir ?? 'uptake-data');
  const outDir = resolve(values.out ?? `${dir}/out`);
  const now = Date.now();
  const { key, warning } = await readKey({ env: io.env, keyFile: values['key-file'] });
  if (warning) io.err(`uptake: ${warning}`);
  const settings = await readSettingsFile(values.settings, now);
  const secrets = values['secrets-file']
    ? await readOrgSecrets({
        secretsFile: values['secrets-file'],
        passphraseFile: values['passphrase-file'],
        env: io.env,
      })
    : null;
  if (!secrets)
    io.err(
      'uptake: no --secrets-file: syncing only; the signed and pseudonymised outputs need the organisation keys.',
    );

  const release = await lockDirectory(dir);
  try {
    await removeLeftovers(dir);
    const syncAndWrite = async () => {
      const outcome = await syncHeadless({
        store: createFileStore(dir),
        dir,
        key,
        maxRate,
        historyDepthDays: settings.historyDepthDays,
        apiUrl: values['api-url'],
        signal: io.signal,
        onProgress: progressPrinter(io.out),
        resolveOrgId: secrets !== null,
      });
      io.out(
        `uptake sync: synced to ${outcome.latestDay} · ${outcome.requests} requests, ${outcome.rateLimited} rate-limited` +
          (outcome.failedTasks.length
            ? ` · ${outcome.failedTasks.length} part(s) skipped (see ${dir}/sync-log.json)`
            : ''),
      );
      const retentionDays = settings.settings.sync.retentionDays;
      if (retentionDays !== null) {
        const today = new Date().toISOString().slice(0, 10);
        const removed = await enforceFileRetention(dir, firstKeptDayFor(today, retentionDays));
        if (removed)
          io.out(`uptake sync: retention (${retentionDays} days) removed ${removed} record(s)`);
      }
      if (!secrets) return;
      // A fresh store: retention changed files under the sync's cached collections.
      const store = createFileStore(dir);
      const written = await writeOutputs({
        store,
        outDir,
        settings,
        secrets,
        now: Date.now(),
        orgId: outcome.orgId,
      });
      for (const line of written) io.out(`uptake sync: wrote ${line}`);
    };
    for (;;) {
      let waitHours = everyHours;
      try {
        await syncAndWrite();
        if (values.once) return 0;
      } catch (error) {
        // Running as a service, a failed sync is said and tried again sooner; --once exits with it.
        if (values.once || !(error instanceof HeadlessError) || io.signal?.aborted) throw error;
        io.err(`uptake: ${error.message}`);
        waitHours = Math.min(everyHours, 0.25);
      }
      io.out(`uptake sync: next sync in ${waitHours * 60} min (stop with Ctrl-C or SIGTERM).`);
      await sleep(waitHours * 3_600_000, io.signal);
    }
  } finally {
    await release();
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((done, fail) => {
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', () => (clearTimeout(timer), fail(signal.reason)), {
      once: true,
    });
  });
}

export { progressLine };
