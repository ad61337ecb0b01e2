/**
 * Schema v3 (issue 13, import speed): the ChatGPT rows move from one record
 * per row (v2's `chatgptUsers` keyed [periodKey, email] and `chatgptGpts`
 * keyed [periodKey, gptId, configKey]) to one `chatgptPeriods` record per
 * period and kind plus columnar `chatgptChunks` (chatgpt-chunks.ts). Rows a
 * v2 database held are carried over in the same upgrade transaction, then the
 * v2 stores are deleted. (v2 shipped in no release: 0.2.0 had v1, 0.3.0 v3.)
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { ChatgptKind } from '@/lib/chatgpt/imports';
import type { ChatgptPeriodKey } from '@/lib/chatgpt/records';
import { rowOrder, toChunks } from '@/lib/store/chatgpt-chunks';

/** A v2 row: the record, `importedAt`, and (GPTs) `configKey`. */
type V2Row = Record<string, unknown> & {
  periodKey: ChatgptPeriodKey;
  cadence: string;
  start: string;
  end: string;
  importedAt: number;
};

const v2Stores: Record<ChatgptKind, string> = { users: 'chatgptUsers', gpts: 'chatgptGpts' };

/** Creates the v3 stores and moves v2's rows into them; the caller's versionchange `tx`. */
export async function chunkChatgptStores(
  db: IDBPDatabase<unknown>,
  tx: IDBPTransaction<unknown, string[], 'versionchange'>,
): Promise<void> {
  db.createObjectStore('chatgptPeriods', { keyPath: ['kind', 'periodKey'] });
  db.createObjectStore('chatgptChunks', { keyPath: ['kind', 'periodKey', 'index'] });
  const periods = tx.objectStore('chatgptPeriods');
  const chunkStore = tx.objectStore('chatgptChunks');
  for (const kind of ['users', 'gpts'] as const) {
    const held = (await tx.objectStore(v2Stores[kind]).getAll()) as V2Row[];
    const byPeriod = new Map<ChatgptPeriodKey, V2Row[]>();
    for (const row of held) {
      const list = byPeriod.get(row.periodKey) ?? [];
      list.push(row);
      byPeriod.set(row.periodKey, list);
    }
    for (const [periodKey, rows] of byPeriod) {
      rows.sort(rowOrder[kind] as unknown as (a: V2Row, b: V2Row) => number);
      const chunks = toChunks(kind, periodKey, rows);
      const { cadence, start, end } = rows[0]!;
      const importedAt = rows.reduce((t, r) => Math.max(t, r.importedAt), 0); // one import wrote them all
      const record = { kind, periodKey, cadence, start, end, rows: rows.length, importedAt };
      await Promise.all([
        periods.put({ ...record, chunks: chunks.length }),
        ...chunks.map((chunk) => chunkStore.put(chunk)),
      ]);
    }
    db.deleteObjectStore(v2Stores[kind]);
  }
}
