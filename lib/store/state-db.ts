/**
 * The extension's state database itself (`uptake-state`, one object store):
 * open, read, write, and tell the other contexts what changed. Why the state
 * lives here and not in `storage.local`: state.ts. No imports, no zod: the
 * popup's first paint reads its saved picture through this module alone.
 * Everything else reads through state.ts `readState`, which first waits for
 * the one-time move out of storage.local.
 */
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

/**
 * The stored values of `keys` (absent keys are left out), without waiting for
 * the move out of storage.local (state.ts `readState` waits): for the move
 * itself, and for the popup's first paint, which reads only what the
 * background wrote after the move (popup-cache-read.ts).
 */
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
export function resetStateDbForTests(): void {
  opened = null;
}
