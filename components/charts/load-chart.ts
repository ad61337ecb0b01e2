import type { Chart } from 'chart.js';

let loading: Promise<typeof Chart> | null = null;

/**
 * chart.js with Uptake's parts registered (components/charts/chart-registry.ts),
 * loaded on first use as a chunk of its own, off the page's critical path:
 * numbers render first, charts a frame or two later. Every chart in the
 * extension loads chart.js through here, so there is one chunk and one
 * registration.
 */
export function loadChart(): Promise<typeof Chart> {
  loading ??= import('./chart-registry').then((m) => m.Chart);
  return loading;
}
