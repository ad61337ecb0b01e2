/**
 * The chart.js parts Uptake draws with, registered once: line and bar charts
 * on category and linear scales, with filled areas, tooltip and legend (the
 * popup's trend line, the companion's charts).
 *
 * Named static imports, so that the bundler keeps only these parts in the
 * lazily loaded chart chunk: a namespace (`import('chart.js').then((m) =>
 * m.X)`), `chart.js/auto` or `registerables` would ship every scale and
 * controller (tests/unit/chart-chunk.test.ts fails if one comes back).
 * Import this module only through `loadChart()` (components/charts/load-chart.ts).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

/** What is registered, in chart.js's own ids ("line", "category", "tooltip", …). */
export const registeredParts = [
  LineController,
  BarController,
  LineElement,
  BarElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Filler,
  Legend,
  Tooltip,
];

Chart.register(...registeredParts);

export { Chart };
