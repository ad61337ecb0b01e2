/**
 * Issue 11, the gate: "nothing else reads member days to publish figures;
 * the companion stops loading history on its own". The companion page's
 * code must not reach the modules that read member days, spend rows or
 * summaries, directly or through what it imports: the background answers
 * (lib/insights/companion-reads.ts). eslint.config.js says the same for
 * direct imports; this follows the whole import graph from the page's files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

/** Modules that read stored member days, spend rows or summaries (or answer from them). */
const historyReaders = [
  'lib/store/history.ts',
  'lib/store/user-days.ts',
  'lib/store/activity.ts',
  'lib/store/summaries.ts',
  'lib/insights/companion-reads.ts',
];

/** `from '…'` (imports, re-exports, types), `import '…'`, `import('…')`: as in tests/unit/layers.test.ts. */
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The file an import names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(root, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Every project file reachable from `entries`, with the chain that reached it. */
function importGraph(entries: string[]): Map<string, string[]> {
  const seen = new Map<string, string[]>(entries.map((e) => [e, [e]]));
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(importPattern)) {
      const target = resolveImport(file, m[1]!);
      if (target && !seen.has(target)) {
        seen.set(target, [...seen.get(file)!, target]);
        queue.push(target);
      }
    }
  }
  return seen;
}

describe('the companion page reads no history itself', () => {
  const entries = sourceFiles(join(root, 'entrypoints/companion'));

  it('finds the page’s files (the scan looks at something)', () => {
    expect(entries.map((f) => relative(root, f))).toContain('entrypoints/companion/main.tsx');
    expect(entries.map((f) => relative(root, f))).toContain(
      'entrypoints/companion/load-history.ts',
    );
  });

  it.each(historyReaders)('%s is not reachable from entrypoints/companion', (reader) => {
    const chain = importGraph(entries).get(join(root, reader));
    expect(chain?.map((f) => relative(root, f)).join(' → ') ?? null).toBeNull();
  });
});
