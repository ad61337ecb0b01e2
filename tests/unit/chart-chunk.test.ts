// @vitest-environment node
/**
 * Issue 12 item 5: the lazily loaded chart chunk carries only the chart.js
 * parts Uptake registers (components/charts/chart-registry.ts). It once
 * shipped four scales nothing registers (logarithmic, radialLinear, time,
 * timeseries: 6 KB gzipped), because chart.js was imported as a namespace and
 * the bundler kept every class whose static defaults read a property.
 *
 * Builds the real loader (components/charts/load-chart.ts) with the build's
 * chart.js plugin, as wxt.config.ts does, and reads the chunk's parts; and
 * checks that every other file reaches chart.js through that loader.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { chartTreeShakingPlugin } from '../../scripts/chart-tree-shaking';
import { chartPartIds, isChartChunk, unregisteredParts } from '../bench/chart-parts';

const root = path.resolve(__dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'uptake-chart-chunk-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The chart.js chunk of a production build of a page that calls loadChart(). */
async function builtChartChunk(plugins: Plugin[]): Promise<string> {
  const outDir = mkdtempSync(path.join(work, 'out-'));
  const entry = path.join(outDir, 'page.ts');
  writeFileSync(
    entry,
    `import { loadChart } from ${JSON.stringify(path.join(root, 'components/charts/load-chart.ts'))};\n` +
      `void loadChart().then((Chart) => console.log(Chart.version));\n`,
  );
  await build({
    configFile: false,
    logLevel: 'silent',
    root,
    plugins,
    build: { outDir: path.join(outDir, 'dist'), write: true, rolldownOptions: { input: entry } },
  });
  const files = readdirSync(path.join(outDir, 'dist'), { recursive: true })
    .map((f) => path.join(outDir, 'dist', String(f)))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(f, 'utf8'));
  const chunks = files.filter(isChartChunk);
  expect(chunks).toHaveLength(1);
  return chunks[0]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Whether `source` imports chart.js at run time (a static value import, a side-effect import or `import()`), not only its types. */
function importsChartJs(source: string): boolean {
  const statics = /^\s*import\s+(?!type\b)(?:[^;'"]*?\bfrom\s*)?['"]chart\.js(?:\/[^'"]*)?['"]/m;
  const dynamic =
    /(?<!\btype\s+\w+\s*=\s*)\bimport\(\s*['"]chart\.js(?:\/[^'"]*)?['"]\s*\)(?!\s*\.\s*[A-Z])/;
  return statics.test(source) || dynamic.test(source);
}

describe('the chart chunk', () => {
  it('carries the registered parts and nothing else', async () => {
    const code = await builtChartChunk([chartTreeShakingPlugin()]);
    expect(chartPartIds(code)).toEqual([
      'bar',
      'category',
      'filler',
      'legend',
      'line',
      'linear',
      'point',
      'tooltip',
    ]);
    expect(unregisteredParts(code)).toEqual([]);
  });

  it('would carry four unregistered scales without the build’s chart.js plugin (the check sees them)', async () => {
    const code = await builtChartChunk([]);
    expect(unregisteredParts(code)).toEqual(['logarithmic', 'radialLinear', 'time', 'timeseries']);
  });

  it('is reached only through the loader: no other file imports chart.js at run time', () => {
    const offenders = ['components', 'entrypoints', 'lib', 'scripts']
      .flatMap((dir) => sourceFiles(path.join(root, dir)))
      .filter((file) => importsChartJs(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file));
    expect(offenders).toEqual(['components/charts/chart-registry.ts']);
  });

  it.each([
    ["import { Chart, LineController } from 'chart.js';", true],
    ["import('chart.js').then((m) => m.Chart)", true],
    ["import 'chart.js/auto';", true],
    ["import type { Chart } from 'chart.js';", false],
    ["type C = import('chart.js').Chart;", false],
    ["import { loadChart } from '@/components/charts/load-chart';", false],
  ])('tells a run-time import of chart.js: %s → %s', (source, expected) => {
    expect(importsChartJs(source)).toBe(expected);
  });
});
