/**
 * The extension's service worker through the DevTools protocol (CDP), from a
 * session on one of the extension's pages (Playwright opens CDP sessions on
 * pages only):
 * - `stopServiceWorker`: `ServiceWorker.stopAllWorkers` stops the workers of
 *   the page's storage partition (the extension's own), as Chrome does to an
 *   idle worker after 30 s; headless Chromium has no chrome://serviceworker-internals.
 *   Resolves once `ServiceWorker.workerVersionUpdated` reports it stopped.
 * - `attachServiceWorker`: `Target.attachToTarget` (not flattened) on the
 *   worker's target, commands sent with `Target.sendMessageToTarget`.
 * - `sampleHeap`: `Runtime.getHeapUsage` (`usedSize`: the worker's V8 heap in
 *   use, garbage not yet collected included) every `everyMs`; the peak, the
 *   samples and the longest gap between answers (the worker answers between
 *   tasks and at V8 interrupts: a long gap means a peak may fall between
 *   samples).
 */
import type { CDPSession } from '@playwright/test';

interface VersionsEvent {
  versions: { versionId: string; runningStatus: string; scriptURL: string }[];
}

/** Stops the extension's service worker (see the module note); `origin` is `chrome-extension://<id>/`. */
export async function stopServiceWorker(cdp: CDPSession, origin: string): Promise<void> {
  const stopped = new Promise<void>((resolve) => {
    const on = (e: VersionsEvent) => {
      const ours = e.versions.filter((v) => v.scriptURL.startsWith(origin));
      if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) {
        cdp.off('ServiceWorker.workerVersionUpdated', on);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', on);
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, new Promise((r) => setTimeout(r, 5_000))]);
  await cdp.send('ServiceWorker.disable');
}

export interface AttachedWorker {
  send<T>(method: string, params?: Record<string, unknown>): Promise<T>;
  detach(): Promise<void>;
}

/** Attaches to the running service worker of `origin` (waits up to 10 s for it to run). */
export async function attachServiceWorker(
  cdp: CDPSession,
  origin: string,
): Promise<AttachedWorker> {
  let targetId: string | undefined;
  for (let i = 0; i < 100 && !targetId; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    targetId = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(origin),
    )?.targetId;
    if (!targetId) await new Promise((r) => setTimeout(r, 100));
  }
  if (!targetId) throw new Error(`no service worker of ${origin} is running`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map<number, (m: { result?: unknown; error?: unknown }) => void>();
  const onMessage = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown; error?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m);
  };
  cdp.on('Target.receivedMessageFromTarget', onMessage);
  return {
    send<T>(method: string, params: Record<string, unknown> = {}) {
      const id = ++nextId;
      const answer = new Promise<T>((resolve, reject) =>
        waiting.set(id, (m) => {
          waiting.delete(id);
          if (m.error) reject(new Error(`${method}: ${JSON.stringify(m.error)}`));
          else resolve(m.result as T);
        }),
      );
      const message = JSON.stringify({ id, method, params });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => undefined);
      return answer;
    },
    async detach() {
      cdp.off('Target.receivedMessageFromTarget', onMessage);
      await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    },
  };
}

export interface HeapSamples {
  /** Peak `usedSize` (bytes). */
  peak: number;
  samples: number;
  /** Longest time between two answers (ms). */
  maxGapMs: number;
}

/** Samples the worker's heap until `stop()` (see the module note). */
export function sampleHeap(worker: AttachedWorker, everyMs = 100) {
  let peak = 0;
  let samples = 0;
  let maxGapMs = 0;
  let last = performance.now();
  let running = true;
  const loop = (async () => {
    while (running) {
      const asked = performance.now();
      const usage = await worker
        .send<{ usedSize: number }>('Runtime.getHeapUsage')
        .catch(() => null);
      const now = performance.now();
      if (usage) {
        peak = Math.max(peak, usage.usedSize);
        samples += 1;
        maxGapMs = Math.max(maxGapMs, now - last);
        last = now;
      }
      await new Promise((r) => setTimeout(r, Math.max(0, everyMs - (now - asked))));
    }
  })();
  return {
    async stop(): Promise<HeapSamples> {
      running = false;
      await loop;
      return { peak, samples, maxGapMs };
    },
  };
}
