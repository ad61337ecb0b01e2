// Prints the plain closing line CI reads: "N passed, N failed" (", N skipped"),
// summed over the vitest and Playwright JSON reports of the last `npm test` and
// of the later-clock e2e run (.reports/e2e-later.json).
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
let flaky = 0;
const missing = [];

const unit = '.reports/unit.json';
if (existsSync(unit)) {
  const r = JSON.parse(readFileSync(unit, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
  skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.success === false && !r.numFailedTests) failed += 1;
} else missing.push('unit');

// The e2e suite, and the e2e run with the browser's clock 400 days ahead (npm run test:e2e:later).
for (const [name, file] of [
  ['e2e', '.reports/e2e.json'],
  ['later-clock e2e', '.reports/e2e-later.json'],
]) {
  if (!existsSync(file)) {
    missing.push(name);
    continue;
  }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  const s = r.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  flaky += s.flaky ?? 0;
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  if ((r.errors ?? []).length > 0) failed += r.errors.length;
}

if (flaky) console.log(`(${flaky} e2e test(s) passed only on retry: flaky, see the list above)`);
if (missing.length) console.log(`(no ${missing.join(' or ')} test report: that stage did not run)`);
if (process.argv.includes('--stage-failed') && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
