/**
 * `npm run bench`: runs every benchmark, prints each figure, and writes
 * bench-results.json as {"figures": {"name": number, …}}.
 *
 * Benchmarks measure; tests assert behaviour. Each suite is a module that
 * returns named figures; a failing suite is reported and the others still run.
 */
import { writeFileSync } from 'node:fs';
import { bundleSizes } from './bundle-sizes';
import { chatgptImportBench } from './chatgpt-import';
import { companionBench } from './companion';
import { companionDigestBench } from './companion-digest';
import { overlayBench } from './overlay';
import { popupBench } from './popup';
import { metricsBench } from './metrics';
import { storeIngestBench } from './store-ingest';
import { syncBench } from './sync';

type Suite = { name: string; run: () => Promise<Record<string, number>> };

const suites: Suite[] = [
  { name: 'bundle', run: bundleSizes },
  { name: 'sync', run: syncBench },
  { name: 'store', run: storeIngestBench },
  { name: 'metrics', run: metricsBench },
  { name: 'digest', run: companionDigestBench },
  // The browser suites below load the production build that the bundle suite just made.
  { name: 'overlay', run: overlayBench },
  { name: 'popup', run: popupBench },
  { name: 'companion', run: companionBench },
  { name: 'chatgpt', run: chatgptImportBench },
];

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const figures: Record<string, number> = {};
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

writeFileSync('bench-results.json', JSON.stringify({ figures }, null, 2) + '\n');
console.log(`wrote bench-results.json (${Object.keys(figures).length} figures)`);
process.exit(failures ? 1 : 0);
