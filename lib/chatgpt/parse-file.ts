/**
 * Parses one ChatGPT Enterprise export (CSV, papaparse) into records:
 * detects the kind by header (User Engagement / GPT Engagement, detectKind),
 * reads each row by column name, and keeps going past bad rows: each becomes
 * a row error (row number as a spreadsheet shows it — the header is row 1 —,
 * the column, a sentence) and the good rows are kept. Nothing is stored here.
 *
 * Rows are consumed chunk by chunk (`parseChatgptBlob` streams a File), so a
 * 50 MB file never sits in memory as one array of cell strings.
 */
import Papa from 'papaparse';
import { detectKind, type ChatgptFileKind } from '@/lib/chatgpt/columns';
import type { ChatgptGptPeriod, ChatgptUserPeriod } from '@/lib/chatgpt/records';
import { RowProblem, RowReader } from '@/lib/chatgpt/row-reader';
import { readGptRow } from '@/lib/chatgpt/parse-gpts';
import { readUserRow } from '@/lib/chatgpt/parse-users';

/** One row left out. `row` counts the header as row 1 (as a spreadsheet numbers rows). */
export interface ChatgptRowError {
  row: number;
  /** The column at fault, or null when the row as a whole is (wrong cell count, bad quotes). */
  column: string | null;
  message: string;
}

/** At most this many row errors are listed; `errorCount` counts them all. */
export const listedRowErrors = 100;

export type ChatgptParsed =
  | {
      ok: true;
      kind: ChatgptFileKind;
      users: ChatgptUserPeriod[];
      gpts: ChatgptGptPeriod[];
      /** Data rows in the file, good or bad. */
      dataRows: number;
      errors: ChatgptRowError[];
      errorCount: number;
      /** Header columns Uptake does not know (ignored). */
      ignoredColumns: string[];
    }
  | { ok: false; reason: string };

/** Feeds rows (header first) in; `result()` says what the file held. */
export class ChatgptCsvReader {
  private detection: ReturnType<typeof detectKind> | null = null;
  private reader: RowReader | null = null;
  private width = 0;
  private readonly users: ChatgptUserPeriod[] = [];
  private readonly gpts: ChatgptGptPeriod[] = [];
  private readonly errors: ChatgptRowError[] = [];
  private errorCount = 0;
  private dataRows = 0;
  private readonly firstRowOf = new Map<string, number>();

  /** False once the header was refused: the caller may stop feeding. */
  get accepting(): boolean {
    return this.detection === null || this.detection.ok;
  }

  private fail(row: number, column: string | null, message: string): void {
    this.errorCount++;
    if (this.errors.length < listedRowErrors) this.errors.push({ row, column, message });
  }

  /** One parsed row; `problem` is papaparse's complaint about it, if any. */
  push(cells: string[], problem?: string): void {
    if (!this.detection) {
      this.detection = detectKind(cells);
      if (this.detection.ok) {
        this.reader = new RowReader(this.detection.index);
        this.width = cells.length;
      }
      return;
    }
    if (!this.reader || !this.detection.ok) return;
    const row = ++this.dataRows + 1;
    if (problem) return this.fail(row, null, problem);
    if (cells.length !== this.width)
      return this.fail(
        row,
        null,
        `The row has ${cells.length} cells; the header has ${this.width} (a broken quote or a line break in a cell?).`,
      );
    this.reader.cells = cells;
    try {
      if (this.detection.kind === 'users') {
        const user = readUserRow(this.reader);
        if (this.isRepeat(row, `${user.periodKey} ${user.email}`, user.email)) return;
        this.users.push(user);
      } else {
        const gpt = readGptRow(this.reader);
        const config = gpt.configType ? ` (${gpt.configType})` : '';
        const key = `${gpt.periodKey} ${gpt.gptId} ${gpt.configType ?? ''}`;
        if (this.isRepeat(row, key, `${gpt.gptId}${config}`)) return;
        this.gpts.push(gpt);
      }
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      this.fail(row, error.column, error.message);
    }
  }

  private isRepeat(row: number, key: string, who: string): boolean {
    const earlier = this.firstRowOf.get(key);
    if (earlier === undefined) {
      this.firstRowOf.set(key, row);
      return false;
    }
    this.fail(
      row,
      null,
      `${who} is already on row ${earlier} for the same period; this row is left out.`,
    );
    return true;
  }

  result(): ChatgptParsed {
    const detection = this.detection;
    if (!detection) return { ok: false, reason: 'The file is empty.' };
    if (!detection.ok) return { ok: false, reason: detection.reason };
    if (this.dataRows === 0) return { ok: false, reason: 'The file has a header but no rows.' };
    return {
      ok: true,
      kind: detection.kind,
      users: this.users,
      gpts: this.gpts,
      dataRows: this.dataRows,
      errors: this.errors,
      errorCount: this.errorCount,
      ignoredColumns: detection.ignored,
    };
  }
}

/** Feeds one papaparse chunk to `reader`, attaching papaparse's row errors to their rows. */
function feed(reader: ChatgptCsvReader, results: Papa.ParseResult<string[]>, parser: Papa.Parser) {
  const problems = new Map<number, string>();
  for (const e of results.errors)
    if (typeof e.row === 'number') problems.set(e.row, `The row could not be read (${e.message}).`);
  results.data.forEach((cells, i) => reader.push(cells, problems.get(i)));
  if (!reader.accepting) parser.abort();
}

const options = { header: false, skipEmptyLines: 'greedy' } as const;

/** Parses the CSV `text` (synchronously). */
export function parseChatgptCsv(text: string): ChatgptParsed {
  const reader = new ChatgptCsvReader();
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    ...options,
    chunkSize: 2 * 1024 * 1024,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) =>
      feed(reader, results, parser),
    complete: () => undefined, // strings parse synchronously: every chunk was fed on return
  });
  return reader.result();
}

/**
 * Parses a picked or dropped file, streaming it in chunks; `onProgress`
 * receives the share of bytes read (0–1) after each chunk.
 */
export function parseChatgptBlob(
  file: Blob,
  onProgress?: (share: number) => void,
): Promise<ChatgptParsed> {
  const reader = new ChatgptCsvReader();
  return new Promise((resolve, reject) => {
    Papa.parse<string[]>(file as File, {
      ...options,
      chunkSize: 2 * 1024 * 1024,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        feed(reader, results, parser);
        onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, file.size)));
      },
      complete: () => resolve(reader.result()),
      error: (error: Error) => reject(error),
    });
  });
}
