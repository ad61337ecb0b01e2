/**
 * Importing ChatGPT Enterprise exports (issue 13): User Engagement rows in
 * `chatgptUsers`, GPT Engagement rows in `chatgptGpts` (schema v2), in each
 * source's own history database like everything else.
 *
 * The unit of import is a **period of one kind** (a week or month of User
 * Engagement, or of GPT Engagement): importing rows of a period replaces every
 * stored row of that period and kind, in one transaction, so re-importing a
 * file never double-counts and never mixes two downloads of the same week.
 * Periods and kinds not in the batch are left as they are (a User Engagement
 * file does not erase the GPT rows of its week).
 */
import type { ChatgptGptPeriod, ChatgptPeriodKey, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import type { ChatgptKind, ChatgptPeriodEntry, ChatgptPeriodWrite } from '@/lib/chatgpt/imports';
import {
  chatgptGptProblem,
  chatgptUserProblem,
  pickGpt,
  pickUser,
} from '@/lib/store/chatgpt-schemas';
import { StoreError } from '@/lib/store/errors';
import { maxKey, type StoredChatgptGpt, type StoredChatgptUser } from '@/lib/store/schema';
import { eachRequest, readTx, writeTx } from '@/lib/store/tx';

/** Which history database; the active source's when absent. */
export interface ChatgptDbOptions {
  db?: string;
}

export interface ChatgptBatch {
  users: readonly ChatgptUserPeriod[];
  gpts: readonly ChatgptGptPeriod[];
}

export type { ChatgptKind, ChatgptPeriodEntry, ChatgptPeriodWrite };

const storeOf = { users: 'chatgptUsers', gpts: 'chatgptGpts' } as const;

/** Every primary key of `periodKey` (keys start with the period key). */
const periodRange = (periodKey: string) => IDBKeyRange.bound([periodKey], [periodKey, maxKey]);

function duplicateCheck<T>(rows: readonly T[], keyOf: (row: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = keyOf(row);
    if (seen.has(key)) {
      throw new StoreError(
        'invalid',
        `The import holds ${what} ${key.split('\u0000').join(' / ')} twice; nothing was stored.`,
      );
    }
    seen.add(key);
  }
}

function countByPeriod(rows: readonly { periodKey: ChatgptPeriodKey }[]) {
  const counts = new Map<ChatgptPeriodKey, number>();
  for (const row of rows) counts.set(row.periodKey, (counts.get(row.periodKey) ?? 0) + 1);
  return counts;
}

/**
 * Stores `batch` in one transaction: for each kind, every period present in
 * the batch is erased and written anew from the batch. Every row is validated
 * first; an invalid row, or the same person (or GPT config) twice in one
 * period, throws StoreError('invalid') and nothing is written. Returns one
 * entry per period and kind written, saying how many rows it replaced.
 */
export async function replaceChatgptPeriods(
  batch: ChatgptBatch,
  options: ChatgptDbOptions & { now?: number } = {},
): Promise<ChatgptPeriodWrite[]> {
  const importedAt = options.now ?? Date.now();
  const invalid = (what: string, i: number, problem: string) =>
    new StoreError('invalid', `${what} ${i + 1} is not valid (${problem}); nothing was stored.`);
  const users: StoredChatgptUser[] = batch.users.map((u, i) => {
    const problem = chatgptUserProblem(u);
    if (problem) throw invalid('ChatGPT user row', i, problem);
    return { ...pickUser(u), importedAt };
  });
  const gpts: StoredChatgptGpt[] = batch.gpts.map((g, i) => {
    const problem = chatgptGptProblem(g);
    if (problem) throw invalid('ChatGPT GPT row', i, problem);
    return { ...pickGpt(g), configKey: g.configType ?? '', importedAt };
  });
  duplicateCheck(users, (u) => `${u.periodKey}\u0000${u.email}`, 'the person');
  duplicateCheck(gpts, (g) => `${g.periodKey}\u0000${g.gptId}\u0000${g.configKey}`, 'the GPT');
  return writeTx(
    ['chatgptUsers', 'chatgptGpts'],
    'store the ChatGPT import',
    async (tx) => {
      const written: ChatgptPeriodWrite[] = [];
      /** Erases the batch's periods from `store`, then writes `rows` (one kind). */
      const replace = async <R extends { periodKey: ChatgptPeriodKey }>(
        kind: ChatgptKind,
        store: { count(q: IDBKeyRange): Promise<number>; delete(q: IDBKeyRange): Promise<void> },
        rows: readonly R[],
        put: (row: R) => Promise<unknown>,
      ) => {
        for (const [periodKey, count] of countByPeriod(rows)) {
          const replacedRows = await store.count(periodRange(periodKey));
          if (replacedRows > 0) await store.delete(periodRange(periodKey));
          written.push({ periodKey, kind, rows: count, replacedRows });
        }
        await eachRequest(rows, put);
      };
      const userStore = tx.objectStore('chatgptUsers');
      const gptStore = tx.objectStore('chatgptGpts');
      await replace('users', userStore, users, (row) => userStore.put(row));
      await replace('gpts', gptStore, gpts, (row) => gptStore.put(row));
      return written;
    },
    options,
  );
}

/** Every imported period of each kind, oldest period first (users before GPTs within one). */
export function listChatgptPeriods(options: ChatgptDbOptions = {}): Promise<ChatgptPeriodEntry[]> {
  return readTx(
    ['chatgptUsers', 'chatgptGpts'],
    'list the ChatGPT imports',
    async (tx) => {
      const entries: ChatgptPeriodEntry[] = [];
      for (const kind of ['users', 'gpts'] as const) {
        const index = tx.objectStore(storeOf[kind]).index('byPeriod');
        let cursor = await index.openKeyCursor(null, 'nextunique');
        while (cursor) {
          const periodKey = cursor.key as ChatgptPeriodKey;
          const first = await index.get(periodKey);
          const rows = await index.count(periodKey);
          if (first) {
            const { cadence, start, end, importedAt } = first;
            entries.push({ periodKey, cadence, start, end, kind, rows, importedAt });
          }
          cursor = await cursor.continue();
        }
      }
      return entries.sort(
        (a, b) =>
          a.start.localeCompare(b.start) ||
          a.end.localeCompare(b.end) ||
          a.cadence.localeCompare(b.cadence) ||
          (a.kind === b.kind ? 0 : a.kind === 'users' ? -1 : 1),
      );
    },
    options,
  );
}

/**
 * Removes one imported period: its rows of `kind`, or of both kinds when
 * `kind` is absent. Resolves to the number of rows removed (0 when none).
 */
export function removeChatgptPeriod(
  periodKey: ChatgptPeriodKey,
  options: ChatgptDbOptions & { kind?: ChatgptKind } = {},
): Promise<number> {
  const kinds = options.kind ? [options.kind] : (['users', 'gpts'] as const);
  return writeTx(
    ['chatgptUsers', 'chatgptGpts'],
    'remove a ChatGPT import',
    async (tx) => {
      let removed = 0;
      for (const kind of kinds) {
        const store = tx.objectStore(storeOf[kind]);
        const count = await store.count(periodRange(periodKey));
        if (count > 0) await store.delete(periodRange(periodKey));
        removed += count;
      }
      return removed;
    },
    options,
  );
}
