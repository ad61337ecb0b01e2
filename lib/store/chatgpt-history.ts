/**
 * The imported ChatGPT Enterprise exports as the metrics read them (issue 13),
 * from the `chatgptPeriods` and `chatgptChunks` stores of a source's history
 * (layout: chatgpt-chunks.ts). Writing, listing and removing periods:
 * chatgpt-imports.ts (re-exported here).
 */
import type { ChatgptKind } from '@/lib/chatgpt/imports';
import type {
  ChatgptGptPeriod,
  ChatgptHistory,
  ChatgptPeriodKey,
  ChatgptUserPeriod,
} from '@/lib/chatgpt/records';
import { fromChunk } from '@/lib/store/chatgpt-chunks';
import { chunkRange, type ChatgptDbOptions } from '@/lib/store/chatgpt-imports';
import { maxKey } from '@/lib/store/schema';
import { readTx, type ReadTx } from '@/lib/store/tx';

export {
  chatgptImportsVersion,
  listChatgptPeriods,
  removeChatgptPeriod,
  replaceChatgptPeriods,
  type ChatgptBatch,
  type ChatgptDbOptions,
  type ChatgptKind,
  type ChatgptPeriodEntry,
  type ChatgptPeriodWrite,
} from '@/lib/store/chatgpt-imports';

type Tx = ReadTx<('chatgptPeriods' | 'chatgptChunks')[]>;

/** The rows of `kind` in the periods `keys` (every period when absent), period by period. */
async function rowsOf(tx: Tx, kind: ChatgptKind, keys?: readonly ChatgptPeriodKey[]) {
  const periods = tx.objectStore('chatgptPeriods');
  const records = keys
    ? (await Promise.all([...keys].sort().map((key) => periods.get([kind, key])))).filter(
        (r) => !!r,
      )
    : await periods.getAll(IDBKeyRange.bound([kind], [kind, maxKey]));
  const rows: Record<string, unknown>[] = [];
  for (const record of records) {
    const chunks = await tx.objectStore('chatgptChunks').getAll(chunkRange(kind, record.periodKey));
    for (const chunk of chunks) for (const row of fromChunk(record, chunk)) rows.push(row);
  }
  return rows;
}

/**
 * Imported users and GPTs, ordered by period key then email (or GPT id and
 * config): every period, or only the periods `periodKeys` (of both kinds).
 */
export function readChatgptHistory(
  options: ChatgptDbOptions & { periodKeys?: readonly ChatgptPeriodKey[] } = {},
): Promise<ChatgptHistory> {
  return readTx(
    ['chatgptPeriods', 'chatgptChunks'],
    'read the ChatGPT imports',
    async (tx) => {
      const users = (await rowsOf(tx, 'users', options.periodKeys)) as unknown[];
      const gpts = (await rowsOf(tx, 'gpts', options.periodKeys)) as unknown[];
      return { users: users as ChatgptUserPeriod[], gpts: gpts as ChatgptGptPeriod[] };
    },
    options,
  );
}
