/**
 * The overlay's state in words: what the admin is told before, during and
 * after syncs. Pure: the data and the time come in.
 *
 * - unreachable: the background did not answer (message says what to do);
 * - no-key: no API key and not in demo mode: a quiet prompt to open options;
 * - first-sync: a sync runs and nothing is stored yet (progress);
 * - sync-failed: nothing stored and the last sync failed (its message + fix);
 * - no-data: a key, nothing stored, no sync running;
 * - ready: a model exists; `stale` when its latest day is more than
 *   STALE_LAG_DAYS behind today (the API's normal lag is 1–2 days);
 *   `syncing` while a refresh runs; `lastError` when the last sync failed;
 *   `partial`: what is held back or taken from totals while the member
 *   history is incomplete (the model's completeness note), null otherwise.
 */
import type { OverlayData } from '@/lib/overlay/store';

export const STALE_LAG_DAYS = 3;

export interface SyncFigures {
  done: number;
  planned: number;
  etaSeconds: number;
}

export type OverlayState =
  | { kind: 'loading' }
  | { kind: 'unreachable'; message: string }
  | { kind: 'no-key' }
  | { kind: 'first-sync'; sync: SyncFigures; demo: boolean }
  | { kind: 'sync-failed'; message: string; fix: string; demo: boolean }
  | { kind: 'no-data'; demo: boolean }
  | {
      kind: 'ready';
      demo: boolean;
      stale: boolean;
      lagDays: number | null;
      syncing: SyncFigures | null;
      lastError: { message: string; fix: string } | null;
      partial: string | null;
    };

/** The fix to suggest for a sync failure message (in words). */
export function fixFor(message: string): string {
  if (/shared history/i.test(message)) return "Open Uptake's options → Shared history.";
  if (/key|401|403|not accepted|revoked|permission|scope/i.test(message))
    return "Check the API key in Uptake's options.";
  if (/rate|429|too many/i.test(message)) return 'Uptake waits and retries on its own.';
  if (/network|offline|reach|timed? ?out/i.test(message))
    return 'Check the connection; Uptake retries at its next sync.';
  if (/shape|schema|unexpected/i.test(message))
    return 'The API answered in a shape Uptake does not know yet; your cached history is kept. Look for an Uptake update.';
  return "Open Uptake's options and press Sync now.";
}

/** The state the overlay is in; see the module note. */
export function overlayState(data: OverlayData): OverlayState {
  if (data.phase === 'loading') return { kind: 'loading' };
  if (data.error) return { kind: 'unreachable', message: data.error };
  const status = data.status;
  // The status is late (it fills in): say nothing yet.
  if (!status) return { kind: 'loading' };
  const demo = status.mode === 'demo';
  const running = status.sync?.state === 'running' ? status.sync : null;
  const sync = running
    ? { done: running.pagesDone, planned: running.pagesPlanned, etaSeconds: running.etaSeconds }
    : null;
  const failed =
    status.lastSync?.outcome === 'error'
      ? (status.lastSync.message ?? 'The last sync failed.')
      : null;
  if (!data.model || data.model.freshness.latestDay === null) {
    if (status.mode === 'no-key') return { kind: 'no-key' };
    if (sync) return { kind: 'first-sync', sync, demo };
    if (failed) return { kind: 'sync-failed', message: failed, fix: fixFor(failed), demo };
    return { kind: 'no-data', demo };
  }
  const lagDays = data.model.freshness.lagDays;
  return {
    kind: 'ready',
    demo,
    stale: lagDays !== null && lagDays > STALE_LAG_DAYS,
    lagDays,
    syncing: sync,
    lastError: failed ? { message: failed, fix: fixFor(failed) } : null,
    // Absent from models built before completeness existed (a cached answer).
    partial: data.model.completeness?.note ?? null,
  };
}
