/**
 * `store.ingest_rows_per_s`: member-day rows staged and committed per second
 * by the real store code on real Chromium IndexedDB (5,000 members × 10 days,
 * pages of 1,000 as the sync writes them). The store is bundled into a page
 * served at an https origin, so IndexedDB is Chromium's own.
 */
import { chromium } from '@playwright/test';
import path from 'node:path';
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../chromium-path';

export async function storeIngestBench(): Promise<Record<string, number>> {
  const outDir = path.resolve('.tmp/bench-store');
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': path.resolve('.') } },
    build: {
      outDir,
      emptyOutDir: true,
      lib: {
        entry: path.resolve('tests/bench/store-page/entry.ts'),
        formats: ['es'],
        fileName: 'store',
      },
    },
  });
  const script = readFileSync(path.join(outDir, 'store.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true });
  try {
    const context = await browser.newContext();
    await context.route('https://bench.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>store bench</title><script type="module">${script}</script>`,
      }),
    );
    const page = await context.newPage();
    await page.goto('https://bench.example/');
    await page.waitForFunction(() => 'benchIngest' in globalThis);
    const result = await page.evaluate(() =>
      (
        globalThis as unknown as {
          benchIngest: (
            d: number,
            m: number,
          ) => Promise<{ rowsPerSecond: number; ms: number; stored: number }>;
        }
      ).benchIngest(10, 5000),
    );
    if (result.stored !== 10) throw new Error(`expected 10 stored days, found ${result.stored}`);
    return {
      'store.ingest_rows_per_s': result.rowsPerSecond,
      'store.ingest_10_days_ms': result.ms,
    };
  } finally {
    await browser.close();
  }
}
