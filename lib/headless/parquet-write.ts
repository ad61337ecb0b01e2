/**
 * Writes the dataset's tables as Parquet (hyparquet-writer, Snappy), one file
 * per table and day in Hive-style partitions that DuckDB, BigQuery, Snowflake
 * and Spark read as they are: `<dir>/<table>/day=YYYY-MM-DD/part-0.parquet`.
 * Each file is written atomically (temp name, rename); a table's day that no
 * longer has rows (a hidden group, team-grain mode) has its old file removed.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { listFiles, writeFileAtomic } from './atomic-file';
import type { Table } from './parquet-tables';

export const datasetTables = ['daily_summaries', 'group_activity', 'spend', 'member_days'] as const;

/** Writes `tables` under `dir`; tables of `datasetTables` not given are removed. Returns files written. */
export async function writeDataset(dir: string, tables: readonly Table[]): Promise<number> {
  let files = 0;
  for (const name of datasetTables) {
    const table = tables.find((t) => t.name === name);
    const tableDir = join(dir, name);
    const keep = new Set([...(table?.byDay.keys() ?? [])].map((day) => `day=${day}`));
    for (const partition of await listFiles(tableDir))
      if (!keep.has(partition))
        await rm(join(tableDir, partition), { recursive: true, force: true });
    if (!table) continue;
    for (const [day, rows] of [...table.byDay].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const columnData = Object.entries(table.columns).map(([column, type]) => ({
        name: column,
        type,
        nullable: true,
        data: rows.map((r) => r[column] ?? null),
      }));
      const buffer = parquetWriteBuffer({ columnData, createdBy: 'uptake headless sync' });
      await writeFileAtomic(join(tableDir, `day=${day}`, 'part-0.parquet'), new Uint8Array(buffer));
      files++;
    }
  }
  return files;
}
