import type { Plugin } from 'vite';

/** chart.js's ES build, the module the plugin rewrites. */
const chartJsDist = /[\\/]node_modules[\\/]chart\.js[\\/]dist[\\/]chart\.js$/;

/**
 * Property reads in chart.js's class bodies that the bundler must assume
 * could run a getter, so that it keeps every class whose static `defaults`
 * makes one (the logarithmic and radial scales read `Ticks.formatters.*`,
 * the time-series scale reads `TimeScale.defaults`, which keeps the time
 * scale too), registered or not.
 */
const sideEffectReads = [
  /\bTicks\.formatters\.[A-Za-z]+\b(?!\s*[(=])/g,
  /(?<=\bstatic defaults = )[A-Za-z]+\.defaults(?=;)/g,
];

/**
 * Lets the chart chunk carry only the chart.js parts Uptake registers
 * (components/charts/chart-registry.ts): wraps those reads in an immediately
 * called arrow marked pure. Same value at the same moment, but a class that
 * nothing imports can now be left out. Scoped to chart.js (the whole build
 * keeps rolldown's safe default `propertyReadSideEffects: 'always'`).
 * tests/unit/chart-chunk.test.ts fails if unregistered parts come back.
 */
export function chartTreeShakingPlugin(): Plugin {
  return {
    name: 'uptake:chart-tree-shaking',
    transform(code, id) {
      if (!chartJsDist.test(id)) return null;
      let out = code;
      for (const read of sideEffectReads)
        out = out.replace(read, (expr) => `/* @__PURE__ */ (() => ${expr})()`);
      return out === code ? null : { code: out, map: null };
    },
  };
}
