/**
 * How an imported ChatGPT period is laid out in IndexedDB (schema v3): one
 * small `chatgptPeriods` record per period and kind, and the period's rows in
 * `chatgptChunks` records of at most `chunkRows` rows each, columnar (one
 * array per field, counts as one Float64Array per field).
 *
 * Why: one IndexedDB record per row cost ~250 µs a row to write in Chromium
 * (100,000 rows: 25 s). A chunk is one put of a few arrays; the field names
 * are stored once per chunk instead of once per row, and the period's own
 * fields (cadence, start, end, periodKey) once per period.
 *
 * Rows are stored sorted (users by email, GPTs by id then config), so reading
 * a period's chunks in key order gives the rows in the order the per-row
 * stores of v2 gave them.
 */
import type { ChatgptKind } from '@/lib/chatgpt/imports';
import type {
  ChatgptGptPeriod,
  ChatgptPeriod,
  ChatgptPeriodKey,
  ChatgptUserPeriod,
} from '@/lib/chatgpt/records';

/** Rows per chunk record. */
export const chunkRows = 1000;

/** One imported period of one kind (`chatgptPeriods`, key `[kind, periodKey]`). */
export interface StoredChatgptPeriod extends ChatgptPeriod {
  kind: ChatgptKind;
  periodKey: ChatgptPeriodKey;
  /** Rows stored for the period (all its chunks). */
  rows: number;
  /** Chunk records, indexed 0 … chunks − 1. */
  chunks: number;
  /** Epoch ms of the import that wrote the period. */
  importedAt: number;
}

/** Up to `chunkRows` rows of one period and kind (`chatgptChunks`, key `[kind, periodKey, index]`). */
export interface StoredChatgptChunk {
  kind: ChatgptKind;
  periodKey: ChatgptPeriodKey;
  index: number;
  rows: number;
  /** Field name → one value per row (a Float64Array for counts). */
  columns: Record<string, unknown[] | Float64Array>;
}

interface Layout {
  /** Fields stored as they are, one array each. */
  values: readonly string[];
  /** Whole-number fields, one Float64Array each. */
  counts: readonly string[];
}

const userLayout = {
  values: [
    'email',
    'publicId',
    'name',
    'userStatus',
    'isActive',
    'firstDayActive',
    'lastDayActiveInPeriod',
    'lastDayActive',
    'createdOrInvited',
    'groups',
    'departments',
    'userRole',
  ] satisfies (keyof ChatgptUserPeriod)[],
  counts: [
    'messages',
    'gptMessages',
    'gptsMessaged',
    'toolMessages',
    'toolsMessaged',
    'projectMessages',
    'projectsMessaged',
    'projectsCreated',
  ] satisfies (keyof ChatgptUserPeriod)[],
} as const satisfies Layout;

const gptLayout = {
  values: [
    'gptId',
    'gptName',
    'configType',
    'creatorEmail',
    'isActive',
  ] satisfies (keyof ChatgptGptPeriod)[],
  counts: ['messagesWorkspace', 'uniqueMessagersWorkspace'] satisfies (keyof ChatgptGptPeriod)[],
} as const satisfies Layout;

const layoutOf: Record<ChatgptKind, Layout> = { users: userLayout, gpts: gptLayout };

/** The order rows are stored in: users by email, GPTs by id then config (`''` for none). */
export const rowOrder = {
  users: (a: ChatgptUserPeriod, b: ChatgptUserPeriod) => cmp(a.email, b.email),
  gpts: (a: ChatgptGptPeriod, b: ChatgptGptPeriod) =>
    cmp(a.gptId, b.gptId) || cmp(a.configType ?? '', b.configType ?? ''),
};
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Row = Record<string, unknown>;

/**
 * The chunk records of one period's rows, already in stored order (see
 * `rowOrder`). Fields not in the layout (and the period fields) are not kept.
 */
export function toChunks(
  kind: ChatgptKind,
  periodKey: ChatgptPeriodKey,
  rows: readonly object[],
): StoredChatgptChunk[] {
  const { values, counts } = layoutOf[kind];
  const chunks: StoredChatgptChunk[] = [];
  for (let from = 0, index = 0; from < rows.length; from += chunkRows, index++) {
    const slice = rows.slice(from, from + chunkRows) as Row[];
    const columns: StoredChatgptChunk['columns'] = {};
    for (const field of values) columns[field] = slice.map((r) => r[field]);
    for (const field of counts) {
      const column = new Float64Array(slice.length);
      slice.forEach((r, i) => (column[i] = r[field] as number));
      columns[field] = column;
    }
    chunks.push({ kind, periodKey, index, rows: slice.length, columns });
  }
  return chunks;
}

/** The rows of one chunk of `period`, as the records the importer produced. */
export function fromChunk(period: StoredChatgptPeriod, chunk: StoredChatgptChunk): Row[] {
  const { values, counts } = layoutOf[chunk.kind];
  const fields = [...values, ...counts];
  const columns = fields.map((f) => chunk.columns[f]!);
  const out: Row[] = new Array<Row>(chunk.rows);
  for (let i = 0; i < chunk.rows; i++) {
    const row: Row = {
      cadence: period.cadence,
      start: period.start,
      end: period.end,
      periodKey: period.periodKey,
    };
    fields.forEach((f, c) => (row[f] = columns[c]![i]));
    out[i] = row;
  }
  return out;
}
