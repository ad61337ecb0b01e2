/**
 * CSV for every companion table, written by papaparse (quoting, embedded
 * commas, quotes and newlines handled by a real CSV library). Every text
 * cell, header included, goes through `neutralise` (lib/csv/neutralise.ts):
 * a cell or any line of a multi-line cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe. Numbers
 * are written as numbers (`-3` stays a number).
 *
 * **Pseudonymised** exports replace every column marked `personal` (emails)
 * with a stable pseudonym `member-` + 12 hex digits of HMAC-SHA-256 under the
 * organisation's secret (lib/crypto/pseudonym.ts): the same person gets the
 * same pseudonym in every export made with that secret, by any admin who
 * imported it, so files can be joined without naming anyone. It is
 * pseudonymisation, not anonymisation: whoever holds the secret and a list
 * of emails can re-identify.
 */
import Papa from 'papaparse';
import type { Pseudonymise } from '@/lib/crypto/pseudonym';
import { neutralise } from '@/lib/csv/neutralise';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
  /** Holds a person's identifier (email): replaced when pseudonymising. */
  personal?: boolean;
}

export interface CsvOptions {
  /** Replaces personal values (the organisation's pseudonymiser); null = write them as they are. */
  pseudonymise: Pseudonymise | null;
}

/**
 * A CSV document (header row + one line per row, CRLF line ends). Null
 * cells are empty. Example: columns Team, Rate; rows [{Sales, 41.5}] →
 * "Team,Rate\r\nSales,41.5".
 */
export async function toCsv<T>(
  columns: readonly CsvColumn<T>[],
  rows: readonly T[],
  options: CsvOptions,
): Promise<string> {
  const { pseudonymise } = options;
  const data = await Promise.all(
    rows.map((row) =>
      Promise.all(
        columns.map(async (c) => {
          const v = c.value(row);
          if (v === null) return '';
          if (c.personal && pseudonymise && typeof v === 'string' && v !== '')
            return pseudonymise(v);
          return typeof v === 'string' ? neutralise(v) : v;
        }),
      ),
    ),
  );
  // papaparse's own escapeFormulae misses a formula after a line break (issue 11, item 4).
  return Papa.unparse(
    { fields: columns.map((c) => neutralise(c.header)), data },
    { escapeFormulae: false, newline: '\r\n' },
  );
}

/** A file name for an export: `uptake-<what>-<day>.csv`, lower case, safe characters only. */
export function exportFileName(what: string, day: string, ext = 'csv'): string {
  const slug =
    what
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'export';
  return `uptake-${slug}-${day}.${ext}`;
}
