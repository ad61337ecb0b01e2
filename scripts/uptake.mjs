#!/usr/bin/env node
// `npx uptake sync`: the headless sync (lib/headless/cli.ts, docs/headless.md).
// Runs the TypeScript sources through tsx rather than a bundle built beforehand: Uptake is
// run from a clone after `npm ci` (which installs tsx with the dev dependencies), and running
// the very sources the extension ships means the headless engine can never lag behind a stale
// build. tsx is told where tsconfig.json is, so `@/` imports resolve from any directory (cron).
/* global AbortController */
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
register({ tsconfig: `${root}tsconfig.json` });
const { main } = await import('../lib/headless/cli.ts');
const abort = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => abort.abort(new Error(`stopped by ${signal}`)));
const code = await main(process.argv.slice(2), {
  env: process.env,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  signal: abort.signal,
});
process.exitCode = code;
