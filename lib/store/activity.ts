/**
 * Group activity, catalog snapshots (skills, connectors, projects, plugins,
 * artifacts) and spend rows (`/usage`, `/cost`).
 */
import { catalogSchema, groupActivitySchema, spendRowSchema } from '@/lib/store/record-schemas';
import type {
  CatalogKind,
  CatalogSnapshot,
  GroupActivity,
  Scope,
  SpendRow,
} from '@/lib/store/records';
import { maxKey } from '@/lib/store/schema';
import { readTx, writeTx } from '@/lib/store/tx';
import { validated } from '@/lib/store/validate';

const newer = (stored: { fetchedAt: number } | undefined, next: { fetchedAt: number }) =>
  !stored || stored.fetchedAt <= next.fetchedAt;

/**
 * Stores group activity rows (key group + window), one transaction; a window
 * already stored is replaced unless the stored row was fetched later. Any
 * invalid row throws StoreError('invalid') and nothing is written.
 */
export async function putGroupActivity(rows: readonly GroupActivity[]): Promise<void> {
  const valid = rows.map((r, i) =>
    validated(groupActivitySchema, r, `Group activity row ${i + 1}`),
  );
  await writeTx(['groupActivity'], 'store group activity', async (tx) => {
    for (const row of valid) {
      if (newer(await tx.store.get([row.groupId, row.startDay, row.endDay]), row))
        await tx.store.put(row);
    }
  });
}

/**
 * Group activity whose window starts between `fromDay` and `toDay` (both
 * inclusive), for one group (ordered by start) or, without `groupId`, for every
 * group (ordered by start, then group).
 */
export function readGroupActivity(query: {
  fromDay: string;
  toDay: string;
  groupId?: string;
}): Promise<GroupActivity[]> {
  const { fromDay, toDay, groupId } = query;
  if (fromDay > toDay) return Promise.resolve([]);
  return readTx(['groupActivity'], 'read group activity', async (tx) => {
    if (groupId !== undefined) {
      return tx.store.getAll(IDBKeyRange.bound([groupId, fromDay], [groupId, toDay, maxKey]));
    }
    // Equal index keys come in primary-key order, i.e. by group.
    return tx.store.index('byStart').getAll(IDBKeyRange.bound(fromDay, toDay));
  });
}

/**
 * Stores a catalog snapshot (key kind + scope + window), replacing the same
 * window unless the stored one was fetched later.
 */
export async function putCatalog(snapshot: CatalogSnapshot): Promise<void> {
  const valid = validated(catalogSchema, snapshot, `Catalog of ${snapshot.kind}`);
  await writeTx(['catalog'], 'store a catalog snapshot', async (tx) => {
    const key: [string, string, string, string] = [
      valid.kind,
      valid.scope,
      valid.startDay,
      valid.endDay,
    ];
    if (newer(await tx.store.get(key), valid)) await tx.store.put(valid);
  });
}

/**
 * Catalog snapshots of `kind` for `scope`, ordered by window start then end.
 * The last element is the latest window.
 */
export function readCatalog(kind: CatalogKind, scope: Scope): Promise<CatalogSnapshot[]> {
  return readTx(['catalog'], 'read catalog', (tx) =>
    tx.store.getAll(IDBKeyRange.bound([kind, scope], [kind, scope, maxKey])),
  );
}

/**
 * Stores `/usage` or `/cost` rows (key kind + day + groupKey), one
 * transaction; a stored row is replaced unless it was fetched later (cost rows
 * are revised for 30 days). Any invalid row: StoreError('invalid'), nothing written.
 */
export async function putSpendRows(rows: readonly SpendRow[]): Promise<void> {
  const valid = rows.map((r, i) => validated(spendRowSchema, r, `Spend row ${i + 1}`));
  await writeTx(['spend'], 'store usage and cost', async (tx) => {
    for (const row of valid) {
      if (newer(await tx.store.get([row.kind, row.day, row.groupKey]), row))
        await tx.store.put(row);
    }
  });
}

/** Spend rows of `kind` for days `fromDay` … `toDay` (inclusive), by day then groupKey. */
export function readSpend(
  kind: SpendRow['kind'],
  fromDay: string,
  toDay: string,
): Promise<SpendRow[]> {
  if (fromDay > toDay) return Promise.resolve([]);
  return readTx(['spend'], 'read usage and cost', (tx) =>
    tx.store.getAll(IDBKeyRange.bound([kind, fromDay], [kind, toDay, maxKey])),
  );
}
