/**
 * Reads and writes Uptake's privacy-relevant state (settings, popup cache,
 * team snapshot) where the extension now keeps it: the IndexedDB database
 * `uptake-state` of the extension origin (lib/store/state.ts), no longer
 * `storage.local`. Run in the service worker or an extension page; a write
 * is announced on the same BroadcastChannel the extension listens to, so the
 * background reacts as to a write from options.
 */
import { stateDb } from '../../lib/store/state';

/** The service worker or an extension page: anything with Playwright's `evaluate(fn, arg)`. */
interface Target {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

type Op = { db: typeof stateDb; write?: Record<string, unknown>; read?: string[] };

// Serialised into the browser: self-contained, no imports.
async function run({ db, write, read }: Op): Promise<Record<string, unknown>> {
  const conn: IDBDatabase = await new Promise((resolve, reject) => {
    const r = indexedDB.open(db.name, db.version);
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(db.store)) r.result.createObjectStore(db.store);
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const tx = conn.transaction(db.store, write ? 'readwrite' : 'readonly');
  const store = tx.objectStore(db.store);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(write ?? {})) {
    if (v === undefined) store.delete(k);
    else store.put(v, k);
  }
  for (const k of read ?? [])
    store.get(k).onsuccess = (e) => {
      out[k] = (e.target as IDBRequest).result;
    };
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  conn.close();
  if (write) {
    const channel = new BroadcastChannel(db.name);
    channel.postMessage({ keys: Object.keys(write) });
    channel.close();
  }
  return out;
}

/** Writes entries (a value of `undefined` removes the key). */
export async function writeStoredState(
  target: Target,
  entries: Record<string, unknown>,
): Promise<void> {
  await target.evaluate(run, { db: stateDb, write: entries });
}

/** The stored value of `key` (undefined when absent). */
export async function readStoredState(target: Target, key: string): Promise<any> {
  return (await target.evaluate(run, { db: stateDb, read: [key] }))[key];
}

/** The stored settings object ({} when none). */
export async function readStoredSettings(target: Target): Promise<any> {
  return (await readStoredState(target, 'settings')) ?? {};
}
