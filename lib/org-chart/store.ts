/**
 * Where the applied org chart lives: the extension origin's IndexedDB
 * (database `uptake-org-chart`, one record), so content scripts on claude.ai
 * never read the people in it and size is not capped by storage.local.
 * Replacing it is one put in one transaction: a failed write leaves the
 * previous chart as it was.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { OrgChart } from '@/lib/org-chart/chart';

const dbName = 'uptake-org-chart';
const storeName = 'charts';
const currentKey = 'current';

let opening: Promise<IDBPDatabase> | null = null;

function open(): Promise<IDBPDatabase> {
  opening ??= openDB(dbName, 1, {
    upgrade(db) {
      db.createObjectStore(storeName);
    },
  }).then((db) => {
    db.addEventListener('versionchange', () => {
      db.close();
      opening = null;
    });
    return db;
  });
  opening.catch(() => {
    opening = null;
  });
  return opening;
}

/** The applied org chart, or null when none was applied. */
export async function readOrgChart(): Promise<OrgChart | null> {
  const db = await open();
  return ((await db.get(storeName, currentKey)) as OrgChart | undefined) ?? null;
}

/** Applies `chart`, replacing the previous one atomically. */
export async function saveOrgChart(chart: OrgChart): Promise<void> {
  const db = await open();
  await db.put(storeName, chart, currentKey);
}

/** Removes the applied org chart. */
export async function removeOrgChart(): Promise<void> {
  const db = await open();
  await db.delete(storeName, currentKey);
}

/** Test-only: closes and forgets the connection. */
export async function closeOrgChartStoreForTests(): Promise<void> {
  if (opening) (await opening).close();
  opening = null;
}
