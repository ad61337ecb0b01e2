/**
 * `npm run lint:firefox`: builds the Firefox package (`wxt zip -b firefox`)
 * and checks it with Mozilla's addons-linter, the linter addons.mozilla.org
 * runs on every upload.
 *
 * Fails (exit 1) on any error, and on any warning that is not one of the known
 * ones docs/store.md explains (scripts/firefox-lint-rules.ts). Prints every
 * message, the package checked and how long it took. `--no-build` lints the
 * package already in `.output/`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import linter from 'addons-linter';
import { knownWarningFor, type LinterMessage } from './firefox-lint-rules';

interface LinterOutput {
  summary: { errors: number; warnings: number; notices: number };
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

const started = performance.now();
const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
const zip = path.resolve(`.output/uptake-${version}-firefox.zip`);
const unpacked = path.resolve('.output/firefox-mv2');

if (!process.argv.includes('--no-build')) {
  console.log('Building the Firefox package (wxt zip -b firefox)…');
  execFileSync('npx', ['wxt', 'zip', '-b', 'firefox'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
if (!existsSync(zip)) {
  console.error(`No Firefox package at ${zip}: run \`npm run zip\` first, or drop --no-build.`);
  process.exit(1);
}

const result = (await linter
  .createInstance({
    config: {
      _: [zip],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: true,
      selfHosted: false,
    },
    runAsBinary: false,
  })
  .run()) as LinterOutput;

const where = (m: LinterMessage) => (m.file ? ` (${m.file}${m.line ? `:${m.line}` : ''})` : '');
const sourceOf = (file?: string) => {
  const full = file ? path.join(unpacked, file) : '';
  return full && existsSync(full) ? readFileSync(full, 'utf8') : '';
};

let unexpected = 0;
for (const m of result.errors) {
  unexpected += 1;
  console.log(`error   ${m.code}${where(m)}: ${m.message}`);
}
for (const m of result.warnings) {
  const known = knownWarningFor(m, sourceOf(m.file));
  if (known) {
    console.log(`known   ${m.code}${where(m)}: ${known.why} (docs/store.md)`);
  } else {
    unexpected += 1;
    console.log(`warning ${m.code}${where(m)}: ${m.message}`);
  }
}
for (const m of result.notices) console.log(`notice  ${m.code}${where(m)}: ${m.message}`);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const { errors, warnings, notices } = result.summary;
console.log(
  `addons-linter on ${path.relative(process.cwd(), zip)}: ${errors} errors, ${warnings} warnings (${warnings - (unexpected - errors)} known), ${notices} notices, in ${seconds} s.`,
);
if (unexpected > 0) {
  console.error(
    `The Firefox package has ${unexpected} unexpected linter ${unexpected === 1 ? 'message' : 'messages'}: fix the cause, or explain a harmless one in docs/store.md and scripts/firefox-lint-rules.ts.`,
  );
  process.exit(1);
}
