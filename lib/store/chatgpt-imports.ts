/**
 * Importing ChatGPT Enterprise exports (issue 13): each period of User
 * Engagement or GPT Engagement rows is one `chatgptPeriods` record and its
 * rows in columnar `chatgptChunks` records (schema v3, chatgpt-chunks.ts), in
 * each source's own history database like everything else.
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
import { chatgptGptProblem, chatgptUserProblem } from '@/lib/store/chatgpt-schemas';
import { StoreError } from '@/lib/store/errors';
import {
  rowOrder,
  toChunks,
  type StoredChatgptChunk,
  type StoredChatgptPeriod,
} from '@/lib/store/chatgpt-chunks';
import { maxKey } from '@/lib/store/schema';
import { readTx, writeTx, type WriteTx } from '@/lib/store/tx';

/** Which history database; the active source's when absent. */
export interface ChatgptDbOptions {
  db?: string;
}

export interface ChatgptBatch {
  users: readonly ChatgptUserPeriod[];
  gpts: readonly ChatgptGptPeriod[];
}

export type { ChatgptKind, ChatgptPeriodEntry, ChatgptPeriodWrite };

const stores = ['chatgptPeriods', 'chatgptChunks'] as const;

/** Every chunk key of one period of one kind. */
export const chunkRange = (kind: ChatgptKind, periodKey: string) =>
  IDBKeyRange.bound([kind, periodKey], [kind, periodKey, maxKey]);

/** Throws when two neighbours of the sorted `rows` are the same person (or GPT config). */
function duplicateCheck<R>(
  rows: readonly R[],
  order: (a: R, b: R) => number,
  who: (row: R) => string,
) {
  for (let i = 1; i < rows.length; i++) {
    if (order(rows[i - 1]!, rows[i]!) === 0)
      throw new StoreError(
        'invalid',
        `The import holds ${who(rows[i]!)} twice; nothing was stored.`,
      );
  }
}

function byPeriod<R extends { periodKey: ChatgptPeriodKey }>(rows: readonly R[]) {
  const periods = new Map<ChatgptPeriodKey, R[]>();
  for (const row of rows) {
    const list = periods.get(row.periodKey);
    if (list) list.push(row);
    else periods.set(row.periodKey, [row]);
  }
  return periods;
}

/** Erases one period of one kind (its record and chunks); resolves to the rows it held. */
async function erasePeriod(
  tx: WriteTx<(typeof stores)[number][]>,
  kind: ChatgptKind,
  periodKey: ChatgptPeriodKey,
): Promise<number> {
  const periods = tx.objectStore('chatgptPeriods');
  const held = await periods.get([kind, periodKey]);
  if (!held) return 0;
  await periods.delete([kind, periodKey]);
  await tx.objectStore('chatgptChunks').delete(chunkRange(kind, periodKey));
  return held.rows;
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
  const users = batch.users.map((u, i) => {
    const problem = chatgptUserProblem(u);
    if (problem) throw invalid('ChatGPT user row', i, problem);
    return u;
  });
  const gpts = batch.gpts.map((g, i) => {
    const problem = chatgptGptProblem(g);
    if (problem) throw invalid('ChatGPT GPT row', i, problem);
    return g;
  });
  // Everything but the puts happens before the transaction opens. Fields outside the
  // record types are not stored (toChunks keeps the layout's fields only).
  const planned: { record: StoredChatgptPeriod; chunks: StoredChatgptChunk[] }[] = [];
  const plan = <R extends ChatgptUserPeriod | ChatgptGptPeriod>(
    kind: ChatgptKind,
    rows: R[],
    order: (a: R, b: R) => number,
    who: (row: R) => string,
  ) => {
    for (const [periodKey, list] of byPeriod(rows)) {
      const { cadence, start, end } = list[0]!;
      duplicateCheck(list.sort(order), order, who);
      const chunks = toChunks(kind, periodKey, list);
      const record = { kind, periodKey, cadence, start, end, rows: list.length, importedAt };
      planned.push({ record: { ...record, chunks: chunks.length }, chunks });
    }
  };
  plan('users', users, rowOrder.users, (u) => `${u.email} in ${u.periodKey}`);
  plan('gpts', gpts, rowOrder.gpts, (g) =>
    [`the GPT ${g.gptId}`, g.configType ? ` (${g.configType})` : '', ` in ${g.periodKey}`].join(''),
  );
  return writeTx(
    [...stores],
    'store the ChatGPT import',
    async (tx) => {
      const written: ChatgptPeriodWrite[] = [];
      for (const { record, chunks } of planned) {
        const { kind, periodKey, rows } = record;
        const replacedRows = await erasePeriod(tx, kind, periodKey);
        const chunkStore = tx.objectStore('chatgptChunks');
        await Promise.all([
          tx.objectStore('chatgptPeriods').put(record),
          ...chunks.map((chunk) => chunkStore.put(chunk)),
        ]);
        written.push({ periodKey, kind, rows, replacedRows });
      }
      return written;
    },
    options,
  );
}

/** Every imported period of each kind, oldest period first (users before GPTs within one). */
export function listChatgptPeriods(options: ChatgptDbOptions = {}): Promise<ChatgptPeriodEntry[]> {
  return readTx(
    ['chatgptPeriods'],
    'list the ChatGPT imports',
    async (tx) => {
      const held = await tx.objectStore('chatgptPeriods').getAll();
      return held
        .map(({ periodKey, cadence, start, end, kind, rows, importedAt }) => ({
          periodKey,
          cadence,
          start,
          end,
          kind,
          rows,
          importedAt,
        }))
        .sort(
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
    [...stores],
    'remove a ChatGPT import',
    async (tx) => {
      let removed = 0;
      for (const kind of kinds) removed += await erasePeriod(tx, kind, periodKey);
      return removed;
    },
    options,
  );
}

/**
 * What is imported, in one string that changes with every import, re-import
 * and removal of any period (kind, period, rows and import time of each):
 * caches of figures built from the ChatGPT rows compare it (one small read).
 */
export function chatgptImportsVersion(options: ChatgptDbOptions = {}): Promise<string> {
  return readTx(
    ['chatgptPeriods'],
    'read the ChatGPT imports',
    async (tx) =>
      (await tx.objectStore('chatgptPeriods').getAll())
        .map((p) => `${p.kind} ${p.periodKey} ${p.rows} ${p.importedAt}`)
        .join('|'),
    options,
  );
}
