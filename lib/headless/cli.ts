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
import { HeadlessError } from './errors';
import { keyEnvVar, readKey } from './key';
import { lockDirectory } from './lock';
import { passphraseEnvVar, readOrgSecrets } from './org-secrets-file';
import { writeOutputs } from './outputs';
import { progressLine, progressPrinter } from './progress';
import { syncHeadless } from './run-sync';
import { readSettingsFile } from './settings-file';
import { removeLeftovers } from './atomic-file';

export const helpText = `Usage: npx uptake sync [options]

Syncs the organisation's Claude Enterprise analytics into a directory with the
extension's own engine, then writes the shared outputs: the history file the
options page imports (signed), one signed snapshot per team at or above the
privacy floor, and a Parquet dataset by day for a data warehouse.

The API key comes from ${keyEnvVar} or --key-file, never from the command line.

Options:
  --dir PATH              history directory (default ./uptake-data); resumable
  --out PATH              outputs directory (default DIR/out)
  --settings FILE         settings JSON, checked like the managed policy:
                          privacy.k, privacy.teamGrainOnly, privacy.pseudonymisedExports,
                          targets, teamSource, optOuts, orgChart, historyDepthDays
  --key-file FILE         a file holding only the API key (chmod 600)
  --secrets-file FILE     the organisation keys exported from options (for signing
                          and pseudonyms); passphrase from ${passphraseEnvVar}
                          or --passphrase-file. Without it: sync only, no outputs.
  --passphrase-file FILE  a file holding only that passphrase
  --max-rate N            requests per minute for this sync (default 50). The API
                          allows 60 per organisation, shared by every key: stay
                          below 60 when browsers or other tools also sync.
  --once                  one sync (and outputs), then exit; for cron and CI
  --every-hours N         without --once: sync every N hours (default 6)
  --api-url URL           a local mock API (http://127.0.0.1:PORT) instead of the real one
  --help                  this text

Exit codes: 0 done; 1 the sync or an output failed (stored data kept, the next
run resumes); 2 wrong options or settings; 3 another sync holds the directory.
`;

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
    const store = createFileStore(dir);
    for (;;) {
      const outcome = await syncHeadless({
        store,
        dir,
        key,
        maxRate,
        historyDepthDays: settings.historyDepthDays,
        apiUrl: values['api-url'],
        signal: io.signal,
        onProgress: progressPrinter(io.out),
      });
      io.out(
        `uptake sync: synced to ${outcome.latestDay} · ${outcome.requests} requests, ${outcome.rateLimited} rate-limited` +
          (outcome.failedTasks.length
            ? ` · ${outcome.failedTasks.length} part(s) skipped (see ${dir}/sync-log.json)`
            : ''),
      );
      if (secrets) {
        const written = await writeOutputs({ store, outDir, settings, secrets, now: Date.now() });
        for (const line of written) io.out(`uptake sync: wrote ${line}`);
      }
      if (values.once) return 0;
      io.out(`uptake sync: next sync in ${everyHours} h (stop with Ctrl-C or SIGTERM).`);
      await sleep(everyHours * 3_600_000, io.signal);
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
