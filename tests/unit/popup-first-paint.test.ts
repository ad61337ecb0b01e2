/**
 * Issue 12 item 5: the popup paints its numbers before the full popup code
 * (zod, the message contract, the settings schema) is loaded. Its first step
 * reads the saved picture and asks the background with zod-free code
 * (entrypoints/popup/main.tsx, which loads no more than that, so the read
 * starts while the view loads), paints with the plain view
 * (entrypoints/popup/first-step.tsx, imported dynamically); the full app
 * (./app, imported dynamically) checks both. This follows each step's static
 * run-time imports (type-only imports and `import()` do not load code up
 * front) and names what must stay out.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const entry = join(root, 'entrypoints/popup/main.tsx');
const firstStep = join(root, 'entrypoints/popup/first-step.tsx');

/** Static imports and re-exports that load code: not `import type`, not `import()`. */
const staticImport = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm;

/** The file an import names, or `pkg:name` for a package. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('@/') && !spec.startsWith('.')) return `pkg:${spec}`;
  const base = spec.startsWith('@/') ? join(root, spec.slice(2)) : resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Everything loaded up front with `from`, each with the chain of files that reaches it. */
function staticGraph(from: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[from, [from]]]);
  const queue = [from];
  while (queue.length) {
    const file = queue.shift()!;
    if (file.startsWith('pkg:') || !/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(staticImport)) {
      const target = resolveImport(file, m[1]!);
      if (target && !seen.has(target)) {
        seen.set(target, [...seen.get(file)!, target]);
        queue.push(target);
      }
    }
  }
  return seen;
}

const name = (f: string) => (f.startsWith('pkg:') ? f : relative(root, f));

describe('the popup’s page script (step 0)', () => {
  const loaded = [...staticGraph(entry).keys()].map(name);

  it('loads the state reader and the saved picture’s key, not the view nor preact', () => {
    expect(loaded).toContain('lib/store/state-db.ts');
    expect(loaded).toContain('lib/snapshot/popup-cache-read.ts');
    expect(loaded).not.toContain('entrypoints/popup/first-step.tsx');
    expect(loaded).not.toContain('entrypoints/popup/popup-view.tsx');
    expect(loaded).not.toContain('pkg:preact');
  });
});

describe('the popup’s first paint', () => {
  const graph = staticGraph(firstStep);

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
