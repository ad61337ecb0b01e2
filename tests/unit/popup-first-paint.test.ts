/**
 * Issue 12 item 5: the popup paints its numbers before the full popup code
 * (zod, the message contract, the settings schema) is loaded. Its first step
 * (entrypoints/popup/main.tsx) reads the saved picture and asks the background
 * with zod-free code; the full app (./app, imported dynamically) checks both.
 * This follows main.tsx's static run-time imports (type-only imports and
 * `import()` do not load code up front) and names what must stay out.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { name, root, staticGraph } from './static-graph';

const entry = join(root, 'entrypoints/popup/main.tsx');

describe('the popup’s first paint', () => {
  const graph = staticGraph(entry);

  it('finds what the first step loads (the scan looks at something)', () => {
    const loaded = [...graph.keys()].map(name);
    expect(loaded).toContain('entrypoints/popup/popup-view.tsx');
    expect(loaded).toContain('lib/snapshot/popup-cache-read.ts');
    expect(loaded).toContain('pkg:preact');
    expect(loaded).not.toContain('entrypoints/popup/app.tsx');
  });

  it.each([
    ['zod', 'pkg:zod'],
    ['the message contract', 'lib/messages/contract.ts'],
    ['the settings schema', 'lib/store/settings.ts'],
    ['the move out of storage.local (and its settings parse)', 'lib/store/state-migrate.ts'],
    ['the strict check of the saved picture', 'lib/snapshot/popup-cache-check.ts'],
    ['the snapshot signing code', 'lib/snapshot/signing.ts'],
    ['chart.js itself (loaded after the numbers)', 'components/charts/chart-registry.ts'],
  ])('does not load %s', (_, module) => {
    const chain = graph.get(module.startsWith('pkg:') ? module : join(root, module));
    expect(chain?.map(name).join(' → ') ?? null).toBeNull();
  });
});
