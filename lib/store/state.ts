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

export const stateDb = { name: 'uptake-state', version: 1, store: 'state' } as const;

/** What is kept here; `migratedFromLocal` marks the one-time move out of storage.local. */
export type StateKey =
  | 'settings'
  | 'popupCache'
  | 'teamSnapshot'
  | 'migratedFromLocal'
  /** The shared history's last check (lib/shared-source/status.ts, issue 14 item 3). */
  | 'sharedHistory'
  /** A lead's shared team snapshot's last check (lib/shared-source/snapshot-refresh.ts). */
  | 'sharedSnapshot'
  /** Member ids forgotten (lib/store/forget.ts): never written to per-person history again. */
  | 'forgotten'
  /** The last insight answers of the background, for a stopped worker (lib/insights/kept-answers.ts). */
  | 'insightAnswers';

let opened: Promise<IDBDatabase> | null = null;

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function open(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(stateDb.name, stateDb.version);
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(stateDb.store))
        r.result.createObjectStore(stateDb.store);
    };
    r.onsuccess = () => {
      const db = r.result;
      db.onversionchange = () => {
        db.close();
        opened = null;
      };
      resolve(db);
    };
    r.onerror = () => reject(r.error);
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });
  return opened;
}

async function inTx(mode: IDBTransactionMode, work: (store: IDBObjectStore) => void) {
  const db = await open();
  const tx = db.transaction(stateDb.store, mode);
  work(tx.objectStore(stateDb.store));
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('The settings database refused the write.'));
  });
}

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

/** `readState` without waiting for the move: for the move itself. */
export async function readStateNow(
  keys: readonly StateKey[],
): Promise<Partial<Record<StateKey, unknown>>> {
  const db = await open();
  const store = db.transaction(stateDb.store, 'readonly').objectStore(stateDb.store);
  const values = await Promise.all(keys.map((k) => request(store.get(k))));
  const out: Partial<Record<StateKey, unknown>> = {};
  keys.forEach((k, i) => {
    if (values[i] !== undefined) out[k] = values[i];
  });
  return out;
}

/** Writes every entry in one transaction (a value of `undefined` removes the key), then tells the other contexts. */
export async function writeState(entries: Partial<Record<StateKey, unknown>>): Promise<void> {
  const keys = Object.keys(entries) as StateKey[];
  await inTx('readwrite', (store) => {
    for (const k of keys) {
      if (entries[k] === undefined) store.delete(k);
      else store.put(entries[k], k);
    }
  });
  announce(keys);
}

/** Removes `keys`. */
export function removeState(keys: readonly StateKey[]): Promise<void> {
  return writeState(Object.fromEntries(keys.map((k) => [k, undefined])));
}

function announce(keys: StateKey[]) {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(stateDb.name);
  channel.postMessage({ keys });
  channel.close();
}

/** Calls `listener` with the keys written, in this or another extension context; returns the unsubscribe. */
export function onStateChanged(listener: (keys: StateKey[]) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(stateDb.name);
  channel.onmessage = (e: MessageEvent<{ keys?: unknown }>) => {
    if (Array.isArray(e.data?.keys)) listener(e.data.keys as StateKey[]);
  };
  return () => channel.close();
}

/** Tests: forget the open connection (after replacing `globalThis.indexedDB`). */
export function resetStateForTests(): void {
  opened = null;
  moved = null;
}
