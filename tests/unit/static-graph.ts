/**
 * The modules a file loads up front (its static run-time imports, followed
 * through the repository), for tests that keep a first paint light
 * (popup-first-paint.test.ts, overlay-first-paint.test.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const root = resolve(__dirname, '../..');

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
export function staticGraph(from: string): Map<string, string[]> {
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

/** A file as the tests name it: relative to the repository, or `pkg:name`. */
export const name = (f: string) => (f.startsWith('pkg:') ? f : relative(root, f));
