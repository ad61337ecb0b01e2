/**
 * `worker.peak_heap_mb_100k` (goal ≤ 200): the service worker's peak V8 heap
 * while it builds the insight models of a 100,000-member, 50-group history of
 * 90 days, in real Chromium with the built extension (run `npx wxt build`
 * first) on a seeded profile (seed-profile.ts).
 *
 * Each run: the worker is stopped (worker-cdp.ts), woken by a cheap message,
 * attached through CDP and sampled every 100 ms (`Runtime.getHeapUsage`
 * usedSize), then an extension page asks for the organisation's model
 * (`to-background:get-insights`, as the popup and the overlay do): the worker
 * reads the history column by column and builds every scope's model (the
 * answers kept for a stopped worker are removed first, so it builds). The peak
 * is taken from the wake-up to 1 s after the answer. RUNS runs.
 * - worker.peak_heap_mb_100k: median of the runs' peaks (MB = 10^6 bytes);
 *   worker.peak_heap_mb_100k_max: the highest;
 * - worker.idle_heap_mb_100k: median heap of the woken worker before the ask;
 * - worker.model_answer_ms_100k: median time from the ask to the answer
 *   (history read + every model built, in a worker that had none cached).
 * Printed beside them: the spread, the number of samples and the longest gap
 * between samples (the worker answers CDP between tasks, so a long gap means a
 * peak inside a long task can be missed).
 */
import { rmSync } from 'node:fs';
import { stateDb } from '../../lib/store/state-db';
import { launchExtension } from '../e2e/launch';
import { copyOfProfile, holdScheduledSync, seededProfile } from './seed-profile';
import { attachServiceWorker, sampleHeap, stopServiceWorker } from './worker-cdp';

declare const chrome: any;

const RUNS = Number(process.env.UPTAKE_BENCH_HEAP_RUNS ?? 5);
/** UPTAKE_BENCH_HEAP_MEMBERS: a smaller organisation, to try the bench quickly (figures still say 100k). */
const members = Number(process.env.UPTAKE_BENCH_HEAP_MEMBERS ?? 100_000);
const heapProfile = { members, groups: members >= 50_000 ? 50 : 12, days: 90, seed: 42 };
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function workerHeapBench(): Promise<Record<string, number>> {
  const seeded = await seededProfile(heapProfile);
  if (!seeded) {
    console.log('  (worker-heap: skipped, no seeded 100,000-member profile: UPTAKE_BENCH_NO_SEED)');
    return {};
  }
  const dir = copyOfProfile(seeded);
  const ext = await launchExtension({ userDataDir: dir });
  try {
    await holdScheduledSync(ext);
    const origin = `chrome-extension://${ext.extensionId}/`;
    const page = await ext.context.newPage();
    await page.goto(`${origin}privacy.html`);
    const cdp = await ext.context.newCDPSession(page);
    const runs: { peak: number; idle: number; answerMs: number; samples: number; gap: number }[] =
      [];
    for (let i = 0; i < RUNS; i++) {
      await stopServiceWorker(cdp, origin);
      // The answers a stopped worker serves without building (lib/insights/kept-answers.ts) are
      // removed, so every run measures the build: with them a run peaked at ~25 MB, not building.
      await page.evaluate(
        ({ name, store, key }) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open(name);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const tx = open.result.transaction(store, 'readwrite');
              tx.objectStore(store).delete(key);
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
          }),
        { name: stateDb.name, store: stateDb.store, key: 'insightAnswers' },
      );
      await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'to-background:get-overlay-settings' }),
      );
      const worker = await attachServiceWorker(cdp, origin);
      const idle = (await worker.send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize;
      const sampler = sampleHeap(worker, 100);
      const answer = await page.evaluate(async () => {
        const t0 = performance.now();
        const a = await chrome.runtime.sendMessage({
          type: 'to-background:get-insights',
          scope: 'org',
        });
        return { ms: performance.now() - t0, scopes: a?.scopes?.length ?? 0, ok: !!a?.model };
      });
      await new Promise((r) => setTimeout(r, 1000));
      const heap = await sampler.stop();
      await worker.detach();
      if (!answer.ok || answer.scopes < 2)
        throw new Error(`the worker answered no model (${answer.scopes} scopes)`);
      runs.push({
        peak: heap.peak,
        idle,
        answerMs: answer.ms,
        samples: heap.samples,
        gap: heap.maxGapMs,
      });
    }
    const peaks = runs.map((r) => mb(r.peak));
    console.log(
      `  (worker-heap: ${members} members, ${seeded.storedDays} days; ` +
        `peaks ${peaks.join(', ')} MB; answers ${runs.map((r) => Math.round(r.answerMs)).join(', ')} ms; ` +
        `samples ${runs.map((r) => r.samples).join(', ')}, longest gap ${Math.round(Math.max(...runs.map((r) => r.gap)))} ms)`,
    );
    return {
      'worker.peak_heap_mb_100k': median(peaks),
      'worker.peak_heap_mb_100k_max': Math.max(...peaks),
      'worker.idle_heap_mb_100k': median(runs.map((r) => mb(r.idle))),
      'worker.model_answer_ms_100k': Math.round(median(runs.map((r) => r.answerMs))),
    };
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx tests/bench/worker-heap.ts` runs it alone.
if (process.argv[1]?.endsWith('worker-heap.ts')) console.log(await workerHeapBench());
