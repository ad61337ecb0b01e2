/**
 * `npm run bench`: runs every benchmark, prints each figure, and writes
 * bench-results.json as {"figures": {"name": number, …}}.
 *
 * Benchmarks measure; tests assert behaviour. Each suite is a module that
 * returns named figures; a failing suite is reported and the others still run.
 * When only some suites run (`npm run bench -- sync`), their figures are merged
 * into the existing bench-results.json: the other suites' figures stay.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { bundleSizes } from './bundle-sizes';
import { chatgptImportBench } from './chatgpt-import';
import { companionBench } from './companion';
import { companionDigestBench } from './companion-digest';
import { headlessBench } from './headless';
import { overlayBench } from './overlay';
import { popupBench } from './popup';
import { metricsBench } from './metrics';
import { storeIngestBench } from './store-ingest';
import { storeBytesBench } from './store-bytes';
import { syncBench } from './sync';
import { teamTableBench } from './team-table';
import { sync100kBench } from './sync-100k';
// Browser figures at 20,000 / 100,000 members, on seeded profiles (seed-profile.ts; UPTAKE_BENCH_NO_SEED=1 skips the seeding).
import { companion100kBench } from './companion-100k';
import { overlay20kBench } from './overlay-20k';
import { workerHeapBench } from './worker-heap';

type Suite = { name: string; run: () => Promise<Record<string, number>> };

const suites: Suite[] = [
  { name: 'bundle', run: bundleSizes },
  { name: 'sync', run: syncBench },
  { name: 'sync-100k', run: sync100kBench },
  { name: 'store', run: storeIngestBench },
  { name: 'store-bytes', run: storeBytesBench },
  { name: 'metrics', run: metricsBench },
  { name: 'digest', run: companionDigestBench },
  { name: 'headless', run: headlessBench },
  // The browser suites below load the production build that the bundle suite just made.
  { name: 'overlay', run: overlayBench },
  { name: 'popup', run: popupBench },
  { name: 'companion', run: companionBench },
  { name: 'team-table', run: teamTableBench },
  { name: 'chatgpt', run: chatgptImportBench },
  // Seeded big profiles (built once, cached under .tmp/bench-profiles/).
  { name: 'worker-heap', run: workerHeapBench },
  { name: 'overlay-20k', run: overlay20kBench },
  { name: 'companion-100k', run: companion100kBench },
];

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const figures: Record<string, number> = only.length ? previousFigures() : {};
let failures = 0;

for (const suite of suites) {
  if (only.length && !only.includes(suite.name)) continue;
  const started = performance.now();
  try {
    const result = await suite.run();
    for (const [name, value] of Object.entries(result)) {
      figures[name] = value;
      console.log(`${name.padEnd(40)} ${value}`);
    }
    console.log(`  (${suite.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures += 1;
    console.error(`${suite.name} failed:`, error);
  }
}

// When and how loaded the machine was: timings on a busy 2-core machine read high.
const measured = `${new Date().toISOString()}, load average ${loadavg()
  .map((l) => l.toFixed(1))
  .join(' / ')} on ${cpus().length} cores`;
writeFileSync('bench-results.json', JSON.stringify({ measured, figures }, null, 2) + '\n');
console.log(`wrote bench-results.json (${Object.keys(figures).length} figures)`);
process.exit(failures ? 1 : 0);

/** The figures of an earlier run, or none when there is no readable file. */
function previousFigures(): Record<string, number> {
  if (!existsSync('bench-results.json')) return {};
  try {
    const parsed = JSON.parse(readFileSync('bench-results.json', 'utf8')) as {
      figures?: Record<string, number>;
    };
    return { ...(parsed.figures ?? {}) };
  } catch {
    console.warn('bench-results.json is unreadable: writing only this run’s figures');
    return {};
  }
}
