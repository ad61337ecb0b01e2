/**
 * Where a cold service worker's time goes before its first model answer:
 * `npx tsx tests/bench/worker-profile.ts [members] [message-type]` (default
 * 100,000 members and `to-background:get-insights` for the organisation) on
 * the seeded profile of that size (seed-profile.ts; built when missing).
 *
 * The worker is stopped, woken, attached (worker-cdp.ts) and profiled with
 * the CDP `Profiler` (1 ms sampling) while it answers; printed: the answer's
 * time, the top functions by self time and by total time (bundled names, with
 * the chunk and line). A diagnostic tool, not a figure of `npm run bench`.
 */
import { rmSync } from 'node:fs';
import { launchExtension } from '../e2e/launch';
import { copyOfProfile, holdScheduledSync, seededProfile } from './seed-profile';
import { attachServiceWorker, stopServiceWorker } from './worker-cdp';

declare const chrome: any;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total milliseconds per function (name, file, line) of a CPU profile. */
export function profileTimes(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const l = label(byId.get(at)!);
      if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + ms);
      seen.add(l);
    }
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: top(self, 25), total: top(total, 40) };
}

async function main() {
  const members = Number(process.argv[2] ?? 100_000);
  const type = process.argv[3] ?? 'to-background:get-insights';
  const groups = members >= 50_000 ? 50 : members >= 20_000 ? 25 : 12;
  const seeded = await seededProfile({ members, groups, days: 90, seed: 42 });
  if (!seeded) throw new Error('no seeded profile (UPTAKE_BENCH_NO_SEED is set)');
  const dir = copyOfProfile(seeded);
  const ext = await launchExtension({ userDataDir: dir });
  try {
    await holdScheduledSync(ext);
    const origin = `chrome-extension://${ext.extensionId}/`;
    const page = await ext.context.newPage();
    await page.goto(`${origin}privacy.html`);
    const cdp = await ext.context.newCDPSession(page);
    await stopServiceWorker(cdp, origin);
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'to-background:get-overlay-settings' }),
    );
    const worker = await attachServiceWorker(cdp, origin);
    await worker.send('Profiler.enable');
    await worker.send('Profiler.setSamplingInterval', { interval: 1000 });
    await worker.send('Profiler.start');
    const ms = await page.evaluate(async (t) => {
      const t0 = performance.now();
      await chrome.runtime.sendMessage({ type: t, scope: 'org' });
      return performance.now() - t0;
    }, type);
    const { profile } = await worker.send<{ profile: Profile }>('Profiler.stop');
    await worker.detach();
    const { self, total } = profileTimes(profile);
    const show = (rows: [string, number][]) =>
      rows.map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join('\n');
    console.log(`${type} answered in ${Math.round(ms)} ms (${members} members, cold worker)`);
    console.log(`\nby self time:\n${show(self)}\n\nby total time:\n${show(total)}`);
  } finally {
    await ext.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('worker-profile.ts')) await main();
