/**
 * Privacy-relevant state, kept where only Uptake's own contexts reach it:
 * the settings (k, team grain only, opt-outs…), the popup's last picture
 * (champions' emails), the background's last insight answers and the
 * imported team snapshot (issue 11 item 7).
 *
 * **Why IndexedDB of the extension origin** (database `uptake-state`):
 * `storage.local` is readable and writable by the content script on
 * claude.ai, and `setAccessLevel` exists for `storage.session` only.
 * `storage.session` with TRUSTED_CONTEXTS would keep the content script out,
 * but it lives in memory: settings must survive a browser restart.
 * IndexedDB belongs to an origin; a content script runs in the page's origin
 * (claude.ai), so only the background and the extension pages
 * (`chrome-extension://<id>`) can open this database. Its own database, not a
 * store in the history databases: it holds one organisation-independent
 * state whatever history is shown, and its version line is not tied to the
 * history schema's.
 *
 * Changes reach the other contexts through a BroadcastChannel of the same
 * name (same-origin only, so again out of the content script's reach): the
 * replacement for `storage.onChanged`. Raw IndexedDB (no idb): the popup
 * reads its cache on its critical path.
 */
import { moveStateOutOfLocal } from '@/lib/store/state-migrate';
import { resetStateDbForTests, readStateNow, type StateKey } from '@/lib/store/state-db';

// The database itself (open, raw reads, writes, change notices) is in state-db.ts.
export {
  onStateChanged,
  readStateNow,
  removeState,
  stateDb,
  writeState,
  type StateKey,
} from '@/lib/store/state-db';

let moved: Promise<unknown> | null = null;

/**
 * Every read waits for the one-time move out of `storage.local`
 * (state-migrate.ts): the background runs it at its start and hands it over
 * here; a page that reads first (an options page opened as the browser starts
 * after an update) runs it itself. Without this, a page could read the
 * defaults and write them over the settings still waiting in storage.local.
 */
export function holdStateUntil(work: Promise<unknown>): void {
  moved = work.catch(() => undefined);
}

function movedOutOfLocal(): Promise<unknown> {
  moved ??= moveStateOutOfLocal().catch(() => undefined);
  return moved;
}

/** The stored values of `keys` (absent keys are left out), once the move out of storage.local is done. */
export async function readState(
  keys: readonly StateKey[],
): Promise<Partial<Record<StateKey, unknown>>> {
  await movedOutOfLocal();
  return readStateNow(keys);
}

/** Tests: forget the open connection (after replacing `globalThis.indexedDB`). */
export function resetStateForTests(): void {
  resetStateDbForTests();
  moved = null;
}
