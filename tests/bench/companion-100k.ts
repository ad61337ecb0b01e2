/**
 * `companion.first_render_ms_100k` (goal ≤ 300): the companion opened on a
 * 100,000-member, 50-group history of 90 days (the seeded profile of
 * seed-profile.ts), in real Chromium with the built extension (run
 * `npx wxt build` first).
 *
 * Per open: companion.html (Overview, whole organisation, last 30 days) in a
 * new tab, from its navigation start to the frame its Tier 1 numbers are
 * painted on (the `uptake:companion-numbers` mark, as in companion.ts), then
 * to the Tier 2 frame (`uptake:companion-tier2`: 30 days of member rows
 * folded by the background through the gate).
 * - companion.first_render_ms_100k / _p95_ms_100k: median and p95 over WARM
 *   opens with the background's models already built (the worker ran the
 *   previous open);
 * - companion.first_render_cold_ms_100k: median over COLD opens with the
 *   service worker stopped just before (worker-cdp.ts): the worker starts,
 *   reads the history and builds every model before the first number;
 * - companion.overview_complete_ms_100k: median of the warm opens' Tier 2 frame.
 * Warm and cold opens are interleaved (a cold one after every WARM_PER_COLD warm).
 */
import { rmSync } from 'node:fs';
import { launchExtension } from '../e2e/launch';
import { markTime } from './companion';
import { copyOfProfile, holdScheduledSync, seededProfile } from './seed-profile';
import { stopServiceWorker } from './worker-cdp';

const WARM = 20;
const WARM_PER_COLD = 4;
const members = Number(process.env.UPTAKE_BENCH_COMPANION_MEMBERS ?? 100_000);

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;
const round = (x: number) => Math.round(x * 10) / 10;

export async function companion100kBench(): Promise<Record<string, number>> {
  const seeded = await seededProfile({
    members,
    groups: members >= 50_000 ? 50 : 12,
    days: 90,
    seed: 42,
  });
  if (!seeded) {
    console.log('  (companion-100k: skipped, no seeded profile: UPTAKE_BENCH_NO_SEED)');
    return {};
  }
  const dir = copyOfProfile(seeded);
  const ext = await launchExtension({ userDataDir: dir });
  try {
    await holdScheduledSync(ext);
    const origin = `chrome-extension://${ext.extensionId}/`;
    const control = await ext.context.newPage();
    await control.goto(`${origin}privacy.html`);
    const cdp = await ext.context.newCDPSession(control);
    const open = async () => {
      const page = await ext.context.newPage();
      await page.goto(`${origin}companion.html`);
      const first = (await page.evaluate(markTime('uptake:companion-numbers'))) as number;
      const complete = (await page.evaluate(markTime('uptake:companion-tier2'))) as number;
      await page.close();
      return { first, complete };
    };
    await open(); // the models built once, the page's code in the cache
    const warm: { first: number; complete: number }[] = [];
    const cold: number[] = [];
    while (warm.length < WARM) {
      if (warm.length % WARM_PER_COLD === 0) {
        await stopServiceWorker(cdp, origin);
        cold.push((await open()).first);
      }
      warm.push(await open());
    }
    const first = warm.map((r) => r.first);
    console.log(
      `  (companion-100k: ${members} members; warm first ${Math.round(Math.min(...first))}–` +
        `${Math.round(Math.max(...first))} ms over ${first.length}; cold ` +
        `${cold.map((c) => Math.round(c)).join(', ')} ms)`,
    );
    return {
      'companion.first_render_ms_100k': round(quantile(first, 0.5)),
      'companion.first_render_p95_ms_100k': round(quantile(first, 0.95)),
      'companion.first_render_cold_ms_100k': round(quantile(cold, 0.5)),
      'companion.overview_complete_ms_100k': round(
        quantile(
          warm.map((r) => r.complete),
          0.5,
        ),
      ),
    };
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `npx tsx tests/bench/companion-100k.ts` runs it alone.
if (process.argv[1]?.endsWith('companion-100k.ts')) console.log(await companion100kBench());
