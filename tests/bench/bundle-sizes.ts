import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chartPartIds, isChartChunk, unregisteredParts } from './chart-parts';

const out = path.resolve('.output/chrome-mv3');

function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}

function jsFilesOf(htmlFile: string): string[] {
  const html = readFileSync(path.join(out, htmlFile), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return refs.map((r) => path.join(out, r));
}

function gzipKb(files: string[]): number {
  return kb(files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0));
}

/**
 * The lazily imported chart.js chunk (components/charts/chart-registry.ts): its
 * gzipped size, and the chart.js parts it carries that the registry does not
 * register, i.e. what tree-shaking of the dynamic import left in. Printed by name.
 */
export function chartChunk(): Record<string, number> {
  const dir = path.join(out, 'chunks');
  // The chunk that carries chart.js's parts, whatever the bundler named it.
  const file = readdirSync(dir).find(
    (f) => f.endsWith('.js') && isChartChunk(readFileSync(path.join(dir, f), 'utf8')),
  );
  if (!file) return {};
  const code = readFileSync(path.join(dir, file), 'utf8');
  const unregistered = unregisteredParts(code);
  console.log(
    `  (chart chunk ${file}: parts ${chartPartIds(code).join(', ')}; not registered: ${unregistered.join(', ') || 'none'})`,
  );
  return {
    'bundle.chart_chunk_gzip_kb': gzipKb([path.join(dir, file)]),
    'bundle.chart_chunk_unregistered_parts': unregistered.length,
  };
}

/**
 * Bundle sizes per entry point of a fresh production build, gzipped, as a
 * browser downloads them (an extension page counts every chunk its HTML loads).
 */
export async function bundleSizes(): Promise<Record<string, number>> {
  const started = performance.now();
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  const buildMs = Math.round(performance.now() - started);
  const total = readdirSync(out, { recursive: true })
    .map((f) => path.join(out, String(f)))
    .filter((f) => statSync(f).isFile())
    .reduce((sum, f) => sum + statSync(f).size, 0);
  return {
    'build.production_ms': buildMs,
    'bundle.background_gzip_kb': gzipKb([path.join(out, 'background.js')]),
    'bundle.content_script_gzip_kb': gzipKb([
      path.join(out, 'content-scripts/analytics.js'),
      path.join(out, 'content-scripts/analytics.css'),
    ]),
    // What runs on every claude.ai page, chats included (goal ≤ 6).
    'bundle.content_bootstrap_gzip_kb': gzipKb([path.join(out, 'claude-bootstrap.js')]),
    'bundle.popup_gzip_kb': gzipKb(jsFilesOf('popup.html')),
    'bundle.options_gzip_kb': gzipKb(jsFilesOf('options.html')),
    'bundle.companion_gzip_kb': gzipKb(jsFilesOf('companion.html')),
    'bundle.total_unpacked_kb': kb(total),
    ...chartChunk(),
  };
}
