/**
 * The Analytics API key, kept where content scripts cannot read it.
 *
 * Content scripts can read `storage.local`, so the key never goes there:
 * - "on this device": the extension origin's IndexedDB (`secrets` store),
 *   which only extension pages and the service worker can open;
 * - "this browser session only": `storage.session` (in memory, cleared when
 *   the browser closes; trusted contexts only, Chrome's default access level,
 *   which Uptake never widens).
 * Saving in one place clears the other. Nothing here logs or puts the key in
 * an error message. The device slot is always in the database `uptake`,
 * whichever source's history is active (sources.ts): one key, many histories.
 */
import { StoreError } from '@/lib/store/errors';
import { legacyDb } from '@/lib/store/sources';
import { readTx, writeTx } from '@/lib/store/tx';

export type KeyPersistence = 'device' | 'session';

const deviceSlot = 'apiKey';
const home = { db: legacyDb };
const sessionSlot = 'uptake.apiKey';

interface Kept {
  key: string;
  savedAt: number;
}

function sessionArea() {
  const area = browser.storage.session;
  if (!area) {
    throw new StoreError(
      'unknown',
      'This browser cannot keep a key for this session only; choose "keep on this device".',
    );
  }
  return area;
}

function isKept(value: unknown): value is Kept {
  const v = value as Partial<Kept> | null;
  return typeof v?.key === 'string' && v.key.length > 0 && typeof v.savedAt === 'number';
}

/**
 * Keeps `key` (trimmed) on this device or for this browser session only, and
 * removes it from the other place. An empty key, or one containing spaces,
 * throws StoreError('invalid') and changes nothing.
 */
export async function saveApiKey(key: string, persistence: KeyPersistence): Promise<void> {
  const trimmed = key.trim();
  if (!trimmed || /\s/.test(trimmed)) {
    throw new StoreError('invalid', 'The API key is empty or contains spaces; it was not saved.');
  }
  const kept: Kept = { key: trimmed, savedAt: Date.now() };
  if (persistence === 'device') {
    await writeTx(['secrets'], 'save the API key', (tx) => tx.store.put(kept, deviceSlot), home);
    await browser.storage.session?.remove(sessionSlot);
  } else {
    await sessionArea().set({ [sessionSlot]: kept });
    await writeTx(
      ['secrets'],
      'remove the saved API key',
      (tx) => tx.store.delete(deviceSlot),
      home,
    );
  }
}

/**
 * The key and where it is kept, or null when none is. Should both places hold
 * one (a save interrupted half way), the more recently saved wins.
 */
export async function readApiKey(): Promise<{ key: string; persistence: KeyPersistence } | null> {
  const device = await readTx(
    ['secrets'],
    'read the API key',
    (tx) => tx.store.get(deviceSlot),
    home,
  );
  const session = browser.storage.session
    ? (await browser.storage.session.get(sessionSlot))[sessionSlot]
    : undefined;
  const candidates: { kept: Kept; persistence: KeyPersistence }[] = [];
  if (isKept(device)) candidates.push({ kept: device, persistence: 'device' });
  if (isKept(session)) candidates.push({ kept: session, persistence: 'session' });
  candidates.sort((a, b) => b.kept.savedAt - a.kept.savedAt);
  const best = candidates[0];
  return best ? { key: best.kept.key, persistence: best.persistence } : null;
}

/** Removes the key from both places (device and session). */
export async function forgetApiKey(): Promise<void> {
  await writeTx(['secrets'], 'forget the API key', (tx) => tx.store.delete(deviceSlot), home);
  await browser.storage.session?.remove(sessionSlot);
}

/**
 * A display hint that identifies a key without revealing it: its public
 * prefix (`sk-ant-<kind>NN-`, when it has one), an ellipsis, and its last 4
 * characters, e.g. `sk-ant-api01-…7xQa`. Keys whose secret part is shorter
 * than 12 characters show no characters of it (`sk-ant-api01-…`, or `…`).
 */
export function keyHint(key: string): string {
  const trimmed = key.trim();
  const prefix = /^sk-ant-[a-z]+\d*-/.exec(trimmed)?.[0] ?? '';
  const secret = trimmed.slice(prefix.length);
  return `${prefix}…${secret.length >= 12 ? secret.slice(-4) : ''}`;
}

/** The hint of the kept key (see keyHint), or null when none is kept. */
export async function apiKeyHint(): Promise<string | null> {
  const kept = await readApiKey();
  return kept ? keyHint(kept.key) : null;
}
