/**
 * The layers stay one-way (STYLE.md): the store keeps Uptake's data and knows
 * nothing of the sync engine or the API client that fill it. A
 * type import counts too (`import type`, `import('…')`): the store once took
 * SyncRun's shape from lib/sync/engine.ts, which imports the store.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every module specifier in `source`: `from '…'`, `import '…'`, `import('…')`. */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(pattern)) found.push(match[1]!);
  return found;
}

const storeFiles = readdirSync('lib/store')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => path.join('lib/store', f));

describe('layers', () => {
  it('finds imports of every form', () => {
    expect(
      importsOf(
        "import { a } from '@/lib/x';\nimport type { B } from './b';\ntype C = import('@/lib/sync/engine').SyncRun;\nimport 'side';",
      ),
    ).toEqual(['@/lib/x', './b', '@/lib/sync/engine', 'side']);
  });

  it.each(storeFiles)('%s imports nothing from the sync engine or the API client', (file) => {
    const upward = importsOf(readFileSync(file, 'utf8')).filter((spec) =>
      /^@\/lib\/(sync|api)(\/|$)|^\.\.\/(sync|api)\//.test(spec),
    );
    expect(upward).toEqual([]);
  });
});
