/**
 * The chart.js parts in a built chunk, and those of them nothing registers:
 * shared by the bundle benchmark (bundle.chart_chunk_unregistered_parts) and
 * tests/unit/chart-chunk.test.ts.
 */
import { registeredParts } from '../../components/charts/chart-registry';

/** chart.js ids of what components/charts/chart-registry.ts registers ("line", "category", …). */
export const registeredIds: ReadonlySet<string> = new Set(registeredParts.map((part) => part.id));

/**
 * The chart.js parts a chunk carries: every controller, element and scale
 * has a `static id = '…'`, every plugin an `id: '…'`, kept as written by a
 * minifier too. Sorted, without repeats.
 */
export function chartPartIds(code: string): string[] {
  const ids = [...code.matchAll(/(?:static id\s*=\s*|\bid:\s*)[`'"]([A-Za-z]+)[`'"]/g)];
  return [...new Set(ids.map((m) => m[1]!))].sort();
}

/** Whether `code` carries chart.js (its Chart class's `static version`, beside controllers' `static id`s). */
export function isChartChunk(code: string): boolean {
  return /static id\s*=\s*[`'"]/.test(code) && /\bstatic version\s*=/.test(code);
}

/** The parts of `code` that the registry does not register. */
export function unregisteredParts(code: string): string[] {
  return chartPartIds(code).filter((id) => !registeredIds.has(id));
}
