/**
 * The imported ChatGPT exports in the history file (format version 2,
 * export-format.ts): one line per imported period and kind,
 *
 *   { "store": "chatgpt", "record": { kind, periodKey, cadence, start, end,
 *     importedAt, rows: [ ChatgptUserPeriod | ChatgptGptPeriod, … ] } }
 *
 * after the history stores' lines. Rows are the records the importer made
 * (lib/chatgpt/records.ts), checked with the same rules as an import
 * (chatgpt-schemas.ts; hand-written: zod took ~85 µs a row). Version 1 files
 * hold no such line.
 *
 * Writing: `replace` erases every stored period first (the file is the whole
 * history); `merge` keeps stored periods, and a period in both is taken from
 * the file unless the stored one was imported later.
 */
import { z } from 'zod';
import type { ChatgptKind } from '@/lib/chatgpt/imports';
import type { ChatgptGptPeriod, ChatgptPeriodKey, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import {
  fromChunk,
  rowOrder,
  toChunks,
  type StoredChatgptChunk,
  type StoredChatgptPeriod,
} from '@/lib/store/chatgpt-chunks';
import { chatgptGptProblem, chatgptUserProblem } from '@/lib/store/chatgpt-schemas';
import { daySchema } from '@/lib/store/record-schemas';

const problemOf: Record<ChatgptKind, (row: unknown) => string | null> = {
  users: chatgptUserProblem,
  gpts: chatgptGptProblem,
};

export const chatgptFileRecordSchema = z
  .object({
    kind: z.enum(['users', 'gpts']),
    periodKey: z.string().max(100),
    cadence: z.enum(['weekly', 'monthly', 'range']),
    start: daySchema,
    end: daySchema,
    importedAt: z.number().nonnegative(),
    rows: z.array(z.unknown()).min(1),
  })
  .superRefine((record, ctx) => {
    if (record.periodKey !== `${record.cadence}:${record.start}:${record.end}`)
      ctx.addIssue({
        code: 'custom',
        path: ['periodKey'],
        message: 'must match cadence and dates',
      });
    const check = problemOf[record.kind];
    const seen = new Set<string>();
    for (const [i, row] of record.rows.entries()) {
      const r = row as Record<string, unknown>;
      const who = record.kind === 'users' ? `${r.email}` : `${r.gptId} ${r.configType ?? ''}`;
      const problem =
        check(row) ??
        (r.periodKey !== record.periodKey
          ? 'periodKey: must be the period of the line'
          : seen.has(who)
            ? `${who.trim()} is in the period twice`
            : null);
      seen.add(who);
      if (problem) return ctx.addIssue({ code: 'custom', path: ['rows', i], message: problem });
    }
  });
export type ChatgptFileRecord = z.infer<typeof chatgptFileRecordSchema>;

/** The two ChatGPT stores of some transaction (whatever other stores it spans). */
export interface ChatgptStores {
  periods: {
    get(key: [string, string]): Promise<StoredChatgptPeriod | undefined>;
    getAll(): Promise<StoredChatgptPeriod[]>;
    put(value: StoredChatgptPeriod): Promise<unknown>;
    clear(): Promise<void>;
  };
  chunks: {
    getAll(range: IDBKeyRange): Promise<StoredChatgptChunk[]>;
    put(value: StoredChatgptChunk): Promise<unknown>;
    delete(range: IDBKeyRange): Promise<void>;
    clear(): Promise<void>;
  };
}

/** The ChatGPT stores of a transaction that spans them (and maybe others). */
export function chatgptStoresOf(tx: {
  objectStore(name: 'chatgptPeriods'): unknown;
  objectStore(name: 'chatgptChunks'): unknown;
}): ChatgptStores {
  return {
    periods: tx.objectStore('chatgptPeriods') as ChatgptStores['periods'],
    chunks: tx.objectStore('chatgptChunks') as ChatgptStores['chunks'],
  };
}

/** Every imported period as file records, users then GPTs, each kind in period-key order. */
export async function chatgptFileRecords(stores: {
  periods: Pick<ChatgptStores['periods'], 'getAll'>;
  chunks: Pick<ChatgptStores['chunks'], 'getAll'>;
}): Promise<ChatgptFileRecord[]> {
  const out: ChatgptFileRecord[] = [];
  const chunkStore = stores.chunks;
  for (const period of await stores.periods.getAll()) {
    const chunks = await chunkStore.getAll(
      IDBKeyRange.bound([period.kind, period.periodKey], [period.kind, period.periodKey, []]),
    );
    const { kind, periodKey, cadence, start, end, importedAt } = period;
    const rows = chunks.flatMap((chunk) => fromChunk(period, chunk));
    out.push({ kind, periodKey, cadence, start, end, importedAt, rows });
  }
  return out.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'users' ? -1 : 1));
}

/**
 * Writes the file's periods inside the import's transaction `tx`; resolves to
 * the number of periods written. `replace`: the stored periods go first.
 */
export async function writeChatgptFileRecords(
  stores: ChatgptStores,
  records: readonly ChatgptFileRecord[],
  mode: 'merge' | 'replace',
): Promise<number> {
  const { periods, chunks: chunkStore } = stores;
  if (mode === 'replace') await Promise.all([periods.clear(), chunkStore.clear()]);
  let written = 0;
  for (const record of records) {
    const { kind, periodKey } = record;
    const held = await periods.get([kind, periodKey]);
    if (held && held.importedAt > record.importedAt) continue;
    const range = IDBKeyRange.bound([kind, periodKey], [kind, periodKey, []]);
    if (held) await chunkStore.delete(range);
    const rows = [...record.rows] as (ChatgptUserPeriod & ChatgptGptPeriod)[];
    rows.sort(rowOrder[kind]);
    const chunks = toChunks(kind, periodKey as ChatgptPeriodKey, rows);
    const { cadence, start, end, importedAt } = record;
    await Promise.all([
      periods.put({
        kind,
        periodKey: periodKey as ChatgptPeriodKey,
        cadence,
        start,
        end,
        importedAt,
        rows: rows.length,
        chunks: chunks.length,
      }),
      ...chunks.map((chunk) => chunkStore.put(chunk)),
    ]);
    written++;
  }
  return written;
}
