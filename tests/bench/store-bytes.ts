/**
 * `store.bytes_per_member_day`: what one member's day costs on disk, measured
 * the way the browser counts it. A page at an https origin, in a Chromium
 * profile on disk (not an in-memory incognito context), writes 90 days of the
 * demo organisation (2,000 members, seed 42: its activity mix, about a third of
 * seat holders active on a weekday) through the real client, mapping and store
 * code, uncompacted (every day as the sync commits it, staging emptied), and
 * reads `navigator.storage.estimate().usage` before and after.
 * bytes per member-day = (after − before) / (seat holders summed over the days).
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromiumPath } from '../chromium-path';
import type { BytesResult } from './store-page/bytes-entry';

const members = Number(process.env.UPTAKE_BENCH_BYTES_MEMBERS ?? 2000);
const days = 90;
const latest = '2026-11-24';

export async function storeBytesBench(): Promise<Record<string, number>> {
  const outDir = path.resolve('.tmp/bench-store-bytes');
  await build({
    configFile: false,
    logLevel: 'warn',
    resolve: { alias: { '@': path.resolve('.') } },
    build: {
      outDir,
      emptyOutDir: true,
      lib: {
        entry: path.resolve('tests/bench/store-page/bytes-entry.ts'),
        formats: ['es'],
        fileName: 'bytes',
      },
    },
  });
  const script = readFileSync(path.join(outDir, 'bytes.js'), 'utf8');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'uptake-bytes-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
  });
  try {
    await context.route('https://bench.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>store bytes</title><script type="module">${script}</script>`,
      }),
    );
    const page = await context.newPage();
    await page.goto('https://bench.example/');
    await page.waitForFunction(() => 'benchBytes' in globalThis);
    const r = await page.evaluate(
      ([m, d, l]) =>
        (
          globalThis as unknown as {
            benchBytes: (m: number, d: number, l: string) => Promise<BytesResult>;
          }
        ).benchBytes(m, d, l),
      [members, days, latest] as const,
    );
    if (r.stored !== days) throw new Error(`expected ${days} stored days, found ${r.stored}`);
    const bytes = r.after - r.before;
    console.log(
      `  (store-bytes: ${members} members × ${days} days = ${r.memberDays} member-days, ` +
        `${Math.round((r.activeMemberDays / r.memberDays) * 100)} % active; ` +
        `usage ${r.before} → ${r.after} bytes; written in ${r.ms} ms)`,
    );
    return {
      'store.bytes_per_member_day': Math.round((bytes / r.memberDays) * 10) / 10,
      'store.record_bytes_per_member_day': Math.round((r.recordBytes / r.memberDays) * 10) / 10,
      'store.active_share_pct': Math.round((r.activeMemberDays / r.memberDays) * 100),
      'store.bytes_90_days_mb': Math.round((bytes / 1e6) * 10) / 10,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('store-bytes.ts')) console.log(await storeBytesBench());
