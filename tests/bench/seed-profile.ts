/**
 * A Chromium profile holding a big history (20,000 or 100,000 members), for the
 * browser benches at scale (worker-heap.ts, overlay-20k.ts, companion-100k.ts).
 *
 * Syncing 100,000 members × 90 days through the browser's routed mock takes
 * hours (each 2.4 MB page crosses the DevTools protocol). Here the real sync
 * engine, API client, row mapping and store run in an extension page of the
 * built extension (seed-page/seed-entry.ts, bundled by vite and evaluated
 * there) against the demo organisation's mock in the same page, so they write
 * the extension origin's IndexedDB exactly as a sync would: every summary,
 * group, membership snapshot, rollup, catalog and member day. The demo key is
 * saved as an admin's key would be; the scheduled sync alarm is cleared.
 *
 * Built once per (size, days, latest day) and kept under `.tmp/bench-profiles/`
 * (a run on a later day builds a fresh one: the history ends on the latest day
 * the API has). `UPTAKE_BENCH_NO_SEED=1`: never build one (the benches that
 * need a missing profile are skipped, saying so).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { dayString, latestDayAt } from '../../lib/demo';
import { launchExtension, type LaunchedExtension } from '../e2e/launch';
import { writeStoredState } from '../e2e/stored-state';
import type { SeedRequest, SeedResult } from './seed-page/seed-entry';

declare const chrome: any;

export interface SeededProfile extends SeedResult {
  dir: string;
  request: SeedRequest;
}

/** Bump when what a seeded profile holds changes (older cached profiles are then rebuilt). */
const seedFormat = 1;

/** The settings a seeded profile syncs with (and keeps: a later sync would read as deep). */
export const seededSyncSettings = (days: number) => ({
  sync: { historyDepthDays: days, rateLimitPerMinute: 6000, scheduleHours: 24 },
});

async function seedScript(): Promise<string> {
  const outDir = path.resolve('.tmp/bench-seed-page');
  await build({
    configFile: false,
    logLevel: 'warn',
    // As in the extension build (wxt.config.ts): zod without its JIT (no eval in extension pages).
    resolve: {
      alias: [
        { find: /^zod$/, replacement: path.resolve('lib/zod-jitless.ts') },
        { find: '@', replacement: path.resolve('.') },
      ],
    },
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: path.resolve('tests/bench/seed-page/seed-entry.ts'),
        formats: ['iife'],
        name: 'uptakeSeed',
        fileName: () => 'seed.js',
      },
    },
  });
  return readFileSync(path.join(outDir, 'seed.js'), 'utf8');
}

/**
 * Keep the benches' timings free of a sync: the background creates its
 * schedule alarm one minute after each start when none exists; one far in the
 * future with the same period is kept as it is (entrypoints/background.ts).
 */
export async function holdScheduledSync(ext: LaunchedExtension, hours = 24): Promise<void> {
  await ext.serviceWorker.evaluate(async (period) => {
    await chrome.alarms.clearAll();
    await chrome.alarms.create('uptake:sync', {
      periodInMinutes: period,
      delayInMinutes: 7 * 24 * 60,
    });
  }, hours * 60);
}

/** The seeded profile for `request`, built now if it is not cached; null with UPTAKE_BENCH_NO_SEED=1. */
export async function seededProfile(request: SeedRequest): Promise<SeededProfile | null> {
  const latest = dayString(latestDayAt(Date.now()));
  const name = `v${seedFormat}-${request.members}m-${request.groups}g-${request.days}d-s${request.seed}-${latest}`;
  const root = path.resolve('.tmp/bench-profiles');
  const dir = path.join(root, name);
  const marker = path.join(dir, 'uptake-seed.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8')) as SeededProfile;
  if (process.env.UPTAKE_BENCH_NO_SEED === '1') return null;
  mkdirSync(root, { recursive: true });
  const script = await seedScript();
  const building = mkdtempSync(path.join(root, 'building-'));
  const ext = await launchExtension({ userDataDir: building });
  try {
    await writeStoredState(ext.serviceWorker, { settings: seededSyncSettings(request.days) });
    // The background names the active history at its start; the seed writes into it.
    await ext.serviceWorker.evaluate(async () => {
      for (let i = 0; i < 100 && !(await chrome.storage.local.get('histories')).histories; i++)
        await new Promise((r) => setTimeout(r, 100));
    });
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/privacy.html`);
    await page.evaluate(script);
    const result = (await page.evaluate(
      (r) => (globalThis as any).seedHistory(r),
      request,
    )) as SeedResult;
    if (result.storedDays < request.days)
      throw new Error(`seeding stored ${result.storedDays} of ${request.days} member days`);
    await holdScheduledSync(ext);
    await ext.close({ keepProfile: true });
    const seeded: SeededProfile = { ...result, dir, request };
    writeFileSync(path.join(building, 'uptake-seed.json'), JSON.stringify(seeded, null, 2));
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    console.log(
      `  (seeded ${name}: ${result.storedDays} member days, ${result.requests} requests, ` +
        `${result.seconds} s in the page)`,
    );
    return seeded;
  } catch (error) {
    await ext.close().catch(() => undefined);
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A throw-away copy of a seeded profile (a bench's writes never reach the
 * cached one). Without the profile's service worker registration: Chromium
 * keeps the worker's script there and ran the background of the build that
 * SEEDED the profile, not the build being measured (pages load afresh); it
 * registers the current build's worker again at start.
 */
export function copyOfProfile(seeded: SeededProfile): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'uptake-seeded-'));
  cpSync(seeded.dir, copy, { recursive: true });
  rmSync(path.join(copy, 'Default', 'Service Worker'), { recursive: true, force: true });
  return copy;
}

// `npx tsx tests/bench/seed-profile.ts 100000 50 90` builds (or finds) one profile.
if (process.argv[1]?.endsWith('seed-profile.ts')) {
  const [members = 100_000, groups = 50, days = 90] = process.argv.slice(2).map(Number);
  console.log(await seededProfile({ members, groups, days, seed: 42 }));
}
