/**
 * One data row of an export, read by column name: absent columns read as
 * blank (older schema versions), and a cell that fails its reader becomes a
 * RowProblem naming the column.
 */
import { CellError } from '@/lib/chatgpt/cells';

/** Why one row was left out: the column at fault (null: the row as a whole) and a sentence. */
export class RowProblem extends Error {
  override readonly name = 'RowProblem';
  constructor(
    readonly column: string | null,
    message: string,
  ) {
    super(message);
  }
}

export class RowReader {
  cells: readonly string[] = [];
  constructor(private readonly index: ReadonlyMap<string, number>) {}

  /** Whether the file has the column at all. */
  has(column: string): boolean {
    return this.index.has(column);
  }

  /** The raw cell, or '' when the file has no such column. */
  raw(column: string): string {
    const i = this.index.get(column);
    return i === undefined ? '' : (this.cells[i] ?? '');
  }

  /** `read(cell)`, a CellError becoming a RowProblem: "The messages "x" is not a whole number." */
  field<T>(column: string, read: (cell: string) => T): T {
    try {
      return read(this.raw(column));
    } catch (error) {
      if (error instanceof CellError)
        throw new RowProblem(column, `The ${column} ${error.message}.`);
      throw error;
    }
  }
}
