/**
 * Opening the local history (IndexedDB via idb 8), with a versioned schema.
 *
 * `upgrades[n]` takes the database from version n to n+1; the database
 * version is `upgrades.length`. To change the schema, APPEND a step (never edit
 * a shipped one) and add its row to the migration test table
 * (db-upgrade.test.ts). Steps run in order inside the one versionchange
 * transaction, so a failed step aborts the whole upgrade and the old data
 * stays as it was.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { chunkChatgptStores } from '@/lib/store/chatgpt-v3';
import { StoreError } from '@/lib/store/errors';
import type { HistorySchema } from '@/lib/store/schema';

export type HistoryDb = IDBPDatabase<HistorySchema>;
export type UpgradeTx = IDBPTransaction<
  HistorySchema,
  StoreNames<HistorySchema>[],
  'versionchange'
>;
/** One schema step. May return a promise only if it awaits IndexedDB requests on `tx`. */
export type UpgradeStep = (db: HistoryDb, tx: UpgradeTx) => void | Promise<void>;

/** v1: every store and index of the first release. */
function createV1(db: HistoryDb): void {
  db.createObjectStore('summaries', { keyPath: ['scope', 'day'] }).createIndex('byDay', 'day');
  db.createObjectStore('userDays', { keyPath: 'day' }).createIndex('byBytes', 'bytes');
  db.createObjectStore('staging', { keyPath: ['day', 'pageIndex'] });
  db.createObjectStore('memberKeys', { keyPath: 'id' }).createIndex('byOrdinal', 'ordinal', {
    unique: true,
  });
  db.createObjectStore('members', { keyPath: 'id' }).createIndex('byEmail', 'email');
  db.createObjectStore('groups', { keyPath: 'id' });
  db.createObjectStore('groupMembership', { keyPath: ['groupId', 'endDay', 'startDay'] });
  db.createObjectStore('userRollups', { keyPath: ['endDay', 'startDay'] }).createIndex(
    'byBytes',
    'bytes',
  );
  db.createObjectStore('groupActivity', { keyPath: ['groupId', 'startDay', 'endDay'] }).createIndex(
    'byStart',
    'startDay',
  );
  db.createObjectStore('catalog', { keyPath: ['kind', 'scope', 'startDay', 'endDay'] });
  db.createObjectStore('spend', { keyPath: ['kind', 'day', 'groupKey'] });
  db.createObjectStore('checkpoints', { keyPath: 'taskId' });
  db.createObjectStore('syncLog', { autoIncrement: true });
  db.createObjectStore('meta');
  db.createObjectStore('secrets');
}

/**
 * v2: ChatGPT Enterprise export rows (issue 13), empty until an import. Users
 * keyed [periodKey, email], GPTs [periodKey, gptId, configKey]; both indexed
 * by period so one period is one key range (replace, remove, list).
 */
function createV2(db: HistoryDb): void {
  const v2 = db as unknown as IDBPDatabase; // stores v3 replaces (not in HistorySchema any more)
  v2.createObjectStore('chatgptUsers', { keyPath: ['periodKey', 'email'] }).createIndex(
    'byPeriod',
    'periodKey',
  );
  v2.createObjectStore('chatgptGpts', {
    keyPath: ['periodKey', 'gptId', 'configKey'],
  }).createIndex('byPeriod', 'periodKey');
}

/**
 * v3: ChatGPT periods in columnar chunks of 1,000 rows (`chatgptPeriods`,
 * `chatgptChunks`; chatgpt-chunks.ts), v2's rows carried over, v2's stores
 * deleted: one record per row made a 100,000-row import take 25 s.
 */
const createV3: UpgradeStep = (db, tx) =>
  chunkChatgptStores(
    db as unknown as IDBPDatabase,
    tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>,
  );

/** The schema steps, in order. Append only. */
export const upgrades: readonly UpgradeStep[] = [createV1, createV2, createV3];

/** Current schema version (the version `openHistory` opens). */
export const schemaVersion = upgrades.length;

export interface OpenOptions {
  /** Called when this connection closed itself or was closed by the browser. */
  onClose?: () => void;
}

/**
 * Opens (creating or upgrading) the database `name` at version `steps.length`,
 * running `steps[old] … steps[new-1]`, and records `{ version, upgradedAt }`
 * under meta key `schema`. The connection closes itself on `versionchange`
 * (another context, e.g. an updated service worker, wants a newer version).
 * Rejects with a StoreError when a step fails or the stored database is newer
 * than `steps` (an older build after a downgrade).
 */
export async function openHistoryDb(
  name: string,
  steps: readonly UpgradeStep[] = upgrades,
  options: OpenOptions = {},
): Promise<HistoryDb> {
  let stepError: unknown = null;
  let db: HistoryDb | null = null;
  const version = steps.length;
  try {
    db = await openDB<HistorySchema>(name, version, {
      upgrade(upgrading, oldVersion, _newVersion, tx) {
        // A failed upgrade is reported by openDB's rejection; don't leave
        // these promises rejected and unobserved.
        tx.done.catch(() => undefined);
        const abort = (error: unknown) => {
          stepError = error;
          tx.abort();
        };
        const runFrom = (v: number): void | Promise<void> => {
          for (; v < version; v++) {
            const done = steps[v]!(upgrading, tx);
            const next = v + 1;
            if (done instanceof Promise) return done.then(() => runFrom(next));
          }
          tx.objectStore('meta')
            .put({ version, upgradedAt: Date.now() }, 'schema')
            .catch(() => undefined);
        };
        try {
          runFrom(oldVersion)?.catch(abort);
        } catch (error) {
          abort(error);
        }
      },
      // Another connection (an older page left open) holds the database; it
      // closes itself on versionchange (see `blocking`), so this resolves.
      blocked() {},
      blocking() {
        db?.close();
        options.onClose?.();
      },
      terminated() {
        options.onClose?.();
      },
    });
    return db;
  } catch (error) {
    if (stepError !== null) {
      throw new StoreError('unknown', `Updating the local history to version ${version} failed.`, {
        cause: stepError,
      });
    }
    if (error instanceof DOMException && error.name === 'VersionError') {
      throw new StoreError(
        'unknown',
        'The local history was written by a newer version of Uptake. Update the extension, or ' +
          'export and clear the history.',
        { cause: error },
      );
    }
    throw new StoreError('unknown', 'The local history could not be opened.', { cause: error });
  }
}

const cache = new Map<string, Promise<HistoryDb>>();

/**
 * The shared connection to the history database `name` (default `uptake`),
 * opened once per context and reopened after it closed (versionchange,
 * browser shutdown) or failed to open.
 */
export function openHistory(name = 'uptake'): Promise<HistoryDb> {
  const hit = cache.get(name);
  if (hit) return hit;
  const forget = () => {
    if (cache.get(name) === promise) cache.delete(name);
  };
  const promise = openHistoryDb(name, upgrades, { onClose: forget });
  promise.catch(forget);
  cache.set(name, promise);
  return promise;
}

/** Tests only: closes every cached connection and forgets it, so the next open starts afresh. */
export async function resetHistoryForTests(): Promise<void> {
  const open = [...cache.values()];
  cache.clear();
  for (const promise of open) (await promise.catch(() => null))?.close();
}
