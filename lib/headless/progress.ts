/**
 * Progress lines for a terminal or a log: one when the task changes and at
 * most one every `everyMs` in between, e.g.
 * `uptake sync: 120/340 pages · user-day:2026-11-20 · 131 requests, 0 rate-limited · ~4 min left`.
 */
import type { SyncProgress } from '@/lib/sync/engine';

export function progressLine(p: SyncProgress): string {
  const eta =
    p.etaSeconds >= 90 ? `~${Math.round(p.etaSeconds / 60)} min left` : `~${p.etaSeconds} s left`;
  const what =
    p.task ??
    (p.state === 'done' ? 'done' : p.phase === 'start' ? 'learning the latest day' : p.phase);
  return `uptake sync: ${p.pagesDone}/${p.pagesPlanned} pages · ${what} · ${p.requests} requests, ${p.rateLimited} rate-limited · ${eta}`;
}

/** An onProgress that prints through `write`, throttled. */
export function progressPrinter(
  write: (line: string) => void,
  now: () => number = Date.now,
  everyMs = 2_000,
): (p: SyncProgress) => void {
  let lastTask: string | null | undefined;
  let lastAt = 0;
  return (p) => {
    if (p.state !== 'running') return;
    if (p.task === lastTask && now() - lastAt < everyMs) return;
    lastTask = p.task;
    lastAt = now();
    write(progressLine(p));
  };
}
