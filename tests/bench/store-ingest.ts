/**
 * `store.ingest_rows_per_s`: member-day rows staged and committed per second
 * by the real store code on real Chromium IndexedDB (5,000 members × 10 days,
 * pages of 1,000 as the sync writes them). The store is bundled into a page
 * served at an https origin, so IndexedDB is Chromium's own.
 *
 * `store.commit_new_day_ms_100k` / `store.commit_refetch_day_ms_100k`: the
 * `commitUserDay` call alone (staging not counted) at 100,000 members, for a
 * new day after one stored day, and for that day fetched again (every sync
 * re-reads its most recent days). The member records a commit changes are
 * printed beside: a re-fetch changes none.
 */
import { chromium } from '@playwright/test';
import path from 'node:path';
import { build } from 'vite';
import { readFileSync } from 'node:fs';
import { chromiumPath } from '../chromium-path';

/** Members of the organisation whose commits are timed (issue 12: the largest customers). */
const COMMIT_MEMBERS = Number(process.env.UPTAKE_BENCH_COMMIT_MEMBERS ?? 100_000);

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
    const pageHtml = `<!doctype html><title>store bench</title><script type="module">${script}</script>`;
    await context.route('https://bench.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: pageHtml }),
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
    // A context of its own (an empty store) for the commits at 100,000 members.
    await context.close();
    const fresh = await browser.newContext();
    await fresh.route('https://bench.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: pageHtml }),
    );
    const big = await fresh.newPage();
    await big.goto('https://bench.example/');
    await big.waitForFunction(() => 'benchCommits' in globalThis);
    const commits = await big.evaluate(
      (m) =>
        (
          globalThis as unknown as {
            benchCommits: (m: number) => Promise<{
              firstMs: number;
              newDayMs: number;
              refetchMs: number;
              updated: number[];
            }>;
          }
        ).benchCommits(m),
      COMMIT_MEMBERS,
    );
    console.log(
      `  (store commits at ${COMMIT_MEMBERS} members: first day ${commits.firstMs} ms, ` +
        `new day ${commits.newDayMs} ms, the new day re-fetched ${commits.refetchMs} ms; ` +
        `member records changed ${commits.updated.join(' / ')})`,
    );
    return {
      'store.ingest_rows_per_s': result.rowsPerSecond,
      'store.ingest_10_days_ms': result.ms,
      'store.commit_new_day_ms_100k': commits.newDayMs,
      'store.commit_refetch_day_ms_100k': commits.refetchMs,
    };
  } finally {
    await browser.close();
  }
}
